// Directory identities in the Linux backend (RootIdentity.h): open + fstat,
// falling back to an O_PATH descriptor for a directory without read
// permission, and ".." walks by O_PATH descriptors.

#include "core/native/RootIdentity.h"
#include "core/native/posix/Fd.h"
#include "core/native/posix/PosixFs.h"

#include <cerrno>

namespace tempscope::native {

using posix::Fd;

namespace {

constexpr int DirOpen = O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NONBLOCK;

} // namespace

int directoryIdentity(NativeStringView path, DirectoryIdentity &out)
{
    const NativeString p(path);
    Fd fd(::open(p.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY));
    if (!fd.valid())
        fd.reset(::open(p.c_str(), O_PATH | O_CLOEXEC)); // a directory without read permission
    if (!fd.valid())
        return errno;
    posix::Meta m;
    if (const int err = posix::statFd(fd.get(), m))
        return err;
    out.id = m.id;
    out.kind = m.kind;
    out.sharedTemp = m.kind == Kind::Directory && (m.mode & S_ISVTX) && (m.mode & S_IWOTH);
    return 0;
}

std::vector<FileId> identityChain(NativeStringView path)
{
    std::vector<FileId> chain;
    const NativeString p(path);
    Fd fd(::open(p.c_str(), DirOpen));
    if (!fd.valid())
        fd.reset(::open(p.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC));
    // ".." of the file system root is the root itself; a bound keeps a
    // misbehaving file system from looping.
    for (int depth = 0; fd.valid() && depth < 4096; ++depth) {
        posix::Meta m;
        if (posix::statFd(fd.get(), m) != 0)
            break;
        if (!chain.empty() && chain.back() == m.id)
            break;
        chain.push_back(m.id);
        Fd up(::openat(fd.get(), "..", O_PATH | O_DIRECTORY | O_CLOEXEC));
        fd = std::move(up);
    }
    return chain;
}

} // namespace tempscope::native
