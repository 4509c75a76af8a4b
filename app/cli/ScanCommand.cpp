// tempscope-cli scan: what is in the temp directories.

#include "cli/CliSupport.h"
#include "cli/CommandLine.h"
#include "cli/Commands.h"

#include "core/catalogue/Verdicts.h"
#include "core/export/CsvWriter.h"
#include "core/export/JsonWriter.h"
#include "core/export/PrometheusExport.h"
#include "core/export/ScanExport.h"
#include "core/inventory/Duration.h"
#include "core/inventory/Inventory.h"
#include "core/inventory/PathText.h"
#include "core/locations/ScratchRoots.h"
#include "core/native/Accounts.h"
#include "core/native/Scanner.h"

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
        const bool stale = o.age.threshold.has_value();
        writeOut(QStringLiteral("%1  (%2 items, %3 entries, %4)\n")
                     .arg(printablePath(nativePath(inv.rootPath())))
                     .arg(inv.items().size())
                     .arg(inv.tree().size() - 1)
                     .arg(formatBytes(inv.totalBytes())));
        if (inv.tree().cancelled())
            writeOut(QStringLiteral("  (scan cancelled: incomplete)\n"));
        else if (!scanComplete(inv))
            writeOut(QStringLiteral("  (incomplete: some directories could not be read)\n"));

        QList<qsizetype> shown = filterItems(*r.inventory, o);
        const QList<Item> &items = inv.items();
        std::sort(shown.begin(), shown.end(), [&](qsizetype a, qsizetype b) {
            return items[a].bytes != items[b].bytes ? items[a].bytes > items[b].bytes
                                                    : items[a].name < items[b].name;
        });
        writeOut(QStringLiteral("  %1 %2 %3 %4 %5 %6%7%8\n")
                     .arg(pad(QStringLiteral("SIZE"), 10, true),
                          pad(QStringLiteral("ENTRIES"), 8, true),
                          pad(QStringLiteral("AGE"), 7, true), pad(QStringLiteral("KIND"), 7),
                          pad(QStringLiteral("OWNER"), 10), pad(QStringLiteral("FAMILY"), 22),
                          r.verdicts ? pad(QStringLiteral("VERDICT"), 14) : QString(),
                          stale ? QStringLiteral("STALE NAME") : QStringLiteral("NAME")));
        for (qsizetype idx : shown) {
            const Item &item = items[idx];
            const bool isStale = o.age.isStale(item);
            QString line = QStringLiteral("  %1 %2 %3 %4 %5 %6")
                               .arg(pad(formatBytes(item.bytes), 10, true),
                                    pad(QString::number(item.entries), 8, true),
                                    pad(formatAge(o.age.age(item)), 7, true),
                                    pad(QString::fromLatin1(native::kindName(item.kind)), 7),
                                    pad(printablePath(nativePath(
                                            QString::fromStdString(native::userName(item.uid)))),
                                        10),
                                    pad(printablePath(nativePath(item.family)), 22));
            if (r.verdicts)
                line += u' ' + pad(verdictName(r.verdicts->at(idx).verdict), 14);
            if (stale)
                line += isStale ? QStringLiteral("yes   ") : QStringLiteral("no    ");
            line += printablePath(nativePath(item.name));
            if (item.errors)
                line += QStringLiteral("  (%1 errors)").arg(item.errors);
            if (r.verdicts)
                line += QStringLiteral("  (%1)").arg(
                    printablePath(nativePath(r.verdicts->at(idx).reason)));
            writeOut(line + u'\n');
        }

        const QList<FamilyStats> families = inv.families(o.age);
        writeOut(QStringLiteral("\n  %1 %2 %3 %4 %5\n")
                     .arg(pad(QStringLiteral("FAMILY"), 28), pad(QStringLiteral("COUNT"), 7, true),
                          pad(QStringLiteral("SIZE"), 10, true),
                          pad(QStringLiteral("OLDEST"), 8, true),
                          stale ? QStringLiteral("STALE") : QString()));
        for (const FamilyStats &f : families) {
            if (!o.prefixes.isEmpty() && !matchesPrefix(f.key, o.prefixes))
                continue;
            const auto oldestAge = elapsedSeconds(o.age.now, f.oldest);
            writeOut(QStringLiteral("  %1 %2 %3 %4 %5\n")
                         .arg(pad(printablePath(nativePath(f.key)), 28),
                              pad(QString::number(f.count), 7, true),
                              pad(formatBytes(f.bytes), 10, true),
                              pad(formatAge(oldestAge), 8, true),
                              !stale         ? QString()
                              : f.staleCount ? QStringLiteral("%1 (%2)")
                                                   .arg(f.staleCount)
                                                   .arg(formatBytes(f.staleBytes))
                                             : QStringLiteral("-")));
        }

        const QList<ScanErrorRecord> errors = inv.errors();
        if (!errors.isEmpty()) {
            writeOut(QStringLiteral("\n  %1 entries could not be read:\n").arg(errors.size()));
            for (const ScanErrorRecord &e : errors)
                writeOut(QStringLiteral("    %1: %2 (%3)\n")
                             .arg(printablePath(nativePath(e.path)), e.message, e.op));
        }
        writeOut(QStringLiteral("\n"));
    }
}

