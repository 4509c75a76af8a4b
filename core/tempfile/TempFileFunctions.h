#pragma once
// Python's tempfile module functions: gettempdir(), gettempprefix(),
// mkstemp() and mkdtemp(), with the same flags, modes, names and collision
// handling (../shared/TEMPFILE.md).
//
// gettempdir() is TempDirResolver::cached().tempDir (core/locations): one
// answer per process, with the trace of why, shared with `tempscope-cli
// where`. All functions are thread-safe. Paths are absolute, '/'-separated
// (Qt's convention), cleaned like os.path.abspath.
//
// Differences from Qt:
// - QTemporaryFile names come from a template ("<app>.XXXXXX" in
//   QDir::tempPath(); the last run of >= 6 'X' becomes [A-Za-z]); here a
//   name is prefix + 8 of [a-z0-9_] + suffix, in gettempdir().
// - QDir::tempPath() reads TMPDIR only and never checks it; gettempdir()
//   tries TMPDIR, TEMP, TMP, the platform list and the current directory,
//   and proves each one writable.

#include "core/tempfile/RandomNameSequence.h"
#include "core/tempfile/TempFileEvent.h"

#include <QString>

#include <cstdio>
#include <optional>

namespace tempscope::tempfile {

// os.TMP_MAX: how many names are tried before FileExistsError.
inline constexpr int kTmpMax = TMP_MAX;

// Python's keyword arguments; use designated initializers:
//   mkstemp({.suffix = u".csv"_s, .prefix = u"upload_"_s})
struct TempNameOptions
{
    QString suffix = {};                          // appended to the random part, no separator
    std::optional<QString> prefix = std::nullopt; // nullopt: gettempprefix(); "" is no prefix
    std::optional<QString> dir = std::nullopt;    // nullopt: gettempdir(); relative: made absolute
    bool text = false;     // mkstemp only: O_TEXT on Windows, nothing on POSIX
    NameSource names = {}; // empty: RandomNameSequence::shared()
    TempFileEventHub *events = TempFileEventHub::global(); // nullptr: report nothing
    QString source = {}; // event source; empty: the function's name
};

// The naming fields every options struct of this library shares (suffix,
// prefix, dir, names, events), copied into another options struct `To`.
template <class To, class From> To withNamingOf(const From &from, To to = {})
{
    to.suffix = from.suffix;
    to.prefix = from.prefix;
    to.dir = from.dir;
    to.names = from.names;
    to.events = from.events;
    return to;
}

// The caller owns fd (close it) and the file (remove it), as in Python.
struct MkstempResult
{
    int fd = -1;
    QString path;
};

// Throws FileNotFoundError ("No usable temporary directory found in [...]").
QString gettempdir();
QString gettempprefix(); // "tmp"

// open(O_RDWR|O_CREAT|O_EXCL|O_NOFOLLOW|O_CLOEXEC, 0600) on the first free
// name; a file or directory of that name means "next name"; after kTmpMax
// names FileExistsError. Other errors (missing dir, not a directory, no
// permission) throw at once.
MkstempResult mkstemp(const TempNameOptions &options = {});
// mkdir(0700) by the same rules. Returns the absolute path.
QString mkdtemp(const TempNameOptions &options = {});

namespace detail {
// mkstemp with O_TEMPORARY on Windows when deleteOnClose (NamedTemporaryFile).
MkstempResult createUniqueFile(const TempNameOptions &options, bool deleteOnClose);
// The absolute directory options.dir names (gettempdir() when unset).
QString resolveDir(const TempNameOptions &options);
void report(TempFileEventHub *hub, TempFileEvent event);
} // namespace detail

} // namespace tempscope::tempfile
