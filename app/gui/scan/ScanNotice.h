#pragma once
// ScanNotice: the line above the items that says when the results shown are
// not those of a complete, current scan: a rescan was stopped or failed and
// the earlier complete results are shown ("Rescan stopped at 10:42 —
// showing the results from 10:05"), or the results are of a stopped scan and
// incomplete. Hidden otherwise. Its Rescan button asks for a new scan.
//
// GUI thread only.

#include "core/inventory/RootScan.h"
#include "gui/ScanResults.h"

#include <QFrame>

#include <optional>

class QLabel;
class QPushButton;

namespace tempscope::gui {

class ScanNotice final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanNotice)

public:
    explicit ScanNotice(QWidget *parent = nullptr);

    // The scan shown and the rescan set aside for it, if any.
    void setScan(const RootScan &shown, const std::optional<SetAsideRescan> &setAside);
    QString text() const;

    // "10:42" today, a date and time on other days, in the window's locale.
    static QString timeText(native::TimeNs when);

Q_SIGNALS:
    void rescanRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();

    RootScan m_shown;
    std::optional<SetAsideRescan> m_setAside;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_rescan;
};

} // namespace tempscope::gui
