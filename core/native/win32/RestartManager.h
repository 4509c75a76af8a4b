#pragma once
// Who holds a file open, asked of the Windows Restart Manager
// (RmStartSession, RmRegisterResources, RmGetList), for the "locked by" part
// of a removal report. rstrtmgr.dll is loaded at run time: it is missing on
// some editions and only a stub under Wine, and then the answer is empty,
// which means "unknown", not "nobody". Stateless; any thread (each call has
// its own session). Takes some milliseconds: call it for items being
// reported, not for every attempt.

#include "core/native/FileTypes.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace tempscope::native {

struct LockingProcess
{
    std::uint32_t pid = 0;
    std::string name; // application name (UTF-8) as the Restart Manager reports it
};

namespace win32 {
std::vector<LockingProcess> lockingProcesses(NativeStringView path);
// The processes holding any of `paths` (one session for all of them): who
// holds which is not told.
std::vector<LockingProcess> lockingProcesses(std::span<const NativeString> paths);
} // namespace win32

} // namespace tempscope::native
