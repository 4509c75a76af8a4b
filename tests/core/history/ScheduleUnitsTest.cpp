// The systemd units of `schedule install`: ExecStart= words survive spaces,
// quotes, % and $ in the program's path and the rule's patterns (checked by
// systemd-analyze verify, which needs the quoted path to be the executable),
// and the timer reads back its interval; the status reads what
// `systemctl show` says about a timer (ScheduleSetup) and the profile a clean
// service was written for; an interval under the minimum is refused.

#include "core/history/ScheduleUnits.h"
#include "core/history/ScheduleSetup.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tempscope;

class ScheduleUnitsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void words_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("expected");
        QTest::addRow("plain") << QStringLiteral("/usr/bin/tempscope-cli")
                               << QStringLiteral("/usr/bin/tempscope-cli");
        QTest::addRow("space") << QStringLiteral("/opt/my apps/x")
                               << QStringLiteral("\"/opt/my apps/x\"");
        QTest::addRow("specifier") << QStringLiteral("100%") << QStringLiteral("100%%");
        QTest::addRow("variable") << QStringLiteral("$HOME") << QStringLiteral("$$HOME");
        QTest::addRow("quote") << QStringLiteral("a\"b") << QStringLiteral("a\\\"b");
        QTest::addRow("semicolon") << QStringLiteral(";") << QStringLiteral("\";\"");
        QTest::addRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\\nb\"");
        QTest::addRow("empty") << QString() << QStringLiteral("\"\"");
    }

    void words()
    {
        QFETCH(QString, word);
        QFETCH(QString, expected);
        QCOMPARE(systemdWord(word), expected);
    }

    void verifiesWithAwkwardProgramPath()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("systemd-analyze")).isEmpty())
            QSKIP("systemd-analyze is not installed");
        QTemporaryDir dir;
        const QString binDir = dir.filePath(QStringLiteral("my 100% $HOME bin"));
        QVERIFY(QDir().mkpath(binDir));
        const QString program = binDir + QStringLiteral("/tempscope-cli");
        QVERIFY(QFile::copy(QStringLiteral("/bin/true"), program));
        ScheduleOptions o;
        o.program = program;
        o.every = std::chrono::hours(6);
        o.db = dir.filePath(QStringLiteral("h; rm -rf x.sqlite"));
        CleanupRule rule;
        rule.olderThan = std::chrono::hours(24 * 7);
        rule.includes = {QStringLiteral("it's $x")};
        o.clean = rule;
        o.cleanProfile = QStringLiteral("odd\nname %n");
        const QList<UnitFile> units = scheduleUnits(o);
        QCOMPARE(units.size(), 4);
        QStringList paths;
        for (const UnitFile &u : units) {
            QFile f(dir.filePath(u.name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(u.text.toUtf8());
            paths << f.fileName();
            if (u.name.endsWith(QStringLiteral(".timer")))
                QCOMPARE(timerInterval(u.text), std::chrono::seconds(6 * 3600));
        }
        QVERIFY(units[2].text.contains(QStringLiteral("Description=Tempscope: clean up with the "
                                                      "profile odd_name _n\n")));
        QProcess p;
        p.start(QStringLiteral("systemd-analyze"),
                QStringList{QStringLiteral("verify"), QStringLiteral("--man=no")} + paths);
        QVERIFY(p.waitForFinished(60'000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());

        // The check can fail: a path that is not the executable is reported.
        o.program = binDir + QStringLiteral("/missing");
        QFile f(dir.filePath(QStringLiteral("tempscope-snapshot.service")));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(scheduleUnits(o).first().text.toUtf8());
        f.close();
        p.start(QStringLiteral("systemd-analyze"),
                {QStringLiteral("verify"), QStringLiteral("--man=no"), f.fileName()});
        QVERIFY(p.waitForFinished(60'000));
        QVERIFY(p.exitCode() != 0);
    }

    void systemdTimespans_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("micros"); // -1: refused
        QTest::addRow("seconds") << QStringLiteral("58.123456s") << qint64(58'123'456);
        QTest::addRow("mixed") << QStringLiteral("2d 3h 41min 1.5s")
                               << qint64(((2 * 24 + 3) * 3600 + 41 * 60) * 1'000'000LL + 1'500'000);
        QTest::addRow("small") << QStringLiteral("3ms 20us") << qint64(3020);
        QTest::addRow("infinity") << QStringLiteral("infinity") << qint64(-1);
        QTest::addRow("empty") << QString() << qint64(-1);
        QTest::addRow("junk") << QStringLiteral("1h x") << qint64(-1);
    }

    void systemdTimespans()
    {
        QFETCH(QString, text);
        QFETCH(qint64, micros);
        const auto parsed = parseSystemdTimespan(text);
        if (micros < 0)
            QVERIFY(!parsed);
        else
            QCOMPARE(parsed, std::optional(std::chrono::microseconds(micros)));
    }

    void timerProperties()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
        using std::chrono::hours;
        using std::chrono::microseconds;
        // A monotonic timer (ours): next run from the monotonic clock.
        TimerState monotonic;
        readTimerProperties(QStringLiteral("ActiveState=active\nNextElapseUSecRealtime=\n"
                                           "NextElapseUSecMonotonic=2d 1h\n"
                                           "LastTriggerUSec=@1799996400\n"),
                            &monotonic, now, hours(48));
        QCOMPARE(monotonic.activeState, QStringLiteral("active"));
        QCOMPARE(monotonic.nextRun, now.addSecs(3600));
        QCOMPARE(monotonic.lastRun, QDateTime::fromSecsSinceEpoch(1'799'996'400, Qt::UTC));
        // A calendar time wins; n/a and infinity are no time at all.
        TimerState realtime;
        readTimerProperties(QStringLiteral("NextElapseUSecRealtime=@1800000600\n"
                                           "NextElapseUSecMonotonic=infinity\n"
                                           "LastTriggerUSec=n/a\nActiveState=inactive"),
                            &realtime, now, microseconds(0));
        QCOMPARE(realtime.nextRun, now.addSecs(600));
        QVERIFY(!realtime.lastRun.isValid());
        QCOMPARE(realtime.activeState, QStringLiteral("inactive"));
        TimerState none;
        readTimerProperties(QStringLiteral("NextElapseUSecMonotonic=0\n"), &none, now,
                            microseconds(0));
        QVERIFY(!none.nextRun.isValid());
    }

    void cleanProfileReadsBack()
    {
        ScheduleOptions o;
        o.program = QStringLiteral("/usr/bin/tempscope-cli");
        o.clean = CleanupRule{};
        o.cleanProfile = QStringLiteral("nightly uploads");
        const QList<UnitFile> units = scheduleUnits(o);
        QCOMPARE(units[2].name, cleanServiceName());
        QCOMPARE(cleanServiceProfile(units[2].text), o.cleanProfile);
        QCOMPARE(cleanServiceProfile(units[0].text), QString());
    }

    void intervals()
    {
        QString error;
        QCOMPARE(parseScheduleInterval(u"5m", &error), std::optional(std::chrono::seconds(300)));
        QVERIFY(!parseScheduleInterval(u"299s", &error));
        QCOMPARE(error, QStringLiteral("the interval must be at least 5m, not 299s"));
        QVERIFY(!parseScheduleInterval(u"soon", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!parseScheduleInterval(u"1m", nullptr));
    }

    void unitDirectory()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), QStringLiteral("/home/u"));
        QCOMPARE(systemdUserUnitDir(env), QStringLiteral("/home/u/.config/systemd/user"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("relative"));
        QCOMPARE(systemdUserUnitDir(env), QStringLiteral("/home/u/.config/systemd/user"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("/cfg"));
        QCOMPARE(systemdUserUnitDir(env), QStringLiteral("/cfg/systemd/user"));
        QCOMPARE(systemdUserUnitDir(QProcessEnvironment()), QString());
    }
};

QTEST_GUILESS_MAIN(ScheduleUnitsTest)
#include "ScheduleUnitsTest.moc"
