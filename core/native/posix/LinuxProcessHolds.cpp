// The Linux backend's walk of every process's holds (ProcessHolds.h):
// /proc/PID/{cwd,fd,maps}.

#include "core/native/posix/Fd.h"
#include "core/native/posix/PosixFs.h"
#include "core/native/posix/ProcessHolds.h"

#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <string_view>
#include <unistd.h>

namespace tempscope::native {

bool holdersAvailable()
{
    return ::access("/proc/self/fd", R_OK) == 0;
}

namespace posix {

namespace {

bool isPid(const char *name)
{
    if (!*name)
        return false;
    for (const char *p = name; *p; ++p) {
        if (*p < '0' || *p > '9')
            return false;
    }
    return true;
}

// Reads a small /proc file whole (they report size 0, so read until EOF).
std::string readAll(int dirfd, const char *name)
{
    std::string text;
    Fd fd(::openat(dirfd, name, O_RDONLY | O_CLOEXEC));
    if (!fd.valid())
        return text;
    char buf[16384];
    for (;;) {
        const ssize_t n = ::read(fd.get(), buf, sizeof buf);
        if (n <= 0)
            break;
        text.append(buf, static_cast<std::size_t>(n));
    }
    return text;
}

std::uint64_t parseHex(std::string_view s)
{
    std::uint64_t v = 0;
    for (char c : s) {
        const int d = c >= '0' && c <= '9'   ? c - '0'
                      : c >= 'a' && c <= 'f' ? c - 'a' + 10
                      : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                             : -1;
        if (d < 0)
            break;
        v = v * 16 + static_cast<std::uint64_t>(d);
    }
    return v;
}

std::uint64_t parseDec(std::string_view s)
{
    std::uint64_t v = 0;
    for (char c : s) {
        if (c < '0' || c > '9')
            break;
        v = v * 10 + static_cast<std::uint64_t>(c - '0');
    }
    return v;
}

// Next space-separated field of a maps line.
std::string_view field(std::string_view &line)
{
    const auto start = line.find_first_not_of(' ');
    if (start == std::string_view::npos) {
        line = {};
        return {};
    }
    line.remove_prefix(start);
    const auto end = line.find(' ');
    std::string_view f = line.substr(0, end);
    line.remove_prefix(end == std::string_view::npos ? line.size() : end);
    return f;
}

// The inode a /proc magic link (fd/N, cwd) refers to. The link leads to the
// very inode, not through a path; AT_STATX_DONT_SYNC answers from what the
// kernel has cached, so a file on a dead network server cannot hang the
// index (a plain stat() would wait for the server).
bool linkTarget(int dirFd, const char *name, FileId &id, bool *fileOrDir)
{
    struct statx st
    {
    };
    if (::statx(dirFd, name, AT_STATX_DONT_SYNC | AT_NO_AUTOMOUNT, STATX_TYPE | STATX_INO, &st) !=
        0)
        return false;
    id = {posix::deviceId(st.stx_dev_major, st.stx_dev_minor), st.stx_ino};
    if (fileOrDir)
        *fileOrDir = S_ISREG(st.stx_mode) || S_ISDIR(st.stx_mode);
    return true;
}

} // namespace

void forEachHold(const std::function<void(const FileId &id, const FileHolder &holder)> &visit)
{
    Fd proc(::open("/proc", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!proc.valid())
        return;
    DIR *dir = ::fdopendir(::fcntl(proc.get(), F_DUPFD_CLOEXEC, 0));
    if (!dir)
        return;
    while (const dirent *de = ::readdir(dir)) {
        if (!isPid(de->d_name))
            continue;
        Fd pidDir(::openat(proc.get(), de->d_name, O_RDONLY | O_DIRECTORY | O_CLOEXEC));
        if (!pidDir.valid())
            continue; // exited
        FileHolder holder;
        holder.pid = std::atoi(de->d_name);
        holder.command = readAll(pidDir.get(), "comm");
        while (!holder.command.empty() && holder.command.back() == '\n')
            holder.command.pop_back();

        FileId id;
        if (linkTarget(pidDir.get(), "cwd", id, nullptr)) {
            FileHolder h = holder;
            h.via = FileHolder::Via::WorkingDirectory;
            visit(id, h);
        }

        // Open files: stat() follows each magic link to the very inode.
        if (Fd fdDir{::openat(pidDir.get(), "fd", O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
            fdDir.valid()) {
            const int fdDirFd = fdDir.get();
            if (DIR *fds = ::fdopendir(fdDir.release())) {
                while (const dirent *f = ::readdir(fds)) {
                    if (!isPid(f->d_name))
                        continue;
                    bool fileOrDir = false;
                    if (linkTarget(fdDirFd, f->d_name, id, &fileOrDir) && fileOrDir) {
                        FileHolder h = holder;
                        h.via = FileHolder::Via::Descriptor;
                        h.fd = std::atoi(f->d_name);
                        visit(id, h);
                    }
                }
                ::closedir(fds);
            } else {
                ::close(fdDirFd);
            }
        }

        // Mappings: "address perms offset major:minor inode path", numbers in hex but the inode.
        const std::string maps = readAll(pidDir.get(), "maps");
        std::string_view rest(maps);
        while (!rest.empty()) {
            const auto eol = rest.find('\n');
            std::string_view line = rest.substr(0, eol);
            rest.remove_prefix(eol == std::string_view::npos ? rest.size() : eol + 1);
            field(line); // address
            field(line); // perms
            field(line); // offset
            const std::string_view dev = field(line);
            const std::uint64_t inode = parseDec(field(line));
            const auto colon = dev.find(':');
            if (inode == 0 || colon == std::string_view::npos)
                continue;
            const FileId mapped{
                posix::deviceId(parseHex(dev.substr(0, colon)), parseHex(dev.substr(colon + 1))),
                inode};
            FileHolder h = holder;
            h.via = FileHolder::Via::Mapping;
            visit(mapped, h);
        }
    }
    ::closedir(dir);
}

} // namespace posix

} // namespace tempscope::native
