#pragma once
// The Windows removal walk of one item (Windows backend only; Remover.h says
// what the caller sees, SAFETY.md's Windows section why).
//
// Every entry is reached by name relative to its parent's open handle
// (RelativeOpen.h), never by a path string. A directory is opened sharing
// read and write but not delete (nobody can rename or delete it while it is
// emptied), checked against the file id its parent listed, and listed whole
// (FileIdBothDirectoryInfo) before any child is touched; an explicit stack
// of frames, no recursion. A reparse point of any kind is removed as a link
// and never entered. A file or link is opened for DELETE with share mode 0
// (a sharing violation is the atomic "someone has it open" test), checked
// (file id, kind, age) and deleted through that handle (Disposer), with the
// read-only attribute cleared once and set back on a file that keeps another
// hard link. Failures go through RetryPolicy: a file still locked after its
// schedule (or once the run's budget is spent) is deferred: the walk goes on
// with the rest, its directories stay, and the outcome says `deferred`.
// In the final pass the policy gives up instead, and the holder is named
// through the Restart Manager.
//
// The order of the steps is the shared walk's (core/native/RemovalWalk.h);
// this is its Windows node operations, used by Win32RemovalRoot once per
// pass (the dry check of item mode, then the run), on the calling thread.

#include "core/native/RemovalWalk.h"
#include "core/native/ScanTree.h"
#include "core/native/win32/Disposition.h"

namespace tempscope::native::win32 {

// An entry as it was listed (or, for the item, as its handle showed it).
struct Listed
{
    Entry entry;
    DWORD attributes = 0;
};

struct WalkSetup
{
    const RemovalPolicy &policy;
    const RemovalTarget &target;
    std::uint32_t volume;     // the root's volume serial number
    const NativeString &root; // the root's path: only to ask the Restart Manager
    RetryPolicy &retry;       // the run's
    Disposer &disposer;       // the run's
    std::uint64_t token;      // this item's token for the retry policy
};

// One pass of a remove() call over the item `name` in the directory
// `parent`, as `item` shows it. A dry pass that probes locks opens files for
// DELETE with share mode 0 once, without waiting. Its veto is the listing's
// (too new, changed, in use by the index): a lock shows only when deleting.
WalkEnd walkItem(const WalkSetup &setup, const WalkPass &pass, HANDLE parent,
                 const NativeString &name, const Listed &item, RemovalOutcome &out);

} // namespace tempscope::native::win32
