// POSIX listing of one directory's entries (see Listing.h): the scanner's
// open, stat and conversion, one level only.

#include "core/native/Listing.h"
#include "core/native/posix/Fd.h"
#include "core/native/posix/PosixFs.h"

#include <cerrno>
#include <dirent.h>

namespace tempscope::native {

TopLevel listTopLevel(NativeStringView path)
{
    TopLevel out;
    const NativeString given(path);
    posix::Fd fd(posix::openDirectory(AT_FDCWD, given.c_str()));
    if (!fd.valid()) {
        out.error = errno;
        return out;
    }
    if (const int err = posix::statEntryFd(fd.get(), out.directory)) {
        out.error = err;
        return out;
    }
    out.directory.flags &= ~Entry::MountPoint; // the directory may be a mount of its own
    const int dirfd = fd.get();
    DIR *dir = ::fdopendir(fd.release());
    if (!dir) {
        out.error = errno;
        ::close(dirfd);
        return out;
    }
    for (;;) {
        errno = 0;
        const dirent *de = ::readdir(dir);
        if (!de) {
            out.error = errno;
            break;
        }
        if (posix::isDotOrDotDot(de->d_name))
            continue;
        ListedEntry l{de->d_name, {}};
        if (posix::statEntryAt(dirfd, de->d_name, l.entry) != 0)
            continue; // vanished since the listing (or cannot be looked at)
        if (l.entry.device != out.directory.device)
            l.entry.flags |= Entry::MountPoint;
        out.entries.push_back(std::move(l));
    }
    ::closedir(dir);
    if (!out.ok())
        out.entries.clear();
    return out;
}

} // namespace tempscope::native
