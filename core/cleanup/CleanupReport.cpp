#include "CleanupReport.h"

namespace tempscope {

QString cleanupOutcomeName(CleanupOutcome outcome)
{
    switch (outcome) {
    case CleanupOutcome::Deleted: return QStringLiteral("deleted");
    case CleanupOutcome::WouldDelete: return QStringLiteral("would-delete");
    case CleanupOutcome::Trashed: return QStringLiteral("trashed");
    case CleanupOutcome::Skipped: return QStringLiteral("skipped");
    case CleanupOutcome::Failed: return QStringLiteral("failed");
    case CleanupOutcome::AlreadyGone: return QStringLiteral("already-gone");
    }
    return {};
}

qsizetype CleanupReport::count(CleanupOutcome outcome) const
{
    return std::count_if(results.cbegin(), results.cend(),
                         [outcome](const CleanupResult &r) { return r.action == outcome; });
}

qsizetype CleanupReport::removedCount() const
{
    return count(CleanupOutcome::Deleted) + count(CleanupOutcome::WouldDelete) + count(CleanupOutcome::Trashed);
}

quint64 CleanupReport::skippedCount() const
{
    quint64 n = quint64(count(CleanupOutcome::Skipped));
    for (const CleanupResult &r : results)
        n += r.keptUnlisted;
    return n;
}

quint64 CleanupReport::bytesFreed() const
{
    quint64 n = 0;
    for (const CleanupResult &r : results)
        n += r.freed;
    return n;
}

quint64 CleanupReport::linkedFiles() const
{
    quint64 n = 0;
    for (const CleanupResult &r : results)
        n += r.linkedFiles;
    return n;
}

quint64 CleanupReport::removedInsideKept() const
{
    quint64 n = 0;
    for (const CleanupResult &r : results) {
        if (r.action == CleanupOutcome::Failed || r.action == CleanupOutcome::Skipped)
            n += r.removedEntries;
    }
    return n;
}

qsizetype CleanupReport::trashedCount() const
{
    return std::count_if(results.cbegin(), results.cend(), [](const CleanupResult &r) { return r.trash; });
}

quint64 CleanupReport::bytesTrashed() const
{
    quint64 n = 0;
    for (const CleanupResult &r : results) {
        if (r.trash && (r.action == CleanupOutcome::Trashed || r.action == CleanupOutcome::WouldDelete))
            n += r.bytes;
    }
    return n;
}

} // namespace tempscope
