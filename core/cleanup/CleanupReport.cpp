#include "core/cleanup/CleanupReport.h"

namespace tempscope {

QString cleanupOutcomeName(CleanupOutcome outcome)
{
    switch (outcome) {
    case CleanupOutcome::Deleted:
        return QStringLiteral("deleted");
    case CleanupOutcome::WouldDelete:
        return QStringLiteral("would-delete");
    case CleanupOutcome::Trashed:
        return QStringLiteral("trashed");
    case CleanupOutcome::Skipped:
        return QStringLiteral("skipped");
    case CleanupOutcome::Failed:
        return QStringLiteral("failed");
    case CleanupOutcome::AlreadyGone:
        return QStringLiteral("already-gone");
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
    return count(CleanupOutcome::Deleted) + count(CleanupOutcome::WouldDelete) +
           count(CleanupOutcome::Trashed);
}

quint64 CleanupReport::skippedCount() const
{
    return quint64(count(CleanupOutcome::Skipped)) +
           sum([](const CleanupResult &r) { return r.keptUnlisted; });
}

quint64 CleanupReport::bytesFreed() const
{
    return sum([](const CleanupResult &r) { return r.freed; });
}

quint64 CleanupReport::linkedFiles() const
{
    return sum([](const CleanupResult &r) { return r.linkedFiles; });
}

quint64 CleanupReport::removedInsideKept() const
{
    return sum([](const CleanupResult &r) {
        return r.action == CleanupOutcome::Failed || r.action == CleanupOutcome::Skipped
                   ? r.removedEntries
                   : 0;
    });
}

qsizetype CleanupReport::trashedCount() const
{
    return std::count_if(results.cbegin(), results.cend(),
                         [](const CleanupResult &r) { return r.trash; });
}

quint64 CleanupReport::bytesTrashed() const
{
    return sum([](const CleanupResult &r) {
        return r.trash && (r.action == CleanupOutcome::Trashed ||
                           r.action == CleanupOutcome::WouldDelete)
                   ? r.bytes
                   : 0;
    });
}

} // namespace tempscope
