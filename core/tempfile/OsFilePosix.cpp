#include "core/tempfile/OsFile.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tempscope::tempfile::os {

namespace {

QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

} // namespace

int retryOpen(const char *path, int flags, mode_t mode)
{
    int fd;
    do {
        fd = ::open(path, flags, mode);
    } while (fd < 0 && errno == EINTR);
    return fd;
}

Opened createExclusive(const QString &path, bool /*text*/, bool /*deleteOnClose*/)
{
    const int fd = retryOpen(native(path).constData(), kCreateFlags, 0600);
    return fd < 0 ? Opened{-1, errno} : Opened{fd, 0};
}

QString createFlagsText(bool, bool)
{
    return QStringLiteral("O_RDWR|O_CREAT|O_EXCL|O_NOFOLLOW|O_CLOEXEC, mode 0600");
}

int makeDirectory(const QString &path)
{
    return ::mkdir(native(path).constData(), 0700) == 0 ? 0 : errno;
}

int removeFile(const QString &path)
{
    return ::unlink(native(path).constData()) == 0 ? 0 : errno;
}

int closeFd(int fd)
{
    // Linux closes the descriptor even when close() reports EINTR: never retry.
    return ::close(fd) == 0 ? 0 : errno;
}

int truncateFd(int fd, qint64 size)
{
    int rc;
    do {
        rc = ::ftruncate(fd, static_cast<off_t>(size));
    } while (rc < 0 && errno == EINTR);
    return rc == 0 ? 0 : errno;
}

bool exists(const QString &path)
{
    struct stat st;
    return ::lstat(native(path).constData(), &st) == 0;
}

bool isDirectory(const QString &path)
{
    struct stat st;
    return ::stat(native(path).constData(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool isWritableDirectory(const QString &path)
{
    return isDirectory(path) && ::access(native(path).constData(), W_OK) == 0;
}

bool isInheritable(int fd)
{
    const int flags = ::fcntl(fd, F_GETFD);
    return flags >= 0 && !(flags & FD_CLOEXEC);
}

int modeOf(const QString &path)
{
    struct stat st;
    if (::lstat(native(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 07777);
}

} // namespace tempscope::tempfile::os
