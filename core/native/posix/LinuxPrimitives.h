#pragma once
// The Linux backend's stat primitives (statx: birth time, the mount-root
// attribute, no automount, cache-only answers) and open flags. Included by
// PosixFs.h on Linux only; the portable backend's are PortablePrimitives.h.

#include <cerrno>
#include <cstdio> // renameat2
#include <fcntl.h>
#include <sys/stat.h>

namespace tempscope::native::posix {

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

namespace linuxfs {

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

// A directory open as `fd` that is the root of a mount, also a bind mount of
// the same device (STATX_ATTR_MOUNT_ROOT). Linux's statfs cannot name a
// mount, so the portable backend asks this too when built on Linux.
inline bool isMountRoot(int fd)
{
    struct statx st
    {
    };
    return ::statx(fd, "", AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW, STATX_TYPE, &st) == 0 &&
           (st.stx_attributes_mask & STATX_ATTR_MOUNT_ROOT) &&
           (st.stx_attributes & STATX_ATTR_MOUNT_ROOT);
}

// A file replaced by another that got the same inode number shows in its
// birth time (statx); ctime is not needed for it.
inline constexpr bool CtimeTellsReplacement = false;

// Opening without updating the atime (owner or CAP_FOWNER only).
inline constexpr int NoAtimeFlag = O_NOATIME;
// The lock probe of a file: OFD locks, and (reported by the same call) POSIX
// record locks of other processes.
inline constexpr int RecordLockProbe = F_OFD_GETLK;

// The scanner's stat of a listed name into its Entry: lstat-like, no
// automount, answered from the cache where the file system allows (a dead
// network server cannot hang it). Returns 0 or an errno value.
inline int statEntryAt(int dirfd, const char *name, Entry &e)
{
    struct statx st
    {
    };
    if (::statx(dirfd, name, AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT | AT_STATX_DONT_SYNC,
                STATX_BASIC_STATS, &st) != 0)
        return errno;
    e = entryOf(st);
    return 0;
}

// The same for an open descriptor (the scan's root, a listed directory).
inline int statEntryFd(int fd, Entry &e)
{
    struct statx st
    {
    };
    if (::statx(fd, "", AT_EMPTY_PATH | AT_STATX_DONT_SYNC, STATX_BASIC_STATS, &st) != 0)
        return errno;
    e = entryOf(st);
    return 0;
}

// Whether the directory `name` in `dirfd` is the root of a mount, also a bind
// mount of the same device, without opening it (so without an automount).
inline bool isMountRootAt(int dirfd, const char *name)
{
    struct statx st
    {
    };
    return ::statx(dirfd, name, AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT | AT_STATX_DONT_SYNC,
                   STATX_TYPE, &st) == 0 &&
           (st.stx_attributes_mask & STATX_ATTR_MOUNT_ROOT) &&
           (st.stx_attributes & STATX_ATTR_MOUNT_ROOT);
}

// rename without replacing anything (renameat2 RENAME_NOREPLACE); where the
// file system cannot promise that (EINVAL), a plain rename: the target was
// just seen missing in a directory only its owner can write to. Returns 0 or
// an errno value.
inline int renameNoReplace(int fromDir, const char *from, int toDir, const char *to)
{
    if (::renameat2(fromDir, from, toDir, to, RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS)
        return errno;
    return ::renameat(fromDir, from, toDir, to) == 0 ? 0 : errno;
}

} // namespace linuxfs

} // namespace tempscope::native::posix
