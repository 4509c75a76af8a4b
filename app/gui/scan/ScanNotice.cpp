#include "gui/scan/ScanNotice.h"

#include "gui/PlainText.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>

namespace tempscope::gui {

ScanNotice::ScanNotice(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)),
      m_rescan(new QPushButton(this))
{
    setObjectName(QStringLiteral("scanNotice"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    m_text->setObjectName(QStringLiteral("scanNoticeText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setForegroundRole(QPalette::ToolTipText);
    m_rescan->setObjectName(QStringLiteral("scanNoticeRescan"));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_icon->setAlignment(Qt::AlignTop);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_rescan, 0, Qt::AlignVCenter);
    connect(m_rescan, &QPushButton::clicked, this, &ScanNotice::rescanRequested);
    update();
}

QString ScanNotice::timeText(native::TimeNs when)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(when / 1'000'000);
    const QLocale locale;
    if (at.date() == QDate::currentDate())
        return locale.toString(at.time(), QLocale::ShortFormat);
    return locale.toString(at, QLocale::ShortFormat);
}

void ScanNotice::setScan(const RootScan &shown, const std::optional<SetAsideRescan> &setAside)
{
    m_shown = shown;
    m_setAside = shown.ok() ? setAside : std::nullopt;
    update();
}

QString ScanNotice::text() const
{
    return m_text->text();
}

void ScanNotice::update()
{
    QString text;
    if (m_setAside && m_setAside->stopped()) {
        text = tr("Rescan stopped at %1 — showing the complete results from %2.")
                   .arg(timeText(m_setAside->at), timeText(m_shown.scannedAt));
    } else if (m_setAside) {
        text = tr("Rescan failed at %1 (%2) — showing the results from %3.")
                   .arg(timeText(m_setAside->at), shownName(m_setAside->error),
                        timeText(m_shown.scannedAt));
    }
    if (m_shown.ok() && m_shown.cancelled) {
        if (!text.isEmpty())
            text += u' ';
        text += tr("Incomplete: the scan was stopped at %1 before it finished. Sizes, ages and "
                   "stale totals count only what was read, and Clean Up keeps every item that "
                   "was not read completely.")
                    .arg(timeText(m_shown.scannedAt));
    }
    m_text->setText(text);
    m_rescan->setText(tr("Rescan"));
    setVisible(!text.isEmpty());
}

void ScanNotice::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        update();
    QFrame::changeEvent(event);
}

} // namespace tempscope::gui
