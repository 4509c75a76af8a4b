// The POSIX node operations of the removal walk (PosixRemovalWalk.h says how
// they work and why; core/native/RemovalWalk.h is the order of the steps).

#include "core/native/posix/PosixRemovalWalk.h"

#include <algorithm>
#include <cerrno>
#include <dirent.h>
#include <string>
#include <sys/file.h>
#include <unistd.h>
#include <vector>

namespace tempscope::native::posix {

namespace {

struct Frame : WalkFrame<NativeString>
{
    Fd fd; // invalid while evicted (see the budget in PosixRemovalWalk.h)
    FileId id;
    TimeNs atime = 0; // as listed, to restore
    TimeNs mtime = 0;
    std::uint32_t mode = 0;
    std::uint32_t uid = 0;
    std::uint64_t blocks = 0;  // allocated, freed with the directory
    bool atimeTouched = false; // listed without NoAtimeFlag
    bool chmodded = false;     // got u+rwx from us; `mode` is the original
};

struct Node
{
    using Raw = int;
    using Facts = Meta;
    using Child = NativeString; // a name: its facts are taken when it is reached
    using Frame = posix::Frame;
    static constexpr char Separator = '/';
    static int raw(const Frame &f) { return f.fd.get(); }
    static const NativeString &nameOf(const Child &c) { return c; }
    static Kind kindOf(const Meta &m) { return m.kind; }
};

class PosixWalk final : public RemovalWalk<PosixWalk, Node>
{
    friend class RemovalWalk<PosixWalk, Node>;

public:
    PosixWalk(const RemovalPolicy &policy, const RemovalTarget &target, std::uint64_t rootDevice,
              bool dry, RemovalOutcome &out)
        : RemovalWalk(policy, target, out), m_rootDevice(rootDevice), m_dry(dry)
    {
    }

private:
    // Asked of the system when first needed: a file item needs neither, and
    // per-file mode removes a file per walk.
    uid_t euid()
    {
        if (!m_euidKnown) {
            m_euid = ::geteuid();
            m_euidKnown = true;
        }
        return m_euid;
    }
    std::size_t budget()
    {
        if (m_budget == 0)
            m_budget = static_cast<std::size_t>(descriptorBudget());
        return m_budget;
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
        if ((err == EACCES || err == EPERM) && dir && !dir->chmodded && euid() != 0 &&
            dir->uid == euid() && (dir->mode & S_IRWXU) != S_IRWXU) {
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
    StepResult unlinkChecked(int dirFd, Frame *dir, const NativeString &name, const Meta &now)
    {
        if (!m_dry) {
            if (const int err = unlinkIn(dirFd, dir, name.c_str(), 0)) {
                const Verdict v = errnoVerdict(RemovalStep::Unlink, err);
                keep(v);
                return v.gone ? StepResult::Gone : StepResult::Kept;
            }
        }
        removed(now);
        return StepResult::Removed;
    }

    StepResult removeLink(int dirFd, const NativeString &name, const Meta &listed, Frame *dir)
    {
        if (cancelled())
            return StepResult::Stop;
        // Still the link that was judged: a name exchanged for a file or a
        // directory since the listing is kept (the residual window up to
        // unlinkat is the one described at the top).
        Meta now;
        if (const int err = posix::statAt(dirFd, name.c_str(), now)) {
            const Verdict v = errnoVerdict(RemovalStep::Stat, err);
            keep(v);
            return v.gone ? StepResult::Gone : StepResult::Kept;
        }
        if (!posix::sameEntry(listed, now)) {
            keep(keepFor(KeepReason::ChangedSincePreview, "changed since preview (replaced)"));
            return StepResult::Kept;
        }
        return unlinkChecked(dirFd, dir, name, now);
    }

    StepResult removeFile(int dirFd, const NativeString &name, const Meta &listed, Frame *dir)
    {
        if (cancelled())
            return StepResult::Stop;
        Fd fd(::openat(dirFd, name.c_str(), O_RDONLY | FileFlags));
        if (!fd.valid() &&
            errno == EACCES) // unreadable but ours to unlink: a write-only handle locks too
            fd.reset(::openat(dirFd, name.c_str(), O_WRONLY | FileFlags));
        // Neither (mode 000): identity and the in-use index only, through an
        // identity handle (openIdentityHandle: O_PATH on Linux, the name
        // itself without following links in the portable backend); no lock
        // can be probed without opening the file.
        bool canProbe = true;
        int openError = fd.valid() ? 0 : errno;
        if (openError == EACCES) {
            canProbe = false;
            openError = openIdentityHandle(dirFd, name.c_str(), fd);
        }
        if (openError) {
            const Verdict v = errnoVerdict(RemovalStep::OpenFile, openError);
            keep(v);
            return v.gone ? StepResult::Gone : StepResult::Kept;
        }
        Meta now;
        const int statError =
            fd.valid() ? posix::statFd(fd.get(), now) : posix::statAt(dirFd, name.c_str(), now);
        if (statError) {
            const Verdict v = errnoVerdict(RemovalStep::Stat, statError);
            keep(v);
            return !fd.valid() && v.gone ? StepResult::Gone : StepResult::Kept;
        }
        if (!posix::sameEntry(listed, now)) {
            keep(keepFor(KeepReason::ChangedSincePreview, "changed since preview (replaced)"));
            return StepResult::Kept;
        }
        if (canProbe && ::flock(fd.get(), LOCK_EX | LOCK_NB) != 0) {
            keep(errnoVerdict(RemovalStep::Lock, errno));
            return StepResult::Kept;
        }
        struct flock lk
        {
        };
        lk.l_type = F_WRLCK;
        lk.l_whence = SEEK_SET;
        if (canProbe && ::fcntl(fd.get(), RecordLockProbe, &lk) == 0 && lk.l_type != F_UNLCK) {
            keep(keepFor(KeepReason::Locked, lk.l_pid > 0 ? "locked (record lock by PID " +
                                                                std::to_string(lk.l_pid) + ")"
                                                          : std::string("locked (OFD lock)")));
            return StepResult::Kept;
        }
        // Fresh facts, after the lock: unlinked by someone else meanwhile is
        // gone, not ours to count; touched or opened meanwhile means kept.
        if (now.links == 0)
            return StepResult::Gone;
        if (Verdict v = inUseVerdict(now); !v.ok()) {
            keep(v);
            return StepResult::Kept;
        }
        if (Verdict v = ageVerdict(now); !v.ok()) {
            keep(v);
            return StepResult::Kept;
        }
        if (cancelled())
            return StepResult::Stop;
        // Our lock goes with the descriptor, after the unlink.
        return unlinkChecked(dirFd, dir, name, now);
    }

    // A file or a link, as judged; `dir` holds it (nullptr: the item).
    StepResult removeLeaf(int dirFd, Frame *dir, const NativeString &name, const Meta &listed)
    {
        return listed.kind == Kind::File ? removeFile(dirFd, name, listed, dir)
                                         : removeLink(dirFd, name, listed, dir);
    }

    // A listed name's facts, taken now, relative to its directory.
    Verdict describe(Frame &f, const NativeString &name, Meta &m)
    {
        if (const int err = posix::statAt(f.fd.get(), name.c_str(), m))
            return errnoVerdict(RemovalStep::Stat, err);
        return {};
    }

    // Opens, verifies, locks and lists a directory into `f`.
    Verdict openFrame(int parentFd, const NativeString &name, const Meta &listed, Frame &f)
    {
        const bool noatime = NoAtimeFlag != 0 && (euid() == 0 || listed.uid == euid());
        Fd fd(::openat(parentFd, name.c_str(), DirFlags | (noatime ? NoAtimeFlag : 0)));
        f.atimeTouched = !noatime;
        if (!fd.valid() && errno == EPERM && noatime) {
            fd.reset(::openat(parentFd, name.c_str(), DirFlags));
            f.atimeTouched = true;
        }
        f.mode = listed.mode;
        f.uid = listed.uid;
        if (!fd.valid() && errno == EACCES && !m_dry && euid() != 0 && listed.uid == euid()) {
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
        if (const int err = listNames(f.fd.get(), m_buffer, f.children)) {
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

    // Only the deepest m_budget frames keep their descriptor.
    void pushed()
    {
        ++m_open;
        while (m_open > budget() && m_lowestOpen + 1 < m_stack.size()) {
            Frame &old = m_stack[m_lowestOpen++];
            old.fd.reset(); // its flock goes too; retaken when the walk climbs back
            --m_open;
        }
    }

    void popping(Frame &f)
    {
        if (f.fd.valid())
            --m_open;
    }

    // The parent of the top frame was evicted: reopen it through "..".
    bool reopenParent(Frame &child, Frame &parent)
    {
        const bool noatime = NoAtimeFlag != 0 && (euid() == 0 || parent.uid == euid());
        Fd fd(::openat(child.fd.get(), "..", DirFlags | (noatime ? NoAtimeFlag : 0)));
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

    void beforeFinish(Frame &f, Frame *parent)
    {
        if (parent && !parent->fd.valid() && f.fd.valid() && !reopenParent(f, *parent)) {
            // Moved out from under us: stop everything, keep everything.
            m_stop = true;
            keep(keepFor(KeepReason::ChangedSincePreview, "changed during removal (moved)"));
        }
    }

    // The emptied directory `f` from parentFd (`parent`: its frame, nullptr
    // for the item's parent); true when it is gone.
    bool removeEmptied(Frame &f, int parentFd, Frame *parent)
    {
        if (!f.fd.valid() || parentFd < 0)
            return false;
        Meta self;
        self.kind = Kind::Directory;
        self.blocks = f.blocks;
        if (!m_dry) {
            if (const int err = unlinkIn(parentFd, parent, f.name.c_str(), AT_REMOVEDIR)) {
                keep(errnoVerdict(RemovalStep::RemoveDirectory, err));
                return err == ENOENT;
            }
        }
        removed(self);
        return true;
    }

    std::uint64_t m_rootDevice;
    bool m_dry;
    uid_t m_euid = 0;
    bool m_euidKnown = false;
    std::size_t m_budget = 0; // 0: not asked yet
    std::size_t m_open = 0;
    std::size_t m_lowestOpen = 0;
    std::vector<char> m_buffer;
};

} // namespace

WalkEnd walkItem(const RemovalPolicy &policy, const RemovalTarget &target, std::uint64_t rootDevice,
                 const WalkPass &pass, int parentFd, const NativeString &name, const Meta &meta,
                 RemovalOutcome &out)
{
    PosixWalk walk(policy, target, rootDevice, pass.dry, out);
    walk.setQuiet(pass.quiet);
    walk.run(parentFd, name, meta);
    WalkEnd end;
    end.itemGone = walk.itemGone();
    end.readOnly = walk.readOnly();
    end.veto = out.veto;
    return end;
}

} // namespace tempscope::native::posix
