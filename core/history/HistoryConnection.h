#pragma once
// The Qt SQL connection behind a HistoryStore (private to core/history):
// one uniquely named QSQLITE connection, removed again when destroyed, and
// the text conversions and error descriptions the store's files share.

#include "core/history/HistoryStore.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace tempscope {

class HistoryStore::Connection
{
public:
    // Opens path; isOpen() false when it could not (error() says why).
    Connection(const QString &path, bool readOnly);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    QSqlDatabase &db() { return m_db; }
    bool isOpen() const { return m_db.isOpen(); }
    QSqlError error() const { return m_error; }
    bool readOnly() const { return m_readOnly; }
    int version = 0; // the schema version of the file

private:
    QString m_name;
    QSqlDatabase m_db;
    QSqlError m_error;
    bool m_readOnly = false;
};

namespace history_text {
// Lossless text <-> the bytes stored for it (surrogateescape UTF-8).
QByteArray toBlob(const QString &text);
QString fromBlob(const QByteArray &bytes);
// SQLite's primary result code of an error (SQLITE_BUSY = 5, ...), 0 if none.
int sqliteCode(const QSqlError &error);
// One line for people: what went wrong with the database at path.
QString describe(const QString &path, const QSqlError &error);
} // namespace history_text

} // namespace tempscope
