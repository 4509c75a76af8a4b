#pragma once
// Descriptor-relative stat helpers shared by the POSIX scanner, listing,
// remover and in-use index (POSIX backend only). Device numbers use one
// encoding, (major << 32) | minor, so identities from a scan, a statx, a stat
// and /proc/PID/maps compare equal. entryOf() is the one conversion of a
// statx into the scanner's Entry; Meta (the remover's view) is filled from it.

#include "core/native/FileTypes.h"
#include "core/native/ScanTree.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

namespace tempscope::native::posix {

constexpr std::uint64_t deviceId(std::uint64_t major, std::uint64_t minor)
{
    return (major << 32) | minor;
}

inline FileId fileId(const struct stat &st)
{
    return {deviceId(major(st.st_dev), minor(st.st_dev)), std::uint64_t(st.st_ino)};
}

// What the remover needs to know about one entry.
struct Meta
{
    FileId id;
    Kind kind = Kind::Unknown;
    std::uint32_t mode = 0;
    std::uint32_t uid = 0;
    std::uint64_t size = 0;
    std::uint64_t blocks = 0; // 512-byte units allocated (st_blocks)
    std::uint64_t links = 1;  // hard links (st_nlink); 0 once the last name is gone
    TimeNs atime = 0;
    TimeNs mtime = 0;
    TimeNs ctime = 0;
    TimeNs btime = -1;      // birth time, -1 where the file system has none
    bool mountRoot = false; // STATX_ATTR_MOUNT_ROOT: also catches bind mounts of the same device
};

inline Kind kindOfMode(std::uint32_t mode)
{
    switch (mode & S_IFMT) {
    case S_IFREG:
        return Kind::File;
    case S_IFDIR:
        return Kind::Directory;
    case S_IFLNK:
        return Kind::Symlink;
    case S_IFIFO:
        return Kind::Fifo;
    case S_IFSOCK:
        return Kind::Socket;
    case S_IFCHR:
        return Kind::CharDevice;
    case S_IFBLK:
        return Kind::BlockDevice;
    default:
        return Kind::Unknown;
    }
}

constexpr TimeNs toNs(const struct statx_timestamp &t)
{
    return timeNs(t.tv_sec, t.tv_nsec);
}

// The scanner's record of an entry. A mount root (STATX_ATTR_MOUNT_ROOT, which
// also catches bind mounts of the same device) is flagged MountPoint.
inline Entry entryOf(const struct statx &st)
{
    Entry e;
    e.size = st.stx_size;
    e.diskBytes = st.stx_blocks * 512;
    e.atime = toNs(st.stx_atime);
    e.mtime = toNs(st.stx_mtime);
    e.ctime = toNs(st.stx_ctime);
    e.device = deviceId(st.stx_dev_major, st.stx_dev_minor);
    e.inode = st.stx_ino;
    e.mode = st.stx_mode;
    e.uid = st.stx_uid;
    e.kind = kindOfMode(st.stx_mode);
    if ((st.stx_attributes_mask & STATX_ATTR_MOUNT_ROOT) &&
        (st.stx_attributes & STATX_ATTR_MOUNT_ROOT))
        e.flags |= Entry::MountPoint;
    return e;
}

inline void fromStatx(const struct statx &st, Meta &m)
{
    const Entry e = entryOf(st);
    m.id = e.id();
    m.kind = e.kind;
    m.mode = e.mode;
    m.uid = e.uid;
    m.size = e.size;
    m.blocks = st.stx_blocks;
    m.links = st.stx_nlink;
    m.atime = e.atime;
    m.mtime = e.mtime;
    m.ctime = e.ctime;
    m.btime = (st.stx_mask & STATX_BTIME) ? toNs(st.stx_btime) : -1;
    m.mountRoot = e.has(Entry::MountPoint);
}

constexpr unsigned StatxMask = STATX_TYPE | STATX_MODE | STATX_UID | STATX_INO | STATX_SIZE |
                               STATX_BLOCKS | STATX_NLINK | STATX_ATIME | STATX_MTIME |
                               STATX_CTIME | STATX_BTIME;

// The same entry as listed: device, inode and kind, and where both sides know
// it the birth time, which tells a new file that reused a freed inode number.
inline bool sameEntry(const Meta &listed, const Meta &now)
{
    return listed.id == now.id && listed.kind == now.kind &&
           (listed.btime < 0 || now.btime < 0 || listed.btime == now.btime);
}

// lstat-like, relative to a directory descriptor, never triggering an automount.
// Returns 0 or an errno value.
inline int statAt(int dirfd, const char *name, Meta &m)
{
    struct statx st
    {
    };
    if (::statx(dirfd, name, AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT, StatxMask, &st) != 0)
        return errno;
    fromStatx(st, m);
    return 0;
}

// The entry an open descriptor refers to. Returns 0 or an errno value.
inline int statFd(int fd, Meta &m)
{
    struct statx st
    {
    };
    if (::statx(fd, "", AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW, StatxMask, &st) != 0)
        return errno;
    fromStatx(st, m);
    return 0;
}

// Opens a directory for listing, never following a symlink, without touching
// its atime where allowed (owner or CAP_FOWNER): looking must not make things
// look used. Returns the descriptor or -1 with errno.
inline int openDirectory(int dirfd, const char *name)
{
    constexpr int flags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK;
    const int fd = ::openat(dirfd, name, flags | O_NOATIME);
    if (fd >= 0 || errno != EPERM)
        return fd;
    return ::openat(dirfd, name, flags);
}

// The scanner's stat of a listed name: lstat-like, no automount, answered from
// the cache where the file system allows (a dead network server cannot hang
// it). Returns 0 or an errno value.
inline int statEntry(int dirfd, const char *name, struct statx &st)
{
    if (::statx(dirfd, name, AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT | AT_STATX_DONT_SYNC,
                STATX_BASIC_STATS, &st) != 0)
        return errno;
    return 0;
}

// "." and "..", which every listing skips.
inline bool isDotOrDotDot(const char *n)
{
    return n[0] == '.' && (n[1] == 0 || (n[1] == '.' && n[2] == 0));
}

} // namespace tempscope::native::posix
