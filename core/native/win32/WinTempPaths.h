#pragma once
// Where Windows keeps temporary files, as plain data for `tempscope-cli where`
// and the locations view: the system's answer (GetTempPath2W when the system
// has it, else GetTempPathW), the usual per-user and system directories, and
// Python's tempfile candidate list for Windows in its order. Reads the
// environment only; creates and checks nothing (usability is judged by the
// caller). Stateless; any thread.

#include "core/native/FileTypes.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace tempscope::native::win32 {

struct SystemTemp
{
    NativeString path; // without the trailing backslash the API adds
    std::string api;   // "GetTempPath2W" or "GetTempPathW"
};
SystemTemp systemTempPath();

// %LOCALAPPDATA%\Temp and %SystemRoot%\Temp; empty if the variable is unset.
NativeString localAppDataTemp();
NativeString systemRootTemp();

struct TempCandidate
{
    NativeString path;
    std::string source; // TMPDIR, TEMP, TMP, platform or cwd (as DESIGN.md's `where --json`)
};

using GetEnv = std::function<std::optional<NativeString>(const NativeString &name)>;

// Python's tempfile._candidate_tempdir_list() on Windows: TMPDIR, TEMP, TMP
// (when set and not empty), then expanduser(r'~\AppData\Local\Temp'),
// expandvars(r'%SYSTEMROOT%\Temp'), c:\temp, c:\tmp, \temp, \tmp, then the
// current directory. Like Python, an unexpandable `~` or `%SYSTEMROOT%` is
// kept literally.
std::vector<TempCandidate> pythonTempCandidates(const GetEnv &getenv, const NativeString &cwd);
std::vector<TempCandidate> pythonTempCandidates(); // the process environment

} // namespace tempscope::native::win32
