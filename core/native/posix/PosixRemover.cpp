// RemovalRoot on POSIX: opens and rechecks the root, and reaches a planned
// item component by component (O_NOFOLLOW, same device, no mount roots) for
// the shared steps of WalkingRemovalRoot.h, which check it against the plan
// and walk it with the walk of PosixRemovalWalk.h.

#include "core/native/RemovalSupport.h"
#include "core/native/Scanner.h"
#include "core/native/posix/PosixRemovalRoot.h"
#include "core/native/posix/PosixRemovalWalk.h"

#include <algorithm>
#include <cerrno>
#include <functional>
#include <optional>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace tempscope::native {

using posix::DirFlags;
using posix::errnoVerdict;
using posix::Fd;
using posix::Meta;
using posix::restoreTimes;
using posix::Verdict;

std::unique_ptr<RemovalRoot> RemovalRoot::open(NativeStringView path, int *error)
{
    const NativeString p(path);
    Fd fd(::open(p.c_str(), DirFlags));
    Meta m;
    int err = fd.valid() ? posix::statFd(fd.get(), m) : errno;
    if (err == 0 && m.kind != Kind::Directory)
        err = ENOTDIR;
    if (err) {
        if (error)
            *error = err;
        return nullptr;
    }
    if (error)
        *error = 0;
    return std::make_unique<PosixRemovalRoot>(p, m.id, fd.release());
}

RemovalRoot::~RemovalRoot() = default;

PosixRemovalRoot::~PosixRemovalRoot()
{
    restorePendingTimes();
    if (m_fd >= 0)
        ::close(m_fd);
}

bool PosixRemovalRoot::readOnly() const
{
    struct statvfs vfs
    {
    };
    return ::fstatvfs(m_fd, &vfs) == 0 && (vfs.f_flag & ST_RDONLY);
}

bool PosixRemovalRoot::stillSame() const
{
    // The path must still lead to the directory m_fd holds. (An fstat of
    // m_fd itself would say nothing: an open descriptor keeps its inode.)
    Meta byPath;
    return posix::statAt(AT_FDCWD, m_path.c_str(), byPath) == 0 && byPath.kind == Kind::Directory &&
           byPath.id == m_id;
}

namespace {

// At most this many directories on the way stay open between calls (fewer
// under a low RLIMIT_NOFILE: the walk's own budget comes first).
std::size_t wayCapacity()
{
    return static_cast<std::size_t>(std::min<long>(8, posix::descriptorBudget() / 2));
}

// The item in its parent's descriptor, as statx showed it.
class PosixItem final : public ItemWalk
{
public:
    // `parent` is borrowed (the root's or a directory kept on the way) or
    // owned in `owned`; `restoreTimes` puts its times back, or records them
    // for later (empty: unknown).
    PosixItem(int parent, Fd owned, NativeString name, const Meta &meta,
              std::function<void()> restoreTimes, std::uint64_t rootDevice,
              const RemovalPolicy &policy, const RemovalTarget &target)
        : m_parent(parent), m_owned(std::move(owned)), m_name(std::move(name)), m_meta(meta),
          m_rootDevice(rootDevice), m_policy(policy), m_target(target),
          m_restoreTimes(std::move(restoreTimes))
    {
        facts = {meta.id, meta.kind, meta.atime, meta.mtime, meta.ctime};
    }

    WalkEnd walk(const WalkPass &pass, RemovalOutcome &out) override
    {
        return posix::walkItem(m_policy, m_target, m_rootDevice, pass, m_parent, m_name, m_meta,
                               out);
    }

    void restoreParentTimes() override
    {
        if (m_restoreTimes)
            m_restoreTimes();
    }

private:
    int m_parent;
    Fd m_owned;
    NativeString m_name;
    Meta m_meta;
    std::uint64_t m_rootDevice;
    const RemovalPolicy &m_policy;
    const RemovalTarget &m_target;
    std::function<void()> m_restoreTimes;
};

} // namespace

