// os:: for Windows, with the CRT calls Python's tempfile uses there.
// O_TEMPORARY is FILE_FLAG_DELETE_ON_CLOSE: the file stays visible while open
// and the system deletes it when the last handle closes (even when the
// process is killed). Windows has no O_TMPFILE and no O_NOFOLLOW.
// Not built or tested on Linux CI; kept small on purpose.

#include "core/tempfile/OsFile.h"
#include "core/tempfile/TempFileError.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <direct.h>
#include <fcntl.h>
#include <io.h>
#include <sys/stat.h>
#include <windows.h>

namespace tempscope::tempfile::os {

namespace {
const wchar_t *wide(const QString &path)
{
    return reinterpret_cast<const wchar_t *>(path.utf16());
}
} // namespace

Opened createExclusive(const QString &path, bool text, bool deleteOnClose)
{
    int flags = _O_RDWR | _O_CREAT | _O_EXCL | _O_NOINHERIT | (text ? _O_TEXT : _O_BINARY);
    if (deleteOnClose)
        flags |= _O_TEMPORARY;
    const QString native = QDir::toNativeSeparators(path);
    const int fd = ::_wopen(wide(native), flags, _S_IREAD | _S_IWRITE);
    return fd < 0 ? Opened{-1, errno} : Opened{fd, 0};
}

QString createFlagsText(bool text, bool deleteOnClose)
{
    QString flags = QStringLiteral("O_RDWR|O_CREAT|O_EXCL|O_NOINHERIT|") +
                    (text ? QStringLiteral("O_TEXT") : QStringLiteral("O_BINARY"));
    if (deleteOnClose)
        flags += QStringLiteral("|O_TEMPORARY");
    return flags + QStringLiteral(", mode 0600");
}

bool hasUnnamedFiles()
{
    return false;
}

Opened openUnnamed(const QString &)
{
    return Opened{-1, ENOSYS};
}

int makeDirectory(const QString &path)
{
    return ::_wmkdir(wide(QDir::toNativeSeparators(path))) == 0 ? 0 : errno;
}

int removeFile(const QString &path)
{
    return ::_wunlink(wide(QDir::toNativeSeparators(path))) == 0 ? 0 : errno;
}

int closeFd(int fd)
{
    return ::_close(fd) == 0 ? 0 : errno;
}

int truncateFd(int fd, qint64 size)
{
    return ::_chsize_s(fd, size);
}

bool exists(const QString &path)
{
    return ::GetFileAttributesW(wide(QDir::toNativeSeparators(path))) != INVALID_FILE_ATTRIBUTES;
}

bool isDirectory(const QString &path)
{
    return QFileInfo(path).isDir();
}

bool isWritableDirectory(const QString &path)
{
    return QFileInfo(path).isDir() && QFileInfo(path).isWritable();
}

bool isInheritable(int fd)
{
    DWORD flags = 0;
    const auto handle = reinterpret_cast<HANDLE>(::_get_osfhandle(fd));
    return ::GetHandleInformation(handle, &flags) && (flags & HANDLE_FLAG_INHERIT);
}

int modeOf(const QString &path)
{
    struct _stat64 st;
    if (::_wstat64(wide(QDir::toNativeSeparators(path)), &st) != 0)
        return -1;
    return st.st_mode & 0777;
}

void removeTree(const QString &path, bool ignoreErrors)
{
    const QFileInfo top(path);
    if (!top.exists() && !top.isSymLink())
        return;
    const auto fail = [&](const QString &where, const QString &operation) {
        if (!ignoreErrors)
            TempFileError::raise(EACCES, where, operation);
    };
    // Children first; never descend into symlinks or junctions (QDirIterator
    // without FollowSymlinks lists them as entries, and isDir() on a junction
    // is checked with isJunction/isSymLink before recursing).
    QDirIterator it(path, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        if (info.isDir() && !info.isSymLink() && !info.isJunction()) {
            removeTree(info.absoluteFilePath(), ignoreErrors);
            continue;
        }
        QFile file(info.absoluteFilePath());
        if (!file.remove()) {
            // A read-only attribute blocks deletion: clear it, as _resetperms does.
            file.setPermissions(file.permissions() | QFileDevice::WriteOwner);
            if (!file.remove())
                fail(info.absoluteFilePath(), QStringLiteral("unlink"));
        }
    }
    QDir parent = top.dir();
    if (!parent.rmdir(top.fileName())) {
        QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::WriteOwner);
        if (!parent.rmdir(top.fileName()))
            fail(path, QStringLiteral("rmdir"));
    }
}

} // namespace tempscope::tempfile::os
