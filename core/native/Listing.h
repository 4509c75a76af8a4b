#pragma once
// One directory's direct entries with their facts, in one pass and without
// descending: what a live view needs to see what changed at the top level
// since a scan. POSIX: the directory is opened by descriptor (O_NOFOLLOW,
// without touching its atime where allowed) and every name is stat'ed
// relative to it like the scanner does (no symlink followed, no automount);
// Windows: one handle (the directory itself, never a link's target) listed
// with FileIdBothDirectoryInfo, nothing opened per entry. The entries carry
// the scanner's Entry facts, so they compare with a ScanTree's entries;
// another file system starting at an entry is flagged MountPoint.
//
// Stateless; any thread.

#include "core/native/ScanTree.h"

#include <vector>

namespace tempscope::native {

struct ListedEntry
{
    NativeString name;
    Entry entry; // tree fields (parent, children, name) unset
};

struct TopLevel
{
    Entry directory;                  // the listed directory itself
    std::vector<ListedEntry> entries; // in the order the OS lists them
    // 0: the listing is complete. Otherwise errno / GetLastError() of the open
    // or read that failed; then nothing else is meaningful (a partial listing
    // would show entries as gone that are not).
    int error = 0;

    bool ok() const { return error == 0; }
};

// Entries that vanish between listing and stat are left out.
TopLevel listTopLevel(NativeStringView path);

} // namespace tempscope::native
