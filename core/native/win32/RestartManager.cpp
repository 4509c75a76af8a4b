#include "core/native/win32/RestartManager.h"

#include "core/native/win32/Disposition.h"
#include "core/native/win32/WinPath.h"

#include <windows.h>

#include <restartmanager.h>

#include <vector>

namespace tempscope::native::win32 {

std::vector<LockingProcess> lockingProcesses(NativeStringView path)
{
    const NativeString one(path);
    return lockingProcesses(std::span<const NativeString>(&one, 1));
}

std::vector<LockingProcess> lockingProcesses(std::span<const NativeString> paths)
{
    std::vector<LockingProcess> out;
    // Loaded at run time: the Restart Manager is missing from some editions
    // and is only a stub under Wine; without it the answer is just "unknown".
    HMODULE rm = ::LoadLibraryW(L"rstrtmgr.dll");
    if (!rm)
        return out;
    using Start = DWORD(WINAPI *)(DWORD *, DWORD, WCHAR *);
    using End = DWORD(WINAPI *)(DWORD);
    using Register =
        DWORD(WINAPI *)(DWORD, UINT, LPCWSTR *, UINT, RM_UNIQUE_PROCESS *, UINT, LPCWSTR *);
    using GetList = DWORD(WINAPI *)(DWORD, UINT *, UINT *, RM_PROCESS_INFO *, LPDWORD);
    const auto start = procAddress<Start>(rm, "RmStartSession");
    const auto end = procAddress<End>(rm, "RmEndSession");
    const auto registerResources = procAddress<Register>(rm, "RmRegisterResources");
    const auto getList = procAddress<GetList>(rm, "RmGetList");
    DWORD session = 0;
    WCHAR key[CCH_RM_SESSION_KEY + 1] = {};
    if (start && end && registerResources && getList && start(&session, 0, key) == ERROR_SUCCESS) {
        std::vector<NativeString> names;
        names.reserve(paths.size());
        for (const NativeString &p : paths)
            names.push_back(displayPath(p));
        std::vector<LPCWSTR> files;
        files.reserve(names.size());
        for (const NativeString &n : names)
            files.push_back(n.c_str());
        if (!files.empty() &&
            registerResources(session, static_cast<UINT>(files.size()), files.data(), 0, nullptr, 0,
                              nullptr) == ERROR_SUCCESS) {
            std::vector<RM_PROCESS_INFO> infos;
            UINT needed = 0;
            DWORD reasons = 0;
            for (int round = 0; round < 3; ++round) {
                UINT count = static_cast<UINT>(infos.size());
                const DWORD rc = getList(session, &needed, &count,
                                         infos.empty() ? nullptr : infos.data(), &reasons);
                if (rc == ERROR_MORE_DATA) {
                    infos.resize(needed);
                    continue;
                }
                if (rc == ERROR_SUCCESS)
                    for (UINT i = 0; i < count && i < infos.size(); ++i)
                        out.push_back({infos[i].Process.dwProcessId, toUtf8(infos[i].strAppName)});
                break;
            }
        }
        end(session);
    }
    ::FreeLibrary(rm);
    return out;
}

} // namespace tempscope::native::win32
