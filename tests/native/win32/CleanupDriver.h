#pragma once
// A Qt-free cleanup for the Windows tests, end to end through the native
// engine as the executor drives it: plan (scan the root, take its top-level
// items whose newest timestamp is older than the cutoff, recording the
// identity, kind and newest time the remover will check) -> run (the
// platform's RemovalRoot from the one factory, the root's identity checked
// against the plan, every item removed, then the final pass for the deferred
// ones, whose outcomes replace the provisional ones). Single-threaded.

#include "TestSupport.h"

#include "core/native/Remover.h"
#include "core/native/Scanner.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace cleanupdriver {

using namespace tempscope::native;

struct PlannedItem
{
    RemovalTarget target;
    std::uint64_t bytes = 0; // apparent size of the item, as scanned
};

struct Plan
{
    NativeString root;
    FileId rootId;
    TimeBasis basis = TimeBasis::Newest;
    TimeNs cutoff = 0;
    std::vector<PlannedItem> items;   // older than the cutoff: to remove
    std::vector<NativeString> tooNew; // kept by the plan itself
    std::string error;                // the root could not be scanned
};

inline Plan planCleanup(const NativeString &root, TimeNs cutoff,
                        TimeBasis basis = TimeBasis::Newest)
{
    Plan plan;
    plan.root = root;
    plan.cutoff = cutoff;
    plan.basis = basis;
    const ScanResult scanned = scan(root);
    if (!scanned.ok()) {
        plan.error = scanned.rootError.message;
        return plan;
    }
    const ScanTree &t = scanned.tree;
    plan.rootId = t[ScanTree::Root].id();
    // Newest time and size of every subtree: children come after their parent.
    std::vector<TimeNs> newest(t.size());
    std::vector<std::uint64_t> bytes(t.size());
    for (std::uint32_t i = 0; i < t.size(); ++i) {
        newest[i] = basisTime(t[i], basis);
        bytes[i] = t[i].size;
    }
    for (std::uint32_t i = t.size(); i-- > 1;) {
        const std::uint32_t p = t[i].parent;
        newest[p] = std::max(newest[p], newest[i]);
        bytes[p] += bytes[i];
    }
    const Entry &top = t[ScanTree::Root];
    for (std::uint32_t i = top.firstChild; i < top.firstChild + top.childCount; ++i) {
        const NativeString relative = t.relativePath(i);
        if (newest[i] > cutoff) {
            plan.tooNew.push_back(relative);
            continue;
        }
        PlannedItem item;
        item.target = {relative, t[i].id(), t[i].kind, newest[i]};
        item.bytes = bytes[i];
        plan.items.push_back(std::move(item));
    }
    return plan;
}

struct RunOptions
{
    bool dryRun = false;
    // Called before each item (tests change the tree here: a race made exact).
    std::function<void(const PlannedItem &)> beforeItem;
    std::function<bool(NativeStringView)> isProtected;
    const std::atomic<bool> *cancel = nullptr;
};

struct ItemReport
{
    NativeString path; // relative
    RemovalOutcome outcome;
    bool wasDeferred = false; // its first outcome was provisional
};

struct RunReport
{
    std::vector<ItemReport> items; // in plan order, final outcomes
    std::vector<std::string> rootErrors;
    long long ms = 0;
    std::uint64_t entriesRemoved = 0;
    std::uint64_t bytesFreed = 0;

    const ItemReport *find(const NativeString &relative) const
    {
        for (const ItemReport &r : items)
            if (r.path == relative)
                return &r;
        return nullptr;
    }
};

// A cutoff by which everything that exists now is old enough.
inline TimeNs farFuture()
{
    return testsupport::nowNs() + 24LL * 3600 * 1'000'000'000;
}

// The policy a run of `plan` removes with: its basis and cutoff, no owner
// check (the ACL decides on Windows), its root never removed.
inline RemovalPolicy policyFor(const Plan &plan)
{
    RemovalPolicy p;
    p.basis = plan.basis;
    p.cutoff = plan.cutoff;
    p.onlyOwner = false;
    p.keepIds = {plan.rootId};
    return p;
}

// The planned item at `relative`; a test failure when there is none.
inline const PlannedItem &itemOf(const Plan &plan, const NativeString &relative)
{
    for (const PlannedItem &i : plan.items)
        if (i.target.relativePath == relative)
            return i;
    testharness::fail(__FILE__, __LINE__, "not planned: " + testsupport::utf8(relative));
    return plan.items.front();
}

// Runs `plan` on `given` (nullptr: one from RemovalRoot::open, the factory).
inline RunReport runCleanup(const Plan &plan, const RunOptions &options = {},
                            RemovalRoot *given = nullptr)
{
    RunReport report;
    const auto start = std::chrono::steady_clock::now();
    int error = 0;
    std::unique_ptr<RemovalRoot> opened;
    if (!given)
        opened = RemovalRoot::open(plan.root, &error);
    RemovalRoot *root = given ? given : opened.get();
    std::string rootProblem;
    if (!root)
        rootProblem = "cannot open the root: " + errorText(error);
    else if (!(root->id() == plan.rootId))
        rootProblem = "the root was replaced since the preview";
    if (!rootProblem.empty())
        report.rootErrors.push_back(rootProblem);
    for (const PlannedItem &item : plan.items) {
        if (options.beforeItem)
            options.beforeItem(item);
        ItemReport r;
        r.path = item.target.relativePath;
        if (rootProblem.empty() && !root->stillSame()) {
            rootProblem = "the root was replaced during the run";
            report.rootErrors.push_back(rootProblem);
        }
        if (!rootProblem.empty()) {
            r.outcome.status = RemovalStatus::Skipped;
            r.outcome.code = KeepReason::RootChanged;
            r.outcome.reason = rootProblem;
        } else {
            RemovalPolicy policy = policyFor(plan);
            policy.dryRun = options.dryRun;
            policy.cancel = options.cancel;
            policy.isProtected = options.isProtected;
            r.outcome = root->remove(item.target, policy);
            r.wasDeferred = r.outcome.deferred;
        }
        report.items.push_back(std::move(r));
    }
    if (root) {
        for (FinalOutcome &f : root->finishDeferred()) {
            for (ItemReport &r : report.items)
                if (r.path == f.relativePath && r.outcome.deferred)
                    r.outcome = std::move(f.outcome);
        }
    }
    for (const ItemReport &r : report.items) {
        report.entriesRemoved += r.outcome.entriesRemoved;
        report.bytesFreed += r.outcome.bytesFreed;
    }
    report.ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                    std::chrono::steady_clock::now() - start)
                    .count();
    return report;
}

inline const char *statusName(RemovalStatus s)
{
    switch (s) {
    case RemovalStatus::Removed:
        return "removed";
    case RemovalStatus::Partial:
        return "partial";
    case RemovalStatus::Skipped:
        return "skipped";
    case RemovalStatus::Failed:
        return "failed";
    }
    return "?";
}

} // namespace cleanupdriver
