#include "core/history/HistorySchema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace tempscope::history_schema {

namespace {

QStringList stepStatements(int version)
{
    switch (version) {
    case 1:
        return {
            QStringLiteral("CREATE TABLE snapshots (id INTEGER PRIMARY KEY, "
                           "taken_at INTEGER NOT NULL, stale_after INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX snapshots_taken_at ON snapshots (taken_at)"),
            // Paths and family keys as the bytes of their lossless text
            // (surrogateescape UTF-8), so names that are not UTF-8 survive.
            QStringLiteral(
                "CREATE TABLE roots (id INTEGER PRIMARY KEY, path BLOB NOT NULL UNIQUE)"),
            QStringLiteral(
                "CREATE TABLE families (id INTEGER PRIMARY KEY, key BLOB NOT NULL UNIQUE)"),
            QStringLiteral(
                "CREATE TABLE root_samples ("
                "snapshot_id INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE, "
                "root_id INTEGER NOT NULL REFERENCES roots (id), "
                "volume_free INTEGER NOT NULL, volume_total INTEGER NOT NULL, "
                "item_count INTEGER NOT NULL, bytes INTEGER NOT NULL, "
                "PRIMARY KEY (snapshot_id, root_id)) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TABLE family_samples ("
                "snapshot_id INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE, "
                "root_id INTEGER NOT NULL REFERENCES roots (id), "
                "family_id INTEGER NOT NULL REFERENCES families (id), "
                "item_count INTEGER NOT NULL, bytes INTEGER NOT NULL, "
                "stale_bytes INTEGER NOT NULL, oldest_age INTEGER NOT NULL, "
                "newest_age INTEGER NOT NULL, "
                "PRIMARY KEY (snapshot_id, root_id, family_id)) WITHOUT ROWID"),
        };
    case 2:
        return {
            QStringLiteral(
                "ALTER TABLE snapshots ADD COLUMN resolution INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("DROP INDEX snapshots_taken_at"),
            QStringLiteral(
                "CREATE INDEX snapshots_resolution_taken_at ON snapshots (resolution, taken_at)"),
            QStringLiteral("CREATE INDEX snapshots_taken_at ON snapshots (taken_at)"),
        };
    default:
        return {};
    }
}

} // namespace

bool migrate(QSqlDatabase &db, int from, int to, QString *error)
{
    QSqlQuery q(db);
    for (int version = from + 1; version <= to; ++version) {
        const QStringList statements = stepStatements(version);
        if (statements.isEmpty()) {
            *error = QStringLiteral("no migration to schema version %1").arg(version);
            return false;
        }
        for (const QString &sql : statements) {
            if (!q.exec(sql)) {
                *error = QStringLiteral("migration to schema version %1 failed: %2")
                             .arg(version)
                             .arg(q.lastError().text());
                return false;
            }
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(to)) ||
        !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId))) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace tempscope::history_schema
