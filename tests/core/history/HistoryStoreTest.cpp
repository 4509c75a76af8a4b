// The history database: schema creation, migration from version 1,
// retention, concurrent writers in two processes, and every bad file
// (missing, unreadable, locked, corrupt, another program's, newer schema)
// refused with the file left byte for byte as it was.

#include "HistoryFixture.h"

#include "core/history/HistorySchema.h"
#include "core/history/HistoryStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace tempscope;
using namespace history_fixture;

namespace {

constexpr qint64 Day = 86400;
constexpr qint64 T0 = 1'700'000'000; // a Tuesday in November 2023, 22:13 UTC

// A raw connection for setting a file up as other programs (or older
// versions) would leave it.
class RawDb
{
public:
    explicit RawDb(const QString &path)
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        m_db.setDatabaseName(path);
        m_db.open();
    }
    ~RawDb()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(m_db);
        return q.exec(sql);
    }
    qint64 value(const QString &sql)
    {
        QSqlQuery q(m_db);
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
    QSqlDatabase &db() { return m_db; }

private:
    QSqlDatabase m_db;
};

// The child process: writes `count` snapshots to `path`, one per second of
// synthetic time starting at `start`.
int writeSnapshots(const QString &path, int count, qint64 start)
{
    QString error;
    for (int i = 0; i < count; ++i) {
        auto store = HistoryStore::open(path, HistoryStore::Access::Write, &error);
        if (!store || !store->record(snapshotAt(start + i, 20), &error)) {
            fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    return 0;
}

} // namespace

class HistoryStoreTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString dbPath(const QString &name) { return m_dir.filePath(name); }

    // Expects open() to fail with `expected` in the reason and the file unchanged.
    void expectRefused(const QString &path, HistoryStore::Access access, const QString &expected)
    {
        const bool existed = QFile::exists(path);
        const QByteArray before = fileBytes(path);
        QString error;
        const auto store = HistoryStore::open(path, access, &error);
        QVERIFY2(!store, qPrintable(path));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(!error.contains(u'\n'), qPrintable(error));
        QCOMPARE(QFile::exists(path), existed);
        if (existed)
            QCOMPARE(fileBytes(path), before);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void createsCurrentSchemaInWalMode()
    {
        const QString path = dbPath(QStringLiteral("new.sqlite"));
        QString error;
        {
            auto store = HistoryStore::open(path, HistoryStore::Access::Write, &error);
            QVERIFY2(store, qPrintable(error));
            QCOMPARE(store->schemaVersion(), history_schema::CurrentVersion);
            QVERIFY2(store->record(snapshotAt(T0), &error), qPrintable(error));
        }
        RawDb raw(path);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")), history_schema::CurrentVersion);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA application_id")), history_schema::ApplicationId);
        QSqlQuery q(raw.db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM family_samples")), 3);
    }

    void readsBackSeriesWithZerosForAbsentFamilies()
    {
        const QString path = dbPath(QStringLiteral("series.sqlite"));
        QString error;
        auto store = HistoryStore::open(path, HistoryStore::Access::Write, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(store->record(snapshotAt(T0, 1), &error));
        QVERIFY(store->record(snapshotAt(T0 + 60, 3), &error));  // fam1, fam2 appear
        QVERIFY(store->record(snapshotAt(T0 + 120, 1), &error)); // and are gone again
        // A name that is not UTF-8 (escaped raw byte) survives.
        Snapshot odd = snapshotAt(T0 + 180, 1);
        odd.roots[0].families[0].family = QStringLiteral("caf") + QChar(0xDCE9) + u'*';
        QVERIFY(store->record(odd, &error));

        const auto series = store->familySeries({}, &error);
        QVERIFY2(series, qPrintable(error));
        QCOMPARE(series->size(), 4);
        QMap<QString, FamilySeries> byFamily;
        for (const FamilySeries &s : *series)
            byFamily.insert(s.family, s);
        QVERIFY(byFamily.contains(QStringLiteral("caf") + QChar(0xDCE9) + u'*'));
        const FamilySeries fam0 = byFamily.value(QStringLiteral("fam0-*"));
        QCOMPARE(fam0.root, QStringLiteral("/tmp"));
        QCOMPARE(fam0.points.size(), 4);
        QCOMPARE(fam0.points[3].bytes, 0u); // absent in the last snapshot
        const FamilySeries fam2 = byFamily.value(QStringLiteral("fam2-*"));
        QCOMPARE(fam2.points.size(), 3); // from its first appearance on
        QCOMPARE(fam2.points[0].time, T0 + 60);
        QCOMPARE(fam2.points[0].bytes, 3000u);
        QCOMPARE(fam2.points[0].staleBytes, 1500u);
        QCOMPARE(fam2.points[1].bytes, 0u);

        HistoryQuery only;
        only.family = QStringLiteral("fam2-*");
        only.since = T0 + 100;
        const auto filtered = store->familySeries(only, &error);
        QVERIFY(filtered);
        QCOMPARE(filtered->size(), 0); // fam2 is not in the window
        only.since = T0 + 60;
        QCOMPARE(store->familySeries(only, &error)->size(), 1);

        const auto roots = store->rootSeries(0, &error);
        QVERIFY(roots);
        QCOMPARE(roots->size(), 1);
        QCOMPARE(roots->first().points.size(), 4);
        QCOMPARE(roots->first().points[1].bytes, 6000u);
        QCOMPARE(roots->first().points[1].volumeFree, 1'000'000'000);
    }

    void migratesFromVersion1()
    {
        const QString path = dbPath(QStringLiteral("v1.sqlite"));
        {
            RawDb raw(path);
            QString error;
            QVERIFY(raw.exec(QStringLiteral("BEGIN")));
            QVERIFY2(history_schema::migrate(raw.db(), 0, 1, &error), qPrintable(error));
            QVERIFY(raw.exec(QStringLiteral("COMMIT")));
            QVERIFY(raw.exec(QStringLiteral(
                "INSERT INTO snapshots (id, taken_at, stale_after) VALUES (1, 1700000000, 0)")));
            QVERIFY(
                raw.exec(QStringLiteral("INSERT INTO roots VALUES (1, CAST('/var/tmp' AS BLOB))")));
            QVERIFY(
                raw.exec(QStringLiteral("INSERT INTO families VALUES (1, CAST('old*' AS BLOB))")));
            QVERIFY(
                raw.exec(QStringLiteral("INSERT INTO root_samples VALUES (1, 1, 5, 10, 1, 42)")));
            QVERIFY(raw.exec(
                QStringLiteral("INSERT INTO family_samples VALUES (1, 1, 1, 1, 42, 0, 9, 9)")));
            QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")), 1);
        }
        QString error;
        auto store = HistoryStore::open(path, HistoryStore::Access::Write, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->schemaVersion(), 2);
        const auto series = store->familySeries({}, &error);
        QVERIFY2(series, qPrintable(error));
        QCOMPARE(series->size(), 1);
        QCOMPARE(series->first().family, QStringLiteral("old*"));
        QCOMPARE(series->first().root, QStringLiteral("/var/tmp"));
        QCOMPARE(series->first().points.first().bytes, 42u);
        QVERIFY2(store->record(snapshotAt(T0), &error), qPrintable(error));
        store.reset();
        RawDb raw(path);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")), 2);
        QCOMPARE(raw.value(QStringLiteral("SELECT resolution FROM snapshots WHERE id = 1")), 0);
    }

    void retentionKeepsDetailThenOnePerDay()
    {
        const QString path = dbPath(QStringLiteral("retention.sqlite"));
        QString error;
        auto store = HistoryStore::open(path, HistoryStore::Access::Write, &error);
        QVERIFY2(store, qPrintable(error));
        const qint64 start = (T0 / Day) * Day; // midnight UTC
        const int hours = 45 * 24;
        for (int h = 0; h < hours; ++h)
            QVERIFY2(store->record(snapshotAt(start + h * 3600, 2), &error), qPrintable(error));
        const qint64 last = start + (hours - 1) * 3600;
        const qint64 cutoff = last - HistoryStore::DetailDays * Day;
        store.reset();

        RawDb raw(path);
        // Within the detail window: every hourly snapshot.
        QCOMPARE(
            raw.value(
                QStringLiteral("SELECT count(*) FROM snapshots WHERE taken_at >= %1").arg(cutoff)),
            HistoryStore::DetailDays * 24 + 1);
        // Before it: one per day, the day's last, marked daily.
        QCOMPARE(
            raw.value(
                QStringLiteral("SELECT count(*) FROM snapshots WHERE taken_at < %1").arg(cutoff)),
            (cutoff - start + Day - 1) / Day);
        QCOMPARE(
            raw.value(QStringLiteral("SELECT max(c) FROM (SELECT count(*) AS c FROM "
                                     "snapshots WHERE taken_at < %1 GROUP BY taken_at / 86400)")
                          .arg(cutoff)),
            1);
        QCOMPARE(raw.value(QStringLiteral("SELECT min(taken_at % 86400) FROM snapshots WHERE "
                                          "taken_at < %1 AND taken_at / 86400 < %1 / 86400")
                               .arg(cutoff)),
                 23 * 3600);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM snapshots WHERE taken_at < %1 AND "
                                          "resolution <> 1")
                               .arg(cutoff)),
                 0);
        // The samples of removed snapshots went with them.
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM family_samples WHERE snapshot_id "
                                          "NOT IN (SELECT id FROM snapshots)")),
                 0);
    }

    void concurrentWritersInTwoProcesses()
    {
        const QString path = dbPath(QStringLiteral("concurrent.sqlite"));
        QProcess a;
        QProcess b;
        const QString self = QCoreApplication::applicationFilePath();
        a.start(self, {QStringLiteral("--write-snapshots"), path, QStringLiteral("40"),
                       QString::number(T0)});
        b.start(self, {QStringLiteral("--write-snapshots"), path, QStringLiteral("40"),
                       QString::number(T0 + 1000)});
        QVERIFY(a.waitForFinished(120'000));
        QVERIFY(b.waitForFinished(120'000));
        // A writer that gave up says why on its stderr.
        const QByteArray aErrors = a.readAllStandardError();
        const QByteArray bErrors = b.readAllStandardError();
        QVERIFY2(a.exitCode() == 0 && aErrors.isEmpty(), aErrors.constData());
        QVERIFY2(b.exitCode() == 0 && bErrors.isEmpty(), bErrors.constData());
        QString error;
        auto store = HistoryStore::open(path, HistoryStore::Access::Read, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(*store->snapshotCount(&error), 80);
        const auto series = store->familySeries({}, &error);
        QVERIFY(series);
        QCOMPARE(series->size(), 20);
        for (const FamilySeries &s : *series)
            QCOMPARE(s.points.size(), 80);
        store.reset();
        RawDb raw(path);
        QSqlQuery q(raw.db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    }

    void refusesMissingFileForReading()
    {
        expectRefused(dbPath(QStringLiteral("absent.sqlite")), HistoryStore::Access::Read,
                      QStringLiteral("no history database"));
    }

    void refusesMissingDirectory()
    {
        const QString path = dbPath(QStringLiteral("no-such-dir/h.sqlite"));
        expectRefused(path, HistoryStore::Access::Write, QStringLiteral("does not exist"));
        QVERIFY(!QFileInfo::exists(dbPath(QStringLiteral("no-such-dir"))));
    }

    void refusesUnreadableFile()
    {
        if (::geteuid() == 0)
            QSKIP("root reads every file (CI runs this test as nobody)");
        const QString path = dbPath(QStringLiteral("unreadable.sqlite"));
        {
            QString error;
            auto store = HistoryStore::open(path, HistoryStore::Access::Write, &error);
            QVERIFY2(store && store->record(snapshotAt(T0), &error), qPrintable(error));
        }
        QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
        expectRefused(path, HistoryStore::Access::Read, QStringLiteral("cannot read"));
        expectRefused(path, HistoryStore::Access::Write, QStringLiteral("cannot read"));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
        expectRefused(path, HistoryStore::Access::Write, QStringLiteral("cannot write"));
        QString error;
        QVERIFY2(HistoryStore::open(path, HistoryStore::Access::Read, &error), qPrintable(error));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    }

    void refusesLockedFile()
    {
        const QString path = dbPath(QStringLiteral("locked.sqlite"));
        QString error;
        {
            auto store = HistoryStore::open(path, HistoryStore::Access::Write, &error);
            QVERIFY2(store && store->record(snapshotAt(T0), &error), qPrintable(error));
        }
        RawDb holder(path);
        QVERIFY(holder.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        const QByteArray before = fileBytes(path);
        auto store = HistoryStore::open(path, HistoryStore::Access::Write, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(!store->record(snapshotAt(T0 + 60), &error));
        QVERIFY2(error.contains(QStringLiteral("is locked by another program")), qPrintable(error));
        QCOMPARE(fileBytes(path), before);
        QVERIFY(holder.exec(QStringLiteral("ROLLBACK")));
        QVERIFY2(store->record(snapshotAt(T0 + 60), &error), qPrintable(error));
    }

    void refusesGarbage()
    {
        const QString path = dbPath(QStringLiteral("garbage.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'G'));
        f.close();
        expectRefused(path, HistoryStore::Access::Write, QStringLiteral("not an SQLite database"));
        expectRefused(path, HistoryStore::Access::Read, QStringLiteral("not an SQLite database"));
    }

    void refusesCorruptPages()
    {
        const QString path = dbPath(QStringLiteral("corrupt.sqlite"));
        QString error;
        {
            auto store = HistoryStore::open(path, HistoryStore::Access::Write, &error);
            QVERIFY(store);
            for (int i = 0; i < 50; ++i)
                QVERIFY(store->record(snapshotAt(T0 + i, 30), &error));
        }
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal"))); // checkpointed on close
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 5 * 4096);
        QVERIFY(f.seek(3 * 4096));
        f.write(QByteArray(2 * 4096, '\xA5'));
        f.close();
        expectRefused(path, HistoryStore::Access::Write, QStringLiteral("corrupt"));
        expectRefused(path, HistoryStore::Access::Read, QStringLiteral("corrupt"));
    }

    void refusesAnotherProgramsDatabase()
    {
        const QString path = dbPath(QStringLiteral("places.sqlite"));
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE bookmarks (url TEXT)")));
        }
        expectRefused(path, HistoryStore::Access::Write, QStringLiteral("not a Tempscope history"));
    }

    void refusesNewerSchema()
    {
        const QString path = dbPath(QStringLiteral("newer.sqlite"));
        QString error;
        {
            auto store = HistoryStore::open(path, HistoryStore::Access::Write, &error);
            QVERIFY(store && store->record(snapshotAt(T0), &error));
        }
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        expectRefused(path, HistoryStore::Access::Write, QStringLiteral("newer Tempscope"));
        expectRefused(path, HistoryStore::Access::Read, QStringLiteral("schema version 99"));
    }

    void refusesDirectoryAsFile()
    {
        expectRefused(m_dir.path(), HistoryStore::Access::Write,
                      QStringLiteral("not a regular file"));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 5 && args[1] == u"--write-snapshots")
        return writeSnapshots(args[2], args[3].toInt(), args[4].toLongLong());
    HistoryStoreTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "HistoryStoreTest.moc"
