#pragma once
// POSIX removal: SAFETY.md rules 1-10 (POSIX part).
//
// The root is opened once; an item is reached component by component with
// O_NOFOLLOW from the root descriptor and must still have the device, inode,
// kind and age the plan recorded. A directory is walked with an explicit stack
// of frames; each frame lists its directory completely (getdents64) before any
// child is touched, so entries created during the run are never in the list
// and only make the final rmdir fail with ENOTEMPTY (kept, not an error).
//
// Descriptors: a frame holds its directory open (with an flock) while its
// children are processed, but only the deepest `budget` frames keep theirs
// (budget = RLIMIT_NOFILE / 4, 4..128). Older frames are closed and, when the
// walk climbs back, reopened with openat(child, "..") and accepted only if the
// device and inode are the ones listed: a directory moved elsewhere during the
// walk stops it (the fts/CPython approach, without a path string). Depth 5000
// with RLIMIT_NOFILE=64 therefore works, and nothing is ever resolved by path.
//
// Files are opened O_NOFOLLOW|O_NONBLOCK (a FIFO swapped in cannot hang us, a
// lease holder makes open fail with EWOULDBLOCK), rechecked (device, inode,
// kind, age), probed with flock(LOCK_EX|LOCK_NB) and F_OFD_GETLK, and unlinked
// while our lock is held (a file the user cannot open at all, mode 000, is
// checked through an O_PATH handle without the lock probes). Files are never chmod'ed or chown'ed;
// a directory the user owns may get u+rwx to be emptied, and gets its mode back if it stays.
//
// Residual race, inherent to POSIX and shared with systemd and coreutils: a
// name can be exchanged between our checks and unlinkat(). unlinkat() only
// removes that directory entry, below a directory we verified, so the most an
// attacker who can rename there achieves is the removal of a name they could
// remove themselves; a directory swapped in makes unlinkat fail with EISDIR.
//
// Used by PosixRemover.cpp only: one Walk per RemovalRoot::remove() call (and
// one more for the dry check of item mode), on the calling thread.

#include "core/native/Remover.h"
#include "core/native/Scanner.h"
#include "core/native/posix/Fd.h"
#include "core/native/posix/PosixFs.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <dirent.h>
#include <string>
#include <sys/file.h>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

