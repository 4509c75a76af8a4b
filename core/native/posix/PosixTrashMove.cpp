// RemovalRoot::moveToTrash on POSIX: remove()'s checks as a dry pass, then the
// item is reached again from the root descriptor and renamed from its
// verified parent into the trash, .trashinfo first (Remover.h, Trash.h).
// restoreFromTrash puts such an item back.

#include "core/native/RemovalSupport.h"
#include "core/native/Scanner.h"
#include "core/native/Trash.h"
#include "core/native/posix/PosixRemovalRoot.h"
#include "core/native/posix/PosixRemovalWalk.h"

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tempscope::native {

using posix::Fd;
using posix::Meta;

namespace {

constexpr std::size_t InfoSuffix = sizeof(".trashinfo") - 1;

// The n-th candidate name in the trash for `name`: name, name.2, name.3, ...
// short enough that NAME.trashinfo fits NAME_MAX (cut at a UTF-8 boundary).
NativeString candidate(const NativeString &name, int n)
{
    std::string suffix;
    if (n > 1) {
        suffix = std::to_string(n);
        suffix.insert(suffix.begin(), '.');
    }
    std::size_t keep = std::min(name.size(), std::size_t(NAME_MAX) - InfoSuffix - suffix.size());
    while (keep > 0 && keep < name.size() &&
           (static_cast<unsigned char>(name[keep]) & 0xC0) == 0x80)
        --keep;
    NativeString out(name, 0, keep);
    out.append(suffix);
    return out;
}

// Writes all of `text` to `fd`; 0 or an errno value.
int writeAll(int fd, const std::string &text)
{
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return n < 0 ? errno : EIO;
        done += std::size_t(n);
    }
    return 0;
}

} // namespace

