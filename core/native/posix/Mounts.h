#pragma once
// Which mount a file is on, for root identity (RootIdentity.cpp) and the
// trash (PosixTrash.cpp). The Linux backend reads the kernel's mount table
// and mount ids (LinuxMounts.cpp: /proc/self/mounts, /proc/self/fdinfo); the
// portable one asks getmntinfo(3) where struct statfs names its mount (macOS,
// the BSDs) and otherwise climbs ".." while the device stays the same
// (PortableMounts.cpp), as the freedesktop.org Trash specification allows
// for finding $topdir.

#include <optional>
#include <string>
#include <string_view>

namespace tempscope::native::posix {

// Whether the directories open as `a` and `b` are on the same mount (a bind
// mount of the same device counts as another mount where the backend can tell).
bool sameMount(int a, int b);

// The file system type of the longest mount point containing the absolute
// `path`, read from the system's mount table without touching the path
// (a dead network server cannot hang the caller); nullopt where there is no
// mount table to read or no mount contains it.
std::optional<std::string> mountTypeOf(std::string_view path);

// `mountPoint` is `path` or a directory above it, by text.
inline bool containsPath(std::string_view mountPoint, std::string_view path)
{
    if (mountPoint == "/")
        return true;
    return path.starts_with(mountPoint) &&
           (path.size() == mountPoint.size() || path[mountPoint.size()] == '/');
}

} // namespace tempscope::native::posix
