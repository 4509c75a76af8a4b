#pragma once
// What the Windows backend makes of a file's attributes and times, as pure
// functions with the constants spelled out (no <windows.h>), so that the
// decisions Wine cannot exercise — a junction, symbolic link or mount point
// is a link and is never descended; which ids and modes an entry gets — are
// unit-tested on every platform. Stateless; any thread.

#include "core/native/FileTypes.h"

#include <cstdint>
#include <limits>

namespace tempscope::native::win32 {

inline constexpr std::uint32_t AttributeReadOnly = 0x1;       // FILE_ATTRIBUTE_READONLY
inline constexpr std::uint32_t AttributeDirectory = 0x10;     // FILE_ATTRIBUTE_DIRECTORY
inline constexpr std::uint32_t AttributeReparsePoint = 0x400; // FILE_ATTRIBUTE_REPARSE_POINT

// Any reparse point is a link to Tempscope: symbolic links, junctions and
// volume mount points (which are how another volume appears inside a tree)
// alike. Checked before the directory bit, which junctions also carry.
constexpr Kind kindFromAttributes(std::uint32_t attributes)
{
    if (attributes & AttributeReparsePoint)
        return Kind::Symlink;
    if (attributes & AttributeDirectory)
        return Kind::Directory;
    return Kind::File;
}

// Only a real directory is entered: never a reparse point of any kind.
constexpr bool isDirectoryNotLink(std::uint32_t attributes)
{
    return kindFromAttributes(attributes) == Kind::Directory;
}

// A POSIX-like st_mode so callers can treat both backends alike.
constexpr std::uint32_t synthesisedMode(Kind kind, std::uint32_t attributes)
{
    switch (kind) {
    case Kind::Directory:
        return 0040000 | 0755;
    case Kind::Symlink:
        return 0120000 | 0777;
    default:
        return 0100000 | ((attributes & AttributeReadOnly) ? 0444 : 0644);
    }
}

// FILETIME (100 ns ticks since 1601-01-01) to nanoseconds since 1970; 0 stays
// 0 ("not recorded", as FAT has no access time). Nanoseconds in 64 bits reach
// from 1677 to 2262: times outside (a file stamped 1601 exists) are clamped.
constexpr TimeNs fileTimeToNs(std::int64_t ticks)
{
    constexpr std::int64_t EpochDiff = 116444736000000000LL;
    constexpr std::int64_t Limit = std::numeric_limits<std::int64_t>::max() / 100;
    if (ticks == 0)
        return 0;
    std::int64_t sinceEpoch =
        ticks < std::numeric_limits<std::int64_t>::min() + EpochDiff ? -Limit : ticks - EpochDiff;
    if (sinceEpoch < -Limit)
        sinceEpoch = -Limit;
    if (sinceEpoch > Limit)
        sinceEpoch = Limit;
    return sinceEpoch * 100;
}

constexpr std::uint64_t fileIndex(std::uint32_t high, std::uint32_t low)
{
    return (std::uint64_t(high) << 32) | low;
}

} // namespace tempscope::native::win32
