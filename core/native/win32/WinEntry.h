#pragma once
// The Windows backend's Entry facts, shared by the scanner and the listing
// (Windows backend only): one conversion from a directory record and one from
// an open handle, and how a directory is opened to be listed.

#include "core/native/ScanTree.h"
#include "core/native/win32/Handle.h"

#include <windows.h>

namespace tempscope::native::win32 {

// A record of FileIdBothDirectoryInfo, on the volume with this serial number.
Entry entryFromListing(const FILE_ID_BOTH_DIR_INFO &info, std::uint64_t volume);
// An open handle's information (no change time there: ctime is the mtime).
Entry entryFromHandle(const BY_HANDLE_FILE_INFORMATION &info);

// Opens a directory (`\\?\` path) for listing, sharing everything;
// FILE_FLAG_OPEN_REPARSE_POINT in extraFlags opens a link itself.
Handle openDirectory(const NativeString &path, DWORD extraFlags);

} // namespace tempscope::native::win32
