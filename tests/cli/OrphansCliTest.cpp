// tempscope-cli and orphan verdicts end to end: scan --json/--csv/table
// carry them, clean --orphans-only removes exactly the orphans among the
// stale items (and keeps what runs, what is held, what nobody knows).

#include "CliRunner.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

// The portable POSIX backend sees no process's open files and lists no
// processes but on macOS (libproc): there every verdict is unknown, with the
// reason, and --orphans-only removes nothing.
#if TEMPSCOPE_PORTABLE_POSIX && !defined(__APPLE__)
constexpr bool SeesProcesses = false;
#else
constexpr bool SeesProcesses = true;
#endif
const QString NotSeen = QStringLiteral("whether it is in use cannot be seen on this system");

class OrphansCliTest : public QObject
{
    Q_OBJECT

    TreeDir m_root;
    QTemporaryDir m_config;
    QProcess m_npm;    // alive, named npm (exec -a)
    QProcess m_holder; // holds a file open
    int m_deadPid = 0;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();

    void makeDir(const QString &name) { QVERIFY(QDir(m_root.path()).mkdir(name)); }
    QStringList remaining() const
    {
        return QDir(m_root.path())
            .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    }
    QMap<QString, QJsonObject> scanItems()
    {
        const CliResult r =
            runCli({QStringLiteral("scan"), m_root.path(), QStringLiteral("--json")}, m_env);
        QMap<QString, QJsonObject> items;
        const QJsonArray list = QJsonDocument::fromJson(r.out)
                                    .object()[u"roots"]
                                    .toArray()[0]
                                    .toObject()[u"items"]
                                    .toArray();
        for (const QJsonValue &v : list)
            items.insert(v.toObject()[u"name"].toString(), v.toObject());
        return items;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A user catalogue entry whose program never runs here.
        QVERIFY(QDir().mkpath(m_config.filePath(QStringLiteral("tempscope"))));
        QFile cat(m_config.filePath(QStringLiteral("tempscope/catalogue.json")));
        QVERIFY(cat.open(QIODevice::WriteOnly));
        cat.write("{\"entries\":[{\"id\":\"probe\",\"program\":\"Probe\",\"globs\":[\"probe-*\"],"
                  "\"processes\":[\"tsorphanprobe\"]}]}");
        cat.close();
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());

        m_npm.start(QStringLiteral("bash"),
                    {QStringLiteral("-c"), QStringLiteral("exec -a npm sleep 120")});
        QVERIFY(m_npm.waitForStarted());
        // A pid that just ended.
        const pid_t child = ::fork();
        if (child == 0)
            ::_exit(0);
        ::waitpid(child, nullptr, 0);
        m_deadPid = int(child);

