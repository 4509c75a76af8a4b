// The Linux backend's removal primitives (PosixRemovalWalk.h): O_PATH
// handles, chmod through /proc/self/fd, and getdents64 listings. The portable
// backend's are PortableRemovalPrimitives.cpp.

#include "core/native/posix/PosixRemovalWalk.h"

#include <cerrno>
#include <cstdio>
#include <dirent.h>
#include <unistd.h>

namespace tempscope::native::posix {

Fd openWithOwnerAccess(int parentFd, const char *name, const Meta &listed)
{
    Fd path(::openat(parentFd, name, O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!path.valid())
        return Fd(); // errno says why
    Meta now;
    if (posix::statFd(path.get(), now) != 0 || now.id != listed.id || now.kind != Kind::Directory ||
        now.uid != ::geteuid()) {
        errno = EACCES;
        return Fd();
    }
    char proc[64];
    std::snprintf(proc, sizeof proc, "/proc/self/fd/%d", path.get());
    if (::chmod(proc, (now.mode & 07777) | S_IRWXU) != 0) {
        errno = EACCES;
        return Fd();
    }
    Fd dir(::openat(path.get(), ".", DirFlags));
    if (!dir.valid()) {
        const int err = errno;
        (void)::chmod(proc, now.mode & 07777);
        errno = err;
    }
    return dir;
}

int listNames(int fd, std::vector<char> &buffer, std::vector<NativeString> &names)
{
    if (buffer.empty())
        buffer.resize(64 * 1024);
    for (;;) {
        const ssize_t n = ::getdents64(fd, buffer.data(), buffer.size());
        if (n < 0)
            return errno;
        if (n == 0)
            return 0;
        for (ssize_t pos = 0; pos < n;) {
            const auto *de = reinterpret_cast<const struct dirent64 *>(buffer.data() + pos);
            pos += de->d_reclen;
            if (!isDotOrDotDot(de->d_name))
                names.emplace_back(de->d_name);
        }
    }
}

int openIdentityHandle(int dirFd, const char *name, Fd &fd)
{
    fd.reset(::openat(dirFd, name, O_PATH | O_NOFOLLOW | O_CLOEXEC));
    return fd.valid() ? 0 : errno;
}

} // namespace tempscope::native::posix
