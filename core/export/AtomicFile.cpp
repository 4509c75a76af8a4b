#include "core/export/AtomicFile.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace tempscope {

AtomicFile::AtomicFile(const QString &path) : m_file(path) {}

AtomicFile::~AtomicFile()
{
    if (m_file.isOpen())
        m_file.cancelWriting(); // QSaveFile's destructor then removes the temporary file
}

bool AtomicFile::fail(const QString &why, int error)
{
    if (!m_error.isEmpty())
        return false;
    // Qt 6.4 says "Unknown error" for a failed flush; the system says why.
    if (error != 0 && (why.isEmpty() || why == u"Unknown error"))
        m_error = QString::fromLocal8Bit(std::strerror(error));
    else
        m_error = why.isEmpty() ? QString::fromLocal8Bit(std::strerror(EIO)) : why;
    return false;
}

bool AtomicFile::open()
{
    // QSaveFile would rename its temporary file over a device or a FIFO
    // (/dev/full becomes a regular file): only regular files are replaced.
    const QFileInfo target(m_file.fileName());
    if (target.exists() && !target.isFile())
        return fail(QCoreApplication::translate("AtomicFile", "not a regular file"));
    if (!m_file.open(QIODevice::WriteOnly))
        return fail(m_file.errorString());
    return true;
}

bool AtomicFile::write(std::string_view bytes)
{
    if (!m_error.isEmpty())
        return false;
    if (!m_file.isOpen())
        return fail(m_file.errorString());
    if (bytes.empty())
        return true;
    errno = 0;
    if (m_file.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size()))
        return fail(m_file.errorString(), errno);
    return true;
}

bool AtomicFile::commit()
{
    if (!m_file.isOpen())
        return fail(m_file.errorString());
    errno = 0;
    if (m_error.isEmpty() && !m_file.flush())
        fail(m_file.errorString(), errno);
    if (m_error.isEmpty() && m_file.error() != QFileDevice::NoError)
        fail(m_file.errorString(), EIO);
#ifdef Q_OS_WIN
    if (m_error.isEmpty() && ::_commit(m_file.handle()) != 0)
        fail({}, errno);
#else
    // Some file systems (NFS, ext4's delayed allocation under quota) say
    // ENOSPC or EDQUOT only here; QSaveFile ignores a failed sync.
    if (m_error.isEmpty() && ::fsync(m_file.handle()) != 0 && errno != EINVAL && errno != EROFS)
        fail({}, errno);
#endif
    if (!m_error.isEmpty()) {
        m_file.cancelWriting();
        m_file.commit(); // removes the temporary file and closes; the target is untouched
        return false;
    }
    errno = 0;
    if (!m_file.commit())
        return fail(m_file.errorString(), errno);
    return true;
}

QString writeFileAtomically(const QString &path, std::string_view bytes)
{
    AtomicFile file(path);
    if (file.open() && file.write(bytes) && file.commit())
        return {};
    return file.errorString();
}

} // namespace tempscope
