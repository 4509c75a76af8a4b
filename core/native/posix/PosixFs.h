#pragma once
// Descriptor-relative stat helpers shared by the POSIX remover and the in-use
// index (POSIX backend only). Device numbers use the scanner's encoding,
// (major << 32) | minor, so identities from a scan, a statx, a stat and
// /proc/PID/maps compare equal.

#include "core/native/FileTypes.h"

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

inline void fromStatx(const struct statx &st, Meta &m)
{
    m.id = {deviceId(st.stx_dev_major, st.stx_dev_minor), st.stx_ino};
    m.kind = kindOfMode(st.stx_mode);
    m.mode = st.stx_mode;
    m.uid = st.stx_uid;
    m.size = st.stx_size;
    m.blocks = st.stx_blocks;
    m.links = st.stx_nlink;
    m.atime = toNs(st.stx_atime);
    m.mtime = toNs(st.stx_mtime);
    m.ctime = toNs(st.stx_ctime);
    m.btime = (st.stx_mask & STATX_BTIME) ? toNs(st.stx_btime) : -1;
    m.mountRoot = (st.stx_attributes_mask & STATX_ATTR_MOUNT_ROOT) &&
                  (st.stx_attributes & STATX_ATTR_MOUNT_ROOT);
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

} // namespace tempscope::native::posix
