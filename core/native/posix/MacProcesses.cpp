// The process snapshot on macOS (Processes.h), through libproc: every pid
// (proc_listpids), and per process its BSD record (proc_pidinfo with
// PROC_PIDTBSDINFO: name, effective uid, start time) and its executable
// (proc_pidpath). argv[0] is not read (it would take sysctl KERN_PROCARGS2):
// a name given with `exec -a` is not recognised here. Compiled only on macOS
// (__APPLE__), like MacProcessHolds.cpp; not compiled or run on a Mac yet.

#include "core/native/Processes.h"
#include "core/native/posix/MacPids.h"

#include <libproc.h>
#include <sys/proc_info.h>

#include <algorithm>
#include <cstring>

namespace tempscope::native {

namespace {

std::string_view baseName(std::string_view path)
{
    const auto slash = path.rfind('/');
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

// False when the process is gone or cannot be looked at.
bool readProcess(pid_t pid, ProcessInfo &info)
{
    struct proc_bsdinfo bsd
    {
    };
    if (::proc_pidinfo(pid, PROC_PIDTBSDINFO, 0, &bsd, sizeof bsd) != static_cast<int>(sizeof bsd))
        return false;
    info.pid = static_cast<int>(pid);
    info.uid = bsd.pbi_uid;
    info.comm.assign(bsd.pbi_comm, ::strnlen(bsd.pbi_comm, sizeof bsd.pbi_comm));
    info.startTime =
        TimeNs(bsd.pbi_start_tvsec) * 1'000'000'000LL + TimeNs(bsd.pbi_start_tvusec) * 1'000LL;
    info.kernelThread = pid == 0; // kernel_task
    char path[PROC_PIDPATHINFO_MAXSIZE] = {};
    const int n = ::proc_pidpath(pid, path, sizeof path);
    if (n > 0)
        info.exe = std::string(baseName(std::string_view(path, static_cast<std::size_t>(n))));
    return true;
}

} // namespace

ProcessSnapshot listProcesses()
{
    ProcessSnapshot snap;
    const std::vector<pid_t> pids = posix::allPids();
    if (pids.empty())
        return snap; // libproc answered nothing: unknown, not "nothing runs"
    snap.available = true;
    for (const pid_t pid : pids) {
        ProcessInfo info;
        if (pid > 0 && readProcess(pid, info) && !info.kernelThread)
            snap.processes.push_back(std::move(info));
    }
    std::sort(snap.processes.begin(), snap.processes.end(),
              [](const ProcessInfo &a, const ProcessInfo &b) { return a.pid < b.pid; });
    return snap;
}

std::optional<ProcessInfo> processInfo(int pid)
{
    ProcessInfo info;
    if (pid <= 0 || !readProcess(static_cast<pid_t>(pid), info))
        return std::nullopt;
    return info;
}

} // namespace tempscope::native
