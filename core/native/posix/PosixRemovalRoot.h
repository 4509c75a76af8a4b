#pragma once
// The POSIX RemovalRoot (Remover.h): the root's directory descriptor, opened
// once with O_DIRECTORY|O_NOFOLLOW and identified by device + inode.
// remove() is WalkingRemovalRoot's steps with reach() of PosixRemover.cpp
// (the walk of PosixRemovalWalk.h); moveToTrash() is PosixTrashMove.cpp.
// POSIX backend only.

#include "core/native/WalkingRemovalRoot.h"

#include <cerrno>

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

private:
    std::unique_ptr<ItemWalk> reach(const RemovalTarget &target, const RemovalPolicy &policy,
                                    const std::vector<NativeString> &parts,
                                    RemovalOutcome &refused) override;

    int m_fd = -1;
};

} // namespace tempscope::native
