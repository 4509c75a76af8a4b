#pragma once
// The portable POSIX backend's stat primitives (macOS, the BSDs, and Linux
// with TEMPSCOPE_PORTABLE_POSIX=ON): fstatat(AT_SYMLINK_NOFOLLOW) and fstat,
// nothing Linux-only. What they cannot tell, compared with the Linux ones:
// a birth time on Linux (macOS and FreeBSD have st_birthtime), and a mount
// root on the same device (a bind mount): mounts are found by a change of
// st_dev, and where struct statfs names its mount (macOS, FreeBSD, OpenBSD,
// DragonFly: f_mntonname) a directory whose mount differs from its parent's is
// a mount root too; on Linux, whose statfs names no mount, the Linux
// backend's mount-root attribute is asked instead (never less safe than the
// Linux build). Included by PosixFs.h only in the portable build.

#include <cerrno>
#include <cstdio> // renameat, renameatx_np
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#if defined(__APPLE__) || defined(__FreeBSD__) || defined(__OpenBSD__) || defined(__DragonFly__)
#include <sys/mount.h>
#include <sys/param.h>
#define TEMPSCOPE_STATFS_MOUNT_NAME 1
#endif

namespace tempscope::native::posix::portable {

constexpr TimeNs toNs(const struct timespec &t)
{
    return timeNs(t.tv_sec, t.tv_nsec);
}

inline void fillTimes(const struct stat &st, Meta &m)
{
#if defined(__APPLE__)
    m.atime = toNs(st.st_atimespec);
    m.mtime = toNs(st.st_mtimespec);
    m.ctime = toNs(st.st_ctimespec);
    m.btime = toNs(st.st_birthtimespec);
#else
    m.atime = toNs(st.st_atim);
    m.mtime = toNs(st.st_mtim);
    m.ctime = toNs(st.st_ctim);
#if defined(__FreeBSD__) || defined(__DragonFly__)
    m.btime = toNs(st.st_birthtim);
#else
    m.btime = -1; // Linux's struct stat has none; OpenBSD's is __st_birthtim
#endif
#endif
}

inline void fromStat(const struct stat &st, Meta &m)
{
    m.id = fileId(st);
    m.kind = kindOfMode(st.st_mode);
    m.mode = st.st_mode;
    m.uid = st.st_uid;
    m.size = static_cast<std::uint64_t>(st.st_size);
    m.blocks = static_cast<std::uint64_t>(st.st_blocks);
    m.links = static_cast<std::uint64_t>(st.st_nlink);
    fillTimes(st, m);
    m.mountRoot = false;
}

// A directory (open as `fd`) whose mount is not its parent's: the root of a
// mount, also one of the same device. Only where statfs names the mount.
inline bool isMountRoot(int fd)
{
#ifdef TEMPSCOPE_STATFS_MOUNT_NAME
    struct statfs self
    {
    };
    struct statfs up
    {
    };
    const int parent = ::openat(fd, "..", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (parent < 0)
        return false;
    const bool differs =
        ::fstatfs(fd, &self) == 0 && ::fstatfs(parent, &up) == 0 &&
        std::strncmp(self.f_mntonname, up.f_mntonname, sizeof self.f_mntonname) != 0;
    ::close(parent);
    return differs;
#elif defined(__linux__)
    return linuxfs::isMountRoot(fd); // a bind mount keeps st_dev; Linux's statfs has no name
#else
    (void)fd;
    return false;
#endif
}

// lstat-like, relative to a directory descriptor. Returns 0 or an errno value.
inline int statAt(int dirfd, const char *name, Meta &m)
{
    struct stat st
    {
    };
    if (::fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) != 0)
        return errno;
    fromStat(st, m);
    return 0;
}

// The entry an open descriptor refers to (a directory is checked for being
// a mount root). Returns 0 or an errno value.
inline int statFd(int fd, Meta &m)
{
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0)
        return errno;
    fromStat(st, m);
    if (m.kind == Kind::Directory)
        m.mountRoot = isMountRoot(fd);
    return 0;
}

// The scanner's record of an entry from its stat. A mount is found by the
// scanner from a change of device; a mount of the same device (a Linux bind
// mount: nullfs on the BSDs and macOS's mounts report their own device) is
// flagged here, on Linux only, by the Linux attribute read without opening.
inline Entry entryOf(const struct stat &st)
{
    Meta m;
    fromStat(st, m);
    Entry e;
    e.size = m.size;
    e.diskBytes = m.blocks * 512;
    e.atime = m.atime;
    e.mtime = m.mtime;
    e.ctime = m.ctime;
    e.device = m.id.device;
    e.inode = m.id.inode;
    e.mode = m.mode;
    e.uid = m.uid;
    e.kind = m.kind;
    return e;
}

// The scanner's stat of a listed name into its Entry (lstat-like). Returns 0
// or an errno value.
inline int statEntryAt(int dirfd, const char *name, Entry &e)
{
    struct stat st
    {
    };
    if (::fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) != 0)
        return errno;
    e = entryOf(st);
#if defined(__linux__)
    if (e.kind == Kind::Directory && linuxfs::isMountRootAt(dirfd, name))
        e.flags |= Entry::MountPoint;
#endif
    return 0;
}

// The same for an open descriptor (the scan's root, a listed directory).
inline int statEntryFd(int fd, Entry &e)
{
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0)
        return errno;
    e = entryOf(st);
    return 0;
}

// rename without replacing anything: macOS's renameatx_np(RENAME_EXCL);
// elsewhere (no such flag in POSIX) the target is checked missing first and
// then renamed, which the callers allow: they rename into, or back out of, a
// directory only its owner can write to, where the name was just seen free.
// Returns 0 or an errno value.
inline int renameNoReplace(int fromDir, const char *from, int toDir, const char *to)
{
#if defined(__APPLE__)
    return ::renameatx_np(fromDir, from, toDir, to, RENAME_EXCL) == 0 ? 0 : errno;
#else
    struct stat st
    {
    };
    if (::fstatat(toDir, to, &st, AT_SYMLINK_NOFOLLOW) == 0)
        return EEXIST;
    if (errno != ENOENT)
        return errno;
    return ::renameat(fromDir, from, toDir, to) == 0 ? 0 : errno;
#endif
}

// Without a birth time (Linux's struct stat, OpenBSD), a file replaced by
// another that got the same inode number is told by its ctime: an entry
// whose ctime moved since it was listed is kept as changed.
inline constexpr bool CtimeTellsReplacement = true;

// No O_NOATIME outside Linux: listing a directory may update its atime
// (restored afterwards where the walk changed or opened it).
inline constexpr int NoAtimeFlag = 0;
// POSIX record locks of other processes (Linux also reports OFD locks here).
inline constexpr int RecordLockProbe = F_GETLK;

} // namespace tempscope::native::posix::portable
