// The steps of remove() both backends share (WalkingRemovalRoot.h).

#include "core/native/WalkingRemovalRoot.h"

#include <algorithm>

namespace tempscope::native {

namespace {

// Rule 10: the item must be the one the user confirmed, and no newer. (In
// per-file mode a directory item may gain new files and still be cleaned:
// its files are judged alone.) A root of the run is never an item.
std::optional<RemovalOutcome> refusedByPlan(const ItemFacts &item, const RemovalTarget &target,
                                            const RemovalPolicy &policy)
{
    const bool checkAge = !(policy.perFile && item.kind == Kind::Directory);
    if (item.id != target.id || (target.kind != Kind::Unknown && item.kind != target.kind) ||
        (checkAge && target.newest > 0 && basisTime(item, policy.basis) > target.newest))
        return removalOutcome(RemovalStatus::Skipped, KeepReason::ChangedSincePreview,
                              "changed since preview");
    if (std::find(policy.keepIds.begin(), policy.keepIds.end(), item.id) != policy.keepIds.end())
        return removalOutcome(RemovalStatus::Skipped, KeepReason::Protected,
                              "a root of this cleanup (never removed)");
    return std::nullopt;
}

// Item mode: the dry check found `veto`; nothing is removed, what it kept is said.
RemovalOutcome vetoed(RemovalOutcome &checked, const KeptEntry &veto)
{
    RemovalOutcome out = removalOutcome(RemovalStatus::Skipped, veto.code, veto.reason);
    out.veto = veto;
    out.entriesKept = checked.entriesKept;
    out.kept = std::move(checked.kept);
    out.cancelled = checked.cancelled;
    return out;
}

// The end of a remove() call: the status settled, the final progress.
RemovalOutcome settled(RemovalOutcome &out, const WalkEnd &end, const RemovalPolicy &policy)
{
    settleOutcome(out, end.itemGone);
    out.veto.reset(); // only the dry check's veto keeps a whole item
    if (policy.progress)
        policy.progress({out.entriesRemoved, out.entriesKept, out.bytesFreed});
    return std::move(out);
}

} // namespace

RemovalOutcome WalkingRemovalRoot::remove(const RemovalTarget &target, const RemovalPolicy &policy)
{
    return removeItem(target, policy, false);
}

RemovalOutcome WalkingRemovalRoot::removeItem(const RemovalTarget &target,
                                              const RemovalPolicy &policy, bool finalPass)
{
    if (std::optional<RemovalOutcome> refused =
            refusedBeforeItem(*this, policy, m_errors.readOnly, m_errors.stale))
        return std::move(*refused);
    std::vector<NativeString> parts;
    if (std::string why = splitItemPath(target.relativePath, m_separators, parts); !why.empty())
        return removalOutcome(RemovalStatus::Failed, KeepReason::Error, std::move(why),
                              m_errors.invalidPath);
    RemovalOutcome out;
    const std::unique_ptr<ItemWalk> item = reach(target, policy, parts, out);
    if (!item)
        return out;
    if (std::optional<RemovalOutcome> refused = refusedByPlan(item->facts, target, policy))
        return std::move(*refused);

    if (!policy.perFile && item->facts.kind == Kind::Directory && !finalPass) {
        // Item mode: a dry pass first, so an item with anything in use,
        // locked or touched inside is left whole (as far as the platform can
        // tell without removing: Windows sees locks only when it deletes).
        const WalkEnd check = item->walk({true, policy.dryRun, !policy.dryRun}, out);
        if (check.veto) // recorded apart from `kept`, which is capped
            return vetoed(out, *check.veto);
        if (policy.dryRun)
            return settled(out, check, policy);
        out = RemovalOutcome();
    }
    const WalkEnd end = item->walk({policy.dryRun, policy.dryRun, false}, out);
    if (end.readOnly) {
        // What went before the file system turned read-only stays counted.
        m_aborted = true;
        out.status = RemovalStatus::Failed;
        out.error = m_errors.readOnly;
        out.code = KeepReason::ReadOnlyFilesystem;
        out.reason = "read-only file system";
        return out;
    }
    if (!policy.dryRun && out.entriesRemoved > 0)
        item->restoreParentTimes();
    out.deferred = end.deferred && !finalPass;
    return settled(out, end, policy);
}

} // namespace tempscope::native
