#pragma once
// The few operating-system calls the tempfile library needs with exact flags
// Qt does not expose (O_EXCL|O_NOFOLLOW|O_CLOEXEC, O_TMPFILE, O_TEMPORARY).
// Internal to core/tempfile: results carry errno instead of throwing, and the
// callers turn them into TempFileError. One implementation per platform:
// OsFilePosix.cpp and OsFileWin.cpp.

#include <QString>

#ifndef Q_OS_WIN
#include <fcntl.h>
#include <sys/types.h>
#endif

namespace tempscope::tempfile::os {

struct Opened
{
    int fd = -1;
    int error = 0; // errno when fd < 0
};

// open(path, O_RDWR|O_CREAT|O_EXCL|O_NOFOLLOW|O_CLOEXEC, 0600); Windows adds
// O_NOINHERIT, O_BINARY (or O_TEXT when text) and O_TEMPORARY when
// deleteOnClose.
Opened createExclusive(const QString &path, bool text, bool deleteOnClose);
// The flags createExclusive uses, spelled out for events and the playground.
QString createFlagsText(bool text, bool deleteOnClose);

// open(dir, O_RDWR|O_EXCL|O_NOFOLLOW|O_CLOEXEC|O_TMPFILE, 0600): a file with no
// name at all. ENOTSUP/EOPNOTSUPP/EISDIR where the kernel or file system cannot.
// Linux only (OsFileUnnamedLinux.cpp); elsewhere, and in the portable POSIX
// build, there is none (OsFileUnnamedNone.cpp) and TemporaryFile creates then
// unlinks, as Python does on macOS.
Opened openUnnamed(const QString &dir);
bool hasUnnamedFiles(); // whether openUnnamed can work in this build

#ifndef Q_OS_WIN
// POSIX: the flags of createExclusive, and open() retried on EINTR (-1 and errno).
inline constexpr int kCreateFlags = O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC;
int retryOpen(const char *path, int flags, mode_t mode);
#endif

int makeDirectory(const QString &path); // mkdir(path, 0700): 0 or errno
int removeFile(const QString &path);    // unlink: 0 or errno
int closeFd(int fd);                    // 0 or errno
int truncateFd(int fd, qint64 size);    // 0 or errno; the position is not moved
bool exists(const QString &path);       // lstat: a dangling symlink exists
bool isDirectory(const QString &path);  // follows symlinks, like os.path.isdir
bool isWritableDirectory(const QString &path);
bool isInheritable(int fd);
// Permission bits (07777) of path without following a symlink, -1 on error.
int modeOf(const QString &path);

// Python's TemporaryDirectory._rmtree: removes path and everything below it
// without following symlinks; a directory owned by the current user whose
// mode blocks the removal is chmod'ed to 0700 first. Throws TempFileError on
// the first failure unless ignoreErrors. A missing path is not an error.
void removeTree(const QString &path, bool ignoreErrors);

} // namespace tempscope::tempfile::os
