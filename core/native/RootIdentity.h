#pragma once
// Directory identities for deciding which roots may be cleaned (SAFETY.md
// rule 11): a root is judged by the device and inode of the directory it
// opens, never by its path text, so a bind mount, a symlink chain, ".." or
// /proc/self/cwd cannot disguise "/" or a home directory.
//
// POSIX only (core/native/posix/RootIdentity.cpp); any thread.

#include "core/native/FileTypes.h"

#include <vector>

namespace tempscope::native {

struct DirectoryIdentity
{
    FileId id;
    Kind kind = Kind::Unknown;
    bool sharedTemp = false; // sticky and writable by everyone: a shared temp directory
};

// realpath(3) on bytes; empty with *error set when it fails.
NativeString realPath(NativeStringView path, int *error);

// Opens `path` (the kernel resolves any symlink in it) and reports what it is.
// Returns 0 or an errno value.
int directoryIdentity(NativeStringView path, DirectoryIdentity &out);

// The identity of the directory `path` names and of every directory above it,
// found by walking ".." from the opened directory, not by cutting the text:
// the first element is the directory itself, the last the file system root.
// Empty when `path` cannot be opened as a directory.
std::vector<FileId> identityChain(NativeStringView path);

// The home directories of every account in the password database that lie on
// a local file system. Homes on network file systems and autofs mount points
// are left out unopened, so a dead server cannot hang the caller.
std::vector<NativeString> accountHomes();

// Whether the longest mount point containing the (absolute) path is a network
// or automount file system, judged from /proc/self/mounts without touching it.
bool onNetworkFilesystem(NativeStringView path);

} // namespace tempscope::native
