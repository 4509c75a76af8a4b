// The process snapshot (Processes.h): what every platform shares. The
// listing itself is the platform's: posix/LinuxProcesses.cpp (/proc),
// posix/MacProcesses.cpp (libproc), NoProcesses.cpp (none: unavailable).

#include "core/native/Processes.h"

#include <algorithm>

namespace tempscope::native {

namespace {

bool nameMatches(std::string_view have, std::string_view want, bool prefix)
{
    if (have.empty())
        return false;
    return prefix ? have.substr(0, std::min(have.size(), want.size())) == want &&
                        have.size() >= want.size()
                  : have == want;
}

} // namespace

bool ProcessInfo::isNamed(std::string_view name) const
{
    if (name == "*")
        return true;
    const bool prefix = !name.empty() && name.back() == '*';
    if (prefix)
        name.remove_suffix(1);
    if (name.empty())
        return false;
    if (nameMatches(argv0, name, prefix) || nameMatches(exe, name, prefix) ||
        nameMatches(comm, name, prefix))
        return true;
    // comm holds at most 15 bytes of the name.
    constexpr std::size_t CommMax = 15;
    return comm.size() == CommMax && name.size() > CommMax && name.substr(0, CommMax) == comm;
}

const ProcessInfo *ProcessSnapshot::find(int pid) const
{
    const auto it = std::lower_bound(processes.begin(), processes.end(), pid,
                                     [](const ProcessInfo &p, int v) { return p.pid < v; });
    return it != processes.end() && it->pid == pid ? &*it : nullptr;
}

} // namespace tempscope::native
