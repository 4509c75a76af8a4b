#pragma once
// CleanupReport: what a cleanup run did (or, in a dry run, would do), one
// result per plan entry: deleted, would-delete, trashed, already gone (removed
// by someone else first), skipped with the reason, failed with the error;
// plus totals. A cancelled run reports what it did and lists the untouched
// rest as skipped ("cancelled").
//
// The totals are exact: entries kept inside an item count as skipped even
// where their listing was capped, and what a failed or partly kept item lost
// counts as removed and freed. "Freed" is disk space (allocated blocks of
// files whose last link went), never apparent size.
//
// Plain value type, built by CleanupExecutor; safe to copy between threads.

#include <QList>
#include <QMetaType>
#include <QString>

#include <chrono>

namespace tempscope {

enum class CleanupOutcome { Deleted, WouldDelete, Trashed, Skipped, Failed, AlreadyGone };
QString cleanupOutcomeName(CleanupOutcome outcome); // "deleted", "would-delete", ...

struct CleanupResult
{
    QString path; // absolute, lossless
    CleanupOutcome action = CleanupOutcome::Skipped;
    QString reason;    // why skipped/failed; for removals, what was kept inside (if anything)
    QString rule;      // the rule's label; empty when no rule selected the entry
    quint64 bytes = 0; // apparent size removed (or to be removed); the entry's size otherwise
    std::chrono::seconds age{0};
    int error = 0; // errno for failures
    // What happened inside the entry, whatever its action (a failed item may
    // have lost part of its contents before it stopped):
    quint64 freed = 0;          // disk bytes freed (or, in a dry run, to be freed)
    quint64 removedEntries = 0; // entries removed (or to be removed)
    quint64 linkedFiles = 0;    // removed names whose data lives on through another hard link
    quint64 keptUnlisted = 0;   // entries kept inside that have no result of their own (cap)
    bool trash = false; // moved (or, in a dry run, to be moved) to the trash: `bytes` are not freed
    QString trashedAs;  // Trashed: where it is in the trash ($trash/files/NAME), lossless
};

struct CleanupReport
{
    bool dryRun = false;
    bool cancelled = false;
    QList<CleanupResult> results;
    QStringList rootErrors; // roots refused at run time ("root changed since preview")
    // false where this system shows no process's open files
    // (native::holdersAvailable()): nothing was kept for being in use because
    // nothing could be seen, so the in-use state is unknown, not "none".
    bool inUseKnown = true;

    // Deleted, trashed and (in a dry run) would-delete.
    qsizetype removedCount() const;
    qsizetype count(CleanupOutcome outcome) const;
    // Skipped results plus the kept entries listed only as a count.
    quint64 skippedCount() const;
    quint64 bytesFreed() const;
    quint64 linkedFiles() const;
    // Entries removed inside items that were not removed whole (failed or partly kept).
    quint64 removedInsideKept() const;
    quint64 bytesTrashed() const;   // moved to the trash (or would be)
    qsizetype trashedCount() const; // results with `trash` set
    bool anyFailed() const { return count(CleanupOutcome::Failed) > 0 || !rootErrors.isEmpty(); }

private:
    // The sum of `value(result)` over every result.
    template <typename Value> quint64 sum(Value value) const
    {
        quint64 n = 0;
        for (const CleanupResult &r : results)
            n += value(r);
        return n;
    }
};

} // namespace tempscope

Q_DECLARE_METATYPE(tempscope::CleanupReport)
