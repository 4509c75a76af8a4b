#pragma once
// Lists an open directory handle with
// GetFileInformationByHandleEx(FileIdBothDirectoryInfo): names, attributes,
// sizes, times and file ids in large batches, without opening any entry.
// Shared by the scanner and the remover (Windows backend only). The buffer
// belongs to the caller so that a thread can reuse it; no other state.

#include <windows.h>

#include <cstdint>
#include <string_view>
#include <vector>

namespace tempscope::native::win32 {

// Calls visit(const FILE_ID_BOTH_DIR_INFO &, std::wstring_view name) for every
// entry except `.` and `..`. Returns 0, or the error that ended the listing.
template <class Visit>
DWORD listDirectory(HANDLE dir, std::vector<std::uint64_t> &buffer, Visit &&visit)
{
    if (buffer.size() < 8 * 1024)
        buffer.resize(8 * 1024); // 64 KiB, 8-byte aligned as the records need
    const auto bytes = static_cast<DWORD>(buffer.size() * sizeof(std::uint64_t));
    for (;;) {
        if (!::GetFileInformationByHandleEx(dir, FileIdBothDirectoryInfo, buffer.data(), bytes)) {
            const DWORD err = ::GetLastError();
            return err == ERROR_NO_MORE_FILES ? 0 : err;
        }
        const auto *base = reinterpret_cast<const unsigned char *>(buffer.data());
        for (std::size_t offset = 0;;) {
            const auto *info = reinterpret_cast<const FILE_ID_BOTH_DIR_INFO *>(base + offset);
            const std::wstring_view name(info->FileName, info->FileNameLength / sizeof(wchar_t));
            if (name != L"." && name != L"..")
                visit(*info, name);
            if (info->NextEntryOffset == 0)
                break;
            offset += info->NextEntryOffset;
        }
    }
}

} // namespace tempscope::native::win32
