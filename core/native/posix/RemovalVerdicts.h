#pragma once
// What the POSIX remover makes of an errno (POSIX backend only): for each
// step of reaching, checking and removing an entry, which KeepReason and
// English reason a failing call gives, or that the entry is simply gone.
// A pure function over (step, errno), unit-tested on its own
// (tests/native/RemovalVerdictsTest); the walk (PosixRemovalWalk.cpp), the
// remover and the trash move only ask it.

#include "core/native/RemovalSupport.h"

#include <string>

namespace tempscope::native::posix {

// Verdict and keepFor are RemovalSupport.h's, shared with the Windows backend.
using native::keepFor;
using native::Verdict;

// The call that failed.
enum class RemovalStep : std::uint8_t {
    Stat,            // statx of a listed name or an open descriptor
    Reach,           // openat of a path component from the root (O_DIRECTORY | O_NOFOLLOW)
    ReachSymlink,    // the same, where a symbolic link stands now
    OpenFile,        // openat of a file (O_NOFOLLOW | O_NONBLOCK)
    OpenDirectory,   // openat of a directory, or listing it (getdents64)
    Lock,            // flock(LOCK_EX | LOCK_NB)
    Unlink,          // unlinkat of a file or link
    RemoveDirectory, // unlinkat(AT_REMOVEDIR)
    MoveToTrash,     // rename without replacing (renameNoReplace) into the trash's files/
};

// The verdict on `err` (an errno value, not 0) at `step`.
Verdict errnoVerdict(RemovalStep step, int err);

} // namespace tempscope::native::posix
