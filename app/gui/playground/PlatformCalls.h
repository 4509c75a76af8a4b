#pragma once
// The few questions the playground puts to the operating system that Qt,
// core and native do not answer for app code. One implementation per
// platform, chosen by the build (PlatformCallsPosix.cpp, PlatformCallsWin.cpp),
// so the rest of the playground has no platform branches.
//
// Any thread; each call is a fresh look at the file system.

#include "core/native/Remover.h"

#include <QString>

namespace tempscope::gui::playground::platform {

// Makes path a directory only its owner may use (mkdir(path, 0700) on POSIX).
// True when it was made.
bool makePrivateDirectory(const QString &path);

// Whether path is a directory the playground may work in: a real directory
// (not a symlink) owned by the current user that nobody else may write. On
// POSIX a group or other permission bit is removed (chmod 0700) rather than
// refused.
bool claimPrivateDirectory(const QString &path);

// The permission bits (07777) of the open descriptor fd, or when fd < 0 of
// path (a symlink itself, not its target); -1 when unknown or not a notion of
// the platform.
int permissionBits(int fd, const QString &path);

// The write buffer CPython's open() gives the file open as fd: its st_blksize
// when that is above 1, else io.DEFAULT_BUFFER_SIZE (8192). Windows has no
// st_blksize, so Python uses 8192 there.
qint64 pythonBufferSize(int fd);

// "Who has this file open?", answered the way the platform can.
struct HolderAnswer
{
    enum class Kind {
        Gone,        // the path names nothing now
        Nobody,      // the in-use index knows no process holding it
        Held,        // holder has it open (POSIX: Tempscope's in-use index)
        Reopened,    // Windows: opening it again by name worked
        NotReopened, // Windows: opening it again failed (error), the reopen rule
    };
    Kind kind = Kind::Gone;
    native::Holder holder; // Held
    QString error;         // NotReopened
};
HolderAnswer whoHasOpen(const QString &path);

} // namespace tempscope::gui::playground::platform
