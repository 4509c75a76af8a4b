#pragma once
// What both removal backends (posix/PosixRemover, win32/Win32RemovalRoot)
// share: verdicts on an entry, building and settling a RemovalOutcome,
// recording kept entries under the cap, splitting a planned item's path, and
// the age and in-use checks against the policy and the plan. Internal to
// core/native; stateless, any thread.

#include "core/native/Remover.h"

#include <string>
#include <vector>

namespace tempscope::native {

// At most this many kept entries are listed per item (entriesKept counts all).
inline constexpr std::size_t MaxKept = 256;

struct Verdict
{
    KeepReason code = KeepReason::None;
    std::string reason;
    bool gone = false; // not there (ENOENT, ERROR_FILE_NOT_FOUND): counts as done
    bool ok() const { return code == KeepReason::None && !gone; }
};

inline Verdict keepFor(KeepReason code, std::string reason)
{
    return {code, std::move(reason), false};
}

// An outcome decided before any walk: refused, kept, gone or failed at once.
RemovalOutcome removalOutcome(RemovalStatus status, KeepReason code, std::string reason,
                              int error = 0);
// "already gone": removed by someone else before this call reached it.
RemovalOutcome alreadyGoneOutcome();

// The status once a walk is over: Removed when the item went and nothing
// stayed, Partial when something went, else Skipped (Failed for an error).
void settleOutcome(RemovalOutcome &out, bool itemGone);

// Counts a kept entry at `relativePath`, lists it under the cap, remembers
// the first veto (vetoesItem) and the first reason as the item's.
void recordKept(RemovalOutcome &out, const NativeString &relativePath, const Verdict &v);

// The components of a planned item's path: relative, no empty, "." or ".."
// component, never the root itself. `separators` are the characters that
// split it ("/" on POSIX; "\\/" on Windows, where ':' is refused too: it
// would name a stream). Empty string on success, else why not.
std::string splitItemPath(NativeStringView path, NativeStringView separators,
                          std::vector<NativeString> &parts);

// Kept for its age: newer than the cutoff, or (item mode) than the plan's newest.
template <class Facts>
Verdict ageVerdict(const RemovalPolicy &policy, const RemovalTarget &target, const Facts &f)
{
    const TimeNs t = basisTime(f, policy.basis);
    // Item mode: nothing inside may be newer than what the user confirmed.
    if (!policy.perFile && target.newest > 0 && t > target.newest)
        return keepFor(KeepReason::ChangedSincePreview, "changed since preview");
    if (t > policy.cutoff)
        return keepFor(KeepReason::TooNew, "newer than the cutoff");
    return {};
}

// Kept because the policy's in-use index names a holder.
Verdict inUseVerdict(const RemovalPolicy &policy, const FileId &id);

// "in use by PID 123 (python3)"
std::string inUseText(const Holder &h);

} // namespace tempscope::native
