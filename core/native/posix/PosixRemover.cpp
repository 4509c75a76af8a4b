// RemovalRoot on POSIX: opens and rechecks the root, resolves a planned item
// component by component (O_NOFOLLOW, same device, no mount roots), checks it
// against the plan (rule 10) and hands it to the walk of RemovalWalk.h; in
// item mode a dry walk first decides whether the item may go at all.

#include "core/native/RemovalSupport.h"
#include "core/native/Scanner.h"
#include "core/native/posix/PosixRemovalRoot.h"
#include "core/native/posix/RemovalWalk.h"

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
using posix::Walk;

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

RemovalOutcome PosixRemovalRoot::remove(const RemovalTarget &target, const RemovalPolicy &policy)
{
    if (std::optional<RemovalOutcome> refused = refusedBeforeItem(*this, policy, EROFS, ESTALE))
        return std::move(*refused);

    // The item's path: relative, no empty, "." or ".." components; never the root itself.
    std::vector<NativeString> parts;
    if (std::string why = splitItemPath(target.relativePath, "/", parts); !why.empty())
        return removalOutcome(RemovalStatus::Failed, KeepReason::Error, std::move(why), EINVAL);

    Fd parent(::fcntl(m_fd, F_DUPFD_CLOEXEC, 0));
    if (!parent.valid())
        return removalOutcome(RemovalStatus::Failed, KeepReason::Error, errorText(errno), errno);
    for (std::size_t k = 0; k + 1 < parts.size(); ++k) {
        Fd next(::openat(parent.get(), parts[k].c_str(), DirFlags));
        Meta m;
        const int err = next.valid() ? posix::statFd(next.get(), m) : errno;
        if (err == ENOENT)
            return alreadyGoneOutcome();
        if (err) {
            Meta what;
            const bool symlinkNow = posix::statAt(parent.get(), parts[k].c_str(), what) == 0 &&
                                    what.kind == Kind::Symlink;
            const Verdict v = errnoVerdict(
                symlinkNow ? posix::RemovalStep::ReachSymlink : posix::RemovalStep::Reach, err);
            return removalOutcome(RemovalStatus::Skipped, v.code, v.reason, err);
        }
        if (m.mountRoot || m.id.device != m_id.device)
            return removalOutcome(RemovalStatus::Skipped, KeepReason::OtherFilesystem,
                                  "another file system (mount point)");
        parent = std::move(next);
    }

    Meta meta;
    if (const int err = posix::statAt(parent.get(), parts.back().c_str(), meta)) {
        if (err == ENOENT)
            return alreadyGoneOutcome();
        const Verdict v = errnoVerdict(posix::RemovalStep::Stat, err);
        return removalOutcome(RemovalStatus::Skipped, v.code, v.reason, err);
    }
    // Rule 10: the item must be the one the user confirmed, and no newer.
    // (In per-file mode a directory item may gain new files and still be cleaned:
    // its files are judged alone.)
    const bool checkAge = !(policy.perFile && meta.kind == Kind::Directory);
    if (meta.id != target.id || (target.kind != Kind::Unknown && meta.kind != target.kind) ||
        (checkAge && target.newest > 0 && basisTime(meta, policy.basis) > target.newest))
        return removalOutcome(RemovalStatus::Skipped, KeepReason::ChangedSincePreview,
                              "changed since preview");

    if (std::find(policy.keepIds.begin(), policy.keepIds.end(), meta.id) != policy.keepIds.end())
        return removalOutcome(RemovalStatus::Skipped, KeepReason::Protected,
                              "a root of this cleanup (never removed)");

    Meta parentMeta;
    const bool haveParentTimes = posix::statFd(parent.get(), parentMeta) == 0;

    RemovalOutcome out;
    if (!policy.perFile && meta.kind == Kind::Directory) {
        // Item mode: a dry pass first, so an item with anything in use,
        // locked or touched inside is left whole.
        Walk dry(policy, target, m_id.device, true, out);
        dry.setQuiet(!policy.dryRun);
        dry.run(parent.get(), parts.back(), meta);
        // The veto is recorded apart from `kept`, which is capped.
        if (out.veto) {
            out.code = out.veto->code;
            out.reason = out.veto->reason;
            out.entriesRemoved = 0;
            out.bytesFreed = 0;
            out.bytesRemoved = 0;
            out.linkedFiles = 0;
            out.removed.clear();
            out.status = RemovalStatus::Skipped;
            return out;
        }
        if (policy.dryRun) {
            settleOutcome(out, dry.itemGone());
            if (policy.progress)
                policy.progress({out.entriesRemoved, out.entriesKept, out.bytesFreed});
            return out;
        }
        out = RemovalOutcome();
    }

    Walk walk(policy, target, m_id.device, policy.dryRun, out);
    walk.run(parent.get(), parts.back(), meta);
    if (walk.readOnly()) {
        // What went before the file system turned read-only stays counted.
        m_aborted = true;
        out.status = RemovalStatus::Failed;
        out.error = EROFS;
        out.code = KeepReason::ReadOnlyFilesystem;
        out.reason = "read-only file system";
        return out;
    }
    if (!policy.dryRun && haveParentTimes && out.entriesRemoved > 0)
        restoreTimes(parent.get(), parentMeta.atime, parentMeta.mtime);
    settleOutcome(out, walk.itemGone());
    if (policy.progress)
        policy.progress({out.entriesRemoved, out.entriesKept, out.bytesFreed});
    return out;
}

} // namespace tempscope::native
