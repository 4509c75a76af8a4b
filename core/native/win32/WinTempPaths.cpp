#include "core/native/win32/WinTempPaths.h"

#include <windows.h>

namespace tempscope::native::win32 {

namespace {

std::optional<NativeString> processEnv(const NativeString &name)
{
    const DWORD size = ::GetEnvironmentVariableW(name.c_str(), nullptr, 0);
    if (size == 0)
        return std::nullopt;
    NativeString value(size, L'\0');
    const DWORD n = ::GetEnvironmentVariableW(name.c_str(), value.data(), size);
    if (n == 0 || n >= size)
        return std::nullopt;
    value.resize(n);
    return value;
}

NativeString currentDirectory()
{
    const DWORD size = ::GetCurrentDirectoryW(0, nullptr);
    if (size == 0)
        return {};
    NativeString dir(size, L'\0');
    const DWORD n = ::GetCurrentDirectoryW(size, dir.data());
    dir.resize(n < size ? n : 0);
    return dir;
}

NativeString withoutTrailingSlash(NativeString p)
{
    // Keep `C:\` as it is: without the backslash it would mean "current directory on C:".
    while (p.size() > 3 && (p.back() == L'\\' || p.back() == L'/'))
        p.pop_back();
    return p;
}

NativeString tempUnder(const std::optional<NativeString> &dir)
{
    if (!dir || dir->empty())
        return {};
    return withoutTrailingSlash(*dir) + L"\\Temp";
}

// ntpath.expanduser for `~\rest`: USERPROFILE, else HOMEDRIVE + HOMEPATH.
NativeString expandUser(const GetEnv &getenv, const NativeString &rest)
{
    NativeString home;
    if (auto profile = getenv(L"USERPROFILE"); profile && !profile->empty()) {
        home = *profile;
    } else {
        const auto path = getenv(L"HOMEPATH");
        if (!path)
            return L"~" + rest;
        home = getenv(L"HOMEDRIVE").value_or(NativeString()) + *path;
    }
    return home + rest;
}

} // namespace

SystemTemp systemTempPath()
{
    // GetTempPath2W (Windows 11, and Windows 10 since 2022 updates) gives
    // SYSTEM processes C:\Windows\SystemTemp; others get what GetTempPathW says.
    using Fn = DWORD(WINAPI *)(DWORD, LPWSTR);
    const auto proc = ::GetProcAddress(::GetModuleHandleW(L"kernel32.dll"), "GetTempPath2W");
    const Fn temp2 = reinterpret_cast<Fn>(reinterpret_cast<void (*)()>(proc));
    wchar_t buf[MAX_PATH + 2] = {};
    SystemTemp out;
    DWORD n = 0;
    if (temp2) {
        n = temp2(MAX_PATH + 1, buf);
        out.api = "GetTempPath2W";
    } else {
        n = ::GetTempPathW(MAX_PATH + 1, buf);
        out.api = "GetTempPathW";
    }
    if (n > 0 && n <= MAX_PATH + 1)
        out.path = withoutTrailingSlash(NativeString(buf, n));
    return out;
}

NativeString localAppDataTemp()
{
    return tempUnder(processEnv(L"LOCALAPPDATA"));
}

NativeString systemRootTemp()
{
    return tempUnder(processEnv(L"SystemRoot"));
}

std::vector<TempCandidate> pythonTempCandidates(const GetEnv &getenv, const NativeString &cwd)
{
    std::vector<TempCandidate> out;
    for (const char *name : {"TMPDIR", "TEMP", "TMP"}) {
        const NativeString wide(name, name + std::char_traits<char>::length(name));
        if (auto value = getenv(wide); value && !value->empty())
            out.push_back({*value, name});
    }
    out.push_back({expandUser(getenv, L"\\AppData\\Local\\Temp"), "platform"});
    const auto root = getenv(L"SYSTEMROOT");
    out.push_back({root ? *root + L"\\Temp" : NativeString(L"%SYSTEMROOT%\\Temp"), "platform"});
    for (const wchar_t *fixed : {L"c:\\temp", L"c:\\tmp", L"\\temp", L"\\tmp"})
        out.push_back({fixed, "platform"});
    out.push_back({cwd, "cwd"});
    return out;
}

std::vector<TempCandidate> pythonTempCandidates()
{
    return pythonTempCandidates(processEnv, currentDirectory());
}

} // namespace tempscope::native::win32
