#include "core/tempfile/NamedTemporaryFile.h"

#include "core/tempfile/OsFile.h"
#include "core/tempfile/TempFileError.h"

#include <cerrno>

namespace tempscope::tempfile {

NamedTemporaryFile::NamedTemporaryFile(const NamedTemporaryFileOptions &options, QObject *parent)
    : TempFileDevice(QStringLiteral("NamedTemporaryFile"), options.events, parent),
      m_autoDelete(options.autoDelete), m_deleteOnClose(options.deleteOnClose)
{
    auto names = withNamingOf<TempNameOptions>(options);
    names.events = nullptr; // this object reports its own "created"
#ifdef Q_OS_WIN
    m_osDeletesOnClose = m_autoDelete && m_deleteOnClose;
#endif
    const MkstempResult created = detail::createUniqueFile(names, m_osDeletesOnClose);
    m_path = created.path;
    attach(created.fd);
    QString rule;
    if (!m_autoDelete)
        rule = QStringLiteral("delete=False: kept after close and exit");
    else if (m_deleteOnClose)
        rule = QStringLiteral("removed on close");
    else
        rule = QStringLiteral("delete_on_close=False: kept after close, removed on exit");
    report(TempFileEvent::Kind::Created, m_path,
           os::createFlagsText(false, m_osDeletesOnClose) + u"; " + rule);
}

NamedTemporaryFile::~NamedTemporaryFile()
{
    try {
        cleanup();
    } catch (const TempFileError &error) {
        report(TempFileEvent::Kind::Failed, m_path, error.message());
    }
}

void NamedTemporaryFile::close()
{
    if (isClosed())
        return;
    closeHandle();
    if (m_osDeletesOnClose) {
        m_cleanupCalled = true;
        report(TempFileEvent::Kind::Removed, m_path, QStringLiteral("deleted by the OS on close"));
        return;
    }
    if (m_autoDelete && m_deleteOnClose)
        cleanup();
}

void NamedTemporaryFile::cleanup()
{
    if (m_cleanupCalled)
        return;
    m_cleanupCalled = true;
    closeHandle();
    if (m_osDeletesOnClose) {
        report(TempFileEvent::Kind::Removed, m_path, QStringLiteral("deleted by the OS on close"));
        return;
    }
    if (m_autoDelete)
        removeFile();
}

void NamedTemporaryFile::removeFile()
{
    const int error = os::removeFile(m_path);
    if (error == 0) {
        report(TempFileEvent::Kind::Removed, m_path);
        return;
    }
    if (error == ENOENT) // removed by hand inside the scope: fine (3.12+)
        return;
    TempFileError::raise(error, m_path, QStringLiteral("unlink"));
}

} // namespace tempscope::tempfile
