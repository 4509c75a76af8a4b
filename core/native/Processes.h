#pragma once
// Which processes run: a snapshot of the visible processes with their names,
// owners and start times, for telling whether the program that made a temp
// file is still there (and whether a pid named in a file's name or content
// still belongs to that program, or has been reused by another one).
//
// Linux: /proc/PID/{stat,comm,cmdline,exe} (posix/LinuxProcesses.cpp); macOS:
// libproc (posix/MacProcesses.cpp). Elsewhere (Windows, the BSDs, Linux's
// portable build) the snapshot is unavailable (NoProcesses.cpp), which
// callers must read as "unknown", never as "nothing runs". Plain C++;
// stateless; any thread.

#include "core/native/FileTypes.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tempscope::native {

struct ProcessInfo
{
    int pid = 0;
    std::uint32_t uid = 0; // the owner (effective uid) of the process
    std::string comm;      // the kernel's name, at most 15 bytes (prctl PR_SET_NAME changes it)
    std::string argv0;     // base name of argv[0] (exec -a changes it); empty for kernel threads
    std::string exe;       // base name of the executable, when readable
    TimeNs startTime = 0;  // when it started, ns since the epoch (to within ~10 ms and the boot
                           // time's rounding); 0 when unknown
    bool kernelThread = false;

    // Is this process one of `name`? Compares the name with comm (comm is
    // cut to 15 bytes, so a longer name matches on those), argv[0] and the
    // executable. A name ending in '*' matches those starting with the rest;
    // "*" alone matches any process.
    bool isNamed(std::string_view name) const;
};

struct ProcessSnapshot
{
    bool available = false;             // false: this system cannot list processes here ("unknown")
    std::vector<ProcessInfo> processes; // by pid

    const ProcessInfo *find(int pid) const;
};

// Every visible process but kernel threads.
ProcessSnapshot listProcesses();
// One process, read now; nullopt when it does not exist (or cannot be seen),
// and always where the snapshot is unavailable: ask listProcesses().available
// before reading nullopt as "gone".
std::optional<ProcessInfo> processInfo(int pid);

} // namespace tempscope::native
