// Windows listing of one directory's entries (see Listing.h): the scanner's
// handle, records and conversion, one level only.

#include "core/native/Listing.h"
#include "core/native/win32/DirectoryListing.h"
#include "core/native/win32/WinAttributes.h"
#include "core/native/win32/WinEntry.h"
#include "core/native/win32/WinPath.h"

namespace tempscope::native {

TopLevel listTopLevel(NativeStringView path)
{
    TopLevel out;
    if (path.empty()) {
        out.error = ERROR_PATH_NOT_FOUND;
        return out;
    }
    // The directory itself, never a link's target (as O_NOFOLLOW on POSIX).
    win32::Handle dir =
        win32::openDirectory(win32::fullExtendedPath(path), FILE_FLAG_OPEN_REPARSE_POINT);
    if (!dir.valid()) {
        out.error = static_cast<int>(::GetLastError());
        return out;
    }
    BY_HANDLE_FILE_INFORMATION info{};
    if (!::GetFileInformationByHandle(dir.get(), &info)) {
        out.error = static_cast<int>(::GetLastError());
        return out;
    }
    if (!win32::isDirectoryNotLink(info.dwFileAttributes)) {
        out.error = (info.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT)
                        ? ERROR_CANT_RESOLVE_FILENAME
                        : ERROR_DIRECTORY;
        return out;
    }
    out.directory = win32::entryFromHandle(info);
    std::vector<std::uint64_t> buffer;
    const DWORD err = win32::listDirectory(
        dir.get(), buffer, [&](const FILE_ID_BOTH_DIR_INFO &record, std::wstring_view name) {
            out.entries.push_back(
                {NativeString(name), win32::entryFromListing(record, out.directory.device)});
        });
    if (err != 0) {
        out.error = static_cast<int>(err);
        out.entries.clear();
    }
    return out;
}

} // namespace tempscope::native