// One line on stderr per root the scan could not read whole; ExitSomeFailed
// when there is one, since its figures are too small.
int reportIncomplete(const QList<RootScan> &roots)
{
    int code = ExitOk;
    for (const RootScan &r : roots) {
        if (!r.inventory || r.inventory->tree().cancelled())
            continue;
        const QList<ScanErrorRecord> unread = unreadErrors(*r.inventory);
        if (unread.isEmpty())
            continue;
        writeErr(QStringLiteral("tempscope-cli: the scan of %1 is incomplete: %2 entries could not "
                                "be read (first: %3: %4)\n")
                     .arg(printablePath(nativePath(r.inventory->rootPath())))
                     .arg(unread.size())
                     .arg(printablePath(nativePath(unread.first().path)), unread.first().message));
        code = ExitSomeFailed;
    }
    return code;
}

} // namespace

CommandDoc scanDoc()
{
    CommandDoc d;
    d.name = QStringLiteral("scan");
    d.synopsis = QStringLiteral("[ROOT...] [OPTIONS]");
    d.summary = QStringLiteral("what is in the temp directories, by item, prefix family and age");
    d.description = QStringLiteral(
        "List what the temp directories hold: every top-level item with its size, age, "
        "owner, prefix family and verdict (in-use, owner-running, orphan, unknown: whether "
        "the program that made it still runs, from the catalogue of known temp files), then "
        "the families and any entries that could not be read. "
        "With no ROOT: the system temp directory and the scratch roots.");
    d.argument = rootsArgument(QStringLiteral("Directories to scan."));
    d.options = {
        {QStringLiteral("json"), QStringLiteral("Print the complete report as JSON.")},
        {QStringLiteral("csv"), QStringLiteral("Print one CSV row per item.")},
        {QStringLiteral("prometheus"),
         QStringLiteral(
             "Print node_exporter textfile-collector metrics: bytes and items per root and "
             "per family, stale bytes and items with --older-than, scan duration and errors.")},
        {QStringLiteral("max-families"),
         QStringLiteral(
             "With --prometheus: series for the N largest families of each root (default 50); "
             "the rest are summed into family=\"(other)\". N is at least 1."),
         QStringLiteral("N"), QString::number(DefaultMaxPrometheusFamilies)},
        prefixOption(),
        {QStringLiteral("older-than"),
         QStringLiteral("Only items older than DUR (e.g. 7d, 12h, 1d12h); with --prometheus, what "
                        "counts as stale."),
         QStringLiteral("DUR")},
        basisOption(),
        {QStringLiteral("threads"), QStringLiteral("Directory-listing threads (default: up to 4)."),
         QStringLiteral("N")},
        helpOption(),
    };
    d.notes = QStringLiteral(
        "--json prints every root with its items, families, age buckets and errors; --csv one "
        "row per item. A name that is not valid UTF-8 keeps each raw byte as a \\udcXX escape "
        "in JSON and gets a hex column in CSV. In --prometheus labels such a byte is shown as "
        "\\xHH. "
        "A CSV cell that a spreadsheet would run as a formula (starting with =, +, -, @, tab or "
        "CR) "
        "gets a leading apostrophe; path_hex keeps the exact bytes. In tables, invisible and "
        "bidirectional control characters are shown as \\uXXXX.");
    d.examples = {
        {QStringLiteral("tempscope-cli scan"),
         QStringLiteral("Show the system temp directory and the scratch roots.")},
        {QStringLiteral("tempscope-cli scan /tmp --older-than 7d --prefix upload_"),
         QStringLiteral("Show the upload_* items in /tmp older than a week.")},
        {QStringLiteral("tempscope-cli scan --json /var/tmp > scan.json"),
         QStringLiteral("Save a complete report.")},
        {QStringLiteral("cd /var/lib/prometheus/node-exporter && tempscope-cli scan --prometheus "
                        "--older-than 7d "
                        "> tempscope.prom.new && mv tempscope.prom.new tempscope.prom"),
         QStringLiteral(
             "Publish metrics for node_exporter's textfile collector (written aside, then renamed, "
             "so the collector never reads half a file).")},
    };
    d.exitStatus = {
        {ExitOk, QStringLiteral("done (a default root that is missing is reported, not an error)")},
        {ExitSomeFailed, QStringLiteral("the output could not be written (full disk, closed pipe), "
                                        "or a directory could not be read for a "
                                        "reason other than permission (too many open files, I/O "
                                        "error): the report is printed, "
                                        "marked incomplete")},
        {ExitUsage, QStringLiteral("bad usage or bad input: unknown option, bad duration, a named "
                                   "root that cannot be scanned")},
    };
    return d;
}

