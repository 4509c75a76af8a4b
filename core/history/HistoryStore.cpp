#include "core/history/HistoryStore.h"

#include "core/history/HistoryConnection.h"
#include "core/history/HistorySchema.h"
#include "core/inventory/PathText.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <limits>

namespace tempscope {

using namespace history_text;

namespace {

// Whether the last failure described on this thread was SQLite saying
// "busy": open() and record() try again until BusyTimeoutMs has passed, since
// SQLite does not wait by itself in every case (a journal mode change, WAL
// recovery after another process closed the file).
thread_local bool lastFailureBusy = false;

QString failure(const QString &path, const QSqlError &error)
{
    const int code = sqliteCode(error);
    lastFailureBusy = lastFailureBusy || code == 5 || code == 6;
    return describe(path, error);
}

QString shown(const QString &path)
{
    return printablePath(nativePath(path));
}

qint64 clamped(quint64 n)
{
    return n > quint64(std::numeric_limits<qint64>::max()) ? std::numeric_limits<qint64>::max()
                                                           : qint64(n);
}

QString newerSchema(const QString &path, qint64 version)
{
    return QCoreApplication::translate("HistoryStore",
                                       "the history database %1 was written by a newer Tempscope "
                                       "(schema version %2; this version knows up to %3)")
        .arg(shown(path))
        .arg(version)
        .arg(history_schema::CurrentVersion);
}

// Reads one integer pragma; nullopt (with *error) when the file cannot be read.
std::optional<qint64> pragma(QSqlDatabase &db, const QString &name, const QString &path,
                             QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next()) {
        *error = failure(path, q.lastError());
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

// The checks made before anything is written: a Tempscope history database
// (or an empty SQLite file), of a schema this version knows, not corrupt.
// Returns the schema version, or nullopt with the reason.
std::optional<int> validate(QSqlDatabase &db, const QString &path, QString *error)
{
    const auto appId = pragma(db, QStringLiteral("application_id"), path, error);
    if (!appId)
        return std::nullopt;
    const auto version = pragma(db, QStringLiteral("user_version"), path, error);
    if (!version)
        return std::nullopt;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()) {
        *error = failure(path, q.lastError());
        return std::nullopt;
    }
    const qint64 objects = q.value(0).toLongLong();
    if (*appId != history_schema::ApplicationId && (objects > 0 || *version != 0)) {
        *error = QCoreApplication::translate(
                     "HistoryStore",
                     "%1 is not a Tempscope history database (another program's SQLite file)")
                     .arg(shown(path));
        return std::nullopt;
    }
    if (*version > history_schema::CurrentVersion) {
        *error = newerSchema(path, *version);
        return std::nullopt;
    }
    if (!q.exec(QStringLiteral("PRAGMA quick_check(1)")) || !q.next()) {
        *error = failure(path, q.lastError());
        return std::nullopt;
    }
    if (q.value(0).toString() != u"ok") {
        *error =
            QCoreApplication::translate("HistoryStore", "the history database %1 is corrupt: %2")
                .arg(shown(path), q.value(0).toString().simplified());
        return std::nullopt;
    }
    return int(*version);
}

// Checks the file system before SQLite sees the file: SQLite would create
// a missing file, open an unreadable one read-only, or block on a FIFO.
bool checkFile(const QString &path, HistoryStore::Access access, QString *error)
{
    const QFileInfo info(path);
    const QFileInfo dir(info.absolutePath());
    if (!info.exists()) {
        if (info.isSymLink()) {
            *error = QCoreApplication::translate("HistoryStore", "%1 is a symbolic link to nothing")
                         .arg(shown(path));
            return false;
        }
        if (access == HistoryStore::Access::Read) {
            *error = QCoreApplication::translate(
                         "HistoryStore",
                         "there is no history database at %1 (tempscope-cli snapshot makes one)")
                         .arg(shown(path));
            return false;
        }
        if (!dir.isDir()) {
            *error = QCoreApplication::translate(
                         "HistoryStore",
                         "cannot create the history database %1: the directory %2 does not exist")
                         .arg(shown(path), shown(info.absolutePath()));
            return false;
        }
        if (!dir.isWritable()) {
            *error = QCoreApplication::translate(
                         "HistoryStore", "cannot create the history database %1: permission denied")
                         .arg(shown(path));
            return false;
        }
        return true;
    }
    if (!info.isFile()) {
        *error = QCoreApplication::translate("HistoryStore",
                                             "the history database %1 is not a regular file")
                     .arg(shown(path));
        return false;
    }
    if (!info.isReadable()) {
        *error = QCoreApplication::translate(
                     "HistoryStore", "cannot read the history database %1: permission denied")
                     .arg(shown(path));
        return false;
    }
    // Writing needs the file and its directory (the write-ahead log lives beside it).
    if (access == HistoryStore::Access::Write && (!info.isWritable() || !dir.isWritable())) {
        *error = QCoreApplication::translate(
                     "HistoryStore", "cannot write the history database %1: permission denied")
                     .arg(shown(path));
        return false;
    }
    return true;
}

bool exec(QSqlQuery &q, const QString &sql, const QString &path, QString *error)
{
    if (q.exec(sql))
        return true;
    *error = failure(path, q.lastError());
    return false;
}

} // namespace

HistoryStore::HistoryStore(QString path, std::unique_ptr<Connection> connection)
    : m_path(std::move(path)), m_connection(std::move(connection))
{
}

HistoryStore::~HistoryStore() = default;

int HistoryStore::schemaVersion() const
{
    return m_connection->version;
}

std::unique_ptr<HistoryStore> HistoryStore::open(const QString &path, Access access, QString *error)
{
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        lastFailureBusy = false;
        auto store = openOnce(path, access, error);
        if (store || !lastFailureBusy || waited.elapsed() > BusyTimeoutMs)
            return store;
        QThread::msleep(50);
    }
}