namespace tempscope::native::posix {

inline constexpr int DirFlags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC;
inline constexpr int FileFlags = O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY;
inline constexpr std::size_t MaxKept = 256;

// Directory atime is not evidence of change (listing updates it), see Remover.h.
inline TimeNs basisTime(const Meta &m, TimeBasis basis)
{
    switch (basis) {
    case TimeBasis::Mtime:
        return m.mtime;
    case TimeBasis::Atime:
        return m.atime;
    case TimeBasis::Ctime:
        return m.ctime;
    case TimeBasis::Newest:
        break;
    }
    if (m.kind == Kind::Directory)
        return m.mtime;
    return std::max({m.atime, m.mtime, m.ctime});
}

inline struct timespec toTimespec(TimeNs ns)
{
    TimeNs sec = ns / 1'000'000'000;
    TimeNs rem = ns % 1'000'000'000;
    if (rem < 0) {
        rem += 1'000'000'000;
        --sec;
    }
    struct timespec ts
    {
    };
    ts.tv_sec = static_cast<time_t>(sec);
    ts.tv_nsec = static_cast<long>(rem);
    return ts;
}

inline void restoreTimes(int fd, TimeNs atime, TimeNs mtime)
{
    const struct timespec ts[2] = {toTimespec(atime), toTimespec(mtime)};
    (void)::futimens(fd, ts); // best effort: needs ownership, like systemd's
}

struct Verdict
{
    KeepReason code = KeepReason::None;
    std::string reason;
    bool gone = false; // ENOENT: counts as done
    bool ok() const { return code == KeepReason::None && !gone; }
};

// An outcome decided before any walk: refused, kept, gone or failed at once.
inline RemovalOutcome outcome(RemovalStatus status, KeepReason code, std::string reason,
                              int error = 0)
{
    RemovalOutcome out;
    out.status = status;
    out.code = code;
    out.reason = std::move(reason);
    out.error = error;
    return out;
}

inline Verdict keepFor(KeepReason code, std::string reason)
{
    return {code, std::move(reason), false};
}

inline Verdict errnoVerdict(int err)
{
    switch (err) {
    case ENOENT:
        return {KeepReason::None, {}, true};
    case EACCES:
        return keepFor(KeepReason::PermissionDenied, "permission denied");
    case EPERM:
        return keepFor(KeepReason::PermissionDenied, "operation not permitted");
    case ELOOP:
        return keepFor(KeepReason::SymlinkNow, "is a symbolic link now");
    case ENOTDIR:
        return keepFor(KeepReason::ChangedSincePreview,
                       "changed since preview (no longer a directory)");
    case EROFS:
        return keepFor(KeepReason::ReadOnlyFilesystem, "read-only file system");
    case EBUSY:
        return keepFor(KeepReason::OtherFilesystem, "busy (a mount point)");
    case ETXTBSY:
        return keepFor(KeepReason::InUse, "in use (a running program)");
    case EWOULDBLOCK:
        return keepFor(KeepReason::InUse, "in use (a lease is held)");
    default:
        return keepFor(KeepReason::Error, errorText(err));
    }
}

inline long descriptorBudget()
{
    struct rlimit rl
    {
    };
    long limit = 1024;
    if (::getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
        limit = static_cast<long>(rl.rlim_cur);
    return std::clamp<long>(limit / 4, 4, 128);
}

// Grants u+rwx to a directory the user owns that cannot be opened, through an
// O_PATH descriptor verified against the listing (chmod via /proc/self/fd acts
// on that very inode, never on a name). Returns the directory opened for
// reading, or an invalid Fd.
inline Fd openWithOwnerAccess(int parentFd, const char *name, const Meta &listed)
{
    Fd path(::openat(parentFd, name, O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!path.valid())
        return Fd(); // errno says why
    Meta now;
    if (posix::statFd(path.get(), now) != 0 || now.id != listed.id || now.kind != Kind::Directory ||
        now.uid != ::geteuid()) {
        errno = EACCES;
        return Fd();
    }
    char proc[64];
    std::snprintf(proc, sizeof proc, "/proc/self/fd/%d", path.get());
    if (::chmod(proc, (now.mode & 07777) | S_IRWXU) != 0) {
        errno = EACCES;
        return Fd();
    }
    Fd dir(::openat(path.get(), ".", DirFlags));
    if (!dir.valid()) {
        const int err = errno;
        (void)::chmod(proc, now.mode & 07777);
        errno = err;
    }
    return dir;
}

struct Frame
{
    Fd fd; // invalid while evicted (see the budget above)
    FileId id;
    NativeString name;               // in the parent directory
    std::vector<NativeString> names; // listed before any child was touched
    std::size_t next = 0;
    std::size_t pathLength = 0; // of this directory's relative path in Walk::m_path
    TimeNs atime = 0;           // as listed, to restore
    TimeNs mtime = 0;
    std::uint32_t mode = 0;
    std::uint32_t uid = 0;
    std::uint64_t blocks = 0;   // allocated, freed with the directory
    bool removable = true;      // its own checks passed
    Verdict own;                // why not, when !removable
    bool keptInside = false;    // something below stays
    bool changedInside = false; // something below was removed
    bool atimeTouched = false;  // listed without O_NOATIME
    bool chmodded = false;      // got u+rwx from us; `mode` is the original
};

enum class Result { Removed, Gone, Kept, Stop };

// One remove() call (or its dry pass).
class Walk
{
public:
    Walk(const RemovalPolicy &policy, const RemovalTarget &target, std::uint64_t rootDevice,
         bool dry, RemovalOutcome &out)
        : m_policy(policy), m_target(target), m_rootDevice(rootDevice), m_dry(dry), m_out(out),
          m_euid(::geteuid()), m_budget(descriptorBudget())
    {
    }

    // The item-mode check before a real run reports no progress of its own.
    void setQuiet(bool quiet) { m_quiet = quiet; }
    bool readOnly() const { return m_readOnly; }
    bool itemGone() const { return m_itemGone; }
    bool broken() const { return m_broken; }

    void run(int parentFd, const NativeString &name, const Meta &meta)
    {
        m_itemParentFd = parentFd;
        m_path = m_target.relativePath;
        const Verdict v = judge(meta);
        switch (meta.kind) {
        case Kind::Directory: {
            const bool enter = v.ok() || (m_policy.perFile && enterAnyway(v.code));
            if (!enter) {
                keep(v);
                return;
            }
            directory(name, meta, v);
            return;
        }
        case Kind::File:
        case Kind::Symlink: {
            if (!v.ok()) {
                keep(v);
                return;
            }
            const Result r = meta.kind == Kind::File ? removeFile(parentFd, name, meta)
                                                     : removeLink(parentFd, name, meta);
            m_itemGone = r == Result::Removed || r == Result::Gone;
            m_out.alreadyGone = r == Result::Gone;
            return;
        }
        default:
            keep(v);
            return;
        }
    }

private:
    static bool enterAnyway(KeepReason code)
    {
        // Per-file mode: a new or in-use directory may still hold old files.
        return code == KeepReason::TooNew || code == KeepReason::InUse;
    }

    bool cancelled()
    {
        if (m_policy.cancel && m_policy.cancel->load(std::memory_order_relaxed)) {
            m_out.cancelled = true;
            m_stop = true;
        }
        return m_stop;
    }

    Verdict ageVerdict(const Meta &m) const
    {
        const TimeNs t = basisTime(m, m_policy.basis);
        // Item mode: nothing inside may be newer than what the user confirmed.
        if (!m_policy.perFile && m_target.newest > 0 && t > m_target.newest)
            return keepFor(KeepReason::ChangedSincePreview, "changed since preview");
        if (t > m_policy.cutoff)
            return keepFor(KeepReason::TooNew, "newer than the cutoff");
        return {};
    }

    Verdict inUseVerdict(const Meta &m) const
    {
        if (m_policy.inUse) {
            if (const Holder *h = m_policy.inUse->holder(m.id))
                return keepFor(KeepReason::InUse,
                               "in use by PID " + std::to_string(h->pid) + " (" + h->command + ")");
        }
        return {};
    }

    bool isRunRoot(const FileId &id) const
    {
        return std::find(m_policy.keepIds.begin(), m_policy.keepIds.end(), id) !=
               m_policy.keepIds.end();
    }

    // Everything that can be decided from a listing; m_path names the entry.
    Verdict judge(const Meta &m) const
    {
        if (m.id.device != m_rootDevice || m.mountRoot)
            return keepFor(KeepReason::OtherFilesystem, "another file system (mount point)");
        switch (m.kind) {
        case Kind::File:
        case Kind::Directory:
        case Kind::Symlink:
            break;
        default:
            return keepFor(KeepReason::SpecialFile,
                           std::string("special file (") + kindName(m.kind) + ")");
        }
        if (isRunRoot(m.id))
            return keepFor(KeepReason::Protected, "a root of this cleanup (never removed)");
        if (m_policy.isProtected && m_policy.isProtected(m_path))
            return keepFor(KeepReason::Protected, "protected");
        if (m_policy.onlyOwner && m.uid != m_policy.uid)
            return keepFor(KeepReason::NotOwner,
                           "not yours (owned by uid " + std::to_string(m.uid) + ")");
        if (Verdict v = inUseVerdict(m); !v.ok())
            return v;
        return ageVerdict(m);
    }

    void keep(const Verdict &v)
    {
        if (v.gone)
            return;
        if (v.code == KeepReason::ReadOnlyFilesystem) {
            m_readOnly = true;
            m_stop = true;
        }
        ++m_out.entriesKept;
        if (m_out.kept.size() < MaxKept)
            m_out.kept.push_back({m_path, v.reason, v.code});
        if (!m_out.veto && vetoesItem(v.code))
            m_out.veto = KeptEntry{m_path, v.reason, v.code};
        if (m_out.code == KeepReason::None) {
            m_out.code = v.code;
            m_out.reason = v.reason;
        }
        progress();
    }

    // One entry gone. Its disk blocks are freed only with its last link.
    void removed(const Meta &m)
    {
        ++m_out.entriesRemoved;
        if (m.kind == Kind::File) {
            m_out.bytesRemoved += m.size;
            if (m.links > 1)
                ++m_out.linkedFiles;
        }
        if (m.kind == Kind::Directory || m.links <= 1)
            m_out.bytesFreed += m.blocks * 512;
        if (m_policy.recordRemoved)
            m_out.removed.push_back(m_path);
        progress();
    }

    void progress()
    {
        if (!m_policy.progress || m_quiet)
            return;
        const std::uint64_t n = m_out.entriesRemoved + m_out.entriesKept;
        if (n % 1024 == 0)
            m_policy.progress({m_out.entriesRemoved, m_out.entriesKept, m_out.bytesFreed});
    }

    // unlinkat, with u+rwx for the containing directory when it is the user's
    // own and lacks the permission (only frames, never the root, get this).
    int unlinkIn(int dirFd, Frame *dir, const char *name, int flags)
    {
        if (::unlinkat(dirFd, name, flags) == 0)
            return 0;
        int err = errno;
        if ((err == EACCES || err == EPERM) && dir && !dir->chmodded && m_euid != 0 &&
            dir->uid == m_euid && (dir->mode & S_IRWXU) != S_IRWXU) {
            if (::fchmod(dirFd, (dir->mode & 07777) | S_IRWXU) == 0) {
                dir->chmodded = true;
                if (::unlinkat(dirFd, name, flags) == 0)
                    return 0;
                err = errno;
            }
        }
        return err;
    }

    Result removeLink(int dirFd, const NativeString &name, const Meta &listed, Frame *dir = nullptr)
    {
        if (cancelled())
            return Result::Stop;
        // Still the link that was judged: a name exchanged for a file or a
        // directory since the listing is kept (the residual window up to
        // unlinkat is the one described at the top).
        Meta now;
        if (const int err = posix::statAt(dirFd, name.c_str(), now)) {
            const Verdict v = errnoVerdict(err);
            keep(v);
            return v.gone ? Result::Gone : Result::Kept;
        }
        if (!posix::sameEntry(listed, now)) {
            keep(keepFor(KeepReason::ChangedSincePreview, "changed since preview (replaced)"));
            return Result::Kept;
        }
        if (!m_dry) {
            if (const int err = unlinkIn(dirFd, dir, name.c_str(), 0)) {
                const Verdict v = errnoVerdict(err == EISDIR ? ENOTDIR : err);
                keep(v);
                return v.gone ? Result::Gone : Result::Kept;
            }
        }
        removed(now);
        return Result::Removed;
    }

    Result removeFile(int dirFd, const NativeString &name, const Meta &listed, Frame *dir = nullptr)
    {
        if (cancelled())
            return Result::Stop;
        Fd fd(::openat(dirFd, name.c_str(), O_RDONLY | FileFlags));
        if (!fd.valid() &&
            errno == EACCES) // unreadable but ours to unlink: a write-only handle locks too
            fd.reset(::openat(dirFd, name.c_str(), O_WRONLY | FileFlags));
        // Neither (mode 000): identity and the in-use index only, through an
        // O_PATH handle; no lock can be probed without opening the file.
        bool canProbe = true;
        if (!fd.valid() && errno == EACCES) {
            fd.reset(::openat(dirFd, name.c_str(), O_PATH | O_NOFOLLOW | O_CLOEXEC));
            canProbe = false;
        }
        if (!fd.valid()) {
            const Verdict v = errnoVerdict(errno == ENXIO ? ENOTDIR : errno);
            keep(v);
            return v.gone ? Result::Gone : Result::Kept;
        }
        Meta now;
        if (const int err = posix::statFd(fd.get(), now)) {
            keep(errnoVerdict(err));
            return Result::Kept;
        }
        if (!posix::sameEntry(listed, now)) {
            keep(keepFor(KeepReason::ChangedSincePreview, "changed since preview (replaced)"));
            return Result::Kept;
        }
        if (canProbe && ::flock(fd.get(), LOCK_EX | LOCK_NB) != 0) {
            keep(errno == EWOULDBLOCK ? keepFor(KeepReason::Locked, "locked (flock)")
                                      : errnoVerdict(errno));
            return Result::Kept;
        }
        struct flock lk
        {
        };
        lk.l_type = F_WRLCK;
        lk.l_whence = SEEK_SET;
        if (canProbe && ::fcntl(fd.get(), F_OFD_GETLK, &lk) == 0 && lk.l_type != F_UNLCK) {
            keep(keepFor(KeepReason::Locked, lk.l_pid > 0 ? "locked (record lock by PID " +
                                                                std::to_string(lk.l_pid) + ")"
                                                          : std::string("locked (OFD lock)")));
            return Result::Kept;
        }
        // Fresh facts, after the lock: unlinked by someone else meanwhile is
        // gone, not ours to count; touched or opened meanwhile means kept.
        if (now.links == 0)
            return Result::Gone;
        if (Verdict v = inUseVerdict(now); !v.ok()) {
            keep(v);
            return Result::Kept;
        }
        if (Verdict v = ageVerdict(now); !v.ok()) {
            keep(v);
            return Result::Kept;
        }
        if (cancelled())
            return Result::Stop;
        if (!m_dry) {
            if (const int err = unlinkIn(dirFd, dir, name.c_str(), 0)) {
                const Verdict v = errnoVerdict(err == EISDIR ? ENOTDIR : err);
                keep(v);
                return v.gone ? Result::Gone : Result::Kept;
            }
        }
        removed(now);
        return Result::Removed; // our lock goes with the descriptor, after the unlink
    }

    // Opens, verifies, locks and lists a directory into `f`.
    Verdict openDirectory(int parentFd, const NativeString &name, const Meta &listed, Frame &f)
    {
        const bool noatime = m_euid == 0 || listed.uid == m_euid;
        Fd fd(::openat(parentFd, name.c_str(), DirFlags | (noatime ? O_NOATIME : 0)));
        f.atimeTouched = !noatime;
        if (!fd.valid() && errno == EPERM && noatime) {
            fd.reset(::openat(parentFd, name.c_str(), DirFlags));
            f.atimeTouched = true;
        }
        f.mode = listed.mode;
        f.uid = listed.uid;
        if (!fd.valid() && errno == EACCES && !m_dry && m_euid != 0 && listed.uid == m_euid) {
            fd = openWithOwnerAccess(parentFd, name.c_str(), listed);
            f.chmodded = fd.valid();
            f.atimeTouched = true;
        }
        if (!fd.valid())
            return errnoVerdict(errno);
        // From here on a refusal gives back the mode we may have granted.
        const auto refuse = [&](Verdict v) {
            if (f.chmodded)
                (void)::fchmod(fd.get(), listed.mode & 07777);
            return v;
        };
        Meta now;
        if (const int err = posix::statFd(fd.get(), now))
            return refuse(errnoVerdict(err));
        if (!posix::sameEntry(listed, now))
            return refuse(
                keepFor(KeepReason::ChangedSincePreview, "changed since preview (replaced)"));
        if (now.mountRoot || now.id.device != m_rootDevice)
            return refuse(
                keepFor(KeepReason::OtherFilesystem, "another file system (mount point)"));
        if (::flock(fd.get(), LOCK_EX | LOCK_NB) != 0)
            return refuse(errno == EWOULDBLOCK ? keepFor(KeepReason::Locked, "locked (flock)")
                                               : errnoVerdict(errno));
        f.fd = std::move(fd);
        f.id = listed.id;
        f.name = name;
        f.atime = listed.atime;
        f.mtime = listed.mtime;
        f.blocks = now.blocks;
        if (const int err = list(f)) {
            finishKept(f);
            return errnoVerdict(err);
        }
        return {};
    }

    int list(Frame &f)
    {
        if (m_buffer.empty())
            m_buffer.resize(64 * 1024);
        for (;;) {
            const ssize_t n = ::getdents64(f.fd.get(), m_buffer.data(), m_buffer.size());
            if (n < 0)
                return errno;
            if (n == 0)
                return 0;
            for (ssize_t pos = 0; pos < n;) {
                const auto *de = reinterpret_cast<const struct dirent64 *>(m_buffer.data() + pos);
                pos += de->d_reclen;
                const char *s = de->d_name;
                if (s[0] == '.' && (s[1] == 0 || (s[1] == '.' && s[2] == 0)))
                    continue;
                f.names.emplace_back(s);
            }
        }
    }

    // A directory that stays: its mode and timestamps as they were.
    void finishKept(Frame &f)
    {
        if (!f.fd.valid())
            return;
        if (f.chmodded)
            (void)::fchmod(f.fd.get(), f.mode & 07777);
        if (f.changedInside || f.atimeTouched || f.chmodded)
            restoreTimes(f.fd.get(), f.atime, f.mtime);
    }

    void push(Frame &&f)
    {
        m_stack.push_back(std::move(f));
        ++m_open;
        while (m_open > m_budget && m_lowestOpen + 1 < m_stack.size()) {
            Frame &old = m_stack[m_lowestOpen++];
            old.fd.reset(); // its flock goes too; retaken when the walk climbs back

            --m_open;
        }
    }

    // The parent of the top frame was evicted: reopen it through "..".
    bool reopenParent(Frame &child, Frame &parent)
    {
        const bool noatime = m_euid == 0 || parent.uid == m_euid;
        Fd fd(::openat(child.fd.get(), "..", DirFlags | (noatime ? O_NOATIME : 0)));
        if (!fd.valid() && errno == EPERM && noatime)
            fd.reset(::openat(child.fd.get(), "..", DirFlags));
        Meta now;
        if (!fd.valid() || posix::statFd(fd.get(), now) != 0 || now.id != parent.id)
            return false;
        if (::flock(fd.get(), LOCK_EX | LOCK_NB) != 0 && parent.removable) {
            parent.removable = false;
            parent.own = keepFor(KeepReason::Locked, "locked (flock)");
        }
        parent.fd = std::move(fd);
        ++m_open;
        m_lowestOpen = m_stack.size() - 2;
        return true;
    }

    void directory(const NativeString &name, const Meta &meta, const Verdict &own)
    {
        Frame top;
        const Verdict v = openDirectory(m_itemParentFd, name, meta, top);
        if (!v.ok()) {
            if (v.gone) {
                m_itemGone = true;
                m_out.alreadyGone = true;
            }
            keep(v);
            return;
        }
        top.removable = own.ok();
        top.own = own;
        top.pathLength = m_path.size();
        m_lowestOpen = 0;
        m_open = 0;
        push(std::move(top));
        while (!m_stack.empty()) {
            Frame &f = m_stack.back();
            if (f.next < f.names.size() && !m_stop && !cancelled()) {
                NativeString child = f.names[f.next++];
                step(f, std::move(child));
            } else {
                finishTop();
            }
        }
    }

    void step(Frame &f, NativeString child)
    {
        m_path.resize(f.pathLength);
        m_path += '/';
        m_path += child;
        Meta m;
        if (const int err = posix::statAt(f.fd.get(), child.c_str(), m)) {
            const Verdict v = errnoVerdict(err);
            if (!v.gone)
                f.keptInside = true;
            keep(v);
            return;
        }
        const Verdict v = judge(m);
        Result r = Result::Kept;
        switch (m.kind) {
        case Kind::Directory: {
            const bool enter = v.ok() || (m_policy.perFile && enterAnyway(v.code));
            if (!enter)
                break;
            Frame c;
            const Verdict ov = openDirectory(f.fd.get(), child, m, c);
            if (!ov.ok()) {
                if (!ov.gone)
                    f.keptInside = true;
                keep(ov);
                return;
            }
            c.removable = v.ok();
            c.own = v;
            c.pathLength = m_path.size();
            push(std::move(c)); // `f` is invalid from here on
            return;
        }
        case Kind::File:
            if (v.ok())
                r = removeFile(f.fd.get(), child, m, &f);
            break;
        case Kind::Symlink:
            if (v.ok())
                r = removeLink(f.fd.get(), child, m, &f);
            break;
        default:
            break;
        }
        if (!v.ok())
            keep(v);
        switch (r) {
        case Result::Removed:
            f.changedInside = true;
            break;
        case Result::Gone:
            break;
        case Result::Kept:
            f.keptInside = true;
            break;
        case Result::Stop:
            f.keptInside = true;
            break;
        }
    }

    void finishTop()
    {
        const std::size_t i = m_stack.size() - 1;
        Frame &f = m_stack[i];
        Frame *parent = i > 0 ? &m_stack[i - 1] : nullptr;
        m_path.resize(f.pathLength);
        if (parent && !parent->fd.valid() && f.fd.valid() && !reopenParent(f, *parent)) {
            // Moved out from under us: stop everything, keep everything.
            m_broken = true;
            m_stop = true;
            keep(keepFor(KeepReason::ChangedSincePreview, "changed during removal (moved)"));
        }
        const int parentFd = parent ? parent->fd.get() : m_itemParentFd;
        bool gone = false;
        if (f.fd.valid() && parentFd >= 0 && !m_stop && f.removable && !f.keptInside &&
            !cancelled()) {
            Meta self;
            self.kind = Kind::Directory;
            self.blocks = f.blocks;
            if (m_dry) {
                removed(self);
                gone = true;
            } else if (const int err = unlinkIn(parentFd, parent, f.name.c_str(), AT_REMOVEDIR)) {
                if (err == ENOTEMPTY || err == EEXIST)
                    keep(keepFor(KeepReason::NotEmpty, "not empty (new entries arrived)"));
                else
                    keep(errnoVerdict(err));
                gone = err == ENOENT;
            } else {
                removed(self);
                gone = true;
            }
        } else if (!f.removable && !m_stop) {
            keep(f.own);
        }
        if (!gone)
            finishKept(f);
        if (parent) {
            if (gone)
                parent->changedInside = true;
            else
                parent->keptInside = true;
        } else {
            m_itemGone = gone;
        }
        if (f.fd.valid())
            --m_open;
        m_stack.pop_back();
    }

    const RemovalPolicy &m_policy;
    const RemovalTarget &m_target;
    std::uint64_t m_rootDevice;
    bool m_dry;
    RemovalOutcome &m_out;
    uid_t m_euid;
    std::size_t m_budget;
    int m_itemParentFd = -1;
    NativeString m_path;
    std::vector<Frame> m_stack;
    std::size_t m_open = 0;
    std::size_t m_lowestOpen = 0;
    std::vector<char> m_buffer;
    bool m_stop = false;
    bool m_readOnly = false;
    bool m_itemGone = false;
    bool m_broken = false;
    bool m_quiet = false;
};

} // namespace tempscope::native::posix
