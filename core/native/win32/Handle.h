#pragma once
// Owning Win32 file handle (Windows backend only).

#include "core/native/UniqueResource.h"

#include <windows.h>

namespace tempscope::native::win32 {

struct HandleTraits
{
    using Value = HANDLE;
    static HANDLE invalid() { return INVALID_HANDLE_VALUE; }
    static bool valid(HANDLE h) { return h != INVALID_HANDLE_VALUE && h != nullptr; }
    static void close(HANDLE h) { ::CloseHandle(h); }
};

using Handle = UniqueResource<HandleTraits>;

} // namespace tempscope::native::win32
