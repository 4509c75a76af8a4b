// os::removeTree for POSIX: Python's TemporaryDirectory._rmtree with file
// descriptors. Every step is relative to an open directory descriptor and
// uses AT_SYMLINK_NOFOLLOW/O_NOFOLLOW, so a symlink inside the tree (to a
// directory or a file, anywhere) is removed itself and its target is never
// entered, listed or chmod'ed.
//
// Permissions: a directory owned by the current user that cannot be listed,
// searched or modified (modes 000-600) is chmod'ed to 0700 first; files need
// no repair (removing a file needs only the directory's permission). Entries
// owned by someone else are left as they are, and removing them fails.

#include "core/tempfile/OsFile.h"
#include "core/tempfile/TempFileError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace tempscope::tempfile::os {

namespace {

class TreeRemover
{
public:
    explicit TreeRemover(bool ignoreErrors) : m_ignoreErrors(ignoreErrors) {}

    void removeEntry(int parentFd, const char *name, const QString &path)
    {
        struct stat st;
        if (::fstatat(parentFd, name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
            if (errno != ENOENT)
                fail(errno, path, QStringLiteral("lstat"));
            return;
        }
        if (!S_ISDIR(st.st_mode)) {
            if (::unlinkat(parentFd, name, 0) != 0 && errno != ENOENT)
                fail(errno, path, QStringLiteral("unlink"));
            return;
        }
        removeDirectory(parentFd, name, path);
    }

private:
    // chmod 0700 on a directory entry we own, never through a symlink.
    bool repair(int parentFd, const char *name) const
    {
        struct stat st;
        if (::fstatat(parentFd, name, &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISDIR(st.st_mode) ||
            st.st_uid != m_uid)
            return false;
        if (::fchmodat(parentFd, name, 0700, AT_SYMLINK_NOFOLLOW) == 0)
            return true;
        // Without /proc glibc cannot chmod "no follow"; the entry was a
        // directory a moment ago, inside a tree only this user can change.
        if (errno == EOPNOTSUPP || errno == ENOSYS)
            return ::fchmodat(parentFd, name, 0700, 0) == 0;
        return false;
    }

    int openDirectory(int parentFd, const char *name) const
    {
        const int flags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;
        int fd = ::openat(parentFd, name, flags);
        if (fd < 0 && errno == EACCES && repair(parentFd, name))
            fd = ::openat(parentFd, name, flags);
        return fd;
    }

    void removeDirectory(int parentFd, const char *name, const QString &path)
    {
        const int fd = openDirectory(parentFd, name);
        if (fd < 0) {
            if (errno != ENOENT)
                fail(errno, path, QStringLiteral("open"));
            return;
        }
        struct stat st;
        if (::fstat(fd, &st) == 0 && (st.st_mode & 0700) != 0700 && st.st_uid == m_uid)
            ::fchmod(fd, 0700); // listing needs r, lstat needs x, unlink needs w+x

        std::vector<std::string> names;
        const int listFd = ::dup(fd);
        DIR *dir = listFd >= 0 ? ::fdopendir(listFd) : nullptr;
        if (!dir) {
            if (listFd >= 0)
                ::close(listFd);
            const int err = errno;
            ::close(fd);
            fail(err, path, QStringLiteral("scandir"));
            return;
        }
        while (const dirent *entry = ::readdir(dir)) {
            const std::string entryName = entry->d_name;
            if (entryName != "." && entryName != "..")
                names.push_back(entryName);
        }
        ::closedir(dir);

        for (const std::string &entryName : names) {
            removeEntry(fd, entryName.c_str(),
                        path + u'/' + QFile::decodeName(QByteArray(entryName.c_str())));
        }
        ::close(fd);
        if (::unlinkat(parentFd, name, AT_REMOVEDIR) != 0 && errno != ENOENT)
            fail(errno, path, QStringLiteral("rmdir"));
    }

    void fail(int err, const QString &path, const QString &operation) const
    {
        if (!m_ignoreErrors)
            TempFileError::raise(err, path, operation);
    }

    bool m_ignoreErrors;
    uid_t m_uid = ::geteuid();
};

} // namespace

void removeTree(const QString &path, bool ignoreErrors)
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QFileInfo info(clean);
    const QByteArray parent = QFile::encodeName(info.absolutePath());
    const QByteArray name = QFile::encodeName(info.fileName());

    struct stat st;
    if (::lstat(QFile::encodeName(clean).constData(), &st) != 0) {
        if (errno != ENOENT && !ignoreErrors)
            TempFileError::raise(errno, clean, QStringLiteral("lstat"));
        return;
    }
    if (S_ISLNK(st.st_mode)) {
        // shutil.rmtree refuses, and so does TemporaryDirectory.cleanup().
        if (!ignoreErrors) {
            TempFileError::raise(TempFileError::Kind::Other, clean, QStringLiteral("rmtree"), ELOOP,
                                 QStringLiteral("Cannot call rmtree on a symbolic link"));
        }
        return;
    }
    const int parentFd = ::open(parent.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (parentFd < 0) {
        if (!ignoreErrors)
            TempFileError::raise(errno, clean, QStringLiteral("open parent"));
        return;
    }
    try {
        TreeRemover(ignoreErrors).removeEntry(parentFd, name.constData(), clean);
    } catch (...) {
        ::close(parentFd);
        throw;
    }
    ::close(parentFd);
}

} // namespace tempscope::tempfile::os
