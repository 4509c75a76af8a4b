#include "core/native/win32/RelativeOpen.h"

#include "core/native/RetryPolicy.h"
#include "core/native/win32/Disposition.h"

#include <winternl.h>

namespace tempscope::native::win32 {

namespace {

// From the Windows SDK (ntifs.h / ntstatus.h), which mingw-w64 does not
// always declare for user mode.
constexpr ULONG OptionSynchronousIo = 0x00000020; // FILE_SYNCHRONOUS_IO_NONALERT
constexpr ULONG OptionOpenReparse = 0x00200000;   // FILE_OPEN_REPARSE_POINT
constexpr ULONG DispositionOpen = 0x00000001;     // FILE_OPEN
constexpr ULONG CaseInsensitive = 0x00000040;     // OBJ_CASE_INSENSITIVE
constexpr NTSTATUS StatusDeletePending = static_cast<NTSTATUS>(0xC0000056);

// No FILE_OPEN_FOR_BACKUP_INTENT: NtCreateFile opens directories without it,
// and with a backup privilege enabled it would pass over the ACL.
using CreateFn = NTSTATUS(NTAPI *)(PHANDLE, ACCESS_MASK, POBJECT_ATTRIBUTES, PIO_STATUS_BLOCK,
                                   PLARGE_INTEGER, ULONG, ULONG, ULONG, ULONG, PVOID, ULONG);
using ToDosFn = ULONG(NTAPI *)(NTSTATUS);

} // namespace

Opened openRelative(HANDLE parent, NativeStringView name, ACCESS_MASK access, ULONG share)
{
    static const HMODULE ntdll = ::GetModuleHandleW(L"ntdll.dll");
    static const CreateFn create = procAddress<CreateFn>(ntdll, "NtCreateFile");
    static const ToDosFn toDos = procAddress<ToDosFn>(ntdll, "RtlNtStatusToDosError");
    Opened out;
    if (!create || !toDos) {
        out.error = ERROR_CALL_NOT_IMPLEMENTED;
        return out;
    }
    if (name.empty() || name.size() > 32767) {
        out.error = ERROR_INVALID_NAME;
        return out;
    }
    UNICODE_STRING text;
    text.Buffer = const_cast<PWSTR>(name.data());
    text.Length = static_cast<USHORT>(name.size() * sizeof(wchar_t));
    text.MaximumLength = text.Length;
    OBJECT_ATTRIBUTES attributes;
    InitializeObjectAttributes(&attributes, &text, CaseInsensitive, parent, nullptr);
    IO_STATUS_BLOCK io{};
    HANDLE h = INVALID_HANDLE_VALUE;
    const NTSTATUS status =
        create(&h, access | SYNCHRONIZE, &attributes, &io, nullptr, 0, share, DispositionOpen,
               OptionSynchronousIo | OptionOpenReparse, nullptr, 0);
    if (status < 0) {
        out.error =
            status == StatusDeletePending ? DWORD(win32::ErrorDeletePending) : DWORD(toDos(status));
        return out;
    }
    out.handle = Handle(h);
    if (!::GetFileInformationByHandle(h, &out.info)) {
        out.error = ::GetLastError();
        out.handle.reset();
    }
    return out;
}

} // namespace tempscope::native::win32
