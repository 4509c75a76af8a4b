#pragma once
// Safe removal of confirmed plan items below one root (see ../shared/SAFETY.md).
//
// A RemovalRoot is opened once (O_DIRECTORY|O_NOFOLLOW, device+inode kept) and
// rechecked before every run. Items are addressed by their path *relative to
// the root*, walked component by component with O_NOFOLLOW, and identified by
// the device+inode the plan recorded; removal works by directory descriptor
// with an explicit stack (no recursion, no PATH_MAX), never follows a symlink,
// never leaves the root's filesystem, never chmods/chowns a file, and takes an
// flock (LOCK_EX|LOCK_NB) on each file and directory before unlinking it.
//
// Dry run and real run are the same code: with `dryRun` every check runs and
// nothing is unlinked, so a preview reports what a run would do at that moment.
//
// Threading: a RemovalRoot is used by one thread at a time; different roots may
// be processed on different threads. InUseIndex is immutable after build and
// may be shared. Callbacks (isProtected, progress) run on the calling thread.
//
// Both backends take the same steps (core/native/WalkingRemovalRoot.h) and
// walk an item with the same walk (core/native/RemovalWalk.h) over their own
// primitives: descriptors on POSIX, handles on Windows.
//
// Semantics the caller can rely on (POSIX backend, core/native/posix/PosixRemover.cpp):
// - Item mode (perFile = false): the item goes as a whole. A dry pass first
//   checks every entry; if any is in use, locked, newer than the cutoff or newer
//   than `target.newest`, nothing is removed (Skipped). Entries that are merely
//   not removable (special files, mounts, not yours, protected, permission) are
//   kept and the rest goes (Partial).
// - Per-file mode (perFile = true): every non-directory is judged alone by the
//   cutoff; a directory is removed when it is empty afterwards and its own
//   timestamp (taken before its contents were touched) is older than the
//   cutoff; this is what tmpreaper --mtime and systemd-tmpfiles "mM:AGE" do.
// - Directory atime is not trusted: listing a directory (the preview scan
//   itself) updates it on relatime mounts. For directories the Newest basis
//   means mtime; the Atime basis still uses atime.
// - Timestamps of directories whose children were removed (the item's parent,
//   usually the root, included) are restored afterwards, as systemd-tmpfiles
//   does, so per-file mode can later judge the directory by its own age.
// - The root is rechecked (stillSame) at the start of every remove() call.
//   EROFS aborts the root: this and every later call return Failed.
// - Cancel (policy.cancel) is checked before every unlink; everything not yet
//   removed stays, and the outcome says cancelled.
// - Identity inside a walk is device + inode + kind and, where the file system
//   records it, birth time (a new file reusing a freed inode number is not the
//   listed one). Against the plan only `target.id`/`kind`/`newest` exist, so an
//   inode reused between preview and run with an older mtime is not detected.
// - A file the user cannot open at all (mode 000, theirs) is checked through
//   an O_PATH handle: identity, age and the in-use index, but no lock probe.
// - A directory the user owns but cannot read or search gets u+rwx in a real
//   run; a dry run does not chmod, so it reports "permission denied" there.
//
// Windows backend (core/native/win32/Win32RemovalRoot.cpp), where it differs:
// - The root is a handle (FILE_FLAG_BACKUP_SEMANTICS|FILE_FLAG_OPEN_REPARSE_POINT)
//   identified by volume serial number + file id, rechecked before every item;
//   items are opened relative to their parent's handle (NtCreateFile with a
//   root directory, FILE_OPEN_REPARSE_POINT) component by component, and
//   compared with the file id the plan recorded. Reparse points (symbolic
//   links, junctions, mount points) are removed as links, never entered.
// - A lock cannot be seen before the delete: a file is opened for DELETE with
//   share mode 0 (a sharing violation is "someone has it open") and deleted
//   through that handle. In item mode the dry pass vetoes the item only for
//   what the listing shows (too new, changed since preview, in use by the
//   index); a file still locked after RetryPolicy's schedule is deferred, the
//   rest of the item goes, and the outcome is Partial and `deferred` until
//   finishDeferred() has retried it once and named the holder through the
//   Restart Manager. No owner check (the ACL decides: access denied is kept).

#include "core/native/FileTypes.h"
#include "core/native/Holders.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace tempscope::native {

// Who holds a file open (or mapped): from /proc/*/fd and /proc/*/maps on
// Linux (Holders.h), the first holder found per entry. Advisory: processes of
// other users may be invisible. A directory that is some process's working
// directory counts as in use too.
class InUseIndex
{
public:
    // Every process visible to this user. Linux only: Windows cannot list
    // every open file, so there it is empty (the remover's share-mode-0 open
    // is the in-use test, and the Restart Manager names the holder).
    static InUseIndex scan();
    // The held entries of one scanned tree, by the holder query of Holders.h
    // (/proc on Linux, the Restart Manager on Windows): what a preview needs.
    static InUseIndex ofTree(const ScanTree &tree);
    const Holder *holder(const FileId &id) const;
    std::size_t size() const { return m_open.size(); }
    void add(const FileId &id, Holder h); // for tests and other sources

private:
    std::unordered_map<FileId, Holder, FileIdHash> m_open;
};

