#pragma once
// What both removal backends (posix/PosixRemover, win32/Win32RemovalRoot)
// share: verdicts on an entry, building and settling a RemovalOutcome,
// recording kept entries under the cap, splitting a planned item's path, and
// the age and in-use checks against the policy and the plan. Internal to
// core/native; stateless, any thread.

#include "core/native/Remover.h"

#include <optional>
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

// What every remove() checks first, in this order: the root aborted
// (read-only; `readOnlyError`), replaced (`staleError`), or the run
// cancelled. Empty when the item may be looked at.
std::optional<RemovalOutcome> refusedBeforeItem(const RemovalRoot &root,
                                                const RemovalPolicy &policy, int readOnlyError,
                                                int staleError);

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

// The bookkeeping both backends' walks share: the current entry's relative
// path, cancel and stop, what the listing decides beyond kind and file
// system, and counting entries kept and removed into the outcome (progress
// every 1024 entries unless quiet). A walk's Impl derives from it.
class RemovalBook
{
public:
    RemovalBook(const RemovalPolicy &policy, const RemovalTarget &target, RemovalOutcome &out)
        : m_policy(policy), m_target(target), m_out(out)
    {
    }

    void setQuiet(bool quiet) { m_quiet = quiet; }
    bool readOnly() const { return m_readOnly; }

protected:
    // Per-file mode: a new or in-use directory may still hold old files.
    static bool enterAnyway(KeepReason code)
    {
        return code == KeepReason::TooNew || code == KeepReason::InUse;
    }

    bool cancelled();
    bool isRunRoot(const FileId &id) const;

    // A root of the run, a protected name, not the owner's (when
    // `checkOwner`), in use by the index, or too new; m_path names the entry.
    template <class Facts>
    Verdict judgeShared(const FileId &id, const Facts &f, bool checkOwner) const
    {
        if (isRunRoot(id))
            return keepFor(KeepReason::Protected, "a root of this cleanup (never removed)");
        if (m_policy.isProtected && m_policy.isProtected(m_path))
            return keepFor(KeepReason::Protected, "protected");
        if (checkOwner && m_policy.onlyOwner && f.uid != m_policy.uid)
            return keepFor(KeepReason::NotOwner,
                           "not yours (owned by uid " + std::to_string(f.uid) + ")");
        if (Verdict v = inUseVerdict(m_policy, id); !v.ok())
            return v;
        return ageVerdict(m_policy, m_target, f);
    }

    // Kept (nothing for gone); a read-only file system stops the walk.
    void keep(const Verdict &v);
    // One entry gone. Its disk space (`diskBytes`) is freed only with its last link.
    void removed(Kind kind, std::uint64_t size, std::uint64_t diskBytes, std::uint64_t links);
    void progress();

    const RemovalPolicy &m_policy;
    const RemovalTarget &m_target;
    RemovalOutcome &m_out;
    NativeString m_path;
    bool m_stop = false;
    bool m_readOnly = false;
    bool m_quiet = false;
};

} // namespace tempscope::native
