#pragma once
// Descriptor-relative stat helpers shared by the POSIX scanner, listing,
// remover and in-use index (POSIX backend only). Device numbers use one
// encoding, (major << 32) | minor, so identities from a scan, a statx, a stat
// and /proc/PID/maps compare equal. statAt() and statFd() are the backend's:
// statx (LinuxPrimitives.h) or fstatat/fstat (PortablePrimitives.h, chosen
// by TEMPSCOPE_PORTABLE_POSIX), and so are statEntryAt() and statEntryFd(),
// the scanner's and the listing's one way of filling an Entry.

#include "core/native/FileTypes.h"
#include "core/native/ScanTree.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/types.h>
#ifdef __linux__
#include <sys/sysmacros.h>
#endif

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
    TimeNs btime = -1; // birth time, -1 where the file system has none
    bool mountRoot =
        false; // a mount root, also a bind mount of the same device where the backend can tell
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

} // namespace tempscope::native::posix

#ifdef __linux__
#include "core/native/posix/LinuxPrimitives.h" // statx
#endif
#if TEMPSCOPE_PORTABLE_POSIX
#include "core/native/posix/PortablePrimitives.h"
#endif

namespace tempscope::native::posix {

#if TEMPSCOPE_PORTABLE_POSIX
namespace backend = portable;
#else
namespace backend = linuxfs;
#endif

// lstat-like, relative to a directory descriptor (never triggering an
// automount where the system can promise it). Returns 0 or an errno value.
inline int statAt(int dirfd, const char *name, Meta &m)
{
    return backend::statAt(dirfd, name, m);
}

// The entry an open descriptor refers to. Returns 0 or an errno value.
inline int statFd(int fd, Meta &m)
{
    return backend::statFd(fd, m);
}

// The scanner's stat of a listed name into its Entry (lstat-like, no
// automount where the system can promise it); a mount of the same device is
// flagged MountPoint where the backend can tell. Returns 0 or an errno value.
inline int statEntryAt(int dirfd, const char *name, Entry &e)
{
    return backend::statEntryAt(dirfd, name, e);
}

// The Entry of an open descriptor. Returns 0 or an errno value.
inline int statEntryFd(int fd, Entry &e)
{
    return backend::statEntryFd(fd, e);
}

// rename that never replaces what is at the target. Returns 0 or an errno value.
inline int renameNoReplace(int fromDir, const char *from, int toDir, const char *to)
{
    return backend::renameNoReplace(fromDir, from, toDir, to);
}

inline constexpr int NoAtimeFlag = backend::NoAtimeFlag;

// The same entry as listed: device, inode and kind, and where both sides know
// it the birth time, which tells a new file that reused a freed inode number.
// Without one, the portable backend compares a file's or a link's ctime (the
// walk never changes theirs; a directory's it does, restoring its times).
inline bool sameEntry(const Meta &listed, const Meta &now)
{
    if (listed.id != now.id || listed.kind != now.kind)
        return false;
    if (listed.btime >= 0 && now.btime >= 0)
        return listed.btime == now.btime;
    return !backend::CtimeTellsReplacement || listed.kind == Kind::Directory ||
           listed.ctime == now.ctime;
}

// Opens a directory for listing, never following a symlink, without touching
// its atime where allowed (owner or CAP_FOWNER): looking must not make things
// look used. Returns the descriptor or -1 with errno.
inline int openDirectory(int dirfd, const char *name)
{
    constexpr int flags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK;
    const int fd = ::openat(dirfd, name, flags | NoAtimeFlag);
    if (fd >= 0 || errno != EPERM)
        return fd;
    return ::openat(dirfd, name, flags);
}

// "." and "..", which every listing skips.
inline bool isDotOrDotDot(const char *n)
{
    return n[0] == '.' && (n[1] == 0 || (n[1] == '.' && n[2] == 0));
}

} // namespace tempscope::native::posix