std::unique_ptr<ItemWalk> PosixRemovalRoot::reach(const RemovalTarget &target,
                                                  const RemovalPolicy &policy,
                                                  const std::vector<NativeString> &parts,
                                                  RemovalOutcome &refused)
{
    const std::size_t depth = parts.size() - 1; // directories on the way
    if (m_pendingTimes) { // put back unless this item is in the same directory
        const std::size_t level = m_pendingTimes->level;
        bool same = depth == level + 1 && m_way.size() > level;
        for (std::size_t k = 0; same && k <= level; ++k)
            same = m_way[k].name == parts[k];
        if (!same)
            restorePendingTimes();
    }
    int at = m_fd;
    Meta parentMeta; // the item's parent as found now: its times come back
    bool haveParentMeta = false;
    // 1. The directories kept from the last call, as long as each name, looked
    //    up again from the one before, still leads to the directory held.
    std::size_t k = 0;
    for (; k < depth && k < m_way.size() && m_way[k].name == parts[k]; ++k) {
        Meta now;
        if (posix::statAt(at, parts[k].c_str(), now) != 0 || now.kind != Kind::Directory ||
            now.id != m_way[k].id || now.mountRoot)
            break;
        at = m_way[k].fd.get();
        parentMeta = now;
        haveParentMeta = true;
    }
    if (m_pendingTimes && m_pendingTimes->level >= k)
        m_pendingTimes.reset(); // no longer found where it was: left alone
    m_way.erase(m_way.begin() + static_cast<std::ptrdiff_t>(k), m_way.end());
    if (k < depth)
        haveParentMeta = false;
    // 2. The rest opened from there, component by component; kept for the
    //    next call up to the capacity, the deeper ones only for this one.
    Fd deep;
    for (; k < depth; ++k) {
        Fd next(::openat(at, parts[k].c_str(), DirFlags));
        Meta m;
        const int err = next.valid() ? posix::statFd(next.get(), m) : errno;
        if (err == ENOENT) {
            refused = alreadyGoneOutcome();
            return nullptr;
        }
        if (err) {
            Meta what;
            const bool symlinkNow =
                posix::statAt(at, parts[k].c_str(), what) == 0 && what.kind == Kind::Symlink;
            const Verdict v = errnoVerdict(
                symlinkNow ? posix::RemovalStep::ReachSymlink : posix::RemovalStep::Reach, err);
            refused = removalOutcome(RemovalStatus::Skipped, v.code, v.reason, err);
            return nullptr;
        }
        if (m.mountRoot || m.id.device != m_id.device) {
            refused = removalOutcome(RemovalStatus::Skipped, KeepReason::OtherFilesystem,
                                     "another file system (mount point)");
            return nullptr;
        }
        if (k + 1 == depth) {
            parentMeta = m;
            haveParentMeta = true;
        }
        if (m_way.size() == k && k < wayCapacity()) {
            m_way.push_back({parts[k], std::move(next), m.id});
            at = m_way.back().fd.get();
        } else {
            deep = std::move(next);
            at = deep.get();
        }
    }
    if (depth == 0) {
        haveParentMeta = posix::statFd(m_fd, parentMeta) == 0;
    }

    Meta meta;
    if (const int err = posix::statAt(at, parts.back().c_str(), meta)) {
        if (err == ENOENT) {
            refused = alreadyGoneOutcome();
            return nullptr;
        }
        const Verdict v = errnoVerdict(posix::RemovalStep::Stat, err);
        refused = removalOutcome(RemovalStatus::Skipped, v.code, v.reason, err);
        return nullptr;
    }
    std::function<void()> restore;
    if (haveParentMeta && depth > 0 && m_way.size() == depth) {
        restore = [this, level = depth - 1, a = parentMeta.atime, m = parentMeta.mtime] {
            if (!m_pendingTimes) // else the times from before the first removal stay
                m_pendingTimes = PendingTimes{level, a, m};
        };
    } else if (haveParentMeta) {
        restore = [at, a = parentMeta.atime, m = parentMeta.mtime] { restoreTimes(at, a, m); };
    }
    return std::make_unique<PosixItem>(at, std::move(deep), parts.back(), meta, std::move(restore),
                                       m_id.device, policy, target);
}

void PosixRemovalRoot::restorePendingTimes()
{
    if (m_pendingTimes && m_pendingTimes->level < m_way.size())
        restoreTimes(m_way[m_pendingTimes->level].fd.get(), m_pendingTimes->atime,
                     m_pendingTimes->mtime);
    m_pendingTimes.reset();
}

std::vector<FinalOutcome> PosixRemovalRoot::finishDeferred()
{
    restorePendingTimes();
    return {};
}

} // namespace tempscope::native
