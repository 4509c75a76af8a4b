#include "core/history/HistoryConnection.h"

#include "core/inventory/PathText.h"
#include "core/native/NameCodec.h"

#include <QAtomicInteger>
#include <QCoreApplication>

#include <string>

namespace tempscope {

namespace {
QAtomicInteger<quint64> connectionCounter;
}

HistoryStore::Connection::Connection(const QString &path, bool readOnly)
    : m_name(QStringLiteral("tempscope-history-%1").arg(connectionCounter.fetchAndAddRelaxed(1))),
      m_readOnly(readOnly)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    if (!m_db.isValid()) {
        m_error = QSqlError(QString(),
                            QStringLiteral("Qt's SQLite driver (QSQLITE) is not installed "
                                           "(on Debian: apt install libqt6sql6-sqlite)"),
                            QSqlError::ConnectionError);
        return;
    }
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(HistoryStore::BusyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(options);
    m_db.setDatabaseName(path);
    if (!m_db.open())
        m_error = m_db.lastError();
}

HistoryStore::Connection::~Connection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

namespace history_text {

QByteArray toBlob(const QString &text)
{
    const std::string bytes = native::encodeName(std::u16string_view(
        reinterpret_cast<const char16_t *>(text.utf16()), std::size_t(text.size())));
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

QString fromBlob(const QByteArray &bytes)
{
    const std::u16string text =
        native::decodeName(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    return QString(reinterpret_cast<const QChar *>(text.data()), qsizetype(text.size()));
}

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 0;
}

QString describe(const QString &path, const QSqlError &error)
{
    const QString shown = printablePath(nativePath(path));
    const QString detail =
        (error.databaseText().isEmpty() ? error.text() : error.databaseText()).simplified();
    switch (sqliteCode(error)) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return QCoreApplication::translate("HistoryStore",
                                           "the history database %1 is locked by another "
                                           "program (waited %2 s)")
            .arg(shown)
            .arg(HistoryStore::BusyTimeoutMs / 1000);
    case 11: // SQLITE_CORRUPT
        return QCoreApplication::translate("HistoryStore", "the history database %1 is corrupt: %2")
            .arg(shown, detail);
    case 26: // SQLITE_NOTADB
        return QCoreApplication::translate("HistoryStore",
                                           "%1 is not an SQLite database (corrupt, or another "
                                           "kind of file)")
            .arg(shown);
    case 13: // SQLITE_FULL
        return QCoreApplication::translate("HistoryStore",
                                           "cannot write the history database %1: the disk is full")
            .arg(shown);
    default:
        return QCoreApplication::translate("HistoryStore", "the history database %1: %2")
            .arg(shown, detail);
    }
}

} // namespace history_text

} // namespace tempscope
