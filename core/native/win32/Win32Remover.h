#pragma once
// Win32Remover: removes one item at a time — a file, a reparse point (the link
// itself, never its target), or a directory tree without descending into
// reparse points — through handles, as SAFETY.md's Windows section says:
// open for DELETE with share mode 0 (a sharing violation is the atomic "it is
// in use" test), delete through the handle (FileDispositionInfoEx with POSIX
// semantics and ignore-read-only, else FileDispositionInfo), clear read-only
// once, back off, defer and give up as RetryPolicy decides, and name the
// locking process through the Restart Manager when it can. It never kills a
// process, never truncates a file, and asks for MOVEFILE_DELAY_UNTIL_REBOOT
// only when RemoveOptions says so.
//
// Who calls it: the cleanup executor does not any more: it goes through
// RemovalRoot (Win32RemovalRoot.h), which reaches items relative to the
// root's handle, checks them against the plan and shares this remover's
// primitives (Disposition.h) and retry policy. What only this one has yet is
// MOVEFILE_DELAY_UNTIL_REBOOT; it removes by absolute path. It sleeps while
// backing off (at most the policy's budget per run): never the GUI thread.
// One Win32Remover and one RetryPolicy serve one run: remove() once per
// item, then finish() once, which retries the deferred items and returns
// their final results. Not thread-safe. It borrows the policy, which must
// outlive it.
//
// Paths are absolute, as ScanTree::absolutePath() gives them; the `\\?\` form
// is added here without normalising, so names like `NUL.txt` or `name.` and
// paths beyond 260 characters work. The remover does not judge what may be
// removed (age, owner, protected names): the executor has done that.

#include "core/native/FileTypes.h"
#include "core/native/RetryPolicy.h"
#include "core/native/win32/Disposition.h"
#include "core/native/win32/RestartManager.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace tempscope::native {

enum class RemoveStatus : std::uint8_t {
    Removed,  // deleted by this call
    Gone,     // was not there (or already being deleted): nothing to do
    Locked,   // another process keeps it open (sharing or lock violation)
    Deferred, // long-lived use (running executable, mapped file); from remove():
              // put aside, finish() tries once more and reports the final state
    Failed,   // anything else: access denied by the ACL, invalid name...
};

const char *removeStatusName(RemoveStatus s);

struct RemoveResult
{
    RemoveStatus status = RemoveStatus::Failed;
    std::uint32_t code = 0;               // the last Win32 error seen (0 if none)
    std::string message;                  // errorText(code), English, UTF-8; empty when removed
    NativeString blocker;                 // inside a tree: the entry that stopped it (else empty)
    std::vector<LockingProcess> lockedBy; // Locked/Deferred: who, if the Restart Manager knows
    unsigned attempts = 0;                // delete attempts, all entries of a tree counted
    std::chrono::milliseconds slept{0};
    bool posixSemantics = false; // something was deleted with FileDispositionInfoEx
    bool usedFallback = false;   // something was deleted with FileDispositionInfo
    bool rebootScheduled = false;
};

struct RemoveOptions
{
    // Items still locked or in use after the final retry are handed to
    // MoveFileExW(MOVEFILE_DELAY_UNTIL_REBOOT) (needs elevation). Files and
    // links only; a directory must be empty for that to work. Off by default.
    bool deleteAtRebootIfStuck = false;
    // false: go straight to FileDispositionInfo (tests the fallback on Windows).
    bool tryPosixSemantics = true;
    // Ask the Restart Manager who holds a locked item.
    bool nameLockers = true;
    // Called by finish() before it retries a deferred item; false keeps the
    // item ("changed since preview") and reports it Failed without touching it.
    std::function<bool(NativeStringView path)> stillWanted;
};

class Win32Remover
{
public:
    explicit Win32Remover(RetryPolicy &policy, RemoveOptions options = {});

    RemoveResult remove(NativeStringView path);

    struct Final
    {
        std::size_t index = 0; // which remove() call, counted from 0
        NativeString path;
        RemoveResult result;
    };
    // Retries every item remove() reported Deferred, once, and returns what
    // became of them. Call it once, after the last remove().
    std::vector<Final> finish();

private:
    using Step = win32::RetryStep;
    Step removeItem(const NativeString &path, std::uint64_t token, RemoveResult &r);
    // `listedAsLink`: the directory listing showed a reparse point here; the
    // opened handle must show one too.
    Step removeLeaf(const NativeString &path, std::uint64_t token, RemoveResult &r,
                    bool listedAsLink);
    Step removeTree(const NativeString &path, std::uint64_t token, RemoveResult &r);
    RemoveResult finishResult(const NativeString &path, const Step &step, RemoveResult r);
    bool markForDelete(void *handle, std::uint32_t volume, RemoveResult &r, std::uint32_t &error);

    RetryPolicy &m_policy;
    RemoveOptions m_options;
    std::uint64_t m_next = 0;
    std::map<std::uint64_t, NativeString> m_deferred;
    win32::Disposer m_disposer;
};

} // namespace tempscope::native
