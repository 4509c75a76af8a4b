// tempscope-cli scan: what is in the temp directories.

#include "CliSupport.h"
#include "Commands.h"

#include "export/CsvWriter.h"
#include "export/JsonWriter.h"
#include "export/ScanExport.h"
#include "inventory/Duration.h"
#include "inventory/Inventory.h"
#include "inventory/PathText.h"
#include "locations/ScratchRoots.h"
#include "native/Accounts.h"
#include "native/Scanner.h"

#include <QFileInfo>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>

namespace tempscope::cli {

namespace {

QString pad(const QString &s, qsizetype width, bool right = false)
{
    if (s.size() >= width)
        return s;
    const QString fill(width - s.size(), u' ');
    return right ? fill + s : s + fill;
}

void printTable(const QList<RootScan> &roots, const ScanReportOptions &o)
{
    for (const RootScan &r : roots) {
        if (!r.inventory)
            continue;
        const Inventory &inv = *r.inventory;
        const bool stale = o.olderThan.has_value();
        writeOut(QStringLiteral("%1  (%2 items, %3 entries, %4)\n")
                     .arg(inv.rootPath())
                     .arg(inv.items().size())
                     .arg(inv.tree().size() - 1)
                     .arg(formatBytes(inv.totalBytes())));
        if (inv.tree().cancelled())
            writeOut(QStringLiteral("  (scan cancelled: incomplete)\n"));

        QList<qsizetype> shown = r.shown;
        const QList<Item> &items = inv.items();
        std::sort(shown.begin(), shown.end(), [&](qsizetype a, qsizetype b) {
            return items[a].bytes != items[b].bytes ? items[a].bytes > items[b].bytes
                                                    : items[a].name < items[b].name;
        });
        writeOut(QStringLiteral("  %1 %2 %3 %4 %5 %6%7\n")
                     .arg(pad(QStringLiteral("SIZE"), 10, true), pad(QStringLiteral("ENTRIES"), 8, true),
                          pad(QStringLiteral("AGE"), 7, true), pad(QStringLiteral("KIND"), 7),
                          pad(QStringLiteral("OWNER"), 10), pad(QStringLiteral("FAMILY"), 22),
                          stale ? QStringLiteral("STALE NAME") : QStringLiteral("NAME")));
        for (qsizetype idx : shown) {
            const Item &item = items[idx];
            const bool isStale = stale && item.age(o.basis, o.now) > *o.olderThan;
            QString line = QStringLiteral("  %1 %2 %3 %4 %5 %6")
                               .arg(pad(formatBytes(item.bytes), 10, true),
                                    pad(QString::number(item.entries), 8, true),
                                    pad(formatAge(item.age(o.basis, o.now)), 7, true),
                                    pad(QString::fromLatin1(native::kindName(item.kind)), 7),
                                    pad(QString::fromStdString(native::userName(item.uid)), 10),
                                    pad(printablePath(nativePath(item.family)), 22));
            if (stale)
                line += isStale ? QStringLiteral("yes   ") : QStringLiteral("no    ");
            line += printablePath(nativePath(item.name));
            if (item.errors)
                line += QStringLiteral("  (%1 errors)").arg(item.errors);
            writeOut(line + u'\n');
        }

        const QList<FamilyStats> families = inv.families(o.basis, o.now, o.olderThan);
        writeOut(QStringLiteral("\n  %1 %2 %3 %4 %5\n")
                     .arg(pad(QStringLiteral("FAMILY"), 28), pad(QStringLiteral("COUNT"), 7, true),
                          pad(QStringLiteral("SIZE"), 10, true), pad(QStringLiteral("OLDEST"), 8, true),
                          stale ? QStringLiteral("STALE") : QString()));
        for (const FamilyStats &f : families) {
            if (!o.prefixes.isEmpty() && !matchesPrefix(f.key, o.prefixes))
                continue;
            const auto oldestAge = std::chrono::seconds(std::max<native::TimeNs>(0, o.now - f.oldest) / 1'000'000'000);
            writeOut(QStringLiteral("  %1 %2 %3 %4 %5\n")
                         .arg(pad(printablePath(nativePath(f.key)), 28), pad(QString::number(f.count), 7, true),
                              pad(formatBytes(f.bytes), 10, true), pad(formatAge(oldestAge), 8, true),
                              !stale ? QString()
                              : f.staleCount ? QStringLiteral("%1 (%2)").arg(f.staleCount).arg(formatBytes(f.staleBytes))
                                             : QStringLiteral("-")));
        }

        const QList<ScanErrorRecord> errors = inv.errors();
        if (!errors.isEmpty()) {
            writeOut(QStringLiteral("\n  %1 entries could not be read:\n").arg(errors.size()));
            for (const ScanErrorRecord &e : errors)
                writeOut(QStringLiteral("    %1: %2 (%3)\n").arg(printablePath(nativePath(e.path)), e.message, e.op));
        }
        writeOut(QStringLiteral("\n"));
    }
}

} // namespace

int runScan(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "List what the temp directories hold: every top-level item with its size, age,\n"
        "owner and prefix family, then the families and any entries that could not be read.\n"
        "With no ROOT: the system temp directory and the scratch roots."));
    parser.addPositionalArgument(QStringLiteral("ROOT"), QStringLiteral("Directories to scan."),
                                 QStringLiteral("[ROOT...]"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the complete report as JSON."));
    const QCommandLineOption csv(QStringLiteral("csv"), QStringLiteral("Print one CSV row per item."));
    const QCommandLineOption prefix(QStringLiteral("prefix"),
                                    QStringLiteral("Only items whose name starts with P (or matches the glob P)."),
                                    QStringLiteral("P"));
    const QCommandLineOption olderThan(QStringLiteral("older-than"),
                                       QStringLiteral("Only items older than DUR (e.g. 7d, 12h, 1d12h)."),
                                       QStringLiteral("DUR"));
    const QCommandLineOption by(QStringLiteral("by"),
                                QStringLiteral("Timestamp an age is measured from: newest (default), mtime, atime or ctime."),
                                QStringLiteral("BASIS"), QStringLiteral("newest"));
    const QCommandLineOption threads(QStringLiteral("threads"),
                                     QStringLiteral("Directory-listing threads (default: up to 4)."),
                                     QStringLiteral("N"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOptions({json, csv, prefix, olderThan, by, threads, help});
    if (!parseArguments(parser, args))
        return ExitUsage;
    if (parser.isSet(help)) {
        printHelp(parser);
        return ExitOk;
    }

    ScanReportOptions options;
    options.now = Inventory::nowNs();
    if (parser.isSet(json) && parser.isSet(csv))
        return usageError(QStringLiteral("--json and --csv cannot be combined"));
    const auto basis = parseAgeBasis(parser.value(by));
    if (!basis)
        return usageError(QStringLiteral("unknown --by \"%1\" (use newest, mtime, atime or ctime)").arg(parser.value(by)));
    options.basis = *basis;
    if (parser.isSet(olderThan)) {
        QString why;
        options.olderThan = parseDuration(parser.value(olderThan), &why);
        if (!options.olderThan)
            return usageError(QStringLiteral("--older-than: ") + why);
    }
    options.prefixes = parser.values(prefix);
    for (const QString &p : std::as_const(options.prefixes)) {
        if (p.isEmpty())
            return usageError(QStringLiteral("--prefix needs a non-empty value"));
    }
    unsigned threadCount = 0;
    if (parser.isSet(threads)) {
        bool ok = false;
        threadCount = parser.value(threads).toUInt(&ok);
        if (!ok || threadCount == 0 || threadCount > 64)
            return usageError(QStringLiteral("--threads must be a number from 1 to 64"));
    }

    QStringList rootArgs = parser.positionalArguments();
    const bool explicitRoots = !rootArgs.isEmpty();
    if (!explicitRoots)
        rootArgs = ScratchRoots::defaultRoots(false);

    PrefixFamilies families;
    for (const QString &p : std::as_const(options.prefixes))
        families.addUserFamily(p);

    // Named roots must all be scannable before anything is printed.
    QList<RootScan> roots;
    for (const QString &root : std::as_const(rootArgs)) {
        RootScan r;
        r.requested = root;
        native::ScanOptions scanOptions;
        scanOptions.threads = threadCount;
        std::mutex progressMutex;
        if (stderrIsTerminal()) {
            scanOptions.progress = [&](const native::ScanProgress &p) {
                std::lock_guard lock(progressMutex);
                writeErr(QStringLiteral("\rscanning %1: %2 entries in %3 directories")
                             .arg(printablePath(nativePath(root)))
                             .arg(p.entries)
                             .arg(p.directories));
            };
        }
        native::ScanResult result = native::scan(nativePath(root), scanOptions);
        if (scanOptions.progress)
            writeErr(QStringLiteral("\r\033[K"));
        if (!result.ok()) {
            const QString message = QString::fromStdString(result.rootError.message);
            if (explicitRoots)
                return usageError(QStringLiteral("cannot scan %1: %2").arg(printablePath(nativePath(root)), message));
            r.error = message; // a default root that is missing here is reported, not fatal
        } else {
            auto tree = std::make_shared<const native::ScanTree>(std::move(result.tree));
            r.inventory = std::make_shared<const Inventory>(tree, families);
            r.shown = filterItems(*r.inventory, options);
        }
        roots.append(std::move(r));
    }

    if (parser.isSet(json)) {
        JsonWriter out([](std::string_view s) { writeOut(s); });
        writeScanJson(out, roots, options);
    } else if (parser.isSet(csv)) {
        CsvWriter out([](std::string_view s) { writeOut(s); });
        writeScanCsv(out, roots, options);
    } else {
        printTable(roots, options);
        for (const RootScan &r : std::as_const(roots)) {
            if (!r.inventory)
                writeErr(QStringLiteral("tempscope-cli: skipped %1: %2\n").arg(printablePath(nativePath(r.requested)), r.error));
        }
    }
    return ExitOk;
}

} // namespace tempscope::cli