std::unique_ptr<HistoryStore> HistoryStore::openOnce(const QString &path, Access access,
                                                     QString *error)
{
    if (path.isEmpty()) {
        *error = QCoreApplication::translate("HistoryStore", "no history database path given");
        return nullptr;
    }
    if (!checkFile(path, access, error))
        return nullptr;

    // Read-only first: whatever is wrong with the file, it stays untouched.
    int version = 0;
    if (QFileInfo(path).size() > 0) {
        auto reader = std::make_unique<Connection>(path, true);
        if (!reader->isOpen()) {
            *error = failure(path, reader->error());
            return nullptr;
        }
        const auto checked = validate(reader->db(), path, error);
        if (!checked)
            return nullptr;
        version = *checked;
        if (access == Access::Read) {
            reader->version = version;
            return std::unique_ptr<HistoryStore>(new HistoryStore(path, std::move(reader)));
        }
    } else if (access == Access::Read) {
        // An empty file is a database with nothing in it yet.
        auto reader = std::make_unique<Connection>(path, true);
        if (!reader->isOpen()) {
            *error = failure(path, reader->error());
            return nullptr;
        }
        return std::unique_ptr<HistoryStore>(new HistoryStore(path, std::move(reader)));
    }

    auto writer = std::make_unique<Connection>(path, false);
    if (!writer->isOpen()) {
        *error = failure(path, writer->error());
        return nullptr;
    }
    QSqlQuery q(writer->db());
    if (!exec(q, QStringLiteral("PRAGMA journal_mode = WAL"), path, error))
        return nullptr;
    if (!exec(q, QStringLiteral("PRAGMA synchronous = NORMAL"), path, error) ||
        !exec(q, QStringLiteral("PRAGMA foreign_keys = ON"), path, error))
        return nullptr;
    if (version < history_schema::CurrentVersion) {
        // Another process may be creating or migrating it at this moment:
        // decide again inside the write lock.
        if (!exec(q, QStringLiteral("BEGIN IMMEDIATE"), path, error))
            return nullptr;
        const auto appId = pragma(writer->db(), QStringLiteral("application_id"), path, error);
        const auto now = pragma(writer->db(), QStringLiteral("user_version"), path, error);
        bool ok = appId && now;
        if (ok && *now > history_schema::CurrentVersion) {
            *error = newerSchema(path, *now);
            ok = false;
        }
        if (ok && *now < history_schema::CurrentVersion) {
            QString why;
            ok = history_schema::migrate(writer->db(), int(*now), history_schema::CurrentVersion,
                                         &why);
            if (!ok)
                *error = QCoreApplication::translate("HistoryStore",
                                                     "cannot update the history database %1: %2")
                             .arg(shown(path), why);
        }
        if (!ok) {
            q.exec(QStringLiteral("ROLLBACK"));
            return nullptr;
        }
        if (!exec(q, QStringLiteral("COMMIT"), path, error)) {
            q.exec(QStringLiteral("ROLLBACK"));
            return nullptr;
        }
    }
    q.finish();
    writer->version = history_schema::CurrentVersion;
    return std::unique_ptr<HistoryStore>(new HistoryStore(path, std::move(writer)));
}

