// tempscope-cli schedule, end to end: the units it writes under
// $XDG_CONFIG_HOME/systemd/user name this program by its absolute path,
// run at the interval asked, carry a saved cleanup profile's rule, and pass
// `systemd-analyze --user verify`; status and remove see them (the profile,
// and that no user manager answered); bad input is refused.

#include "CliRunner.h"

#include "core/cleanup/CleanupProfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace tempscope;

class ScheduleCliTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    QString unitDir() const { return m_dir.filePath(QStringLiteral("config/systemd/user")); }
    QString unit(const QString &name) const
    {
        QFile f(QDir(unitDir()).filePath(name));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    CliResult schedule(const QStringList &args) const
    {
        return runCli(QStringList{QStringLiteral("schedule")} + args, m_env);
    }
    // systemd-analyze --user verify on the installed units, offline.
    CliResult verify(const QStringList &names) const
    {
        QProcess p;
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("run")));
        p.setProcessEnvironment(env);
        QStringList args{QStringLiteral("--user"), QStringLiteral("verify"),
                         QStringLiteral("--man=no")};
        for (const QString &n : names)
            args << QDir(unitDir()).filePath(n);
        p.start(QStringLiteral("systemd-analyze"), args);
        return finishedResult(p);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (QStandardPaths::findExecutable(QStringLiteral("systemd-analyze")).isEmpty())
            QSKIP("systemd-analyze is not installed (.ci/setup --test installs systemd)");
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("run"))));
        QFile::setPermissions(m_dir.filePath(QStringLiteral("run")), QFileDevice::ReadOwner |
                                                                         QFileDevice::WriteOwner |
                                                                         QFileDevice::ExeOwner);
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        // No user manager: systemctl --user must not reach a real one.
        m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("run")));
        m_env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    }

    void installsVerifiedSnapshotUnits()
    {
        const CliResult r = schedule({QStringLiteral("install"), QStringLiteral("--every"),
                                      QStringLiteral("2h"), QStringLiteral("--no-enable")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString service = unit(QStringLiteral("tempscope-snapshot.service"));
        const QString program = QFileInfo(cliPath()).canonicalFilePath();
        QVERIFY(QDir::isAbsolutePath(program));
        QVERIFY2(service.contains(QStringLiteral("ExecStart=") + program +
                                  QStringLiteral(" snapshot\n")),
                 qPrintable(service));
        QVERIFY(unit(QStringLiteral("tempscope-snapshot.timer"))
                    .contains(QStringLiteral("OnUnitActiveSec=7200s\n")));
        QVERIFY(!QFile::exists(QDir(unitDir()).filePath(QStringLiteral("tempscope-clean.timer"))));
        const CliResult v = verify({QStringLiteral("tempscope-snapshot.service"),
                                    QStringLiteral("tempscope-snapshot.timer")});
        QVERIFY2(v.exitCode == 0, v.err.constData());

        const CliResult status = schedule({QStringLiteral("status")});
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.contains("tempscope-snapshot.timer: installed, every 2h"),
                 status.out.constData());
        QVERIFY(status.out.contains("tempscope-clean.timer: not installed"));
    }

    void installsACleanupProfile()
    {
        {
            QSettings settings(m_dir.filePath(QStringLiteral("config/Tempscope/tempscope.conf")),
                               QSettings::IniFormat);
            CleanupRule rule;
            rule.olderThan = std::chrono::hours(48);
            rule.includes = {QStringLiteral("upload_"), QStringLiteral("report 100%.csv")};
            rule.excludes = {QStringLiteral("*.lock")};
            rule.unit = CleanupUnit::PerFile;
            rule.action = CleanupAction::Trash;
            QVERIFY(CleanupProfiles(settings).save(QStringLiteral("uploads"), rule));
        }
        const CliResult r = schedule({QStringLiteral("install"), QStringLiteral("--clean"),
                                      QStringLiteral("uploads"), QStringLiteral("--no-enable")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString clean = unit(QStringLiteral("tempscope-clean.service"));
        QVERIFY2(clean.contains(QStringLiteral(
                     " clean --older-than 2d --by newest --prefix upload_ --prefix \"report "
                     "100%%.csv\" --exclude *.lock --per-file --trash\n")),
                 qPrintable(clean));
        QVERIFY(unit(QStringLiteral("tempscope-clean.timer"))
                    .contains(QStringLiteral("OnUnitActiveSec=3600s\n")));
        const CliResult v = verify({QStringLiteral("tempscope-snapshot.service"),
                                    QStringLiteral("tempscope-snapshot.timer"),
                                    QStringLiteral("tempscope-clean.service"),
                                    QStringLiteral("tempscope-clean.timer")});
        QVERIFY2(v.exitCode == 0, v.err.constData());

        const CliResult status = schedule({QStringLiteral("status")});
        QVERIFY2(status.out.contains("tempscope-clean.service: installed, profile uploads\n"),
                 status.out.constData());
        QVERIFY(status.out.contains("tempscope-clean.timer: installed, every 1h, state unknown"));
        QVERIFY(status.out.contains("systemctl --user: "));

        // Without a user manager the timers cannot be enabled: said, status 1.
        const CliResult enable = schedule({QStringLiteral("install")});
        QCOMPARE(enable.exitCode, 1);
        QVERIFY2(enable.err.contains("systemctl --user enable --now tempscope-snapshot.timer"),
                 enable.err.constData());
    }

    void removesWhatItInstalled()
    {
        QVERIFY(schedule({QStringLiteral("install"), QStringLiteral("--no-enable")}).exitCode == 0);
        // The link `systemctl enable` makes goes too (nobody could disable it here).
        const QString wants = unitDir() + QStringLiteral("/timers.target.wants");
        QVERIFY(QDir().mkpath(wants));
        QVERIFY(QFile::link(unitDir() + QStringLiteral("/tempscope-snapshot.timer"),
                            wants + QStringLiteral("/tempscope-snapshot.timer")));
        QVERIFY(QFile::link(QStringLiteral("/usr/lib/systemd/user/other.timer"),
                            wants + QStringLiteral("/other.timer")));
        const CliResult r = schedule({QStringLiteral("remove")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("removed tempscope-snapshot.service"));
        QVERIFY(!QFileInfo(wants + QStringLiteral("/tempscope-snapshot.timer")).isSymLink());
        QVERIFY(QFileInfo(wants + QStringLiteral("/other.timer")).isSymLink());
        QVERIFY(
            QDir(unitDir()).entryList(QDir::Files).filter(QStringLiteral("tempscope-")).isEmpty());
        QVERIFY(schedule({QStringLiteral("remove")}).out.startsWith("nothing to remove"));
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::addRow("no action") << QStringList{} << QStringLiteral("needs one action");
        QTest::addRow("unknown action")
            << QStringList{QStringLiteral("start")} << QStringLiteral("unknown action");
        QTest::addRow("too often") << QStringList{QStringLiteral("install"),
                                                  QStringLiteral("--every"), QStringLiteral("1m")}
                                   << QStringLiteral("at least 5m");
        QTest::addRow("bad duration")
            << QStringList{QStringLiteral("install"), QStringLiteral("--every"),
                           QStringLiteral("often")}
            << QStringLiteral("--every");
        QTest::addRow("no such profile")
            << QStringList{QStringLiteral("install"), QStringLiteral("--clean"),
                           QStringLiteral("nope")}
            << QStringLiteral("no saved cleanup profile \"nope\"");
        QTest::addRow("option of install")
            << QStringList{QStringLiteral("status"), QStringLiteral("--every"),
                           QStringLiteral("1h")}
            << QStringLiteral("apply only to install");
    }

    void badUsage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const CliResult r = schedule(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected.toUtf8()), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
    }
};

QTEST_GUILESS_MAIN(ScheduleCliTest)
#include "ScheduleCliTest.moc"
