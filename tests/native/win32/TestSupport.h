#pragma once
// Fixtures for the Windows tests: a scratch directory per case (created
// through `\\?\` paths, removed afterwards), files, and the lock helper — a
// second process (tempscope_lock_helper.exe, built next to the tests) that
// holds a file the way another program would. Real handles throughout.

#include "TestHarness.h"

#include "core/native/win32/Handle.h"
#include "core/native/win32/WinAttributes.h"
#include "core/native/win32/WinPath.h"

#include <windows.h>

#include <chrono>
#include <string>

namespace testsupport {

using tempscope::native::NativeString;
using tempscope::native::win32::Handle;
namespace win32 = tempscope::native::win32;

inline long long msSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                                 start)
        .count();
}

inline bool runningOnWine()
{
    return ::GetProcAddress(::GetModuleHandleW(L"ntdll.dll"), "wine_get_version") != nullptr;
}

// Now, in nanoseconds since the Unix epoch (as the scanner's times).
inline tempscope::native::TimeNs nowNs()
{
    FILETIME ft;
    ::GetSystemTimeAsFileTime(&ft);
    return win32::fileTimeToNs(
        static_cast<std::int64_t>((std::uint64_t(ft.dwHighDateTime) << 32) | ft.dwLowDateTime));
}

inline std::string utf8(const NativeString &s)
{
    return win32::toUtf8(s);
}

inline bool exists(const NativeString &path)
{
    return ::GetFileAttributesW(win32::extendedPath(path).c_str()) != INVALID_FILE_ATTRIBUTES;
}

inline void writeFile(const NativeString &path, const std::string &content = "x")
{
    Handle h(::CreateFileW(win32::extendedPath(path).c_str(), GENERIC_WRITE, 0, nullptr,
                           CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr));
    if (!h.valid())
        testharness::fail(__FILE__, __LINE__,
                          "cannot create " + utf8(path) + ": " + std::to_string(::GetLastError()));
    DWORD written = 0;
    ::WriteFile(h.get(), content.data(), static_cast<DWORD>(content.size()), &written, nullptr);
}

inline void makeDir(const NativeString &path)
{
    if (!::CreateDirectoryW(win32::extendedPath(path).c_str(), nullptr) &&
        ::GetLastError() != ERROR_ALREADY_EXISTS)
        testharness::fail(__FILE__, __LINE__,
                          "cannot create " + utf8(path) + ": " + std::to_string(::GetLastError()));
}

// `top`\level1000\level1001\... `depth` directories deep with bottom.txt at
// the end; returns the deepest directory.
inline NativeString makeDeepTree(const NativeString &top, int depth)
{
    NativeString p = top;
    makeDir(p);
    for (int i = 0; i < depth; ++i) {
        p += L"\\level" + std::to_wstring(1000 + i);
        makeDir(p);
    }
    writeFile(p + L"\\bottom.txt");
    return p;
}

// Best-effort cleanup of what a test left behind (plain recursion is fine for fixtures).
inline void removeAll(const NativeString &path)
{
    const NativeString p = win32::extendedPath(path);
    const DWORD attributes = ::GetFileAttributesW(p.c_str());
    if (attributes == INVALID_FILE_ATTRIBUTES)
        return;
    ::SetFileAttributesW(p.c_str(), attributes & ~DWORD(FILE_ATTRIBUTE_READONLY));
    if ((attributes & FILE_ATTRIBUTE_DIRECTORY) && !(attributes & FILE_ATTRIBUTE_REPARSE_POINT)) {
        WIN32_FIND_DATAW fd;
        HANDLE find = ::FindFirstFileW((p + L"\\*").c_str(), &fd);
        if (find != INVALID_HANDLE_VALUE) {
            do {
                const std::wstring name = fd.cFileName;
                if (name != L"." && name != L"..")
                    removeAll(p + L"\\" + name);
            } while (::FindNextFileW(find, &fd));
            ::FindClose(find);
        }
        ::RemoveDirectoryW(p.c_str());
    } else if (attributes & FILE_ATTRIBUTE_DIRECTORY) {
        ::RemoveDirectoryW(p.c_str());
    } else {
        ::DeleteFileW(p.c_str());
    }
}

inline NativeString processTempDir()
{
    wchar_t buf[MAX_PATH + 1];
    const DWORD n = ::GetTempPathW(MAX_PATH + 1, buf);
    NativeString dir(buf, n);
    if (!dir.empty() && dir.back() == L'\\')
        dir.pop_back();
    return dir + L"\\tempscope-wintest-" + std::to_wstring(::GetCurrentProcessId());
}

