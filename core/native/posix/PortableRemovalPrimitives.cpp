// The portable backend's removal primitives (PosixRemovalWalk.h), POSIX
// calls only: readdir over a duplicate of the directory descriptor, and
// fstatat(AT_SYMLINK_NOFOLLOW) where Linux has O_PATH handles. The Linux
// backend's are LinuxRemovalPrimitives.cpp.

#include "core/native/posix/PosixRemovalWalk.h"

#include <cerrno>
#include <dirent.h>
#include <unistd.h>

namespace tempscope::native::posix {

// Without O_PATH there is no handle on a directory the user cannot open, so
// nothing to chmod that is known to be the listed directory: a chmod by name
// could reach whatever was renamed there meanwhile (SAFETY.md rule 8), so the
// directory is kept (permission denied), as systemd-tmpfiles does.
Fd openWithOwnerAccess(int, const char *, const Meta &)
{
    errno = EACCES;
    return Fd();
}

int listNames(int fd, std::vector<char> &, std::vector<NativeString> &names)
{
    // fdopendir takes the descriptor it is given: give it a duplicate, so
    // the frame's own stays open (and keeps its flock).
    const int copy = ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (copy < 0)
        return errno;
    DIR *dir = ::fdopendir(copy);
    if (!dir) {
        const int err = errno;
        ::close(copy);
        return err;
    }
    int err = 0;
    for (;;) {
        errno = 0;
        const struct dirent *de = ::readdir(dir);
        if (!de) {
            err = errno;
            break;
        }
        if (!isDotOrDotDot(de->d_name))
            names.emplace_back(de->d_name);
    }
    ::closedir(dir);
    return err;
}

// No handle without opening the file: the caller checks the name itself
// with fstatat(AT_SYMLINK_NOFOLLOW) (a symlink or another inode swapped in
// fails that check), and unlinks only what matches the plan.
int openIdentityHandle(int, const char *, Fd &fd)
{
    fd.reset();
    return 0;
}

} // namespace tempscope::native::posix
