#pragma once
// Scanning a root into a ScanTree with the platform's native calls: on POSIX
// openat/fdopendir/statx relative to directory descriptors, never following a
// symlink and never entering another filesystem; on Windows FindFirstFileExW.
// Directories are listed in parallel on a few threads.

#include "core/native/ScanTree.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>

namespace tempscope::native {

struct ScanProgress
{
    std::uint64_t entries = 0;
    std::uint64_t directories = 0;
};

struct ScanOptions
{
    unsigned threads = 0;                      // 0: up to 4, by the number of cores
    const std::atomic<bool> *cancel = nullptr; // set to stop early; the tree says cancelled()
    // Called from scanner threads every few thousand entries; must be thread-safe.
    std::function<void(const ScanProgress &)> progress;
    // Progressive results, for a window that shows the root's items before
    // the scan ends. Both are called on scanner threads with the tree locked
    // (the scan waits while they run, so keep them short), never two at once.
    // topLevelListed: once the root's own listing is in the tree, before
    // anything below it is listed; it may read the root and its children.
    std::function<void(const ScanTree &tree)> topLevelListed;
    // subtreeDone: for each child of the root that is a directory being
    // entered, once everything under it is listed (or given up on: an error,
    // cancel); it may read that child's subtree, which no longer changes.
    // Children that are not entered (files, links, mount points, directories
    // that cannot be opened) are complete when topLevelListed runs.
    std::function<void(const ScanTree &tree, std::uint32_t child)> subtreeDone;
};

// Why a root could not be scanned at all.
struct RootError
{
    int code = 0;        // errno / GetLastError()
    std::string message; // "does not exist", "is not a directory", ...
};

struct ScanResult
{
    ScanTree tree;
    RootError rootError; // code 0: the root was scanned (errors inside are in tree.errors())
    bool ok() const { return rootError.code == 0; }
};

ScanResult scan(NativeStringView root, const ScanOptions &options = {});

// Makes the calling thread background work, once per thread: on Linux its
// nice value goes to 10 (per thread there, and the scanner's threads it
// starts inherit it), so the GUI thread keeps its share of a busy machine;
// on Windows the thread runs below normal priority. Elsewhere it does
// nothing. False when the system refused.
bool lowerThreadPriority();

// strerror-like text for an OS error code, in English.
std::string errorText(int code);

} // namespace tempscope::native
