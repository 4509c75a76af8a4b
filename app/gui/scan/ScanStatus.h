#pragma once
// ScanStatus: the status bar's contents: what the scanner is doing or last
// did, how many items the view shows, and while scans run a busy bar with a
// button for the cancel action.

#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QToolButton;

namespace tempscope::gui {

class ElidedLabel;

class ScanStatus final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanStatus)

public:
    explicit ScanStatus(QAction *cancel, QWidget *parent = nullptr);

    void setMessage(const QString &text);
    QString message() const;
    void setShown(const QString &text);
    void setBusy(bool busy);

protected:
    void changeEvent(QEvent *event) override;

private:
    ElidedLabel *m_message;
    QLabel *m_shown;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
};

} // namespace tempscope::gui
