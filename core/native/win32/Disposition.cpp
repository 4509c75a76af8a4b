#include "core/native/win32/Disposition.h"

#include "core/native/win32/WinAttributes.h"

namespace tempscope::native::win32 {

namespace {

// Spelled out because mingw-w64 only declares them for _WIN32_WINNT beyond
// what the rest of the code needs. Values from the Windows SDK.
constexpr auto FileDispositionInfoExClass = static_cast<FILE_INFO_BY_HANDLE_CLASS>(21);
constexpr DWORD DispositionDelete = 0x1;
constexpr DWORD DispositionPosixSemantics = 0x2;
constexpr DWORD DispositionIgnoreReadOnly = 0x10;
struct DispositionInfoEx
{
    DWORD Flags;
};

} // namespace

bool setAttributes(HANDLE h, DWORD attributes)
{
    FILE_BASIC_INFO basic{}; // zero times: leave them as they are
    basic.FileAttributes = attributes == 0 ? FILE_ATTRIBUTE_NORMAL : attributes;
    return ::SetFileInformationByHandle(h, FileBasicInfo, &basic, sizeof basic) != 0;
}

std::uint64_t fileId(const BY_HANDLE_FILE_INFORMATION &info)
{
    return fileIndex(info.nFileIndexHigh, info.nFileIndexLow);
}

bool Disposer::mark(HANDLE handle, std::uint32_t volume, Used &used, DWORD &error)
{
    const auto posix = m_posixByVolume.find(volume);
    if (m_tryPosix && (posix == m_posixByVolume.end() || posix->second)) {
        // POSIX semantics: the name goes at once even if someone else has the
        // file open with FILE_SHARE_DELETE, so the parent can be removed next.
        DispositionInfoEx ex{DispositionDelete | DispositionPosixSemantics |
                             DispositionIgnoreReadOnly};
        if (::SetFileInformationByHandle(handle, FileDispositionInfoExClass, &ex, sizeof ex)) {
            m_posixByVolume[volume] = true;
            used = Used::PosixSemantics;
            return true;
        }
        error = ::GetLastError();
        // Older Windows, FAT, network file systems and Wine reject it.
        if (error != ERROR_INVALID_PARAMETER && error != ERROR_INVALID_FUNCTION &&
            error != ERROR_NOT_SUPPORTED)
            return false;
        m_posixByVolume[volume] = false;
    }
    FILE_DISPOSITION_INFO legacy{TRUE};
    if (::SetFileInformationByHandle(handle, FileDispositionInfo, &legacy, sizeof legacy)) {
        used = Used::Legacy;
        return true;
    }
    error = ::GetLastError();
    return false;
}

} // namespace tempscope::native::win32
