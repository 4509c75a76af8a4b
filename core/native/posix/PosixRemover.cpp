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
    struct stat byPath
    {
    };
    struct stat byFd
    {
    };
    if (::fstatat(AT_FDCWD, m_path.c_str(), &byPath, AT_SYMLINK_NOFOLLOW) != 0 ||
        !S_ISDIR(byPath.st_mode))
        return false;
    if (::fstat(m_fd, &byFd) != 0)
        return false;
    return posix::fileId(byPath) == m_id && posix::fileId(byFd) == m_id;
}

namespace {

// The item in its parent's descriptor, as statx showed it.
class PosixItem final : public ItemWalk
{
public:
    PosixItem(Fd parent, NativeString name, const Meta &meta, std::uint64_t rootDevice,
              const RemovalPolicy &policy, const RemovalTarget &target)
        : m_parent(std::move(parent)), m_name(std::move(name)), m_meta(meta),
          m_rootDevice(rootDevice), m_policy(policy), m_target(target)
    {
        facts = {meta.id, meta.kind, meta.atime, meta.mtime, meta.ctime};
        m_haveParentTimes = posix::statFd(m_parent.get(), m_parentMeta) == 0;
    }

    WalkEnd walk(const WalkPass &pass, RemovalOutcome &out) override
    {
        return posix::walkItem(m_policy, m_target, m_rootDevice, pass, m_parent.get(), m_name,
                               m_meta, out);
    }

    void restoreParentTimes() override
    {
        if (m_haveParentTimes)
            restoreTimes(m_parent.get(), m_parentMeta.atime, m_parentMeta.mtime);
    }

private:
    Fd m_parent;
    NativeString m_name;
    Meta m_meta;
    std::uint64_t m_rootDevice;
    const RemovalPolicy &m_policy;
    const RemovalTarget &m_target;
    Meta m_parentMeta;
    bool m_haveParentTimes = false;
};

} // namespace

std::unique_ptr<ItemWalk> PosixRemovalRoot::reach(const RemovalTarget &target,
                                                  const RemovalPolicy &policy,
                                                  const std::vector<NativeString> &parts,
                                                  RemovalOutcome &refused)
{
    Fd parent(::fcntl(m_fd, F_DUPFD_CLOEXEC, 0));
    if (!parent.valid()) {
        refused = removalOutcome(RemovalStatus::Failed, KeepReason::Error, errorText(errno), errno);
        return nullptr;
    }
    for (std::size_t k = 0; k + 1 < parts.size(); ++k) {
        Fd next(::openat(parent.get(), parts[k].c_str(), DirFlags));
        Meta m;
        const int err = next.valid() ? posix::statFd(next.get(), m) : errno;
        if (err == ENOENT) {
            refused = alreadyGoneOutcome();
            return nullptr;
        }
        if (err) {
            Meta what;
            const bool symlinkNow = posix::statAt(parent.get(), parts[k].c_str(), what) == 0 &&
                                    what.kind == Kind::Symlink;
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
        parent = std::move(next);
    }

    Meta meta;
    if (const int err = posix::statAt(parent.get(), parts.back().c_str(), meta)) {
        if (err == ENOENT) {
            refused = alreadyGoneOutcome();
            return nullptr;
        }
        const Verdict v = errnoVerdict(posix::RemovalStep::Stat, err);
        refused = removalOutcome(RemovalStatus::Skipped, v.code, v.reason, err);
        return nullptr;
    }
    return std::make_unique<PosixItem>(std::move(parent), parts.back(), meta, m_id.device, policy,
                                       target);
}

} // namespace tempscope::native
