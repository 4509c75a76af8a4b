#include "core/native/win32/WinEntry.h"

#include "core/native/win32/WinAttributes.h"

namespace tempscope::native::win32 {

namespace {

TimeNs toNs(LARGE_INTEGER t)
{
    return fileTimeToNs(t.QuadPart);
}

TimeNs toNs(FILETIME t)
{
    return fileTimeToNs(
        static_cast<std::int64_t>((std::uint64_t(t.dwHighDateTime) << 32) | t.dwLowDateTime));
}

} // namespace

Entry entryFromListing(const FILE_ID_BOTH_DIR_INFO &info, std::uint64_t volume)
{
    Entry e;
    e.kind = kindFromAttributes(info.FileAttributes);
    e.size = e.kind == Kind::Directory ? 0 : static_cast<std::uint64_t>(info.EndOfFile.QuadPart);
    e.diskBytes = static_cast<std::uint64_t>(info.AllocationSize.QuadPart);
    e.atime = toNs(info.LastAccessTime);
    e.mtime = toNs(info.LastWriteTime);
    e.ctime = toNs(info.ChangeTime);
    e.device = volume;
    e.inode = static_cast<std::uint64_t>(info.FileId.QuadPart);
    e.mode = synthesisedMode(e.kind, info.FileAttributes);
    return e;
}

Entry entryFromHandle(const BY_HANDLE_FILE_INFORMATION &info)
{
    Entry e;
    e.kind = kindFromAttributes(info.dwFileAttributes);
    e.size = (std::uint64_t(info.nFileSizeHigh) << 32) | info.nFileSizeLow;
    e.diskBytes = e.size;
    e.atime = toNs(info.ftLastAccessTime);
    e.mtime = toNs(info.ftLastWriteTime);
    e.ctime = e.mtime; // the handle information has no change time
    e.device = info.dwVolumeSerialNumber;
    e.inode = fileIndex(info.nFileIndexHigh, info.nFileIndexLow);
    e.mode = synthesisedMode(e.kind, info.dwFileAttributes);
    return e;
}

Handle openDirectory(const NativeString &path, DWORD extraFlags)
{
    constexpr DWORD access = FILE_LIST_DIRECTORY | FILE_READ_ATTRIBUTES | SYNCHRONIZE;
    constexpr DWORD shareAll = FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE;
    return Handle(::CreateFileW(path.c_str(), access, shareAll, nullptr, OPEN_EXISTING,
                                FILE_FLAG_BACKUP_SEMANTICS | extraFlags, nullptr));
}

} // namespace tempscope::native::win32
