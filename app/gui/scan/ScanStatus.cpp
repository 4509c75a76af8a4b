#include "gui/scan/ScanStatus.h"

#include "gui/ElidedLabel.h"
#include "gui/PlainText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

#include <algorithm>

namespace tempscope::gui {

ScanStatus::ScanStatus(QAction *cancel, QWidget *parent)
    : QWidget(parent), m_message(new ElidedLabel(this)), m_shown(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_cancel(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_message->setAccessibleName(tr("Scan status"));
    // Messages name locations and what is in them: plain text; the message
    // gives way first when the bar is narrow (cut short, all of it in its
    // tooltip).
    plainLabel(m_shown);
    m_progress->setRange(0, 0); // the total is unknown until the scan ends
    m_progress->setMaximumWidth(160);
    m_progress->setMaximumHeight(
        std::max(m_message->sizeHint().height(), m_progress->minimumSizeHint().height()));
    m_progress->setAccessibleName(tr("Scan progress"));
    m_cancel->setDefaultAction(cancel);
    m_cancel->setAutoRaise(true);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_shown);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    setBusy(false);
}

void ScanStatus::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_message->setAccessibleName(tr("Scan status"));
        m_progress->setAccessibleName(tr("Scan progress"));
    }
    QWidget::changeEvent(event);
}

void ScanStatus::setMessage(const QString &text)
{
    m_message->setFullText(text);
}

QString ScanStatus::message() const
{
    return m_message->fullText();
}

void ScanStatus::setShown(const QString &text)
{
    m_shown->setText(text);
}

void ScanStatus::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
}

} // namespace tempscope::gui
