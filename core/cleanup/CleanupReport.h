#pragma once
// CleanupReport: what a cleanup run did (or, in a dry run, would do), one
// result per plan entry: deleted, would-delete, trashed, skipped with the
// reason, failed with the error; plus totals. A cancelled run reports what it
// did and lists the untouched rest as skipped ("cancelled").
//
// Plain value type, built by CleanupExecutor; safe to copy between threads.

#include <QList>
#include <QMetaType>
#include <QString>

#include <chrono>

namespace tempscope {

enum class CleanupOutcome { Deleted, WouldDelete, Trashed, Skipped, Failed };
QString cleanupOutcomeName(CleanupOutcome outcome); // "deleted", "would-delete", ...

struct CleanupResult
{
    QString path;            // absolute, lossless
    CleanupOutcome action = CleanupOutcome::Skipped;
    QString reason;          // why skipped/failed; for removals, what was kept inside (if anything)
    QString rule;            // the rule's label; empty when no rule selected the entry
    quint64 bytes = 0;       // freed (or to be freed) for removals; the entry's size otherwise
    std::chrono::seconds age{0};
    int error = 0;           // errno for failures
    bool trash = false;      // moved (or, in a dry run, to be moved) to the trash: `bytes` are not freed
};

struct CleanupReport
{
    bool dryRun = false;
    bool cancelled = false;
    QList<CleanupResult> results;
    QStringList rootErrors;  // roots refused at run time ("root changed since preview")

    // Deleted, trashed and (in a dry run) would-delete.
    qsizetype removedCount() const;
    qsizetype count(CleanupOutcome outcome) const;
    quint64 bytesFreed() const;   // deleted (or would be), not what went to the trash
    quint64 bytesTrashed() const; // moved to the trash (or would be)
    qsizetype trashedCount() const; // results with `trash` set
    bool anyFailed() const { return count(CleanupOutcome::Failed) > 0 || !rootErrors.isEmpty(); }
};

} // namespace tempscope

Q_DECLARE_METATYPE(tempscope::CleanupReport)