        makeDir(QStringLiteral("npm-%1-aaaaaaaa").arg(m_npm.processId()));
        makeDir(QStringLiteral("npm-%1-bbbbbbbb").arg(m_deadPid));
        makeDir(QStringLiteral("probe-cache"));
        makeDir(QStringLiteral("npm-%1-cccccccc").arg(m_deadPid));
        const QString held = m_root.filePath(QStringLiteral("npm-%1-cccccccc/log").arg(m_deadPid));
        QFile f(held);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        m_holder.setStandardInputFile(held);
        m_holder.start(QStringLiteral("sleep"), {QStringLiteral("120")});
        QVERIFY(m_holder.waitForStarted());
        QFile notes(m_root.filePath(QStringLiteral("notes.txt")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.close();
        // Everything two days old.
        for (const QString &n : remaining()) {
            QCOMPARE(QProcess::execute(QStringLiteral("touch"),
                                       {QStringLiteral("-h"), QStringLiteral("-d"),
                                        QStringLiteral("2 days ago"), m_root.filePath(n)}),
                     0);
        }
        // The renamed child shows its new name before the tests look.
        for (int i = 0; i < 200; ++i) {
            QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(m_npm.processId()));
            if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().startsWith("npm"))
                break;
            QTest::qWait(10);
        }
    }

    void cleanupTestCase()
    {
        m_npm.kill();
        m_holder.kill();
        m_npm.waitForFinished();
        m_holder.waitForFinished();
    }

    void scanJsonCarriesVerdicts()
    {
        const auto items = scanItems();
        if (!SeesProcesses) {
            QCOMPARE(items.size(), 5);
            for (const QJsonObject &item : items) {
                QCOMPARE(item[u"verdict"].toString(), QStringLiteral("unknown"));
                QCOMPARE(item[u"verdict_reason"].toString(), NotSeen);
                QVERIFY(item[u"creator"].toObject()[u"alive"].isNull());
            }
            QCOMPARE(items[QStringLiteral("npm-%1-bbbbbbbb").arg(m_deadPid)][u"creator"]
                         .toObject()[u"program"]
                         .toString(),
                     QStringLiteral("npm"));
            return;
        }
        const QString alive = QStringLiteral("npm-%1-aaaaaaaa").arg(m_npm.processId());
        const QString dead = QStringLiteral("npm-%1-bbbbbbbb").arg(m_deadPid);
        QCOMPARE(items[alive][u"verdict"].toString(), QStringLiteral("owner-running"));
        QCOMPARE(items[alive][u"creator"].toObject()[u"pid"].toInteger(), m_npm.processId());
        QCOMPARE(items[alive][u"creator"].toObject()[u"alive"].toBool(), true);
        QCOMPARE(items[dead][u"verdict"].toString(), QStringLiteral("orphan"));
        QCOMPARE(items[dead][u"verdict_reason"].toString(),
                 QStringLiteral("npm pid %1 is gone").arg(m_deadPid));
        QCOMPARE(items[dead][u"creator"].toObject()[u"program"].toString(), QStringLiteral("npm"));
        QCOMPARE(items[QStringLiteral("probe-cache")][u"verdict_reason"].toString(),
                 QStringLiteral("no process named tsorphanprobe runs for its owner"));
        QCOMPARE(items[QStringLiteral("npm-%1-cccccccc").arg(m_deadPid)][u"verdict"].toString(),
                 QStringLiteral("in-use"));
        QCOMPARE(items[QStringLiteral("notes.txt")][u"verdict"].toString(),
                 QStringLiteral("unknown"));
        QVERIFY(items[QStringLiteral("notes.txt")][u"creator"].toObject()[u"program"].isNull());
    }

    void csvAndTableCarryVerdicts()
    {
        const CliResult csv =
            runCli({QStringLiteral("scan"), m_root.path(), QStringLiteral("--csv")}, m_env);
        const QList<QByteArray> lines = csv.out.split('\n');
        QVERIFY(lines[0].trimmed().endsWith(
            "creator_pid,creator_program,creator_alive,verdict,verdict_reason"));
        if (!SeesProcesses) {
            QVERIFY2(!csv.out.contains("orphan") && !csv.out.contains("owner-running"),
                     csv.out.constData());
            QVERIFY2(csv.out.contains((QStringLiteral(",npm,,unknown,") + NotSeen).toUtf8()),
                     csv.out.constData());
            const CliResult table = runCli({QStringLiteral("scan"), m_root.path()}, m_env);
            QVERIFY(table.out.contains("VERDICT"));
            QVERIFY(!table.out.contains("owner-running") && !table.out.contains("orphan"));
            return;
        }
        QVERIFY(csv.out.contains(
            QStringLiteral(",%1,npm,false,orphan,npm pid %1 is gone").arg(m_deadPid).toUtf8()));
        const CliResult table = runCli({QStringLiteral("scan"), m_root.path()}, m_env);
        QVERIFY(table.out.contains("VERDICT"));
        QVERIFY(table.out.contains("owner-running"));
    }

    void brokenUserCatalogueIsReported()
    {
        QTemporaryDir config;
        QVERIFY(QDir().mkpath(config.filePath(QStringLiteral("tempscope"))));
        QFile cat(config.filePath(QStringLiteral("tempscope/catalogue.json")));
        QVERIFY(cat.open(QIODevice::WriteOnly));
        cat.write("{\"entries\": [");
        cat.close();
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        const CliResult r = runCli({QStringLiteral("scan"), m_root.path()}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("catalogue.json: not valid JSON"), r.err.constData());
    }

    void cleanOrphansOnlyRemovesExactlyTheOrphans()
    {
        const QStringList before = remaining();
        const CliResult dry =
            runCli({QStringLiteral("clean"), m_root.path(), QStringLiteral("--older-than"),
                    QStringLiteral("1d"), QStringLiteral("--by"), QStringLiteral("mtime"),
                    QStringLiteral("--orphans-only"), QStringLiteral("--dry-run")},
                   m_env);
        QCOMPARE(dry.exitCode, 0);
        QCOMPARE(remaining(), before);
        if (!SeesProcesses) {
            QVERIFY2(dry.out.contains("not an orphan (unknown)"), dry.out.constData());
            QVERIFY2(!dry.out.contains("not an orphan (owner-running)"), dry.out.constData());
        } else {
            QVERIFY2(dry.out.contains("not an orphan (owner-running)"), dry.out.constData());
        }

        const CliResult r =
            runCli({QStringLiteral("clean"), m_root.path(), QStringLiteral("--older-than"),
                    QStringLiteral("1d"), QStringLiteral("--by"), QStringLiteral("mtime"),
                    QStringLiteral("--orphans-only")},
                   m_env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QStringList expected = before;
        if (SeesProcesses) {
            expected.removeAll(QStringLiteral("npm-%1-bbbbbbbb").arg(m_deadPid));
            expected.removeAll(QStringLiteral("probe-cache"));
        }
        QCOMPARE(remaining(), expected);
    }
};

QTEST_GUILESS_MAIN(OrphansCliTest)
#include "OrphansCliTest.moc"