int runScan(const QStringList &args)
{
    CommandLine cmd(scanDoc());
    if (const auto done = cmd.parse(args))
        return *done;

    ScanReportOptions options;
    options.age.now = Inventory::nowNs();
    if (cmd.isSet(u"json") && cmd.isSet(u"csv"))
        return usageError(QStringLiteral("--json and --csv cannot be combined"));
    if (cmd.isSet(u"prometheus") && (cmd.isSet(u"json") || cmd.isSet(u"csv")))
        return usageError(QStringLiteral("--prometheus cannot be combined with --json or --csv"));
    if (const auto done = cmd.readAgeOptions(options.age))
        return *done;
    options.prefixes = cmd.values(u"prefix");
    for (const QString &p : std::as_const(options.prefixes)) {
        if (p.isEmpty())
            return usageError(QStringLiteral("--prefix needs a non-empty value"));
    }
    int familyLimit = DefaultMaxPrometheusFamilies;
    if (cmd.isSet(u"max-families")) {
        if (!cmd.isSet(u"prometheus"))
            return usageError(QStringLiteral("--max-families applies only to --prometheus"));
        bool ok = false;
        familyLimit = cmd.value(u"max-families").toInt(&ok);
        if (!ok || familyLimit < 1)
            return usageError(
                QStringLiteral("--max-families must be a whole number of at least 1, not \"%1\"")
                    .arg(cmd.value(u"max-families")));
    }
    unsigned threadCount = 0;
    if (cmd.isSet(u"threads")) {
        bool ok = false;
        threadCount = cmd.value(u"threads").toUInt(&ok);
        if (!ok || threadCount == 0 || threadCount > 64)
            return usageError(QStringLiteral("--threads must be a number from 1 to 64"));
    }

    const QStringList rootArgs = cmd.roots(false);
    const bool explicitRoots = cmd.namedRoots();

    PrefixFamilies families;
    for (const QString &p : std::as_const(options.prefixes))
        families.addUserFamily(p);
    QString catalogueError;
    const Catalogue catalogue = Catalogue::withUserFile(&catalogueError);
    if (!catalogueError.isEmpty())
        writeErr(
            QStringLiteral("tempscope-cli: %1\n").arg(printablePath(nativePath(catalogueError))));
    const bool verdicts = !cmd.isSet(u"prometheus");

    // Named roots must all be scannable before anything is printed.
    QList<RootScan> roots;
    QList<std::chrono::duration<double>> durations;
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
        const auto started = std::chrono::steady_clock::now();
        native::ScanResult result = native::scan(nativePath(root), scanOptions);
        durations.append(std::chrono::steady_clock::now() - started);
        if (scanOptions.progress)
            writeErr(QStringLiteral("\r\033[K"));
        if (!result.ok()) {
            const QString message = QString::fromStdString(result.rootError.message);
            if (explicitRoots)
                return usageError(QStringLiteral("cannot scan %1: %2")
                                      .arg(printablePath(nativePath(root)), message));
            r.error = message; // a default root that is missing here is reported, not fatal
        } else {
            auto tree = std::make_shared<const native::ScanTree>(std::move(result.tree));
            r.inventory = std::make_shared<const Inventory>(tree, families);
            if (verdicts)
                r.verdicts = ItemVerdicts::evaluateNow(*r.inventory, catalogue);
        }
        roots.append(std::move(r));
    }

    if (cmd.isSet(u"prometheus")) {
        QList<PrometheusRoot> metrics;
        for (qsizetype i = 0; i < roots.size(); ++i)
            metrics.append({roots[i], durations[i]});
        const QByteArray text = prometheusMetrics(metrics, options, familyLimit);
        writeOut(std::string_view(text.constData(), std::size_t(text.size())));
        // Missing default roots are in the metrics (tempscope_scan_success 0).
        return reportIncomplete(roots);
    }
    if (cmd.isSet(u"json")) {
        JsonWriter out(writeOutSink);
        writeScanJson(out, roots, options);
    } else if (cmd.isSet(u"csv")) {
        CsvWriter out([](std::string_view s) { writeOut(s); });
        writeScanCsv(out, roots, options);
    } else {
        printTable(roots, options);
        for (const RootScan &r : std::as_const(roots)) {
            if (!r.inventory)
                writeErr(QStringLiteral("tempscope-cli: skipped %1: %2\n")
                             .arg(printablePath(nativePath(r.requested)), r.error));
        }
    }
    return reportIncomplete(roots);
}

} // namespace tempscope::cli
