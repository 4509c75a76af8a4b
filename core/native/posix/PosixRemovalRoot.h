#pragma once
// The POSIX RemovalRoot (Remover.h): the root's directory descriptor, opened
// once with O_DIRECTORY|O_NOFOLLOW and identified by device + inode.
// remove() is PosixRemover.cpp (with the walk of RemovalWalk.h),
// moveToTrash() PosixTrashMove.cpp. POSIX backend only.

#include "core/native/Remover.h"

namespace tempscope::native {

class PosixRemovalRoot final : public RemovalRoot
{
public:
    PosixRemovalRoot(NativeString path, FileId id, int fd)
        : RemovalRoot(std::move(path), id), m_fd(fd)
    {
    }
    ~PosixRemovalRoot() override;

    bool stillSame() const override;
    bool readOnly() const override;
    RemovalOutcome remove(const RemovalTarget &target, const RemovalPolicy &policy) override;
    RemovalOutcome moveToTrash(const RemovalTarget &target, const RemovalPolicy &policy,
                               const TrashDir &trash) override;

private:
    int m_fd = -1;
};

} // namespace tempscope::native
