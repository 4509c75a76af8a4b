// tempscope-cli snapshot and history, end to end: a leaking family ranked
// first and noise, spikes and tiny leaks left out (on a synthetic history), the JSON and CSV
// layouts, the default database under $XDG_DATA_HOME (named by where --json), two snapshots at
// once, and every bad database refused with exit 2, one line, and the file unchanged.

#include "CliRunner.h"

#include "core/history/HistoryStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cmath>

using namespace tempscope;

namespace {

bool writeFile(const QString &path, qint64 bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(QByteArray(bytes, 'x')) == bytes;
}

// A random-looking token for family members: "k2j3h4g5"-like, from n.
QString token(int n)
{
    static const char16_t letters[] = u"abcdefghjkmnpqrstuvwxyz";
    QString t;
    for (int i = 0; i < 4; ++i) {
        t += QChar(letters[(n + i * 7) % 23]);
        t += QChar(u'2' + (n / (i + 1)) % 8);
    }
    return t;
}

// A name that is a family of its own (no random part): "reportbcd.log".
QString plainName(int n)
{
    QString name = QStringLiteral("report");
    for (int i = 0; i < 3; ++i, n /= 26)
        name += QChar(u'a' + n % 26);
    return name + QStringLiteral(".log");
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

// Runs python3's sqlite3 on the database (setting it up as another program would).
bool python(const QString &db, const QString &code)
{
    return QProcess::execute(
               QStringLiteral("python3"),
               {QStringLiteral("-c"),
                QStringLiteral("import sqlite3,sys\nc=sqlite3.connect(sys.argv[1])\n") + code +
                    QStringLiteral("\nc.commit()\n"),
                db}) == 0;
}

} // namespace

class HistoryCliTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The command fails with exit 2, one line naming `expected`, the file as it was.
    void expectRefused(const QStringList &args, const QString &db, const QString &expected)
    {
        const bool existed = QFile::exists(db);
        const QByteArray before = fileBytes(db);
        const CliResult r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QVERIFY2(r.err.contains(expected.toUtf8()), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.err.startsWith("tempscope-cli: "));
        QCOMPARE(QFile::exists(db), existed);
        if (existed)
            QCOMPARE(fileBytes(db), before);
    }