RemovalOutcome PosixRemovalRoot::moveToTrash(const RemovalTarget &target,
                                             const RemovalPolicy &policy, const TrashDir &trash)
{
    if (!(trash.rootId() == m_id))
        return removalOutcome(RemovalStatus::Failed, KeepReason::Error,
                              "the trash was located for another root", EINVAL);

    // 1. remove()'s checks, in item mode, touching nothing.
    RemovalPolicy check = policy;
    check.dryRun = true;
    check.perFile = false;
    check.recordRemoved = false;
    check.progress = nullptr;
    RemovalOutcome out = remove(target, check);
    if (out.status == RemovalStatus::Partial) {
        out.status = RemovalStatus::Skipped;
        out.reason = "not moved to trash: " + std::to_string(out.entriesKept) +
                     " entries inside would stay (" + out.reason + ")";
        out.entriesRemoved = 0;
        out.bytesFreed = 0;
        out.bytesRemoved = 0;
        out.linkedFiles = 0;
        return out;
    }
    if (out.status != RemovalStatus::Removed || out.entriesRemoved == 0)
        return out; // kept, failed, or already gone
    // Moved, not removed: the apparent size goes to the trash, no disk space is freed.
    out.bytesTrashed = out.bytesRemoved;
    out.bytesFreed = 0;
    out.bytesRemoved = 0;
    out.linkedFiles = 0;
    if (policy.dryRun)
        return out;
    if (!trash.canMove())
        return removalOutcome(RemovalStatus::Failed, KeepReason::Error,
                              "the trash was located for a dry run only", EINVAL);

    // 2. The parent again, from the root descriptor: nothing swapped in
    //    since the check can lead the rename outside the root.
    Fd parent(::fcntl(m_fd, F_DUPFD_CLOEXEC, 0));
    NativeStringView rest(target.relativePath);
    NativeString name;
    for (;;) {
        const auto slash = rest.find('/');
        name = NativeString(rest.substr(0, slash));
        if (slash == NativeStringView::npos)
            break;
        rest.remove_prefix(slash + 1);
        Fd next(::openat(parent.get(), name.c_str(), posix::DirFlags));
        Meta m;
        const int err = next.valid() ? posix::statFd(next.get(), m) : errno;
        if (err || m.mountRoot || m.id.device != m_id.device)
            return removalOutcome(RemovalStatus::Skipped, KeepReason::ChangedSincePreview,
                                  "changed since the check (a directory on the way was replaced)",
                                  err);
        parent = std::move(next);
    }
    Meta item, parentMeta;
    if (const int err = posix::statAt(parent.get(), name.c_str(), item))
        return err == ENOENT
                   ? removalOutcome(RemovalStatus::Removed, KeepReason::None, "already gone")
                   : removalOutcome(RemovalStatus::Skipped,
                                    posix::errnoVerdict(posix::RemovalStep::Stat, err).code,
                                    posix::errnoVerdict(posix::RemovalStep::Stat, err).reason, err);
    if (item.id != target.id || (target.kind != Kind::Unknown && item.kind != target.kind) ||
        item.mountRoot || (target.newest > 0 && basisTime(item, policy.basis) > target.newest))
        return removalOutcome(RemovalStatus::Skipped, KeepReason::ChangedSincePreview,
                              "changed since preview");
    const bool haveParentTimes = posix::statFd(parent.get(), parentMeta) == 0;

    // 3. NAME.trashinfo first (O_EXCL), then the rename; a failed rename takes
    //    the .trashinfo back.
    const std::string info = trashInfoText(trash.infoPath(target.relativePath), std::time(nullptr));
    for (int n = 1; n <= 10000; ++n) {
        const NativeString inTrash = candidate(name, n);
        const NativeString infoName = inTrash + ".trashinfo";
        Fd infoFd(::openat(trash.infoFd(), infoName.c_str(),
                           O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY, 0600));
        if (!infoFd.valid() && errno == EEXIST)
            continue;
        if (!infoFd.valid())
            return removalOutcome(RemovalStatus::Failed, KeepReason::Error,
                                  "cannot write to the trash: " + errorText(errno), errno);
        Meta taken;
        int err = posix::statAt(trash.filesFd(), inTrash.c_str(), taken) == 0 ? EEXIST : 0;
        if (!err)
            err = writeAll(infoFd.get(), info);
        if (!err && ::close(infoFd.release()) != 0)
            err = errno;
        if (!err && policy.cancel && policy.cancel->load())
            err = ECANCELED;
        if (!err)
            err = posix::renameNoReplace(parent.get(), name.c_str(), trash.filesFd(),
                                         inTrash.c_str());
        if (err) {
            ::unlinkat(trash.infoFd(), infoName.c_str(), 0);
            if (err == EEXIST)
                continue; // the name is taken in files/: the next one
            if (err == ECANCELED) {
                RemovalOutcome c =
                    removalOutcome(RemovalStatus::Skipped, KeepReason::Cancelled, "cancelled");
                c.cancelled = true;
                return c;
            }
            if (err == ENOENT)
                return removalOutcome(RemovalStatus::Removed, KeepReason::None, "already gone");
            const posix::Verdict v = posix::errnoVerdict(posix::RemovalStep::MoveToTrash, err);
            return removalOutcome(v.code == KeepReason::Error ? RemovalStatus::Failed
                                                              : RemovalStatus::Skipped,
                                  v.code, v.reason, err);
        }
        // The name may have been exchanged between the check and the rename
        // (inside the verified parent): anything else goes back where it was.
        Meta moved;
        if (posix::statAt(trash.filesFd(), inTrash.c_str(), moved) != 0 || moved.id != target.id) {
            if (posix::renameNoReplace(trash.filesFd(), inTrash.c_str(), parent.get(),
                                       name.c_str()) == 0) {
                ::unlinkat(trash.infoFd(), infoName.c_str(), 0);
                return removalOutcome(RemovalStatus::Skipped, KeepReason::ChangedSincePreview,
                                      "changed since preview (replaced)");
            }
            return removalOutcome(
                RemovalStatus::Failed, KeepReason::ChangedSincePreview,
                "replaced during the move; what replaced it is in the trash as " + inTrash, EAGAIN);
        }
        if (haveParentTimes)
            posix::restoreTimes(parent.get(), parentMeta.atime, parentMeta.mtime);
        out.trashedAs = trash.path() + "/files/" + inTrash;
        return out;
    }
    return removalOutcome(RemovalStatus::Failed, KeepReason::Error,
                          "no free name in the trash for " + name, EEXIST);
}

