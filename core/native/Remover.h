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
// may be shared.

#include "native/FileTypes.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace tempscope::native {

enum class TimeBasis : std::uint8_t { Newest, Mtime, Atime, Ctime };

// Who holds a file open (or mapped): from /proc/*/fd and /proc/*/maps on
// Linux. Advisory: processes of other users may be invisible.
struct Holder
{
    int pid = 0;
    std::string command; // /proc/PID/comm
};

class InUseIndex
{
public:
    static InUseIndex scan(); // every process visible to this user
    const Holder *holder(const FileId &id) const;
    std::size_t size() const { return m_open.size(); }
    void add(const FileId &id, Holder h); // for tests and other sources

private:
    struct Hash
    {
        std::size_t operator()(const FileId &id) const noexcept
        {
            return std::hash<std::uint64_t>()(id.device * 0x9E3779B97F4A7C15ull ^ id.inode);
        }
    };
    std::unordered_map<FileId, Holder, Hash> m_open;
};

struct RemovalPolicy
{
    TimeBasis basis = TimeBasis::Newest;
    TimeNs cutoff = 0;             // an entry whose timestamp on `basis` is newer than this is kept
    bool perFile = false;          // judge every file alone; remove directories that end up empty and are old
    bool onlyOwner = true;         // keep entries not owned by `uid`
    std::uint32_t uid = 0;
    bool dryRun = false;
    const InUseIndex *inUse = nullptr;
    const std::atomic<bool> *cancel = nullptr;
    // Called for glob-protected names inside an item (relative path); true = keep.
    std::function<bool(NativeStringView relativePath)> isProtected;
};

// What the plan recorded for an item when the user confirmed it.
struct RemovalTarget
{
    NativeString relativePath;   // from the root, '/'-separated
    FileId id;                   // device+inode at preview time
    Kind kind = Kind::Unknown;
    TimeNs newest = 0;           // the item's newest timestamp on the basis at preview time
};

enum class RemovalStatus : std::uint8_t {
    Removed,    // everything gone (or would be, in a dry run)
    Partial,    // some entries kept (the reasons are in `kept`)
    Skipped,    // nothing removed, with a reason
    Failed,     // an error stopped it
};

struct KeptEntry
{
    NativeString relativePath;
    std::string reason;          // "in use by PID 123 (python3)", "locked", "changed since preview", ...
};

struct RemovalOutcome
{
    RemovalStatus status = RemovalStatus::Skipped;
    std::string reason;          // for Skipped/Failed/Partial: the first/main reason, in English
    int error = 0;               // errno for Failed
    std::uint64_t bytesFreed = 0;   // apparent size of removed files
    std::uint64_t entriesRemoved = 0;
    std::vector<KeptEntry> kept;    // capped at a few hundred per item
};

class RemovalRoot
{
public:
    // Opens and remembers the root; nullopt with errno in *error when it cannot be opened.
    static std::unique_ptr<RemovalRoot> open(NativeStringView path, int *error);
    ~RemovalRoot();
    RemovalRoot(const RemovalRoot &) = delete;
    RemovalRoot &operator=(const RemovalRoot &) = delete;

    const NativeString &path() const { return m_path; }
    FileId id() const { return m_id; }
    // The path still names the same directory (not replaced, e.g. by a symlink).
    bool stillSame() const;

    RemovalOutcome remove(const RemovalTarget &target, const RemovalPolicy &policy);

private:
    RemovalRoot() = default;
    NativeString m_path;
    FileId m_id;
    int m_fd = -1;
};

} // namespace tempscope::native
