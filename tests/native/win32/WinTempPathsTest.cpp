// Windows temp locations: the system's answer and Python's candidate list,
// the latter with a scripted environment so its order is checked exactly.

#include "TestSupport.h"

#include "core/native/win32/WinTempPaths.h"

#include <map>

using namespace tempscope::native;
using namespace tempscope::native::win32;
using namespace testsupport;

namespace {

GetEnv fakeEnv(std::map<NativeString, NativeString> vars)
{
    return [vars](const NativeString &name) -> std::optional<NativeString> {
        const auto it = vars.find(name);
        if (it == vars.end())
            return std::nullopt;
        return it->second;
    };
}

std::string listing(const std::vector<TempCandidate> &cs)
{
    std::string out;
    for (const TempCandidate &c : cs)
        out += c.source + "=" + utf8(c.path) + "; ";
    return out;
}

} // namespace

TEST(system_temp_path)
{
    const SystemTemp t = systemTempPath();
    testharness::note("%s -> %s", t.api.c_str(), utf8(t.path).c_str());
    CHECK(!t.path.empty());
    CHECK(t.path.back() != L'\\');
    CHECK(t.api == "GetTempPath2W" || t.api == "GetTempPathW");
    CHECK(exists(t.path));
    // It agrees with the environment the process was started with.
    wchar_t buf[MAX_PATH + 1];
    const DWORD n = ::GetTempPathW(MAX_PATH + 1, buf);
    if (t.api == "GetTempPathW")
        CHECK_EQ(utf8(t.path + L"\\"), utf8(NativeString(buf, n)));
}

TEST(per_user_and_system_dirs)
{
    const NativeString local = localAppDataTemp();
    const NativeString system = systemRootTemp();
    testharness::note("LOCALAPPDATA\\Temp = %s; SystemRoot\\Temp = %s", utf8(local).c_str(),
                      utf8(system).c_str());
    CHECK(!system.empty());
    CHECK(system.size() > 5 && system.substr(system.size() - 5) == L"\\Temp");
    wchar_t root[MAX_PATH];
    const DWORD n = ::GetEnvironmentVariableW(L"SystemRoot", root, MAX_PATH);
    CHECK_EQ(utf8(system), utf8(NativeString(root, n) + L"\\Temp"));
}

TEST(python_candidates_in_order)
{
    const auto cs =
        pythonTempCandidates(fakeEnv({{L"TMPDIR", L"D:\\t"},
                                      {L"TEMP", L"C:\\Users\\ann\\AppData\\Local\\Temp"},
                                      {L"TMP", L""}, // set but empty: skipped
                                      {L"USERPROFILE", L"C:\\Users\\ann"},
                                      {L"SYSTEMROOT", L"C:\\Windows"}}),
                             L"C:\\work");
    testharness::note("%s", listing(cs).c_str());
    CHECK_EQ(listing(cs), std::string("TMPDIR=D:\\t; TEMP=C:\\Users\\ann\\AppData\\Local\\Temp; "
                                      "platform=C:\\Users\\ann\\AppData\\Local\\Temp; "
                                      "platform=C:\\Windows\\Temp; platform=c:\\temp; "
                                      "platform=c:\\tmp; platform=\\temp; platform=\\tmp; "
                                      "cwd=C:\\work; "));
}

TEST(python_candidates_unexpandable_stay_literal)
{
    // ntpath.expanduser falls back to HOMEDRIVE + HOMEPATH, and leaves `~` when
    // neither is set; expandvars leaves an unset %SYSTEMROOT% as it is.
    const auto home =
        pythonTempCandidates(fakeEnv({{L"HOMEDRIVE", L"H:"}, {L"HOMEPATH", L"\\me"}}), L"C:\\");
    CHECK_EQ(utf8(home[0].path), std::string("H:\\me\\AppData\\Local\\Temp"));
    const auto bare = pythonTempCandidates(fakeEnv({}), L"C:\\");
    testharness::note("%s", listing(bare).c_str());
    CHECK_EQ(bare.size(), std::size_t(7));
    CHECK_EQ(utf8(bare[0].path), std::string("~\\AppData\\Local\\Temp"));
    CHECK_EQ(utf8(bare[1].path), std::string("%SYSTEMROOT%\\Temp"));
}

TEST(python_candidates_from_this_process)
{
    const auto cs = pythonTempCandidates();
    testharness::note("%s", listing(cs).c_str());
    CHECK(cs.size() >= 7);
    CHECK_EQ(cs.back().source, std::string("cwd"));
    CHECK(!cs.back().path.empty());
}

TEST_MAIN()
