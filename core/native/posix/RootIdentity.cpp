// Root identities on POSIX (see native/RootIdentity.h): realpath, the
// password database and the mount table's file system types (Mounts.h).
// directoryIdentity() and identityChain() are the backend's:
// LinuxRootIdentity.cpp or PortableRootIdentity.cpp.

#include "core/native/RootIdentity.h"
#include "core/native/posix/Mounts.h"

#include <array>
#include <cerrno>
#include <cstdlib>
#include <mutex>
#include <optional>
#include <pwd.h>
#include <string_view>

namespace tempscope::native {

namespace {

bool isNetworkType(std::string_view type)
{
    static constexpr std::array<std::string_view, 19> network{
        "nfs",   "nfs4",  "cifs",      "smb3",       "smbfs",      "ncpfs", "9p",
        "afs",   "ceph",  "glusterfs", "lustre",     "gfs2",       "ocfs2", "autofs",
        "davfs", "afpfs", "webdav",    "fuse.sshfs", "fuse.rclone"};
    for (std::string_view n : network) {
        if (type == n)
            return true;
    }
    return type.starts_with("fuse.") && (type.find("ssh") != std::string_view::npos ||
                                         type.find("s3") != std::string_view::npos);
}

} // namespace

NativeString realPath(NativeStringView path, int *error)
{
    const NativeString p(path);
    char *resolved = ::realpath(p.c_str(), nullptr);
    if (!resolved) {
        if (error)
            *error = errno;
        return {};
    }
    NativeString out(resolved);
    std::free(resolved);
    if (error)
        *error = 0;
    return out;
}

bool onNetworkFilesystem(NativeStringView path)
{
    // Without a mount table to read (Mounts.h), a path counts as local: a home
    // is then looked at and protected (a dead server may make that wait).
    const std::optional<std::string> type = posix::mountTypeOf(path);
    return type && isNetworkType(*type);
}

std::vector<NativeString> accountHomes()
{
    // getpwent is not reentrant: one caller at a time in this process.
    static std::mutex mutex;
    std::vector<NativeString> homes;
    {
        std::lock_guard lock(mutex);
        ::setpwent();
        while (const passwd *pw = ::getpwent()) {
            if (pw->pw_dir && pw->pw_dir[0] == '/')
                homes.emplace_back(pw->pw_dir);
        }
        ::endpwent();
    }
    std::vector<NativeString> local;
    for (NativeString &h : homes) {
        if (!onNetworkFilesystem(h))
            local.push_back(std::move(h));
    }
    return local;
}

} // namespace tempscope::native