namespace {

// The directory at the absolute `path`, opened component by component
// without following a link anywhere; invalid (errno set) otherwise.
Fd openDirectoryNoFollow(NativeStringView path)
{
    if (path.empty() || path.front() != '/') {
        errno = EINVAL;
        return Fd();
    }
    Fd dir(::open("/", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    while (dir.valid()) {
        while (!path.empty() && path.front() == '/')
            path.remove_prefix(1);
        if (path.empty())
            break;
        const auto slash = path.find('/');
        const NativeString name(path.substr(0, slash));
        path.remove_prefix(slash == NativeStringView::npos ? path.size() : slash);
        if (name == "." || name == "..") {
            errno = EINVAL;
            return Fd();
        }
        dir = Fd(::openat(dir.get(), name.c_str(),
                          O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY));
    }
    return dir;
}

// "dir", "name" of an absolute path; false for "/" or a path ending in '/'.
bool splitPath(NativeStringView path, NativeStringView &dir, NativeString &name)
{
    const auto slash = path.rfind('/');
    if (slash == NativeStringView::npos || slash + 1 == path.size())
        return false;
    dir = slash == 0 ? NativeStringView("/") : path.substr(0, slash);
    name = NativeString(path.substr(slash + 1));
    return name != "." && name != "..";
}

// The Path= value of a .trashinfo (still percent-encoded); empty if none.
std::string trashInfoPath(int infoDir, const NativeString &infoName)
{
    Fd fd(::openat(infoDir, infoName.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY));
    if (!fd.valid())
        return {};
    char buffer[16384];
    std::string text;
    for (;;) {
        const ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        text.append(buffer, std::size_t(n));
        if (text.size() > 65536)
            return {}; // not a .trashinfo this code wrote
    }
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t end = std::min(text.find('\n', at), text.size());
        const std::string_view line(text.data() + at, end - at);
        if (line.substr(0, 5) == "Path=")
            return std::string(line.substr(5));
        at = end + 1;
    }
    return {};
}

} // namespace

bool restoreFromTrash(NativeStringView trashedAs, NativeStringView originalPath, std::string *why)
{
    const auto fail = [why](std::string reason) {
        if (why)
            *why = std::move(reason);
        return false;
    };
    NativeStringView filesPath, originalDir;
    NativeString name, originalName;
    if (!splitPath(trashedAs, filesPath, name) ||
        !splitPath(originalPath, originalDir, originalName))
        return fail("not an absolute path");
    NativeStringView trashPath;
    NativeString filesName;
    if (!splitPath(filesPath, trashPath, filesName) || filesName != "files")
        return fail("not an entry of a trash's files directory");
    const NativeString trash(trashPath);

    Fd files = openDirectoryNoFollow(filesPath);
    if (!files.valid())
        return fail("the trash cannot be opened: " + errorText(errno));
    Fd info(::openat(files.get(), "../info", O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!info.valid())
        info = openDirectoryNoFollow(trash + "/info");
    if (!info.valid())
        return fail("the trash cannot be opened: " + errorText(errno));

    // The .trashinfo must say that the entry came from originalPath: the
    // absolute path (home trash) or the path below the file system's top
    // directory (a $topdir trash), percent-encoded.
    const NativeString infoName = name + ".trashinfo";
    const std::string recorded = trashInfoPath(info.get(), infoName);
    const std::string encoded = percentEncode(originalPath);
    const bool matches =
        !recorded.empty() &&
        (recorded.front() == '/' ? recorded == encoded
                                 : encoded.size() > recorded.size() &&
                                       encoded.compare(encoded.size() - recorded.size(),
                                                       recorded.size(), recorded) == 0 &&
                                       encoded[encoded.size() - recorded.size() - 1] == '/');
    if (!matches)
        return fail("its trash record does not name " + NativeString(originalPath));

    Fd parent = openDirectoryNoFollow(originalDir);
    if (!parent.valid())
        return fail("its folder cannot be opened without following a link: " + errorText(errno));
    struct stat st
    {
    };
    if (::fstatat(parent.get(), originalName.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0)
        return fail("something else is there now");
    if (const int err =
            posix::renameNoReplace(files.get(), name.c_str(), parent.get(), originalName.c_str())) {
        return fail(err == EEXIST   ? "something else is there now"
                    : err == ENOENT ? "it is no longer in the trash"
                    : err == EXDEV  ? "its folder is on another file system now"
                                    : errorText(err));
    }
    if (::unlinkat(info.get(), infoName.c_str(), 0) != 0)
        return fail("put back, but its trash record stays: " + errorText(errno));
    return true;
}

} // namespace tempscope::native
