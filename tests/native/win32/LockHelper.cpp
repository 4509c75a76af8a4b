// tempscope_lock_helper: a second process for the Windows tests, playing the
// program that holds a file. Usage:
//   tempscope_lock_helper EVENT hold PATH MS     open without FILE_SHARE_DELETE, hold MS ms
//   tempscope_lock_helper EVENT pending PATH MS  open for attributes only, delete the
//                                                file (it becomes delete-pending), hold MS ms
//   tempscope_lock_helper EVENT sleep MS         just run (as a running .exe)
//   tempscope_lock_helper EVENT holdall DIR MS   hold every file directly in DIR, MS ms
// EVENT is an inherited event handle, signalled once the file is held.

#include <windows.h>

#include <cstdint>
#include <cstdio>
#include <cwchar>
#include <shellapi.h>
#include <string>
#include <vector>

int main()
{
    int argc = 0;
    wchar_t **argv = ::CommandLineToArgvW(::GetCommandLineW(), &argc);
    if (!argv || argc < 4) {
        std::fprintf(stderr,
                     "usage: tempscope_lock_helper EVENT hold|pending|holdall|sleep [PATH] MS\n");
        return 2;
    }
    const auto ready =
        reinterpret_cast<HANDLE>(static_cast<std::uintptr_t>(std::wcstoull(argv[1], nullptr, 10)));
    const std::wstring mode = argv[2];
    HANDLE held = INVALID_HANDLE_VALUE;
    std::vector<HANDLE> all;
    DWORD ms = 0;
    if (mode == L"holdall" && argc >= 5) {
        ms = static_cast<DWORD>(std::wcstoul(argv[4], nullptr, 10));
        const std::wstring dir = argv[3];
        WIN32_FIND_DATAW fd;
        HANDLE find = ::FindFirstFileW((dir + L"\\*").c_str(), &fd);
        if (find == INVALID_HANDLE_VALUE)
            return 1;
        do {
            if (fd.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY)
                continue;
            all.push_back(::CreateFileW((dir + L"\\" + fd.cFileName).c_str(), GENERIC_READ,
                                        FILE_SHARE_READ, nullptr, OPEN_EXISTING, 0, nullptr));
            if (all.back() == INVALID_HANDLE_VALUE) {
                std::fprintf(stderr, "open failed: %lu\n", ::GetLastError());
                return 1;
            }
        } while (::FindNextFileW(find, &fd));
        ::FindClose(find);
    } else if (mode == L"sleep") {
        ms = static_cast<DWORD>(std::wcstoul(argv[3], nullptr, 10));
    } else if (argc >= 5 && (mode == L"hold" || mode == L"pending")) {
        ms = static_cast<DWORD>(std::wcstoul(argv[4], nullptr, 10));
        if (mode == L"hold") {
            held = ::CreateFileW(argv[3], GENERIC_READ, FILE_SHARE_READ, nullptr, OPEN_EXISTING,
                                 FILE_FLAG_BACKUP_SEMANTICS, nullptr);
        } else {
            // Attribute-only access takes no part in sharing checks: the file
            // can still be opened for DELETE, but it stays (delete-pending,
            // keeping its directory non-empty) until this handle closes.
            held = ::CreateFileW(argv[3], FILE_READ_ATTRIBUTES,
                                 FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                                 OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, nullptr);
            if (held != INVALID_HANDLE_VALUE && !::DeleteFileW(argv[3])) {
                std::fprintf(stderr, "delete failed: %lu\n", ::GetLastError());
                return 1;
            }
        }
        if (held == INVALID_HANDLE_VALUE) {
            std::fprintf(stderr, "open failed: %lu\n", ::GetLastError());
            return 1;
        }
    } else {
        return 2;
    }
    ::SetEvent(ready);
    ::Sleep(ms);
    if (held != INVALID_HANDLE_VALUE)
        ::CloseHandle(held);
    for (HANDLE h : all)
        ::CloseHandle(h);
    return 0;
}