// Running totals for one remove() call, reported every 1024 entries and at the end.
struct RemovalProgress
{
    std::uint64_t entriesRemoved = 0;
    std::uint64_t entriesKept = 0;
    std::uint64_t bytesFreed = 0; // disk bytes, see RemovalOutcome::bytesFreed
};

struct RemovalPolicy
{
    TimeBasis basis = TimeBasis::Newest;
    TimeNs cutoff = 0; // an entry whose timestamp on `basis` is newer than this is kept
    bool perFile =
        false; // judge every file alone; remove directories that end up empty and are old
    bool onlyOwner = true; // keep entries not owned by `uid`
    std::uint32_t uid = 0;
    bool dryRun = false;
    const InUseIndex *inUse = nullptr;
    const std::atomic<bool> *cancel = nullptr;
    // Called for glob-protected names inside an item (relative path); true = keep.
    std::function<bool(NativeStringView relativePath)> isProtected;
    // Directories that are roots of this run: never removed, whichever root
    // reaches them (`clean A A/sub` keeps A/sub when cleaning A).
    std::vector<FileId> keepIds;
    // Added: collect the relative path of every removed entry in RemovalOutcome::removed
    // (per-file previews); off by default, it costs memory on large items.
    bool recordRemoved = false;
    // Added: progress for this call (see RemovalProgress); may be empty.
    std::function<void(const RemovalProgress &)> progress;
};

// What the plan recorded for an item when the user confirmed it.
struct RemovalTarget
{
    NativeString relativePath; // from the root, '/'-separated
    FileId id;                 // device+inode at preview time
    Kind kind = Kind::Unknown;
    TimeNs newest = 0; // the item's newest timestamp on the basis at preview time
};

enum class RemovalStatus : std::uint8_t {
    Removed, // everything gone (or would be, in a dry run)
    Partial, // some entries kept (the reasons are in `kept`)
    Skipped, // nothing removed, with a reason
    Failed,  // an error stopped it
};

// Added: why an entry (or the whole item) was kept, for callers that translate
// or count reasons; `reason` strings stay the English text with details.
enum class KeepReason : std::uint8_t {
    None,
    TooNew,              // newer than the cutoff
    ChangedSincePreview, // identity, kind or age differs from the confirmed plan
    InUse,               // open or mapped by a process (InUseIndex), or a lease
    Locked,              // flock or a POSIX/OFD record lock held
    NotOwner,            // onlyOwner and owned by someone else
    Protected,           // isProtected said so
    OtherFilesystem,     // mount point, bind mount or another device
    SpecialFile,         // FIFO, socket, device node
    NotEmpty,            // a directory that still has (new or kept) entries
    PermissionDenied,    // EACCES / EPERM
    SymlinkNow,          // ELOOP: became a symbolic link (O_NOFOLLOW)
    RootChanged,         // the root path no longer names the opened directory
    ReadOnlyFilesystem,  // EROFS: the root is aborted
    Cancelled,
    Error, // anything else; see `error`
};

// In item mode, an entry kept for one of these reasons keeps the whole item:
// it is in use, locked, or not what the user confirmed.
inline bool vetoesItem(KeepReason code)
{
    return code == KeepReason::InUse || code == KeepReason::Locked || code == KeepReason::TooNew ||
           code == KeepReason::ChangedSincePreview;
}

// A stable identifier for reports: "too-new", "changed-since-preview", ...
inline const char *keepReasonName(KeepReason reason)
{
    switch (reason) {
    case KeepReason::None:
        return "none";
    case KeepReason::TooNew:
        return "too-new";
    case KeepReason::ChangedSincePreview:
        return "changed-since-preview";
    case KeepReason::InUse:
        return "in-use";
    case KeepReason::Locked:
        return "locked";
    case KeepReason::NotOwner:
        return "not-owner";
    case KeepReason::Protected:
        return "protected";
    case KeepReason::OtherFilesystem:
        return "other-filesystem";
    case KeepReason::SpecialFile:
        return "special-file";
    case KeepReason::NotEmpty:
        return "not-empty";
    case KeepReason::PermissionDenied:
        return "permission-denied";
    case KeepReason::SymlinkNow:
        return "symlink";
    case KeepReason::RootChanged:
        return "root-changed";
    case KeepReason::ReadOnlyFilesystem:
        return "read-only-filesystem";
    case KeepReason::Cancelled:
        return "cancelled";
    case KeepReason::Error:
        return "error";
    }
    return "error";
}

struct KeptEntry
{
    NativeString relativePath;
    std::string reason; // "in use by PID 123 (python3)", "locked", "changed since preview", ...
    KeepReason code = KeepReason::None; // added
};

