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
// One walk per remove() call (and one more for the dry check of item mode),
// on the calling thread.

#include "core/native/RemovalSupport.h"
#include "core/native/ScanTree.h"
#include "core/native/win32/Disposition.h"

#include <memory>
#include <optional>

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
    bool dry;                 // check only; remove nothing
    bool probeLocks;          // dry: open files for DELETE with share mode 0 to see locks
};

class RemovalWalk
{
public:
    RemovalWalk(const WalkSetup &setup, RemovalOutcome &out);
    ~RemovalWalk();
    RemovalWalk(const RemovalWalk &) = delete;
    RemovalWalk &operator=(const RemovalWalk &) = delete;

    void setQuiet(bool quiet); // no progress reports (the dry check of a real run)
    // The item `name` in the directory `parent`, as `item` shows it.
    void run(HANDLE parent, const NativeString &name, const Listed &item);

    bool itemGone() const;
    bool deferred() const; // something was put aside for the final pass
    bool readOnly() const; // the volume is write-protected: stop the root
    // The first entry kept, on what the listing showed, for a reason that
    // keeps a whole item (vetoesItem): too new, changed, in use by the index.
    const std::optional<KeptEntry> &listingVeto() const;

private:
    class Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace tempscope::native::win32
