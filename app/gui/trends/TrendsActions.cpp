#include "gui/trends/TrendsActions.h"

#include "gui/scan/ScanService.h"
#include "gui/trends/ScheduleDialog.h"
#include "gui/trends/SnapshotRecorder.h"
#include "gui/trends/TrendsWindow.h"

#include <QAction>
#include <QEvent>
#include <QWidget>

namespace tempscope::gui {

TrendsActions::TrendsActions(QSettings &settings, ScanService *scans, const QString &dbPath,
                             QWidget *window)
    : QObject(window), m_window(window), m_action(new QAction(window)),
      m_recorder(new SnapshotRecorder(settings, dbPath, this))
{
    m_action->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_H);
    connect(m_action, &QAction::triggered, this, &TrendsActions::open);
    connect(scans, &ScanService::finished, m_recorder, &SnapshotRecorder::onScanFinished);
    window->installEventFilter(this);
    retranslate();
}

TrendsWindow *TrendsActions::trendsWindow() const
{
    return m_trends;
}

void TrendsActions::open()
{
    if (!m_trends)
        m_trends = new TrendsWindow(*m_recorder, ScheduleDialog::findProgram(), m_window);
    else
        m_trends->reload();
    m_trends->show();
    m_trends->raise();
    m_trends->activateWindow();
}

bool TrendsActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void TrendsActions::retranslate()
{
    m_action->setText(tr("T&rends…"));
    m_action->setToolTip(tr("Temp usage over time and what keeps growing (Ctrl+Shift+H)"));
}

} // namespace tempscope::gui