bool HistoryStore::record(const Snapshot &snapshot, QString *error)
{
    if (m_connection->readOnly()) {
        *error = QCoreApplication::translate("HistoryStore",
                                             "the history database %1 was opened for reading")
                     .arg(shown(m_path));
        return false;
    }
    QSqlDatabase &db = m_connection->db();
    QSqlQuery q(db);
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        lastFailureBusy = false;
        if (exec(q, QStringLiteral("BEGIN IMMEDIATE"), m_path, error))
            break;
        if (!lastFailureBusy || waited.elapsed() > BusyTimeoutMs)
            return false;
        QThread::msleep(50);
    }
    const auto fail = [&](const QSqlQuery &failed) {
        *error = failure(m_path, failed.lastError());
        QSqlQuery rollback(db);
        rollback.exec(QStringLiteral("ROLLBACK"));
        return false;
    };

    q.prepare(QStringLiteral(
        "INSERT INTO snapshots (taken_at, stale_after, resolution) VALUES (?, ?, 0)"));
    q.addBindValue(snapshot.takenAt);
    q.addBindValue(snapshot.staleAfterSeconds);
    if (!q.exec())
        return fail(q);
    const qint64 snapshotId = q.lastInsertId().toLongLong();

    // Ids of root paths and family keys, inserted when new.
    QSqlQuery insertName(db);
    QSqlQuery selectName(db);
    const auto idOf = [&](const QString &table, const QString &column,
                          const QString &text) -> std::optional<qint64> {
        const QByteArray blob = toBlob(text);
        insertName.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (?) ON CONFLICT DO NOTHING")
                               .arg(table, column));
        insertName.addBindValue(blob);
        selectName.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(table, column));
        selectName.addBindValue(blob);
        if (!insertName.exec() || !selectName.exec() || !selectName.next())
            return std::nullopt;
        return selectName.value(0).toLongLong();
    };
    QHash<QString, qint64> familyIds;

    QSqlQuery rootRow(db);
    rootRow.prepare(QStringLiteral("INSERT INTO root_samples (snapshot_id, root_id, volume_free, "
                                   "volume_total, item_count, bytes) VALUES (?, ?, ?, ?, ?, ?)"));
    QSqlQuery familyRow(db);
    familyRow.prepare(QStringLiteral(
        "INSERT INTO family_samples (snapshot_id, root_id, family_id, item_count, bytes, "
        "stale_bytes, oldest_age, newest_age) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const RootSample &root : snapshot.roots) {
        const auto rootId = idOf(QStringLiteral("roots"), QStringLiteral("path"), root.root);
        if (!rootId)
            return fail(insertName.lastError().isValid() ? insertName : selectName);
        rootRow.addBindValue(snapshotId);
        rootRow.addBindValue(*rootId);
        rootRow.addBindValue(root.volumeFree);
        rootRow.addBindValue(root.volumeTotal);
        rootRow.addBindValue(clamped(root.count));
        rootRow.addBindValue(clamped(root.bytes));
        if (!rootRow.exec())
            return fail(rootRow);
        for (const FamilySample &f : root.families) {
            auto familyId = familyIds.value(f.family, -1);
            if (familyId < 0) {
                const auto id = idOf(QStringLiteral("families"), QStringLiteral("key"), f.family);
                if (!id)
                    return fail(insertName.lastError().isValid() ? insertName : selectName);
                familyId = *id;
                familyIds.insert(f.family, familyId);
            }
            familyRow.addBindValue(snapshotId);
            familyRow.addBindValue(*rootId);
            familyRow.addBindValue(familyId);
            familyRow.addBindValue(clamped(f.count));
            familyRow.addBindValue(clamped(f.bytes));
            familyRow.addBindValue(clamped(f.staleBytes));
            familyRow.addBindValue(f.oldestAgeSeconds);
            familyRow.addBindValue(f.newestAgeSeconds);
            if (!familyRow.exec())
                return fail(familyRow);
        }
    }

    // Retention, as of this snapshot: before the cutoff, one snapshot per
    // UTC day (its last) is kept and marked daily.
    const qint64 cutoff = snapshot.takenAt - qint64(DetailDays) * 86400;
    q.prepare(QStringLiteral(
        "DELETE FROM snapshots WHERE taken_at < ? AND id NOT IN (SELECT id FROM (SELECT id, "
        "row_number() OVER (PARTITION BY taken_at / 86400 ORDER BY taken_at DESC, id DESC) AS n "
        "FROM snapshots WHERE taken_at < ?) WHERE n = 1)"));
    q.addBindValue(cutoff);
    q.addBindValue(cutoff);
    if (!q.exec())
        return fail(q);
    const bool pruned = q.numRowsAffected() > 0;
    q.prepare(QStringLiteral("UPDATE snapshots SET resolution = 1 WHERE resolution = 0 AND "
                             "taken_at < ?"));
    q.addBindValue(cutoff);
    if (!q.exec())
        return fail(q);
    if (pruned) {
        // Names no sample refers to any more.
        if (!q.exec(QStringLiteral(
                "DELETE FROM families WHERE id NOT IN (SELECT family_id FROM family_samples)")) ||
            !q.exec(QStringLiteral(
                "DELETE FROM roots WHERE id NOT IN (SELECT root_id FROM root_samples) AND id NOT "
                "IN (SELECT root_id FROM family_samples)")))
            return fail(q);
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        return fail(q);
    return true;
}

} // namespace tempscope
