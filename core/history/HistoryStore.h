#pragma once
// HistoryStore: Tempscope's history database, SQLite through Qt SQL (QSQLITE).
//
// The file is checked before anything is written to it: a missing file or
// directory, one that cannot be read or written, another SQLite database, a
// corrupt file and one with a newer schema are refused with one line saying
// so, and the file stays byte for byte as it was. Its schema is versioned
// (PRAGMA user_version, HistorySchema.h) and migrated forward in one
// transaction. The journal is a write-ahead log, so `history` reads while a
// snapshot writes; writers wait for each other (busy timeout), each snapshot
// is one transaction, and retention runs inside it: full detail for
// DetailDays, then one snapshot per day (the day's last).
//
// One HistoryStore is one connection: use it on the thread that opened it.

#include "core/history/HistoryTypes.h"

#include <QString>

#include <memory>
#include <optional>

namespace tempscope {

struct HistoryQuery
{
    qint64 since = 0; // Unix seconds; points at or after it
    QString family;   // only this family key; empty: all
};

class HistoryStore
{
public:
    enum class Access {
        Read,  // the file must exist; nothing is ever written
        Write, // created when missing (its directory must exist), migrated
    };
    static constexpr int DetailDays = 30;
    // How long a writer waits for another one before the file counts as locked.
    static constexpr int BusyTimeoutMs = 5000;

    // The open store, or nullptr with the one-line reason in *error.
    static std::unique_ptr<HistoryStore> open(const QString &path, Access access, QString *error);
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    QString path() const { return m_path; }
    int schemaVersion() const;

    // Writes the snapshot and applies retention (as of its time), all in one
    // transaction. False with the reason in *error (nothing written then).
    bool record(const Snapshot &snapshot, QString *error);

    // Every family of every root with points since query.since: one point
    // per snapshot of the root from the family's first appearance on, a
    // family absent from a snapshot counting as zero. Ordered by root, family.
    std::optional<QList<FamilySeries>> familySeries(const HistoryQuery &query,
                                                    QString *error) const;
    std::optional<QList<RootSeries>> rootSeries(qint64 since, QString *error) const;
    // How many snapshots the file holds.
    std::optional<qint64> snapshotCount(QString *error) const;

private:
    class Connection;
    HistoryStore(QString path, std::unique_ptr<Connection> connection);
    static std::unique_ptr<HistoryStore> openOnce(const QString &path, Access access,
                                                  QString *error);

    QString m_path;
    std::unique_ptr<Connection> m_connection;
};

} // namespace tempscope
