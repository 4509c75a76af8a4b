#pragma once
// Plain facts about one directory entry, as the operating system reports them.
// Shared by every backend; no Qt, no allocation.

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace tempscope::native {

#ifdef _WIN32
using PathChar = wchar_t;
#else
using PathChar = char;
#endif
// A file name or path exactly as the OS spells it: bytes on POSIX, UTF-16 on Windows.
using NativeString = std::basic_string<PathChar>;
using NativeStringView = std::basic_string_view<PathChar>;

enum class Kind : std::uint8_t {
    File,
    Directory,
    Symlink, // also Windows reparse points: never followed
    Fifo,
    Socket,
    CharDevice,
    BlockDevice,
    Unknown, // could not be stat'ed
};

const char *kindName(Kind kind);

// Nanoseconds since the Unix epoch.
using TimeNs = std::int64_t;

// seconds + nanoseconds as TimeNs, saturated: a file system may store times
// (tmpfs: any 64-bit second count) that do not fit in nanoseconds, and a
// wrapped-around far-future time would read as ancient.
constexpr TimeNs timeNs(std::int64_t seconds, std::int64_t nanoseconds)
{
    constexpr std::int64_t perSecond = 1'000'000'000;
    constexpr std::int64_t maxSeconds = INT64_MAX / perSecond - 1;
    if (seconds > maxSeconds)
        return INT64_MAX;
    if (seconds < -maxSeconds)
        return INT64_MIN;
    return seconds * perSecond + nanoseconds;
}

// Which timestamp an age is measured from. `Newest` is the conservative rule
// of systemd-tmpfiles: the newest of atime, mtime and ctime for files; for
// directories, mtime. (systemd also takes a directory's atime, which it can
// trust because it reads with O_NOATIME; anyone else listing the directory,
// a backup, an indexer, or a scan by a user who does not own it, refreshes
// that atime on relatime mounts, and every directory would look in use.)
// The scanner, the planner and the remover all judge with basisTime().
enum class TimeBasis : std::uint8_t { Newest, Mtime, Atime, Ctime };

// The timestamp of anything with kind, atime, mtime and ctime on a basis.
template <class Facts> constexpr TimeNs basisTime(const Facts &f, TimeBasis basis)
{
    switch (basis) {
    case TimeBasis::Mtime:
        return f.mtime;
    case TimeBasis::Atime:
        return f.atime;
    case TimeBasis::Ctime:
        return f.ctime;
    case TimeBasis::Newest:
        break;
    }
    if (f.kind == Kind::Directory)
        return f.mtime;
    const TimeNs newer = f.atime > f.mtime ? f.atime : f.mtime;
    return newer > f.ctime ? newer : f.ctime;
}

struct FileId
{
    std::uint64_t device = 0;
    std::uint64_t inode = 0;
    friend bool operator==(const FileId &, const FileId &) = default;
};

struct FileIdHash
{
    std::size_t operator()(const FileId &id) const noexcept
    {
        return std::hash<std::uint64_t>()(id.device * 0x9E3779B97F4A7C15ull ^ id.inode);
    }
};

} // namespace tempscope::native
