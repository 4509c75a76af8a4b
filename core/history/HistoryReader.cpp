// HistoryStore's queries: the series read back for `history` and the Trends view.

#include "core/history/HistoryConnection.h"
#include "core/history/HistoryStore.h"

#include <QHash>
#include <QMap>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace tempscope {

using namespace history_text;

namespace {

struct RootSnapshot
{
    qint64 snapshotId = 0;
    qint64 time = 0;
};

} // namespace

std::optional<QList<FamilySeries>> HistoryStore::familySeries(const HistoryQuery &query,
                                                              QString *error) const
{
    QList<FamilySeries> out;
    if (m_connection->version == 0)
        return out; // an empty file
    QSqlDatabase &db = m_connection->db();

    // Every snapshot of every root in the window: a family missing from one
    // of them had no items there then.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT rs.root_id, rs.snapshot_id, s.taken_at FROM root_samples rs JOIN snapshots s ON "
        "s.id = rs.snapshot_id WHERE s.taken_at >= ? ORDER BY rs.root_id, s.taken_at, s.id"));
    q.addBindValue(query.since);
    if (!q.exec()) {
        *error = describe(m_path, q.lastError());
        return std::nullopt;
    }
    QHash<qint64, QList<RootSnapshot>> rootSnapshots;
    while (q.next())
        rootSnapshots[q.value(0).toLongLong()].append(
            {q.value(1).toLongLong(), q.value(2).toLongLong()});

    QString sql = QStringLiteral(
        "SELECT fs.root_id, r.path, f.key, fs.snapshot_id, fs.item_count, fs.bytes, "
        "fs.stale_bytes FROM family_samples fs JOIN snapshots s ON s.id = fs.snapshot_id "
        "JOIN families f ON f.id = fs.family_id JOIN roots r ON r.id = fs.root_id "
        "WHERE s.taken_at >= ?");
    if (!query.family.isEmpty())
        sql += QStringLiteral(" AND f.key = ?");
    q.prepare(sql);
    q.addBindValue(query.since);
    if (!query.family.isEmpty())
        q.addBindValue(toBlob(query.family));
    if (!q.exec()) {
        *error = describe(m_path, q.lastError());
        return std::nullopt;
    }
    struct Collected
    {
        qint64 rootId = 0;
        QString root;
        QString family;
        QHash<qint64, SeriesPoint> bySnapshot;
    };
    QMap<std::pair<QByteArray, QByteArray>, Collected> series; // by root and family bytes
    while (q.next()) {
        const QByteArray rootBlob = q.value(1).toByteArray();
        const QByteArray familyBlob = q.value(2).toByteArray();
        Collected &c = series[{rootBlob, familyBlob}];
        if (c.root.isEmpty()) {
            c.rootId = q.value(0).toLongLong();
            c.root = fromBlob(rootBlob);
            c.family = fromBlob(familyBlob);
        }
        SeriesPoint p;
        p.count = q.value(4).toULongLong();
        p.bytes = q.value(5).toULongLong();
        p.staleBytes = q.value(6).toULongLong();
        c.bySnapshot.insert(q.value(3).toLongLong(), p);
    }

    out.reserve(series.size());
    for (const Collected &c : std::as_const(series)) {
        FamilySeries s;
        s.family = c.family;
        s.root = c.root;
        bool started = false;
        for (const RootSnapshot &rs : rootSnapshots.value(c.rootId)) {
            const auto found = c.bySnapshot.constFind(rs.snapshotId);
            started = started || found != c.bySnapshot.cend();
            if (!started)
                continue;
            SeriesPoint p = found != c.bySnapshot.cend() ? *found : SeriesPoint{};
            p.time = rs.time;
            s.points.append(p);
        }
        out.append(std::move(s));
    }
    return out;
}

std::optional<QList<RootSeries>> HistoryStore::rootSeries(qint64 since, QString *error) const
{
    QList<RootSeries> out;
    if (m_connection->version == 0)
        return out;
    QSqlQuery q(m_connection->db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT r.path, s.taken_at, rs.item_count, rs.bytes, rs.volume_free FROM root_samples rs "
        "JOIN snapshots s ON s.id = rs.snapshot_id JOIN roots r ON r.id = rs.root_id "
        "WHERE s.taken_at >= ? ORDER BY r.path, s.taken_at, s.id"));
    q.addBindValue(since);
    if (!q.exec()) {
        *error = describe(m_path, q.lastError());
        return std::nullopt;
    }
    QByteArray current;
    while (q.next()) {
        const QByteArray rootBlob = q.value(0).toByteArray();
        if (out.isEmpty() || rootBlob != current) {
            current = rootBlob;
            out.append({fromBlob(rootBlob), {}});
        }
        RootPoint p;
        p.time = q.value(1).toLongLong();
        p.count = q.value(2).toULongLong();
        p.bytes = q.value(3).toULongLong();
        p.volumeFree = q.value(4).toLongLong();
        out.last().points.append(p);
    }
    return out;
}

std::optional<qint64> HistoryStore::snapshotCount(QString *error) const
{
    if (m_connection->version == 0)
        return 0;
    QSqlQuery q(m_connection->db());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM snapshots")) || !q.next()) {
        *error = describe(m_path, q.lastError());
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

} // namespace tempscope