    QString goodDatabase(const QString &name)
    {
        const QString db = path(name);
        const QString root = path(name + QStringLiteral("-root"));
        if (!QDir().mkpath(root) || !writeFile(root + QStringLiteral("/tmpabc123"), 10))
            return {};
        return runCli({QStringLiteral("snapshot"), root, QStringLiteral("--db"), db}).exitCode == 0
                   ? db
                   : QString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void leakRankedFirst()
    {
        const QString root = path(QStringLiteral("leaky"));
        const QString db = path(QStringLiteral("leak.sqlite"));
        QVERIFY(QDir().mkpath(root));
        for (int i = 0; i < 4; ++i)
            QVERIFY(writeFile(root + QStringLiteral("/shrink_%1.dat").arg(token(i)), 500'000));
        for (int i = 0; i < 4; ++i) {
            // The leak: one more 1 MB upload each time; one shrinking family.
            QVERIFY(writeFile(root + QStringLiteral("/upload_%1.csv").arg(token(i)), 1'000'000));
            QVERIFY(QFile::remove(root + QStringLiteral("/shrink_%1.dat").arg(token(i))));
            const CliResult r =
                runCli({QStringLiteral("snapshot"), root, QStringLiteral("--db"), db});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY(r.out.startsWith("snapshot of 1 roots"));
            QThread::msleep(1100); // snapshots are timed in seconds
        }
        const CliResult json = runCli(
            {QStringLiteral("history"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o[QStringLiteral("db")].toString(), db);
        const QJsonArray families = o[QStringLiteral("families")].toArray();
        QCOMPARE(families.size(), 2);
        QJsonObject upload;
        for (const QJsonValue &f : families) {
            if (f[QStringLiteral("family")].toString() == u"upload_*.csv")
                upload = f.toObject();
        }
        QCOMPARE(upload[QStringLiteral("root")].toString(), root);
        const QJsonArray points = upload[QStringLiteral("points")].toArray();
        QCOMPARE(points.size(), 4);
        QCOMPARE(points[0][QStringLiteral("bytes")].toInteger(), 1'000'000);
        QCOMPARE(points[3][QStringLiteral("bytes")].toInteger(), 4'000'000);
        QCOMPARE(points[3][QStringLiteral("count")].toInteger(), 4);
        QCOMPARE(points[3][QStringLiteral("stale_bytes")].toInteger(), 0);
        QVERIFY(points[0][QStringLiteral("time")].toString().endsWith(u'Z'));
        // Four snapshots in four seconds say nothing about growth yet
        // (syntheticLeakRankedFirst has the ranking).
        QVERIFY(o[QStringLiteral("growing")].toArray().isEmpty());

        const CliResult csv =
            runCli({QStringLiteral("history"), QStringLiteral("--db"), db, QStringLiteral("--csv"),
                    QStringLiteral("--family"), QStringLiteral("upload_*.csv")});
        QCOMPARE(csv.exitCode, 0);
        const QList<QByteArray> lines = csv.out.trimmed().split('\n'); // RFC 4180: CRLF
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines[0], "family,root,time,count,bytes,stale_bytes,family_hex,root_hex\r");
        QVERIFY(lines[4].contains(",4,4000000,0,"));

        const CliResult human = runCli({QStringLiteral("history"), QStringLiteral("--db"), db});
        QCOMPARE(human.exitCode, 0);
        QVERIFY2(human.out.contains("4 snapshots"), human.out.constData());
        QVERIFY2(human.out.contains("nothing grows significantly (a family is listed with at "
                                    "least 6 points over at least 1d"),
                 human.out.constData());
    }

    void syntheticLeakRankedFirst()
    {
        // 20 days, every 6 hours: a leak of 20 MB a day, a family with one
        // 30 GB spike on a 4 MB-a-day rise, a shrinking one, a flat noisy
        // one and a leak of 100 KB a day.
        const QString db = path(QStringLiteral("synthetic.sqlite"));
        {
            QString error;
            auto store = HistoryStore::open(db, HistoryStore::Access::Write, &error);
            QVERIFY2(store, qPrintable(error));
            quint32 noise = 99;
            for (int i = 0; i <= 80; ++i) {
                const double days = i / 4.0;
                noise = noise * 1664525u + 1013904223u;
                const double jitter = double(noise >> 16) / 65536.0; // [0, 1)
                const QList<std::pair<QString, double>> families{
                    {QStringLiteral("leak_*.tmp"), 5e6 + 20e6 * days},
                    {QStringLiteral("spike_*.iso"), 1e6 + 4e6 * days + (i == 60 ? 30e9 : 0)},
                    {QStringLiteral("shrink_*.dat"), 9e8 - 3e7 * days},
                    {QStringLiteral("noisy_*.log"), 5e8 + 4e8 * jitter},
                    {QStringLiteral("tiny_*.pid"), 1e6 + 1e5 * days},
                };
                Snapshot s;
                s.takenAt = 1'700'000'000 + qint64(days * 86400);
                RootSample root;
                root.root = QStringLiteral("/tmp");
                for (const auto &[key, bytes] : families) {
                    FamilySample f;
                    f.family = key;
                    f.count = 1;
                    f.bytes = quint64(bytes);
                    root.bytes += f.bytes;
                    root.families.append(f);
                }
                s.roots = {root};
                QVERIFY2(store->record(s, &error), qPrintable(error));
            }
        }
        const CliResult json = runCli(
            {QStringLiteral("history"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const QJsonArray growing =
            QJsonDocument::fromJson(json.out).object()[QStringLiteral("growing")].toArray();
        QCOMPARE(growing.size(), 2);
        QCOMPARE(growing[0][QStringLiteral("family")].toString(), QStringLiteral("leak_*.tmp"));
        QCOMPARE(growing[0][QStringLiteral("bytes_per_day")].toInteger(), 20'000'000);
        QVERIFY(growing[0][QStringLiteral("bytes_per_day_low")].toInteger() > 0);
        QCOMPARE(growing[1][QStringLiteral("family")].toString(), QStringLiteral("spike_*.iso"));
        QVERIFY(std::abs(growing[1][QStringLiteral("bytes_per_day")].toDouble() - 4e6) < 1e5);

        const CliResult human = runCli({QStringLiteral("history"), QStringLiteral("--db"), db});
        QCOMPARE(human.exitCode, 0);
        const QByteArray table = human.out.mid(human.out.indexOf("Growing"));
        QVERIFY2(table.contains("leak_*.tmp") && table.contains("+19.1 MiB/day"),
                 human.out.constData());
        const QByteArray ranking = table.left(table.indexOf("Latest"));
        for (const char *absent : {"shrink_", "noisy_", "tiny_"})
            QVERIFY2(!ranking.contains(absent), human.out.constData());

        const CliResult help = runCli({QStringLiteral("history"), QStringLiteral("--help")});
        QVERIFY2(help.out.simplified().contains(
                     "lower end of the fit's 95% confidence interval is above zero"),
                 help.out.constData());
    }

    void defaultDatabaseIsWhereSaysItIs()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        const CliResult where = runCli({QStringLiteral("where"), QStringLiteral("--json")}, env);
        QCOMPARE(where.exitCode, 0);
        const QString named =
            QJsonDocument::fromJson(where.out).object()[QStringLiteral("history_db")].toString();
        QCOMPARE(named, path(QStringLiteral("data/Tempscope/tempscope/history.sqlite")));
        const QString root = path(QStringLiteral("default-root"));
        QVERIFY(QDir().mkpath(root));
        const CliResult snap = runCli({QStringLiteral("snapshot"), root}, env);
        QVERIFY2(snap.exitCode == 0, snap.err.constData());
        QVERIFY(QFile::exists(named));
        const CliResult history =
            runCli({QStringLiteral("history"), QStringLiteral("--json")}, env);
        QCOMPARE(history.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(history.out).object()[QStringLiteral("db")].toString(),
                 named);
    }

    void twoSnapshotsAtOnce()
    {
        const QString root = path(QStringLiteral("busy"));
        QVERIFY(QDir().mkpath(root));
        for (int i = 0; i < 300; ++i)
            QVERIFY(writeFile(root + u'/' + plainName(i), i));
        const QString db = path(QStringLiteral("concurrent.sqlite"));
        for (int round = 0; round < 3; ++round) {
            QProcess a;
            QProcess b;
            for (QProcess *p : {&a, &b})
                p->start(cliPath(), {QStringLiteral("snapshot"), root, QStringLiteral("--db"), db});
            const CliResult ra = finishedResult(a);
            const CliResult rb = finishedResult(b);
            QVERIFY2(ra.exitCode == 0, ra.err.constData());
            QVERIFY2(rb.exitCode == 0, rb.err.constData());
        }
        const CliResult json = runCli(
            {QStringLiteral("history"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray families =
            QJsonDocument::fromJson(json.out).object()[QStringLiteral("families")].toArray();
        QCOMPARE(families.size(), 200); // 199 largest and (other)
        for (const QJsonValue &f : families)
            QCOMPARE(f[QStringLiteral("points")].toArray().size(), 6);
        QVERIFY(
            python(db, QStringLiteral("assert c.execute('pragma integrity_check').fetchone()[0] "
                                      "== 'ok'")));
    }

    void refusesBadDatabases()
    {
        const QString root = path(QStringLiteral("bad-root"));
        QVERIFY(QDir().mkpath(root));
        const auto snapshot = [&](const QString &db) {
            return QStringList{QStringLiteral("snapshot"), root, QStringLiteral("--db"), db};
        };
        const auto history = [](const QString &db) {
            return QStringList{QStringLiteral("history"), QStringLiteral("--db"), db};
        };

        const QString inMissingDir = path(QStringLiteral("missing/h.sqlite"));
        expectRefused(snapshot(inMissingDir), inMissingDir, QStringLiteral("does not exist"));
        expectRefused(history(inMissingDir), inMissingDir, QStringLiteral("no history database"));

        const QString garbage = path(QStringLiteral("garbage.sqlite"));
        QVERIFY(writeFile(garbage, 4096));
        expectRefused(snapshot(garbage), garbage, QStringLiteral("not an SQLite database"));
        expectRefused(history(garbage), garbage, QStringLiteral("not an SQLite database"));

        const QString newer = goodDatabase(QStringLiteral("newer.sqlite"));
        QVERIFY(!newer.isEmpty());
        QVERIFY(python(newer, QStringLiteral("c.execute('pragma user_version = 7')")));
        expectRefused(snapshot(newer), newer, QStringLiteral("newer Tempscope"));
        expectRefused(history(newer), newer, QStringLiteral("newer Tempscope"));

        const QString foreign = path(QStringLiteral("foreign.sqlite"));
        QVERIFY(python(foreign, QStringLiteral("c.execute('create table t (x)')")));
        expectRefused(snapshot(foreign), foreign, QStringLiteral("not a Tempscope history"));

        // Locked: another program holds the write lock for longer than the wait.
        const QString locked = goodDatabase(QStringLiteral("locked.sqlite"));
        QVERIFY(!locked.isEmpty());
        QProcess holder;
        holder.start(QStringLiteral("python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import sqlite3,sys,time\n"
                                     "c=sqlite3.connect(sys.argv[1],isolation_level=None)\n"
                                     "c.execute('begin exclusive')\nprint('held',flush=True)\n"
                                     "time.sleep(60)\n"),
                      locked});
        QVERIFY(holder.waitForReadyRead(30'000));
        expectRefused(snapshot(locked), locked, QStringLiteral("is locked by another program"));
        holder.kill();
        holder.waitForFinished();
        QCOMPARE(runCli(snapshot(locked)).exitCode, 0);
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::addRow("json and csv")
            << QStringList{QStringLiteral("history"), QStringLiteral("--json"),
                           QStringLiteral("--csv")}
            << QStringLiteral("cannot be combined");
        QTest::addRow("bad since") << QStringList{QStringLiteral("history"),
                                                  QStringLiteral("--since"), QStringLiteral("soon")}
                                   << QStringLiteral("--since");
        QTest::addRow("argument") << QStringList{QStringLiteral("history"), QStringLiteral("x")}
                                  << QStringLiteral("takes no arguments");
        QTest::addRow("empty db") << QStringList{QStringLiteral("snapshot"),
                                                 QStringLiteral("--db="), QStringLiteral("/tmp")}
                                  << QStringLiteral("--db needs a path");
        QTest::addRow("missing root")
            << QStringList{QStringLiteral("snapshot"), QStringLiteral("/nonexistent/root"),
                           QStringLiteral("--db"), QStringLiteral("/nonexistent/h.sqlite")}
            << QStringLiteral("does not exist");
    }

    void badUsage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const CliResult r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected.toUtf8()), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
    }
};

QTEST_GUILESS_MAIN(HistoryCliTest)
#include "HistoryCliTest.moc"
