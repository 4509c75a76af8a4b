// The process snapshot where no process table is read (Windows, for now; the
// BSDs; Linux built with TEMPSCOPE_PORTABLE_POSIX=ON): unavailable, which
// callers read as "unknown", never as "nothing runs" (Processes.h).

#include "core/native/Processes.h"

namespace tempscope::native {

ProcessSnapshot listProcesses()
{
    return {}; // available = false
}

std::optional<ProcessInfo> processInfo(int)
{
    return std::nullopt;
}

} // namespace tempscope::native