// A fresh directory for one case, in the plain `C:\...` form callers use.
class Scratch
{
public:
    explicit Scratch(const wchar_t *name) : m_path(processTempDir() + L"\\" + name)
    {
        makeDir(processTempDir());
        removeAll(m_path);
        makeDir(m_path);
    }
    ~Scratch()
    {
        removeAll(m_path);
        ::RemoveDirectoryW(win32::extendedPath(processTempDir()).c_str()); // when it is the last
    }
    Scratch(const Scratch &) = delete;
    Scratch &operator=(const Scratch &) = delete;

    const NativeString &path() const { return m_path; }
    NativeString operator/(const NativeString &name) const { return m_path + L"\\" + name; }

private:
    NativeString m_path;
};

// A directory holding `tree\link` -> `target` (with `target\keep.txt`): under
// Wine the one .ci/windows passes in TEMPSCOPE_WINE_LINK_FIXTURE (Wine's
// CreateSymbolicLinkW does nothing, but it shows a Unix symbolic link as a
// directory reparse point); on Windows one made in `dir` (needs developer
// mode or elevation). Empty, with a note, when no link could be made.
inline NativeString directoryLinkFixture(const Scratch &dir)
{
    NativeString fixture;
    wchar_t env[1024];
    const DWORD n = ::GetEnvironmentVariableW(L"TEMPSCOPE_WINE_LINK_FIXTURE", env, 1024);
    if (n > 0 && n < 1024) {
        fixture.assign(env, n);
    } else {
        makeDir(dir / L"target");
        writeFile(dir / L"target\\keep.txt");
        makeDir(dir / L"tree");
        fixture = dir.path();
        ::CreateSymbolicLinkW(win32::extendedPath(dir / L"tree\\link").c_str(),
                              win32::extendedPath(dir / L"target").c_str(),
                              SYMBOLIC_LINK_FLAG_DIRECTORY | 0x2 /* allow unprivileged */);
    }
    const DWORD attributes =
        ::GetFileAttributesW(win32::extendedPath(fixture + L"\\tree\\link").c_str());
    if (attributes == INVALID_FILE_ATTRIBUTES || !(attributes & FILE_ATTRIBUTE_REPARSE_POINT)) {
        testharness::note("no directory link could be made here: not checked");
        return {};
    }
    return fixture;
}

inline NativeString ownDirectory()
{
    wchar_t buf[32768];
    const DWORD n = ::GetModuleFileNameW(nullptr, buf, 32768);
    NativeString p(buf, n);
    return p.substr(0, p.find_last_of(L'\\'));
}

inline NativeString helperExe()
{
    return ownDirectory() + L"\\tempscope_lock_helper.exe";
}

// A running helper process. It signals an inherited event once it holds what
// it was asked to hold; the constructor waits for that (at most 10 s).
class Helper
{
public:
    Helper(const NativeString &exe, const NativeString &args)
    {
        SECURITY_ATTRIBUTES sa{sizeof sa, nullptr, TRUE};
        m_ready = Handle(::CreateEventW(&sa, TRUE, FALSE, nullptr));
        NativeString cmd = L"\"" + exe + L"\" " +
                           std::to_wstring(reinterpret_cast<std::uintptr_t>(m_ready.get())) + L" " +
                           args;
        STARTUPINFOW si{};
        si.cb = sizeof si;
        PROCESS_INFORMATION pi{};
        if (!::CreateProcessW(exe.c_str(), cmd.data(), nullptr, nullptr, TRUE, 0, nullptr, nullptr,
                              &si, &pi))
            testharness::fail(__FILE__, __LINE__,
                              "cannot start " + utf8(exe) + ": " +
                                  std::to_string(::GetLastError()));
        m_process = Handle(pi.hProcess);
        m_pid = pi.dwProcessId;
        ::CloseHandle(pi.hThread);
        HANDLE both[] = {m_ready.get(), m_process.get()};
        const DWORD w = ::WaitForMultipleObjects(2, both, FALSE, 10000);
        if (w != WAIT_OBJECT_0)
            testharness::fail(__FILE__, __LINE__, "helper did not get ready: " + utf8(args));
        m_readyAt = std::chrono::steady_clock::now();
    }
    ~Helper() { stop(); }
    Helper(const Helper &) = delete;
    Helper &operator=(const Helper &) = delete;

    std::chrono::steady_clock::time_point readyAt() const { return m_readyAt; }
    DWORD pid() const { return m_pid; }
    // Waits for the helper to end by itself; false after `ms`.
    bool wait(DWORD ms) { return ::WaitForSingleObject(m_process.get(), ms) == WAIT_OBJECT_0; }
    // Ends our own helper (a test fixture, not something the product does).
    void stop()
    {
        if (m_process.valid() && !wait(0)) {
            ::TerminateProcess(m_process.get(), 0);
            wait(5000);
        }
    }

private:
    Handle m_ready;
    Handle m_process;
    DWORD m_pid = 0;
    std::chrono::steady_clock::time_point m_readyAt;
};

} // namespace testsupport
