#pragma once
// ScheduleDialog: the desktop app's `tempscope-cli schedule`. Chooses how
// often the systemd user timers run (common intervals, or any duration as
// --every takes it, checked as it is typed) and, optionally, a saved cleanup
// profile to clean with as often; Install/Update writes the units and enables
// the timers, Remove stops and deletes them, and the status shows what is
// installed, the interval, the profile and, when systemd answers, whether
// the timers are active and when they run next. Everything goes through
// core/history/ScheduleSetup.h, as the command line does, on a worker thread
// (systemctl may take its time); what failed is said in the dialog.
//
// GUI thread. The profiles are read from the caller's settings.

#include "core/history/ScheduleSetup.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;

namespace tempscope::gui {

class ScheduleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleDialog)

public:
    // program: tempscope-cli, which the units run (installing is refused
    // without it); dbPath: the history database the snapshots go to (the
    // default one is not named in the units).
    ScheduleDialog(QSettings &settings, QString program, QString dbPath, QWidget *parent = nullptr);

    // tempscope-cli beside the running program, else on $PATH, by its
    // canonical path; empty if none.
    static QString findProgram();
    // One line for the Trends window: what is installed, from the files alone.
    static QString summary(const ScheduleStatus &status);

    // For tests and the dialog's own use.
    QComboBox *intervalBox() const { return m_interval; }
    QLineEdit *durationEdit() const { return m_duration; }
    QLabel *durationError() const { return m_durationError; }
    QComboBox *profileBox() const { return m_profile; }
    QPushButton *installButton() const { return m_install; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *messageLabel() const { return m_message; }
    bool isBusy() const;

Q_SIGNALS:
    // The status was read again (after opening, installing or removing).
    void statusShown();
    // Units were installed or removed.
    void scheduleChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillIntervals();
    void fillProfiles();
    void showProfileHint();
    void onPresetChosen(int index);
    void onDurationEdited();
    void install();
    void remove();
    void refreshStatus();
    void showStatus(const ScheduleStatus &status);
    void showChange(const ScheduleChange &change, bool installing);
    void showMessage(const QString &text, bool isError);
    void updateButtons();
    void fitHeight();

    QSettings &m_settings;
    QString m_program;
    QString m_dbPath;
    QString m_dir; // the unit directory; empty when neither XDG_CONFIG_HOME nor HOME is set
    ScheduleStatus m_shown;
    QFutureWatcher<ScheduleChange> m_changing;
    QFutureWatcher<ScheduleStatus> m_reading;
    bool m_installing = false;
    QLabel *m_intro;
    QLabel *m_intervalLabel;
    QComboBox *m_interval;
    QLineEdit *m_duration;
    QLabel *m_durationError;
    QLabel *m_profileLabel;
    QComboBox *m_profile;
    QLabel *m_profileHint;
    QLabel *m_statusTitle;
    QLabel *m_status;
    QLabel *m_message;
    QPushButton *m_install;
    QPushButton *m_remove;
    QPushButton *m_close;
};

} // namespace tempscope::gui
