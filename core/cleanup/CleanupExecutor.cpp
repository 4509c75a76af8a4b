#include "core/cleanup/CleanupExecutor.h"

#include "core/cleanup/RootGuard.h"
#include "core/inventory/Duration.h"
#include "core/inventory/PathText.h"
#include "core/native/Holders.h"
#include "core/native/Scanner.h"
#include "core/native/Trash.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <memory>

namespace tempscope {

namespace {

QString errorText(int code)
{
    return QString::fromStdString(native::errorText(code));
}

QString joinPath(const QString &root, const native::NativeString &relative)
{
    if (root.endsWith(u'/'))
        return root + pathText(relative);
    return root + u'/' + pathText(relative);
}

// The trash for one root, located once (at its first trash entry).
struct RootTrash
{
    bool looked = false;
    std::unique_ptr<native::TrashDir> dir;
    QString whyNot;
};

const native::TrashDir *trashFor(const PlanRoot &root, native::RemovalRoot &remover, bool dryRun,
                                 RootTrash &trash)
{
    if (!trash.looked) {
        trash.looked = true;
        native::TrashEnvironment env = native::TrashEnvironment::fromProcess();
        env.create = !dryRun;
        std::string why;
        trash.dir = native::TrashDir::locate(nativePath(root.path), remover.id(), env, &why);
        trash.whyNot = QString::fromStdString(why);
    }
    return trash.dir.get();
}

// One candidate through the remover: removed, or moved to the trash from the
// remover's verified descriptors (never by path).
native::RemovalOutcome handle(const PlanRoot &root, const PlanEntry &entry, bool trash,
                              const native::RemovalPolicy &policy, bool dryRun,
                              native::RemovalRoot &remover, RootTrash &rootTrash)
{
    native::RemovalPolicy p = policy;
    p.dryRun = dryRun;
    if (!trash)
        return remover.remove(root.targetOf(entry), p);
    if (const native::TrashDir *trashDir = trashFor(root, remover, dryRun, rootTrash))
        return remover.moveToTrash(root.targetOf(entry), p, *trashDir);
    return {};
}

// The results of one candidate's outcome: its own, then the entries kept
// inside it (for an item that went in part).
void addResults(const PlanRoot &root, const PlanEntry &entry, bool trash,
                const native::RemovalOutcome &o, bool dryRun, const RootTrash &rootTrash,
                QList<CleanupResult> &out)
{
    const bool trashDir = trash && rootTrash.dir;
    CleanupResult r;
    r.path = entry.path;
    r.rule = entry.ruleLabel;
    r.age = entry.age;
    r.bytes = entry.bytes;
    r.error = o.error;
    // What the remover did inside, whatever the item's fate (a failed item may
    // be half gone). What goes to the trash frees nothing.
    if (!trash) {
        r.freed = o.bytesFreed;
        r.removedEntries = o.entriesRemoved;
        r.linkedFiles = o.linkedFiles;
    }
    switch (o.status) {
    case native::RemovalStatus::Removed:
    case native::RemovalStatus::Partial:
        r.action = dryRun ? CleanupOutcome::WouldDelete : CleanupOutcome::Deleted;
        r.bytes = o.bytesRemoved; // apparent size, like a scan's; `freed` is the disk space
        if (o.alreadyGone && o.entriesRemoved == 0) {
            r.action = CleanupOutcome::AlreadyGone;
            r.bytes = 0;
            r.reason = QCoreApplication::translate("CleanupExecutor",
                                                   "already gone: removed by someone else");
        }
        if (o.status == native::RemovalStatus::Partial)
            r.reason = QCoreApplication::translate("CleanupExecutor", "kept %1 entries inside: %2")
                           .arg(o.entriesKept)
                           .arg(QString::fromStdString(o.reason));
        break;
    case native::RemovalStatus::Skipped:
        r.action = CleanupOutcome::Skipped;
        r.reason = QString::fromStdString(o.reason);
        break;
    case native::RemovalStatus::Failed:
        r.action = CleanupOutcome::Failed;
        r.reason = o.reason.empty() ? errorText(o.error) : QString::fromStdString(o.reason);
        if (o.entriesRemoved > 0 && !trash)
            r.reason = QCoreApplication::translate("CleanupExecutor",
                                                   "%1 (after removing %2 entries inside, %3)")
                           .arg(r.reason)
                           .arg(o.entriesRemoved)
                           .arg(formatBytes(o.bytesFreed));
        break;
    }
    if (o.linkedFiles > 0 && !trash && r.action != CleanupOutcome::Skipped) {
        const QString links =
            QCoreApplication::translate("CleanupExecutor",
                                        "%1 files have other hard links: their space is not freed")
                .arg(o.linkedFiles);
        r.reason = r.reason.isEmpty() ? links : r.reason + QStringLiteral("; ") + links;
    }
    if (trash && !trashDir) {
        r.action = CleanupOutcome::Skipped;
        r.error = 0;
        r.reason = QCoreApplication::translate("CleanupExecutor", "not moved to trash: %1")
                       .arg(rootTrash.whyNot);
    } else if (trash && o.status == native::RemovalStatus::Removed) {
        r.trash = true;
        r.bytes = o.bytesTrashed;
        if (o.entriesRemoved == 0) { // it was gone already: nothing moved
            r.action = o.alreadyGone ? CleanupOutcome::AlreadyGone : CleanupOutcome::Skipped;
            r.trash = false;
            r.bytes = 0;
            r.reason = o.alreadyGone
                           ? QCoreApplication::translate("CleanupExecutor",
                                                         "already gone: removed by someone else")
                           : QString::fromStdString(o.reason);
        } else if (dryRun) {
            r.reason = QCoreApplication::translate("CleanupExecutor", "would move to trash");
        } else {
            r.action = CleanupOutcome::Trashed;
            r.trashedAs = pathText(o.trashedAs);
        }
    }
    // A skipped item went whole or not at all: what kept it is its reason.
    // Entries kept inside an item that was (partly) removed are listed, up to
    // the remover's cap, and counted beyond it.
    const bool listInside = r.action != CleanupOutcome::Skipped;
    if (listInside && o.entriesKept > o.kept.size())
        r.keptUnlisted = o.entriesKept - o.kept.size();
    out.append(r);
    if (!listInside)
        return;
    for (const native::KeptEntry &k : o.kept) {
        CleanupResult kept;
        kept.path = joinPath(root.path, k.relativePath);
        kept.action = CleanupOutcome::Skipped;
        kept.reason = QString::fromStdString(k.reason);
        kept.rule = entry.ruleLabel;
        out.append(kept);
    }
}

// Who holds what open, as of at most MaxAge ago: rebuilt when a run starts
// (never the picture the preview was made with) and again before an item when
// it is older than that. Still advisory: a process may open a file after the
// last look (SAFETY.md rule 7); the remover's lock probes cover the rest.
class FreshInUse
{
public:
    static constexpr std::chrono::milliseconds MaxAge{1000};

