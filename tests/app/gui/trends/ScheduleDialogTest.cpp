// The schedule dialog: an interval and a saved profile chosen in it are
// installed as systemd user units with those values in a temporary
// $XDG_CONFIG_HOME/systemd/user (units that pass systemd-analyze verify);
// without a user manager that is said in words; Remove deletes them; a bad
// interval is shown beside the field and Install is disabled; a missing
// tempscope-cli or an unusable unit directory is said. No real user manager
// is reached: XDG_RUNTIME_DIR is an empty directory and there is no session bus.

#include "gui/trends/ScheduleDialog.h"
#include "gui/trends/SnapshotRecorder.h"
#include "gui/trends/TrendsWindow.h"

#include "core/cleanup/CleanupProfiles.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tempscope;
using namespace tempscope::gui;

class ScheduleDialogTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_program;

    QString unitDir() const { return m_dir.filePath(QStringLiteral("config/systemd/user")); }
    QString unit(const QString &name) const
    {
        QFile f(QDir(unitDir()).filePath(name));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    // The status was shown `count` times in all (not more).
    static bool waitForStatus(QSignalSpy &spy, qsizetype count)
    {
        return QTest::qWaitFor([&] { return spy.size() >= count; }, 90'000) && spy.size() == count;
    }
    static int indexOf(const QComboBox *box, const QString &text) { return box->findText(text); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_program = QFileInfo(QStringLiteral(TEMPSCOPE_CLI)).canonicalFilePath();
        QVERIFY(!m_program.isEmpty());
        const QString run = m_dir.filePath(QStringLiteral("run"));
        QVERIFY(QDir().mkpath(run));
        QFile::setPermissions(run, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                       QFileDevice::ExeOwner);
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_RUNTIME_DIR", run.toUtf8()); // no user manager there
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    }

    void installsTheChosenIntervalAndProfile()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
        CleanupRule rule;
        rule.olderThan = std::chrono::hours(72);
        rule.includes = {QStringLiteral("upload_")};
        rule.action = CleanupAction::Trash;
        QVERIFY(CleanupProfiles(settings).save(QStringLiteral("uploads"), rule));
        QVERIFY(CleanupProfiles(settings).save(QStringLiteral("logs"), CleanupRule{}));
        const QString db = m_dir.filePath(QStringLiteral("my history.sqlite"));

        ScheduleDialog dialog(settings, m_program, db);
        QSignalSpy shown(&dialog, &ScheduleDialog::statusShown);
        QVERIFY(waitForStatus(shown, 1));
        dialog.show();
        QVERIFY2(dialog.statusLabel()->text().startsWith(QStringLiteral("Not installed")),
                 qPrintable(dialog.statusLabel()->text()));
        QVERIFY(!dialog.removeButton()->isEnabled());
        QCOMPARE(dialog.durationEdit()->text(), QStringLiteral("1h"));
        QCOMPARE(dialog.intervalBox()->currentText(), QStringLiteral("every hour"));
        QCOMPARE(dialog.profileBox()->count(), 3); // none, logs, uploads

        dialog.intervalBox()->setCurrentIndex(
            indexOf(dialog.intervalBox(), QStringLiteral("every 6 hours")));
        QCOMPARE(dialog.durationEdit()->text(), QStringLiteral("6h"));
        dialog.profileBox()->setCurrentIndex(
            dialog.profileBox()->findData(QStringLiteral("uploads")));
        QVERIFY(dialog.installButton()->isEnabled());
        QTest::mouseClick(dialog.installButton(), Qt::LeftButton);
        QVERIFY(!dialog.installButton()->isEnabled()); // busy
        QVERIFY(waitForStatus(shown, 2));

        QVERIFY(unit(QStringLiteral("tempscope-snapshot.timer"))
                    .contains(QStringLiteral("OnUnitActiveSec=21600s\n")));
        QVERIFY(unit(QStringLiteral("tempscope-clean.timer"))
                    .contains(QStringLiteral("OnUnitActiveSec=21600s\n")));
        const QString snapshot = unit(QStringLiteral("tempscope-snapshot.service"));
        QVERIFY2(snapshot.contains(QStringLiteral("ExecStart=") + m_program +
                                   QStringLiteral(" snapshot --db \"") + db +
                                   QStringLiteral("\"\n")),
                 qPrintable(snapshot));
        const QString clean = unit(QStringLiteral("tempscope-clean.service"));
        QVERIFY2(clean.contains(QStringLiteral(" clean --older-than 3d --by newest --prefix "
                                               "upload_ --trash\n")),
                 qPrintable(clean));
        QVERIFY(clean.contains(QStringLiteral("Description=Tempscope: clean up with the profile "
                                              "uploads\n")));

        // No user manager: the units are written, and the dialog says what is missing.
        QVERIFY(dialog.messageLabel()->isVisible());
        const QString message = dialog.messageLabel()->text();
        QVERIFY2(message.startsWith(QStringLiteral("Installed, but not running yet: the units "
                                                   "are written, but systemctl --user could not "
                                                   "enable them")),
                 qPrintable(message));
        QVERIFY(message.contains(
            QStringLiteral("systemctl --user enable --now tempscope-snapshot.timer "
                           "tempscope-clean.timer")));
        const QString status = dialog.statusLabel()->text();
        QVERIFY2(status.contains(QStringLiteral("Snapshots every 6h")), qPrintable(status));
        QVERIFY(status.contains(QStringLiteral("Cleanup with the profile “uploads” every 6h")));
        QVERIFY(
            status.contains(QStringLiteral("tempscope-clean.service and tempscope-clean.timer")));
        QVERIFY(status.contains(QStringLiteral("systemd could not say whether the timers run")));
        QCOMPARE(dialog.installButton()->text(), QStringLiteral("&Update"));
        QVERIFY(dialog.removeButton()->isEnabled());

        if (!QStandardPaths::findExecutable(QStringLiteral("systemd-analyze")).isEmpty()) {
            QProcess verify;
            QStringList args{QStringLiteral("--user"), QStringLiteral("verify"),
                             QStringLiteral("--man=no")};
            for (const QString &name : scheduleUnitNames())
                args << QDir(unitDir()).filePath(name);
            verify.start(QStringLiteral("systemd-analyze"), args);
            QVERIFY(verify.waitForFinished(60'000));
            QVERIFY2(verify.exitCode() == 0, verify.readAllStandardError().constData());
        }

        // Opened again, the dialog starts from what is installed.
        ScheduleDialog again(settings, m_program, db);
        QSignalSpy againShown(&again, &ScheduleDialog::statusShown);
        QVERIFY(waitForStatus(againShown, 1));
        QCOMPARE(again.durationEdit()->text(), QStringLiteral("6h"));
        QCOMPARE(again.profileBox()->currentData().toString(), QStringLiteral("uploads"));

        // Snapshots only now: the clean pair goes.
        dialog.profileBox()->setCurrentIndex(0);
        dialog.durationEdit()->setText(QStringLiteral("1d12h"));
        QCOMPARE(dialog.intervalBox()->currentIndex(), dialog.intervalBox()->count() - 1);
        dialog.installButton()->click();
        QVERIFY(waitForStatus(shown, 3));
        QVERIFY(unit(QStringLiteral("tempscope-snapshot.timer"))
                    .contains(QStringLiteral("OnUnitActiveSec=129600s\n")));
        QVERIFY(!QFile::exists(QDir(unitDir()).filePath(QStringLiteral("tempscope-clean.timer"))));
        QVERIFY(!dialog.statusLabel()->text().contains(QStringLiteral("Cleanup")));

        dialog.removeButton()->click();
        QVERIFY(waitForStatus(shown, 4));
        QVERIFY(
            QDir(unitDir()).entryList(QDir::Files).filter(QStringLiteral("tempscope-")).isEmpty());
        QCOMPARE(dialog.messageLabel()->text(),
                 QStringLiteral("Removed: tempscope-snapshot.service, tempscope-snapshot.timer."));
        QVERIFY(dialog.statusLabel()->text().startsWith(QStringLiteral("Not installed")));
        QVERIFY(!dialog.removeButton()->isEnabled());
        QCOMPARE(dialog.installButton()->text(), QStringLiteral("&Install"));
    }

    void badIntervalIsShownAndBlocksInstall_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("said");
        QTest::addRow("words") << QStringLiteral("often") << QStringLiteral("Not an interval: ");
        QTest::addRow("too often")
            << QStringLiteral("1m") << QStringLiteral("the interval must be at least 5m, not 1m");
        QTest::addRow("empty") << QString() << QStringLiteral("empty duration");
        QTest::addRow("negative") << QStringLiteral("-2h") << QStringLiteral("negative");
    }

    void badIntervalIsShownAndBlocksInstall()
    {
        QFETCH(QString, text);
        QFETCH(QString, said);
        QSettings settings(m_dir.filePath(QStringLiteral("b.ini")), QSettings::IniFormat);
        ScheduleDialog dialog(settings, m_program, QString());
        QSignalSpy shown(&dialog, &ScheduleDialog::statusShown);
        QVERIFY(waitForStatus(shown, 1));
        dialog.show();
        QVERIFY(dialog.installButton()->isEnabled());
        QVERIFY(!dialog.durationError()->isVisible());

        dialog.durationEdit()->clear();
        QTest::keyClicks(dialog.durationEdit(), text);
        QVERIFY(dialog.durationError()->isVisible());
        QVERIFY2(dialog.durationError()->text().contains(said),
                 qPrintable(dialog.durationError()->text()));
        QVERIFY(!dialog.installButton()->isEnabled());
        QCOMPARE(dialog.intervalBox()->currentIndex(), dialog.intervalBox()->count() - 1);

        // Mended: the message goes, Install comes back, the box follows.
        dialog.durationEdit()->setText(QStringLiteral("1d"));
        QVERIFY(!dialog.durationError()->isVisible());
        QVERIFY(dialog.installButton()->isEnabled());
        QCOMPARE(dialog.intervalBox()->currentText(), QStringLiteral("every day"));
        // No profile is saved here: the box says how to get one.
        QVERIFY(!dialog.profileBox()->isEnabled());
    }

    void missingProgramOrDirectoryIsSaid()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
        {
            ScheduleDialog dialog(settings, QString(), QString());
            QSignalSpy shown(&dialog, &ScheduleDialog::statusShown);
            QVERIFY(waitForStatus(shown, 1));
            QVERIFY(!dialog.installButton()->isEnabled());
            QVERIFY(dialog.messageLabel()->text().contains(
                QStringLiteral("tempscope-cli was not found")));
        }
        // The configuration directory is a file: the unit directory cannot be made.
        const QString file = m_dir.filePath(QStringLiteral("not-a-dir"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const QByteArray config = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", file.toUtf8());
        ScheduleDialog dialog(settings, m_program, QString());
        QSignalSpy shown(&dialog, &ScheduleDialog::statusShown);
        QVERIFY(waitForStatus(shown, 1));
        dialog.installButton()->click();
        QVERIFY(waitForStatus(shown, 2));
        qputenv("XDG_CONFIG_HOME", config);
        QVERIFY2(dialog.messageLabel()->text().startsWith(
                     QStringLiteral("Could not install the schedule: cannot create the "
                                    "directory ") +
                     file),
                 qPrintable(dialog.messageLabel()->text()));
    }

    void trendsWindowOpensItAndSaysWhatIsScheduled()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("d.ini")), QSettings::IniFormat);
        SnapshotRecorder recorder(settings, m_dir.filePath(QStringLiteral("d.sqlite")));
        TrendsWindow window(recorder, m_program);
        QCOMPARE(window.scheduleSummary()->text(), QStringLiteral("No schedule installed"));
        QVERIFY(!window.scheduleDialog());
        window.scheduleAction()->trigger();
        ScheduleDialog *dialog = window.scheduleDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QSignalSpy shown(dialog, &ScheduleDialog::statusShown);
        QVERIFY(waitForStatus(shown, 1));
        dialog->durationEdit()->setText(QStringLiteral("30m"));
        dialog->installButton()->click();
        QVERIFY(waitForStatus(shown, 2));
        QCOMPARE(window.scheduleSummary()->text(),
                 QStringLiteral("Scheduled: snapshots every 30m"));
        QVERIFY(unit(QStringLiteral("tempscope-snapshot.service"))
                    .contains(QStringLiteral(" snapshot --db ")));
        dialog->removeButton()->click();
        QVERIFY(waitForStatus(shown, 3));
        QCOMPARE(window.scheduleSummary()->text(), QStringLiteral("No schedule installed"));
        // The button opens the same dialog.
        window.scheduleButton()->click();
        QCOMPARE(window.scheduleDialog(), dialog);
    }
};

QTEST_MAIN(ScheduleDialogTest)
#include "ScheduleDialogTest.moc"
