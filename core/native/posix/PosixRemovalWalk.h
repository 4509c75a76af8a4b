#pragma once
// POSIX removal: SAFETY.md rules 1-10 (POSIX part).
//
// The root is opened once; an item is reached component by component with
// O_NOFOLLOW from the root descriptor and must still have the device, inode,
// kind and age the plan recorded. A directory is walked with an explicit stack
// of frames; each frame lists its directory completely (listNames) before any
// child is touched, so entries created during the run are never in the list
// and only make the final rmdir fail with ENOTEMPTY (kept, not an error).
//
// Descriptors: a frame holds its directory open (with an flock) while its
// children are processed, but only the deepest `budget` frames keep theirs
// (budget = RLIMIT_NOFILE / 4, 4..128). Older frames are closed and, when the
// walk climbs back, reopened with openat(child, "..") and accepted only if the
// device and inode are the ones listed: a directory moved elsewhere during the
// walk stops it (the fts/CPython approach, without a path string). Depth 5000
// with RLIMIT_NOFILE=64 therefore works, and nothing is ever resolved by path.
//
// Files are opened O_NOFOLLOW|O_NONBLOCK (a FIFO swapped in cannot hang us, a
// lease holder makes open fail with EWOULDBLOCK), rechecked (device, inode,
// kind, age), probed with flock(LOCK_EX|LOCK_NB) and F_OFD_GETLK (F_GETLK in the
// portable backend), and unlinked
// while our lock is held (a file the user cannot open at all, mode 000, is
// checked through an O_PATH handle, or in the portable backend by
// fstatat(AT_SYMLINK_NOFOLLOW) of its name, without the lock probes). Files are never chmod'ed or
// chown'ed; a directory the user owns may get u+rwx to be emptied, and gets its mode back if it
// stays.
//
// Residual race, inherent to POSIX and shared with systemd and coreutils: a
// name can be exchanged between our checks and unlinkat(). unlinkat() only
// removes that directory entry, below a directory we verified, so the most an
// attacker who can rename there achieves is the removal of a name they could
// remove themselves; a directory swapped in makes unlinkat fail with EISDIR.
//
// The order of the steps is the shared walk's (core/native/RemovalWalk.h);
// this is its POSIX node operations, used by PosixRemover.cpp once per pass
// (the dry check of item mode, then the run), on the calling thread. The
// helpers below are shared with the trash move. The errno verdicts are
// RemovalVerdicts.h.

#include "core/native/RemovalWalk.h"
#include "core/native/Remover.h"
#include "core/native/posix/Fd.h"
#include "core/native/posix/PosixFs.h"
#include "core/native/posix/RemovalVerdicts.h"

#include <vector>

namespace tempscope::native::posix {

inline constexpr int DirFlags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC;
inline constexpr int FileFlags = O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY;

// Sets a directory's atime and mtime back; best effort (needs ownership, like systemd's).
void restoreTimes(int fd, TimeNs atime, TimeNs mtime);
// Descriptors a walk keeps open: RLIMIT_NOFILE / 4, 4..128.
long descriptorBudget();

// The primitives that differ between the Linux backend
// (LinuxRemovalPrimitives.cpp) and the portable one
// (PortableRemovalPrimitives.cpp):
//
// Grants u+rwx to a directory the user owns that cannot be opened. Linux:
// through an O_PATH descriptor verified against the listing (chmod via
// /proc/self/fd acts on that very inode, never on a name). Portable: never
// (no handle to check; the directory is kept). Returns the directory opened
// for reading, or an invalid Fd with errno.
Fd openWithOwnerAccess(int parentFd, const char *name, const Meta &listed);

// Appends every name of the open directory but "." and ".." (Linux:
// getdents64 into the reused buffer; portable: readdir of a duplicate
// descriptor); 0 or the errno that ended the listing.
int listNames(int fd, std::vector<char> &buffer, std::vector<NativeString> &names);

// A handle for the identity of a file that cannot be opened for reading or
// writing (mode 000). Linux: an O_PATH descriptor in `fd`. Portable: none
// (`fd` stays invalid; the caller stats the name without following links).
// Returns 0 or an errno value.
int openIdentityHandle(int dirFd, const char *name, Fd &fd);

// The lock probe of an open file: F_OFD_GETLK (Linux) or F_GETLK.
inline constexpr int RecordLockProbe = backend::RecordLockProbe;

// One pass of a remove() call over the item `name` in the directory
// parentFd, as listed (`meta`), on the file system `rootDevice`. Its veto is
// the first entry kept for a vetoing reason, locks included (POSIX can see
// them without removing anything).
WalkEnd walkItem(const RemovalPolicy &policy, const RemovalTarget &target, std::uint64_t rootDevice,
                 const WalkPass &pass, int parentFd, const NativeString &name, const Meta &meta,
                 RemovalOutcome &out);

} // namespace tempscope::native::posix
