// The systemd units of `schedule install`: ExecStart= words survive spaces,
// quotes, % and $ in the program's path and the rule's patterns (checked by
// systemd-analyze verify, which needs the quoted path to be the executable),
// and the timer reads back its interval.

#include "core/history/ScheduleUnits.h"

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
