// The helpers the POSIX walk shares with the remover and the trash move
// (PosixRemovalWalk.h): timestamps by basis and restored, the descriptor budget,
// and owner access to a directory the user cannot open.

#include "core/native/posix/PosixRemovalWalk.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <dirent.h>
#include <string>
#include <sys/resource.h>
#include <unistd.h>

namespace tempscope::native::posix {

namespace {

struct timespec toTimespec(TimeNs ns)
{
    TimeNs sec = ns / 1'000'000'000;
    TimeNs rem = ns % 1'000'000'000;
    if (rem < 0) {
        rem += 1'000'000'000;
        --sec;
    }
    struct timespec ts
    {
    };
    ts.tv_sec = static_cast<time_t>(sec);
    ts.tv_nsec = static_cast<long>(rem);
    return ts;
}

} // namespace

void restoreTimes(int fd, TimeNs atime, TimeNs mtime)
{
    const struct timespec ts[2] = {toTimespec(atime), toTimespec(mtime)};
    (void)::futimens(fd, ts); // best effort: needs ownership, like systemd's
}

long descriptorBudget()
{
    struct rlimit rl
    {
    };
    long limit = 1024;
    if (::getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
        limit = static_cast<long>(rl.rlim_cur);
    return std::clamp<long>(limit / 4, 4, 128);
}

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

} // namespace tempscope::native::posix