    const native::InUseIndex *get()
    {
        const auto now = std::chrono::steady_clock::now();
        if (!m_index || now - m_taken > MaxAge) {
            m_index = std::make_unique<native::InUseIndex>(native::InUseIndex::scan());
            m_taken = std::chrono::steady_clock::now();
        }
        return m_index.get();
    }

private:
    std::unique_ptr<native::InUseIndex> m_index;
    std::chrono::steady_clock::time_point m_taken;
};

// A candidate whose outcome was provisional: where its rows are.
struct Deferred
{
    const PlanEntry *entry = nullptr;
    bool trash = false;
    qsizetype first = 0; // its result, then the entries kept inside
    qsizetype count = 0;
    quint64 freed = 0; // counted in the progress already
};

} // namespace

CleanupExecutor::CleanupExecutor(QObject *parent) : QObject(parent) {}

CleanupExecutor::~CleanupExecutor()
{
    cancel();
    join();
}

bool CleanupExecutor::start(std::shared_ptr<const CleanupPlan> plan, bool dryRun)
{
    if (m_running.load())
        return false;
    join();
    m_cancel.store(false);
    m_running.store(true);
    m_thread = std::thread([this, plan = std::move(plan), dryRun] {
        auto last = std::chrono::steady_clock::now();
        const CleanupReport report =
            execute(*plan, dryRun, m_cancel, [&](const CleanupProgress &p) {
                if (m_callback)
                    m_callback(p);
                const auto now = std::chrono::steady_clock::now();
                if (now - last >= std::chrono::milliseconds(100) || p.done == p.total) {
                    last = now;
                    Q_EMIT progressed(p.done, p.total, p.bytesFreed);
                }
            });
        {
            std::lock_guard lock(m_mutex);
            m_report = report;
        }
        m_running.store(false);
        Q_EMIT finished(report);
    });
    return true;
}

CleanupReport CleanupExecutor::wait()
{
    join();
    std::lock_guard lock(m_mutex);
    return m_report;
}

void CleanupExecutor::join()
{
    if (m_thread.joinable())
        m_thread.join();
}

CleanupReport CleanupExecutor::execute(const CleanupPlan &plan, bool dryRun,
                                       const std::atomic<bool> &cancel,
                                       const ProgressCallback &progress, const RootOpener &openRoot)
{
    CleanupReport report;
    report.dryRun = dryRun;
    // The in-use index is advisory, and where no process list can be read
    // only locks are seen: every report says which.
    report.inUseKnown = native::holdersAvailable();
    CleanupProgress state;
    state.total = plan.candidateCount();
    // One result per plan entry at least (entries kept inside items add more):
    // no regrowth of a list of a million results.
    qsizetype entries = 0;
    for (const PlanRoot &root : plan.roots())
        entries += root.entries.size();
    report.results.reserve(entries);
    const CleanupPlan::Context &ctx = plan.context();
    // Roots are judged again on the descriptors removal goes through.
    const RootGuard guard;
    FreshInUse inUse;
    // A root is never removed, whichever root of the run reaches it.
    std::vector<native::FileId> rootIds;
    for (const PlanRoot &root : plan.roots())
        rootIds.push_back(root.id);

    for (const PlanRoot &root : plan.roots()) {
        int error = 0;
        std::unique_ptr<native::RemovalRoot> remover;
        QString rootProblem;
        const QString shown = printablePath(nativePath(root.path));
        if (root.candidates > 0) {
            remover = openRoot ? openRoot(nativePath(root.path), &error)
                               : native::RemovalRoot::open(nativePath(root.path), &error);
            if (!remover)
                rootProblem =
                    QCoreApplication::translate("CleanupExecutor", "cannot open the root %1: %2")
                        .arg(shown, errorText(error));
            else if (!(remover->id() == root.id))
                rootProblem = QCoreApplication::translate(
                                  "CleanupExecutor", "the root %1 was replaced since the preview")
                                  .arg(shown);
            else if (const QString refusal = guard.refusal(remover->id(), shown);
                     !refusal.isEmpty())
                rootProblem = refusal;
            else if (remover->readOnly())
                rootProblem =
                    QCoreApplication::translate(
                        "CleanupExecutor",
                        "the root %1 is on a read-only file system: nothing in it can be removed")
                        .arg(shown);
            if (!rootProblem.isEmpty())
                report.rootErrors.append(rootProblem);
        }
        RootTrash trash;
        std::vector<Deferred> deferred;
        for (const PlanEntry &entry : root.entries) {
            CleanupResult skipped;
            skipped.path = entry.path;
            skipped.action = CleanupOutcome::Skipped;
            skipped.rule = entry.ruleLabel;
            skipped.bytes = entry.bytes;
            skipped.age = entry.age;
            if (!entry.candidate) {
                skipped.reason = entry.reason;
                report.results.append(skipped);
                continue;
            }
            if (cancel.load()) {
                report.cancelled = true;
                skipped.reason = QCoreApplication::translate("CleanupExecutor", "cancelled");
                report.results.append(skipped);
                continue;
            }
            const CleanupRule &rule = plan.rules().at(entry.rule);
            const bool toTrash = rule.action == CleanupAction::Trash;
            const auto rootReplaced = [&] {
                rootProblem = QCoreApplication::translate("CleanupExecutor",
                                                          "the root %1 was replaced during the run")
                                  .arg(shown);
                report.rootErrors.append(rootProblem);
            };
            // remove() checks the root first thing, before it touches
            // anything (Remover.h), and says RootChanged: checked here only
            // on the way to the trash (which may not reach the remover).
            if (rootProblem.isEmpty() && toTrash && !remover->stillSame())
                rootReplaced();
            if (!rootProblem.isEmpty()) {
                skipped.reason = rootProblem;
                report.results.append(skipped);
            } else {
                native::RemovalPolicy policy;
                policy.basis = rule.basis;
                policy.cutoff = entry.cutoff;
                policy.perFile = false; // the plan already split per-file rules into entries
                policy.onlyOwner = !rule.includeOthers;
                policy.uid = ctx.uid;
                policy.inUse = inUse.get();
                policy.cancel = &cancel;
                policy.keepIds = rootIds;
                // Owned by the callback: the remover keeps the policy of an
                // item it deferred until its final pass.
                auto matcher = std::make_shared<const ProtectionMatcher>(plan.matcher(entry.rule));
                policy.isProtected = [matcher](native::NativeStringView relative) {
                    return matcher->keeps(pathText(relative));
                };
                const qsizetype before = report.results.size();
                const native::RemovalOutcome o =
                    handle(root, entry, toTrash, policy, dryRun, *remover, trash);
                if (o.code == native::KeepReason::RootChanged) {
                    // Nothing was touched: this entry and every later one are kept.
                    rootReplaced();
                    skipped.reason = rootProblem;
                    report.results.append(skipped);
                } else {
                    addResults(root, entry, toTrash, o, dryRun, trash, report.results);
                }
                const CleanupResult &r = report.results.at(before);
                state.bytesFreed += r.freed;
                if (o.deferred)
                    deferred.push_back(
                        {&entry, toTrash, before, report.results.size() - before, r.freed});
                if (remover->aborted() && rootProblem.isEmpty()) {
                    rootProblem =
                        QCoreApplication::translate("CleanupExecutor",
                                                    "the root %1 became read-only during the run")
                            .arg(shown);
                    report.rootErrors.append(rootProblem);
                }
            }
            ++state.done;
            state.current = entry.path;
            if (progress)
                progress(state);
        }
        // The final pass (Windows: entries still locked after the retry
        // schedule); its outcomes replace the provisional ones, in place.
        if (remover) {
            const std::vector<native::FinalOutcome> finals = remover->finishDeferred();
            for (auto d = deferred.rbegin(); d != deferred.rend(); ++d) {
                const native::NativeString relative = root.targetOf(*d->entry).relativePath;
                const auto f = std::find_if(finals.begin(), finals.end(), [&](const auto &x) {
                    return x.relativePath == relative;
                });
                if (f == finals.end())
                    continue;
                QList<CleanupResult> rows;
                addResults(root, *d->entry, d->trash, f->outcome, dryRun, trash, rows);
                state.bytesFreed += rows.front().freed - d->freed;
                report.results.remove(d->first, d->count);
                for (qsizetype k = 0; k < rows.size(); ++k)
                    report.results.insert(d->first + k, rows.at(k));
            }
            if (progress && !deferred.empty())
                progress(state);
        }
    }
    if (cancel.load() && state.done < state.total)
        report.cancelled = true;
    return report;
}

} // namespace tempscope