struct RemovalOutcome
{
    RemovalStatus status = RemovalStatus::Skipped;
    std::string reason; // for Skipped/Failed/Partial: the first/main reason, in English
    int error = 0;      // errno for Failed
    // Disk space given back: the allocated blocks (st_blocks) of removed files
    // whose last link went, and of removed directories. A sparse file frees
    // what it occupies, not its apparent size; a file with another hard link
    // frees nothing (counted in linkedFiles).
    std::uint64_t bytesFreed = 0;
    std::uint64_t bytesRemoved = 0;   // apparent size of the removed files
    std::uint64_t linkedFiles = 0;    // removed names whose data lives on through another link
    std::uint64_t entriesRemoved = 0; // also for Partial and Failed: what went before it stopped
    std::vector<KeptEntry> kept;      // capped at 256 per item; entriesKept has the count
    // Added below:
    KeepReason code = KeepReason::None; // the code of `reason`
    std::uint64_t entriesKept = 0;      // every kept entry, also beyond the cap of `kept`
    bool cancelled = false;             // policy.cancel stopped it; the rest is intact
    std::vector<NativeString> removed;  // relative paths, only with policy.recordRemoved
    // Item mode: the first entry that kept the whole item (vetoesItem), also
    // when `kept` was already full.
    std::optional<KeptEntry> veto;
    // The item (or everything of it that was left) was removed by someone else
    // before this call reached it: nothing was freed by us.
    bool alreadyGone = false;
    // Added for moveToTrash(): what went (or would go) to the trash is not freed.
    std::uint64_t bytesTrashed = 0; // apparent size of the files moved
    NativeString trashedAs;         // the item's path in the trash (files/NAME)
    // Added for Windows: entries still locked after the retry schedule were
    // put aside; this outcome is provisional until RemovalRoot::finishDeferred().
    bool deferred = false;
};

class TrashDir; // native/Trash.h

// finishDeferred(): the final outcome of an item whose remove() outcome was
// provisional (RemovalOutcome::deferred); it replaces that outcome whole.
struct FinalOutcome
{
    NativeString relativePath; // the RemovalTarget's, as given to remove()
    RemovalOutcome outcome;
};

// The platform's removal engine for one root: PosixRemovalRoot
// (core/native/posix) or Win32RemovalRoot (core/native/win32), both a
// WalkingRemovalRoot, both made by the one factory open(), so callers never
// branch on the platform.
class RemovalRoot
{
public:
    // Opens and remembers the root; nullptr with errno (GetLastError() on
    // Windows) in *error when it cannot be opened. The path is used as given
    // (resolve it first); its last component must not be a symlink.
    static std::unique_ptr<RemovalRoot> open(NativeStringView path, int *error);
    virtual ~RemovalRoot();
    RemovalRoot(const RemovalRoot &) = delete;
    RemovalRoot &operator=(const RemovalRoot &) = delete;

    const NativeString &path() const { return m_path; }
    // Device+inode on POSIX; volume serial number + file id on Windows.
    FileId id() const { return m_id; }
    // The path still names the same directory (not replaced, e.g. by a symlink).
    virtual bool stillSame() const = 0;
    // Added: EROFS was met; every further remove() returns Failed.
    bool aborted() const { return m_aborted; }
    // The root's file system is mounted read-only: nothing in it can be removed.
    virtual bool readOnly() const = 0;

    virtual RemovalOutcome remove(const RemovalTarget &target, const RemovalPolicy &policy) = 0;

    // Added: moves the item whole into `trash` (located for this root) instead
    // of removing it (SAFETY.md rule 13). The checks are remove()'s, as a dry
    // pass in item mode: anything in use, locked, too new or changed since the
    // preview keeps the item (Skipped), and so does anything that would stay
    // (protected, not yours, special files, mounts inside: a move would take
    // them along). Then the parent is reached again component by component
    // (O_NOFOLLOW, same device), the item must still be the confirmed one, its
    // .trashinfo is written first (O_EXCL, a unique name), and it is renamed
    // from the parent's descriptor into the trash (RENAME_NOREPLACE); a failed
    // rename removes the .trashinfo. On success: Removed, entriesRemoved and
    // bytesTrashed say what moved, bytesFreed is 0, trashedAs where it is.
    // With policy.dryRun only the checks run. Residual: a file inside a
    // directory item written between the check and the rename moves along
    // (to the trash, not lost). Windows has no trash here: Skipped.
    virtual RemovalOutcome moveToTrash(const RemovalTarget &target, const RemovalPolicy &policy,
                                       const TrashDir &trash) = 0;

    // Added: the final pass of a run (SAFETY.md Windows rule 5). Entries that
    // remove() put aside because they were still locked after the retry
    // schedule (their outcome says `deferred`) are tried once more, and the
    // item's final outcome is returned, one per deferred item in the order
    // they were deferred. Call it once after the last remove() of the run.
    // POSIX never defers (a lock keeps the item at once): always empty.
    virtual std::vector<FinalOutcome> finishDeferred() { return {}; }

protected:
    RemovalRoot(NativeString path, FileId id) : m_path(std::move(path)), m_id(id) {}
    NativeString m_path;
    FileId m_id;
    bool m_aborted = false;
};

} // namespace tempscope::native
