#pragma once
// The platform's scratch roots (besides the system temp directory and the
// user's saved roots), by the rules of each platform, with the platform, the
// home directory and the environment as inputs, so every platform's rules
// run and are tested everywhere. Only the choice of the running platform is
// compiled per platform (PlatformPlaces::current()).
//
// - Linux and other Unix systems: /var/tmp; $XDG_RUNTIME_DIR when absolute
//   (listed, not cleaned unless named); the cache directory.
// - macOS: the per-user temp directory $TMPDIR (launchd sets it to
//   /var/folders/XX/RANDOM/T/) and, beside it, the per-user cache
//   directory .../C/ (listed, not cleaned unless named); /private/tmp (which
//   /tmp links to) and /private/var/tmp; ~/Library/Caches (listed, not
//   cleaned unless named).
// - Windows: %SystemRoot%\Temp; the cache directory.
//
// Paths are given in the platform's own form; none is probed here.

#include "core/locations/ScratchRoots.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>

namespace tempscope {

enum class Platform { Unix, MacOS, Windows };

struct PlatformPlaces
{
    Platform platform = Platform::Unix;
    QProcessEnvironment environment;
    QString home;     // the user's home directory (absolute), empty when unknown
    QString cacheDir; // Unix and Windows: the user's cache directory (QStandardPaths)

    // The platform this program runs on.
    static Platform current();
    // The running platform's places for this environment: its home and its
    // cache directory as Qt finds them.
    static PlatformPlaces ofThisProcess(const QProcessEnvironment &environment);
};

// The platform's scratch roots, in order, with kind, origin and
// cleanByDefault set; facts not filled in.
QList<ScratchRoot> platformScratchRoots(const PlatformPlaces &places);

} // namespace tempscope
