#pragma once
// ScheduleToggle: the desktop app's way to `tempscope-cli schedule`. Checked
// while the snapshot timer's unit is installed (in systemdUserUnitDir());
// clicking it runs `tempscope-cli schedule install --every 1h` or
// `schedule remove` as a process, so the window and the command line write
// the very same units, and reports what the command said.
//
// GUI thread.

#include <QCheckBox>

class QProcess;

namespace tempscope::gui {

class ScheduleToggle final : public QCheckBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleToggle)

public:
    // program: tempscope-cli; the box is disabled when it is empty.
    explicit ScheduleToggle(QString program, QWidget *parent = nullptr);

    // Whether the snapshot timer's unit file is there now.
    static bool installed();
    // tempscope-cli beside the running program, else on $PATH; empty if none.
    static QString findProgram();

Q_SIGNALS:
    // The command finished; its output (one or a few lines) for people.
    void reported(const QString &text);

private:
    void run(bool install);
    void retranslate();
    void changeEvent(QEvent *event) override;

    QString m_program;
    QProcess *m_process = nullptr;
};

} // namespace tempscope::gui
