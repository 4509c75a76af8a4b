// Root identities on POSIX: open + fstat, ".." walks, the password database
// and /proc/self/mounts (see native/RootIdentity.h).

#include "core/native/RootIdentity.h"
#include "core/native/posix/Fd.h"
#include "core/native/posix/PosixFs.h"

#include <array>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <mntent.h>
#include <mutex>
#include <pwd.h>
#include <string_view>
#include <unistd.h>

namespace tempscope::native {

using posix::Fd;

namespace {

constexpr int DirOpen = O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NONBLOCK;

bool isNetworkType(std::string_view type)
{
    static constexpr std::array<std::string_view, 17> network{
        "nfs",   "nfs4",   "cifs",  "smb3",       "smbfs",      "ncpfs",
        "9p",    "afs",    "ceph",  "glusterfs",  "lustre",     "gfs2",
        "ocfs2", "autofs", "davfs", "fuse.sshfs", "fuse.rclone"};
    for (std::string_view n : network) {
        if (type == n)
            return true;
    }
    return type.starts_with("fuse.") && (type.find("ssh") != std::string_view::npos ||
                                         type.find("s3") != std::string_view::npos);
}

// `mountPoint` is `path` or a directory above it, by text.
bool containsPath(std::string_view mountPoint, std::string_view path)
{
    if (mountPoint == "/")
        return true;
    return path.starts_with(mountPoint) &&
           (path.size() == mountPoint.size() || path[mountPoint.size()] == '/');
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

bool onNetworkFilesystem(NativeStringView path)
{
    FILE *mounts = ::setmntent("/proc/self/mounts", "re");
    if (!mounts)
        return false;
    const std::string_view p(path);
    std::size_t best = 0;
    bool network = false;
    struct mntent entry
    {
    };
    std::array<char, 4096> buffer{};
    while (::getmntent_r(mounts, &entry, buffer.data(), int(buffer.size()))) {
        const std::string_view dir(entry.mnt_dir);
        if (!containsPath(dir, p) || dir.size() < best)
            continue;
        best = dir.size();
        network = isNetworkType(entry.mnt_type);
    }
    ::endmntent(mounts);
    return network;
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
