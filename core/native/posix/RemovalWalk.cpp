// The POSIX removal walk (RemovalWalk.h says how it works and why).

#include "core/native/posix/RemovalWalk.h"

#include <algorithm>
#include <cerrno>
#include <dirent.h>
#include <string>
#include <sys/file.h>
#include <unistd.h>
#include <vector>

namespace tempscope::native::posix {

namespace {

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

} // namespace

class Walk::Impl : public RemovalBook
{
public:
    Impl(const RemovalPolicy &policy, const RemovalTarget &target, std::uint64_t rootDevice,
         bool dry, RemovalOutcome &out)
        : RemovalBook(policy, target, out), m_rootDevice(rootDevice), m_dry(dry),
          m_euid(::geteuid()), m_budget(descriptorBudget())
    {
    }

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
        return judgeShared(m.id, m, true);
    }

    Verdict ageVerdict(const Meta &m) const { return native::ageVerdict(m_policy, m_target, m); }
    Verdict inUseVerdict(const Meta &m) const { return native::inUseVerdict(m_policy, m.id); }

    // One entry gone. Its disk blocks are freed only with its last link.
    void removed(const Meta &m) { RemovalBook::removed(m.kind, m.size, m.blocks * 512, m.links); }

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

    // The last step for a checked file or link (`now`): unlinked, or in a dry
    // run counted as if.
    Result unlinkChecked(int dirFd, Frame *dir, const NativeString &name, const Meta &now)
    {
        if (!m_dry) {
            if (const int err = unlinkIn(dirFd, dir, name.c_str(), 0)) {
                const Verdict v = errnoVerdict(RemovalStep::Unlink, err);
                keep(v);
                return v.gone ? Result::Gone : Result::Kept;
            }
        }
        removed(now);
        return Result::Removed;
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
            const Verdict v = errnoVerdict(RemovalStep::Stat, err);
            keep(v);
            return v.gone ? Result::Gone : Result::Kept;
        }
        if (!posix::sameEntry(listed, now)) {
            keep(keepFor(KeepReason::ChangedSincePreview, "changed since preview (replaced)"));
            return Result::Kept;
        }
        return unlinkChecked(dirFd, dir, name, now);
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
            const Verdict v = errnoVerdict(RemovalStep::OpenFile, errno);
            keep(v);
            return v.gone ? Result::Gone : Result::Kept;
        }
        Meta now;
        if (const int err = posix::statFd(fd.get(), now)) {
            keep(errnoVerdict(RemovalStep::Stat, err));
            return Result::Kept;
        }
        if (!posix::sameEntry(listed, now)) {
            keep(keepFor(KeepReason::ChangedSincePreview, "changed since preview (replaced)"));
            return Result::Kept;
        }
        if (canProbe && ::flock(fd.get(), LOCK_EX | LOCK_NB) != 0) {
            keep(errnoVerdict(RemovalStep::Lock, errno));
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
        // Our lock goes with the descriptor, after the unlink.
        return unlinkChecked(dirFd, dir, name, now);
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
            return errnoVerdict(RemovalStep::OpenDirectory, errno);
        // From here on a refusal gives back the mode we may have granted.
        const auto refuse = [&](Verdict v) {
            if (f.chmodded)
                (void)::fchmod(fd.get(), listed.mode & 07777);
            return v;
        };
        Meta now;
        if (const int err = posix::statFd(fd.get(), now))
            return refuse(errnoVerdict(RemovalStep::Stat, err));
        if (!posix::sameEntry(listed, now))
            return refuse(
                keepFor(KeepReason::ChangedSincePreview, "changed since preview (replaced)"));
        if (now.mountRoot || now.id.device != m_rootDevice)
            return refuse(
                keepFor(KeepReason::OtherFilesystem, "another file system (mount point)"));
        if (::flock(fd.get(), LOCK_EX | LOCK_NB) != 0)
            return refuse(errnoVerdict(RemovalStep::Lock, errno));
        f.fd = std::move(fd);
        f.id = listed.id;
        f.name = name;
        f.atime = listed.atime;
        f.mtime = listed.mtime;
        f.blocks = now.blocks;
        if (const int err = listNames(f.fd.get(), m_buffer, f.names)) {
            finishKept(f);
            return errnoVerdict(RemovalStep::OpenDirectory, err);
        }
        return {};
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
            const Verdict v = errnoVerdict(RemovalStep::Stat, err);
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
                keep(errnoVerdict(RemovalStep::RemoveDirectory, err));
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

    std::uint64_t m_rootDevice;
    bool m_dry;
    uid_t m_euid;
    std::size_t m_budget;
    int m_itemParentFd = -1;
    std::vector<Frame> m_stack;
    std::size_t m_open = 0;
    std::size_t m_lowestOpen = 0;
    std::vector<char> m_buffer;
    bool m_itemGone = false;
    bool m_broken = false;
};

Walk::Walk(const RemovalPolicy &policy, const RemovalTarget &target, std::uint64_t rootDevice,
           bool dry, RemovalOutcome &out)
    : m_impl(std::make_unique<Impl>(policy, target, rootDevice, dry, out))
{
}

Walk::~Walk() = default;

void Walk::setQuiet(bool quiet)
{
    m_impl->setQuiet(quiet);
}

bool Walk::readOnly() const
{
    return m_impl->readOnly();
}

bool Walk::itemGone() const
{
    return m_impl->itemGone();
}

bool Walk::broken() const
{
    return m_impl->broken();
}

void Walk::run(int parentFd, const NativeString &name, const Meta &meta)
{
    m_impl->run(parentFd, name, meta);
}

} // namespace tempscope::native::posix
