// Mounts in the portable POSIX backend (Mounts.h). A mount is told apart by
// its top directory, found by climbing ".." while the device stays the same
// (and stopping at a directory statFd() knows to be a mount root): two
// directories are on the same mount when they climb to the same top. Mount
// types come from getfsstat(2) (getmntinfo's thread-safe form, MNT_NOWAIT:
// no file system is asked) where struct statfs names its mount (macOS, the
// BSDs); elsewhere there is no table to read.

#include "core/native/posix/Fd.h"
#include "core/native/posix/Mounts.h"
#include "core/native/posix/PosixFs.h"

#include <vector>

namespace tempscope::native::posix {

namespace {

constexpr int MaxClimb = 4096; // directory levels; deeper counts as "cannot tell"

// The top directory of the mount the directory open as `fd` is on.
std::optional<FileId> topOfMount(int fd)
{
    Fd cur(::fcntl(fd, F_DUPFD_CLOEXEC, 0));
    for (int level = 0; cur.valid() && level < MaxClimb; ++level) {
        Meta here, up;
        if (statFd(cur.get(), here) != 0)
            return std::nullopt;
        if (here.mountRoot)
            return here.id;
        Fd parent(::openat(cur.get(), "..", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
        if (!parent.valid() || statFd(parent.get(), up) != 0)
            return std::nullopt;
        if (up.id == here.id || up.id.device != here.id.device)
            return here.id;
        cur = std::move(parent);
    }
    return std::nullopt;
}

} // namespace

bool sameMount(int a, int b)
{
    const auto ta = topOfMount(a), tb = topOfMount(b);
    if (ta && tb)
        return *ta == *tb;
    Meta x, y; // a climb failed (a parent that cannot be opened): the same device, then
    return statFd(a, x) == 0 && statFd(b, y) == 0 && x.id.device == y.id.device;
}

std::optional<std::string> mountTypeOf(std::string_view path)
{
#ifdef TEMPSCOPE_STATFS_MOUNT_NAME
    std::vector<struct statfs> mounts;
    for (int attempt = 0; attempt < 4; ++attempt) {
        const int need = ::getfsstat(nullptr, 0, MNT_NOWAIT);
        if (need <= 0)
            return std::nullopt;
        mounts.assign(static_cast<std::size_t>(need) + 8, {});
        const int got = ::getfsstat(mounts.data(),
                                    static_cast<int>(mounts.size() * sizeof mounts[0]), MNT_NOWAIT);
        if (got < 0)
            return std::nullopt;
        if (static_cast<std::size_t>(got) < mounts.size()) {
            mounts.resize(static_cast<std::size_t>(got));
            break;
        }
    }
    std::size_t best = 0;
    std::optional<std::string> type;
    for (const struct statfs &m : mounts) {
        const std::string_view dir(m.f_mntonname, ::strnlen(m.f_mntonname, sizeof m.f_mntonname));
        if (!containsPath(dir, path) || dir.size() < best)
            continue;
        best = dir.size();
        type = std::string(m.f_fstypename, ::strnlen(m.f_fstypename, sizeof m.f_fstypename));
    }
    return type;
#else
    (void)path;
    return std::nullopt; // no mount table here (Linux's is the Linux backend's)
#endif
}

} // namespace tempscope::native::posix
