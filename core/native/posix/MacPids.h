#pragma once
// Every pid on macOS through libproc (proc_listpids), shared by the process
// list (MacProcesses.cpp) and the holds walk (MacProcessHolds.cpp). Compiled
// only on macOS (__APPLE__); not compiled or run on a Mac yet.

#include <libproc.h>
#include <sys/types.h>

#include <vector>

namespace tempscope::native::posix {

// Every pid, grown until the list fits (processes come and go meanwhile).
inline std::vector<pid_t> allPids()
{
    std::vector<pid_t> pids;
    for (int attempt = 0; attempt < 4; ++attempt) {
        const int need = ::proc_listpids(PROC_ALL_PIDS, 0, nullptr, 0);
        if (need <= 0)
            return {};
        pids.assign(static_cast<std::size_t>(need) / sizeof(pid_t) + 64, 0);
        const int got = ::proc_listpids(PROC_ALL_PIDS, 0, pids.data(),
                                        static_cast<int>(pids.size() * sizeof(pid_t)));
        if (got <= 0)
            return {};
        if (static_cast<std::size_t>(got) < pids.size() * sizeof(pid_t)) {
            pids.resize(static_cast<std::size_t>(got) / sizeof(pid_t));
            return pids;
        }
    }
    return pids;
}

} // namespace tempscope::native::posix
