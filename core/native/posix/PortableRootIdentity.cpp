// Directory identities in the portable POSIX backend (RootIdentity.h), with
// no O_PATH: a path's identity is its stat(2) (the kernel resolves any
// symlink in it; no read permission needed), and the chain of ancestors is
// walked by fstatat of "..", "../..", ... relative to the directory opened
// O_RDONLY (O_SEARCH where the system has it), or by the path's text when
// it cannot be opened. Either way only search permission on the way up is
// needed, as with the Linux backend's O_PATH descriptors.

#include "core/native/RootIdentity.h"
#include "core/native/posix/Fd.h"
#include "core/native/posix/PosixFs.h"

#include <cerrno>

namespace tempscope::native {

using posix::Fd;

int directoryIdentity(NativeStringView path, DirectoryIdentity &out)
{
    const NativeString p(path);
    struct stat st
    {
    };
    if (::stat(p.c_str(), &st) != 0)
        return errno;
    out.id = posix::fileId(st);
    out.kind = posix::kindOfMode(st.st_mode);
    out.sharedTemp =
        out.kind == Kind::Directory && (st.st_mode & S_ISVTX) && (st.st_mode & S_IWOTH);
    return 0;
}

std::vector<FileId> identityChain(NativeStringView path)
{
    std::vector<FileId> chain;
    const NativeString p(path);
    Fd fd(::open(p.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NONBLOCK));
#ifdef O_SEARCH
    if (!fd.valid())
        fd.reset(::open(p.c_str(), O_SEARCH | O_DIRECTORY | O_CLOEXEC));
#endif
    const int base = fd.valid() ? fd.get() : AT_FDCWD;
    NativeString rel = fd.valid() ? NativeString(".") : p;
    struct stat st
    {
    };
    if (::fstatat(base, rel.c_str(), &st, 0) != 0 || !S_ISDIR(st.st_mode))
        return chain;
    // ".." of the file system root is the root itself; a bound keeps a
    // misbehaving file system from looping (and the text within PATH_MAX).
    for (int depth = 0; depth < 4096; ++depth) {
        const FileId id = posix::fileId(st);
        if (!chain.empty() && chain.back() == id)
            break;
        chain.push_back(id);
        rel += "/..";
        if (::fstatat(base, rel.c_str(), &st, 0) != 0)
            break;
    }
    return chain;
}

} // namespace tempscope::native
