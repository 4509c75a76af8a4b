#include "core/native/posix/RemovalVerdicts.h"

#include "core/native/Scanner.h"

#include <cerrno>

namespace tempscope::native::posix {

namespace {

// What an errno means wherever it comes from.
Verdict anyStep(int err)
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

} // namespace

Verdict errnoVerdict(RemovalStep step, int err)
{
    switch (step) {
    case RemovalStep::OpenFile:
        // O_NONBLOCK open of a FIFO or socket swapped in for the file.
        if (err == ENXIO)
            return anyStep(ENOTDIR);
        break;
    case RemovalStep::Lock:
        if (err == EWOULDBLOCK)
            return keepFor(KeepReason::Locked, "locked (flock)");
        break;
    case RemovalStep::Unlink:
        // A directory swapped in for the file or link.
        if (err == EISDIR)
            return anyStep(ENOTDIR);
        break;
    case RemovalStep::RemoveDirectory:
        if (err == ENOTEMPTY || err == EEXIST)
            return keepFor(KeepReason::NotEmpty, "not empty (new entries arrived)");
        break;
    case RemovalStep::ReachSymlink:
        // O_DIRECTORY | O_NOFOLLOW on a symlink says ENOTDIR: name the real cause.
        if (err == ENOTDIR || err == ELOOP)
            return anyStep(ELOOP);
        break;
    case RemovalStep::MoveToTrash:
        if (err == EXDEV)
            return keepFor(KeepReason::OtherFilesystem, "the trash is on another file system");
        break;
    case RemovalStep::Stat:
    case RemovalStep::Reach:
    case RemovalStep::OpenDirectory:
        break;
    }
    return anyStep(err);
}

} // namespace tempscope::native::posix
