#pragma once
// Who holds files open: the processes that have an entry open, mapped into
// memory or as their working directory, with their pid and name. A snapshot:
// a process may have let go (or taken hold) since, and processes of other
// users may be invisible, so the answer is advisory ("nobody we can see").
//
// POSIX (Linux): one pass over /proc/PID/{cwd,fd,maps}, the source of the
// remover's InUseIndex, answered by device and inode; every holder is kept
// with how it holds the entry. Windows: the Restart Manager, asked by path
// for many files at once and narrowed down by halves to the held ones; it
// knows files (not directories) and says neither how nor with which handle.
// Where neither source answers (Wine's stub Restart Manager, a system
// without /proc) the answer is empty, which means "unknown", not "nobody";
// a build with no source at all says so through holdersAvailable().
//
// The calling process is a process like any other here: filter it out where
// your own descriptors do not count. Stateless; any thread.

#include "core/native/ScanTree.h"

#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace tempscope::native {

// A process holding an entry (also the remover's InUseIndex record).
struct Holder
{
    int pid = 0;
    std::string command; // its name: /proc/PID/comm, or the Restart Manager's application name
};

// A holder and how it holds one entry.
struct FileHolder : Holder
{
    enum class Via : std::uint8_t {
        Descriptor,       // an open file descriptor (fd says which)
        Mapping,          // mapped into memory
        WorkingDirectory, // the process's working directory
        Handle,           // open, in a way the source does not tell (Windows)
    };
    Via via = Via::Handle;
    int fd = -1; // for Via::Descriptor

    friend bool operator==(const FileHolder &a, const FileHolder &b)
    {
        return a.pid == b.pid && a.command == b.command && a.via == b.via && a.fd == b.fd;
    }
};

// Entry index -> its holders, for the held entries of a tree only; each
// entry's holders without repeats, in the order they were found.
using TreeHolders = std::unordered_map<std::uint32_t, std::vector<FileHolder>>;

// Who holds the entries of a scanned tree (the root included), matched by
// the device and inode the scan recorded.
TreeHolders holdersInTree(const ScanTree &tree);

struct PathHolders
{
    int error = 0; // the path could not be looked at (errno / GetLastError()): gone, say
    std::vector<FileHolder> holders;
};

// Who holds each path, the path followed like stat(): result[i] is for paths[i].
std::vector<PathHolders> holdersOf(std::span<const NativeString> paths);

// Whether this build has a source of holders at all (/proc, libproc, the
// Restart Manager). false: every answer above is empty and means "unknown",
// and the in-use state must be shown as unknown, never as "not in use".
bool holdersAvailable();

} // namespace tempscope::native
