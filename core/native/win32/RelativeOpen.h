#pragma once
// Opening an entry by its name relative to an open directory handle
// (NtCreateFile with a root directory, FILE_OPEN_REPARSE_POINT): no path
// string is resolved from a drive letter, so a directory renamed or replaced
// above the handle cannot redirect the open, and a reparse point is opened
// as itself, never followed. Windows backend only; stateless, any thread.

#include "core/native/FileTypes.h"
#include "core/native/win32/Handle.h"

#include <windows.h>

namespace tempscope::native::win32 {

struct Opened
{
    Handle handle;
    // 0, or the Win32 error the NTSTATUS maps to (RtlNtStatusToDosError);
    // STATUS_DELETE_PENDING is ERROR_DELETE_PENDING here, not 5.
    DWORD error = 0;
    BY_HANDLE_FILE_INFORMATION info{}; // filled when opened
};

// Opens `name` (one component) in `parent` with `access` and `share`;
// SYNCHRONIZE is added, and the handle does synchronous I/O.
Opened openRelative(HANDLE parent, NativeStringView name, ACCESS_MASK access, ULONG share);

inline constexpr ULONG ShareAll = FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE;

} // namespace tempscope::native::win32
