// tempscope-cli snapshot: scan the roots and record their families in the
// history database.

#include "cli/CliSupport.h"
#include "cli/CommandLine.h"
#include "cli/Commands.h"
#include "cli/HistoryDb.h"

#include "core/history/GrowthRanking.h"
#include "core/history/HistoryStore.h"
#include "core/history/LowSpaceAlert.h"
#include "core/history/SnapshotBuilder.h"
#include "core/inventory/Duration.h"
#include "core/inventory/Inventory.h"
#include "core/inventory/PathText.h"
#include "core/locations/ScratchRoots.h"
#include "core/native/Scanner.h"

namespace tempscope::cli {

namespace {

// The roots under the free-space threshold, on stderr and as a desktop
// notification naming the fastest-growing family there (over the last week).
void warnOfLowSpace(const HistoryStore &store, const Snapshot &snapshot, double minFreePercent)
{
    HistoryQuery week;
    week.since = snapshot.takenAt - 7 * 86400;
    QString error;
    const auto series = store.familySeries(week, &error);
    const auto alert =
        lowSpace(snapshot, minFreePercent, series ? rankGrowth(*series) : QList<Growth>());
    if (!alert)
        return;
    writeErr(QStringLiteral("tempscope-cli: ") + alert->body + u'\n');
    if (!sendDesktopNotification(alert->summary, alert->body, &error))
        writeErr(QStringLiteral("tempscope-cli: no desktop notification: %1\n").arg(error));
}

} // namespace

CommandDoc snapshotDoc()
{
    CommandDoc d;
    d.name = QStringLiteral("snapshot");
    d.synopsis = QStringLiteral("[ROOT...] [OPTIONS]");
    d.summary = QStringLiteral("record the temp directories' families in the history database");
    d.description = QStringLiteral(
        "Scan the temp directories and record, per root and per prefix family, the item "
        "count, bytes, stale bytes and the ages of the oldest and newest item, with the free "
        "space of each root's volume, as one snapshot in the history database. "
        "tempscope-cli history shows the series and what keeps growing. "
        "With no ROOT: the system temp directory and the scratch roots.");
    d.argument = rootsArgument(QStringLiteral("Directories to record."));
    d.options = {
        historyDbOption(),
        {QStringLiteral("older-than"),
         QStringLiteral("What counts as stale for the stale bytes (default 7d)."),
         QStringLiteral("DUR"), QStringLiteral("7d")},
        basisOption(),
        {QStringLiteral("min-free"),
         QStringLiteral("Warn (on stderr and as a desktop notification) when a root's volume has "
                        "less than PERCENT of its size free (default 10; 0: never)."),
         QStringLiteral("PERCENT"), QStringLiteral("10")},
        helpOption(),
    };
    d.notes = QStringLiteral(
        "The database keeps every snapshot for 30 days and one per day (the day's last) "
        "after that. A root with more than 200 families keeps the 199 largest; the rest are "
        "summed as the family (other). Two snapshots may run at once: the second waits for "
        "the first (up to 5 seconds) and never damages the file.");
    d.examples = {
        {QStringLiteral("tempscope-cli snapshot"),
         QStringLiteral("Record the default roots in the default database.")},
        {QStringLiteral("tempscope-cli snapshot /var/tmp --db ~/tmp-history.sqlite"),
         QStringLiteral("Record /var/tmp in a database of your own.")},
    };
    d.exitStatus = {
        {ExitOk, QStringLiteral("the snapshot is saved (a default root that is missing is "
                                "reported, not an error)")},
        {ExitSomeFailed, QStringLiteral("the output could not be written")},
        {ExitUsage, QStringLiteral("bad usage or bad input: unknown option, bad duration, a named "
                                   "root that cannot be scanned, a history database that is "
                                   "missing its directory, unreadable, locked, corrupt or of a "
                                   "newer version (left as it was)")},
    };
    return d;
}

int runSnapshot(const QStringList &args)
{
    CommandLine cmd(snapshotDoc());
    if (const auto done = cmd.parse(args))
        return *done;
    AgeRule rule;
    rule.now = Inventory::nowNs();
    if (const auto done = cmd.readAgeOptions(rule))
        return *done;
    if (!cmd.isSet(u"older-than"))
        rule.threshold = std::chrono::days(7);

    double minFree = 10;
    if (cmd.isSet(u"min-free")) {
        bool ok = false;
        minFree = cmd.value(u"min-free").toDouble(&ok);
        if (!ok || !(minFree >= 0 && minFree <= 100))
            return usageError(QStringLiteral("--min-free must be a percentage from 0 to 100, not "
                                             "\"%1\"")
                                  .arg(cmd.value(u"min-free")));
    }

    QString error;
    const QString dbPath = historyDbPath(cmd, true, &error);
    if (dbPath.isEmpty())
        return usageError(error);
    // The database is checked before the scan: a bad one is reported at once.
    auto store = HistoryStore::open(dbPath, HistoryStore::Access::Write, &error);
    if (!store)
        return usageError(error);

    const QStringList rootArgs = cmd.roots(false);
    const bool explicitRoots = cmd.namedRoots();
    const PrefixFamilies families;
    QList<RootScan> roots;
    for (const QString &root : std::as_const(rootArgs)) {
        native::ScanResult result = native::scan(nativePath(root), native::ScanOptions());
        if (!result.ok()) {
            const QString message = QStringLiteral("cannot scan %1: %2")
                                        .arg(printablePath(nativePath(root)),
                                             QString::fromStdString(result.rootError.message));
            if (explicitRoots)
                return usageError(message);
            writeErr(QStringLiteral("tempscope-cli: skipped: ") + message + u'\n');
            continue;
        }
        RootScan r;
        r.requested = root;
        r.inventory = std::make_shared<const Inventory>(
            std::make_shared<const native::ScanTree>(std::move(result.tree)), families);
        roots.append(std::move(r));
    }

    const Snapshot snapshot = snapshotOf(roots, rule);
    if (!store->record(snapshot, &error))
        return usageError(error);
    qsizetype familyCount = 0;
    for (const RootSample &r : snapshot.roots)
        familyCount += r.families.size();
    writeOut(QStringLiteral("snapshot of %1 roots (%2 families) saved in %3\n")
                 .arg(snapshot.roots.size())
                 .arg(familyCount)
                 .arg(printablePath(nativePath(dbPath))));
    warnOfLowSpace(*store, snapshot, minFree);
    return ExitOk;
}

} // namespace tempscope::cli
