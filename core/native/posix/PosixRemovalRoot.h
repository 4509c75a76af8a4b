#pragma once
// The POSIX RemovalRoot (Remover.h): the root's directory descriptor, opened
// once with O_DIRECTORY|O_NOFOLLOW and identified by device + inode.
// remove() is WalkingRemovalRoot's steps with reach() of PosixRemover.cpp
// (the walk of PosixRemovalWalk.h); moveToTrash() is PosixTrashMove.cpp.
// POSIX backend only.
//
// The directories on the way to an item stay open for the next remove()
// (per-file mode removes the files of one directory one call after the
// other): reach() reuses one only after looking its name up again from the
// root, level by level, without following links, and finding the very
// directory it holds (device and inode, not a mount root) - the check a fresh
// openat() from the root would make, one fstatat() per level instead of an
// openat(), an fstat() and a close(). The times of such a directory, once
// something in it went, are put back once, when the removals move on to
// another directory (or at finishDeferred(), or when the root is closed), not
// after every file: per-file mode leaves it as it was, in one utimensat().
// A directory no longer found where it was gets nothing put back.

#include "core/native/WalkingRemovalRoot.h"
#include "core/native/posix/Fd.h"

#include <cerrno>
#include <optional>

namespace tempscope::native {

class PosixRemovalRoot final : public WalkingRemovalRoot
{
public:
    PosixRemovalRoot(NativeString path, FileId id, int fd)
        : WalkingRemovalRoot(std::move(path), id, {EROFS, ESTALE, EINVAL}, "/"), m_fd(fd)
    {
    }
    ~PosixRemovalRoot() override;

    bool stillSame() const override;
    bool readOnly() const override;
    RemovalOutcome moveToTrash(const RemovalTarget &target, const RemovalPolicy &policy,
                               const TrashDir &trash) override;
    // Nothing is deferred on POSIX; the times still pending are put back.
    std::vector<FinalOutcome> finishDeferred() override;

private:
    std::unique_ptr<ItemWalk> reach(const RemovalTarget &target, const RemovalPolicy &policy,
                                    const std::vector<NativeString> &parts,
                                    RemovalOutcome &refused) override;

    // A directory on the way to items, opened from its parent (the root or
    // the one before it) by an earlier reach().
    struct WayDir
    {
        NativeString name;
        posix::Fd fd;
        FileId id;
    };

    // The times m_way[level] had before the first removal in it.
    struct PendingTimes
    {
        std::size_t level;
        TimeNs atime;
        TimeNs mtime;
    };
    void restorePendingTimes();

    int m_fd = -1;
    std::vector<WayDir> m_way; // m_way[k] is the directory parts[k] of the last item reached
    std::optional<PendingTimes> m_pendingTimes;
};

} // namespace tempscope::native
