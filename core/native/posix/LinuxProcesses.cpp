// The process snapshot on Linux (Processes.h): /proc/PID/{stat,cmdline,exe}.
// Compiled by the Linux backend only (not with TEMPSCOPE_PORTABLE_POSIX).

#include "core/native/Processes.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tempscope::native {

namespace {

std::string_view baseName(std::string_view path)
{
    const auto slash = path.rfind('/');
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::string readSmall(int dirfd, const char *name, std::size_t max)
{
    std::string text;
    const int fd = ::openat(dirfd, name, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return text;
    char buf[4096];
    while (text.size() < max) {
        const ssize_t n = ::read(fd, buf, std::min(sizeof buf, max - text.size()));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        text.append(buf, std::size_t(n));
    }
    ::close(fd);
    return text;
}

// Seconds since the epoch at boot (/proc/stat's btime), read once.
std::int64_t bootTime()
{
    static const std::int64_t boot = [] {
        const int fd = ::open("/proc", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd < 0)
            return std::int64_t(0);
        const std::string stat = readSmall(fd, "stat", 1 << 20);
        ::close(fd);
        const auto at = stat.find("\nbtime ");
        return at == std::string::npos
                   ? std::int64_t(0)
                   : std::int64_t(std::strtoll(stat.c_str() + at + 7, nullptr, 10));
    }();
    return boot;
}

// Reads /proc/PID (an open directory descriptor) into info; false when the
// process is gone or is a kernel thread.
bool readProcess(int dirfd, int pid, ProcessInfo &info)
{
    struct stat st
    {
    };
    if (::fstat(dirfd, &st) != 0)
        return false;
    info.pid = pid;
    info.uid = st.st_uid;
    const std::string stat = readSmall(dirfd, "stat", 4096);
    // "pid (comm) state ppid ... starttime" : comm may hold spaces and ')'.
    const auto open = stat.find('(');
    const auto close = stat.rfind(')');
    if (open == std::string::npos || close == std::string::npos || close < open)
        return false;
    info.comm = stat.substr(open + 1, close - open - 1);
    // Fields after ')': state is field 3; starttime is field 22, flags field 9.
    const char *p = stat.c_str() + close + 1;
    unsigned long long flags = 0, start = 0;
    for (int field = 3; field <= 22 && *p; ++field) {
        while (*p == ' ')
            ++p;
        if (field == 9)
            flags = std::strtoull(p, nullptr, 10);
        if (field == 22)
            start = std::strtoull(p, nullptr, 10);
        while (*p && *p != ' ')
            ++p;
    }
    constexpr unsigned long long PfKthread = 0x00200000;
    info.kernelThread = (flags & PfKthread) != 0;
    const long ticks = ::sysconf(_SC_CLK_TCK);
    if (ticks > 0 && bootTime() > 0)
        info.startTime = bootTime() * 1'000'000'000LL + TimeNs(start) * (1'000'000'000LL / ticks);
    if (!info.kernelThread) {
        const std::string cmdline = readSmall(dirfd, "cmdline", 4096);
        info.argv0 = std::string(baseName(std::string_view(cmdline.c_str())));
        char target[4096];
        const ssize_t n = ::readlinkat(dirfd, "exe", target, sizeof target - 1);
        if (n > 0) {
            std::string_view exe(target, std::size_t(n));
            constexpr std::string_view Deleted = " (deleted)";
            if (exe.size() > Deleted.size() && exe.substr(exe.size() - Deleted.size()) == Deleted)
                exe.remove_suffix(Deleted.size());
            info.exe = std::string(baseName(exe));
        }
    }
    return true;
}

bool parsePid(const char *name, int &pid)
{
    if (!*name)
        return false;
    long v = 0;
    for (const char *c = name; *c; ++c) {
        if (*c < '0' || *c > '9' || v > 100'000'000)
            return false;
        v = v * 10 + (*c - '0');
    }
    pid = int(v);
    return pid > 0;
}

} // namespace

ProcessSnapshot listProcesses()
{
    ProcessSnapshot snap;
    DIR *proc = ::opendir("/proc");
    if (!proc)
        return snap;
    snap.available = true;
    while (const dirent *d = ::readdir(proc)) {
        int pid = 0;
        if (!parsePid(d->d_name, pid))
            continue;
        const int fd = ::openat(::dirfd(proc), d->d_name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd < 0)
            continue; // gone since the listing
        ProcessInfo info;
        if (readProcess(fd, pid, info) && !info.kernelThread)
            snap.processes.push_back(std::move(info));
        ::close(fd);
    }
    ::closedir(proc);
    std::sort(snap.processes.begin(), snap.processes.end(),
              [](const ProcessInfo &a, const ProcessInfo &b) { return a.pid < b.pid; });
    return snap;
}

std::optional<ProcessInfo> processInfo(int pid)
{
    if (pid <= 0)
        return std::nullopt;
    const std::string path = "/proc/" + std::to_string(pid);
    const int fd = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    ProcessInfo info;
    const bool ok = readProcess(fd, pid, info);
    ::close(fd);
    if (!ok)
        return std::nullopt;
    return info;
}

} // namespace tempscope::native
