// Mounts on Linux (Mounts.h): mount ids from /proc/self/fdinfo, types from
// /proc/self/mounts. Compiled by the Linux backend only.

#include "core/native/posix/Mounts.h"
#include "core/native/posix/PosixFs.h"

#include <array>
#include <cstdio>
#include <mntent.h>

namespace tempscope::native::posix {

namespace {

// The mount a descriptor is on (/proc/self/fdinfo), or nullopt where unknown.
std::optional<long> mountId(int fd)
{
    char name[64];
    std::snprintf(name, sizeof name, "/proc/self/fdinfo/%d", fd);
    std::FILE *f = std::fopen(name, "re");
    if (!f)
        return std::nullopt;
    std::optional<long> id;
    char line[256];
    while (std::fgets(line, sizeof line, f)) {
        long v = 0;
        if (std::sscanf(line, "mnt_id: %ld", &v) == 1) {
            id = v;
            break;
        }
    }
    std::fclose(f);
    return id;
}

} // namespace

// The same mount id, where it can be told; else the same device.
bool sameMount(int a, int b)
{
    const auto ma = mountId(a), mb = mountId(b);
    if (ma && mb)
        return *ma == *mb;
    Meta x, y;
    return statFd(a, x) == 0 && statFd(b, y) == 0 && x.id.device == y.id.device;
}

std::optional<std::string> mountTypeOf(std::string_view path)
{
    FILE *mounts = ::setmntent("/proc/self/mounts", "re");
    if (!mounts)
        return std::nullopt;
    std::size_t best = 0;
    std::optional<std::string> type;
    struct mntent entry
    {
    };
    std::array<char, 4096> buffer{};
    while (::getmntent_r(mounts, &entry, buffer.data(), int(buffer.size()))) {
        const std::string_view dir(entry.mnt_dir);
        if (!containsPath(dir, path) || dir.size() < best)
            continue;
        best = dir.size();
        type = entry.mnt_type;
    }
    ::endmntent(mounts);
    return type;
}

} // namespace tempscope::native::posix
