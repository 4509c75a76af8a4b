// The helpers the POSIX walk shares with the remover and the trash move
// (PosixRemovalWalk.h): timestamps restored and the descriptor budget. The
// primitives that differ between the backends (listing, owner access, the
// identity of an unopenable file) are LinuxRemovalPrimitives.cpp and
// PortableRemovalPrimitives.cpp.

#include "core/native/posix/PosixRemovalWalk.h"

#include <algorithm>
#include <cerrno>
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

} // namespace tempscope::native::posix
