// tempscope-cli clean: remove what is stale, after the same checks a preview makes.

#include "cli/CliSupport.h"
#include "cli/CommandLine.h"
#include "cli/Commands.h"
#include "cli/Interrupt.h"

#include "core/catalogue/OrphanCleanup.h"
#include "core/catalogue/Verdicts.h"
#include "core/cleanup/CleanupExecutor.h"
#include "core/cleanup/CleanupPlan.h"
#include "core/cleanup/Protections.h"
#include "core/cleanup/RootGuard.h"
#include "core/export/AtomicFile.h"
#include "core/export/CleanupExport.h"
#include "core/export/JsonWriter.h"
#include "core/export/TmpfilesExport.h"
#include "core/inventory/Duration.h"
#include "core/inventory/Inventory.h"
#include "core/inventory/PathText.h"
#include "core/locations/ScratchRoots.h"
#include "core/native/Accounts.h"
#include "core/native/Scanner.h"

#include <cerrno>
#include <memory>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace tempscope::cli {

namespace {

QString helpExtra()
{
    QString text = QStringLiteral(
        "Items are the top-level entries of each root; an item's age is that of the newest\n"
        "timestamp anywhere inside it. With --per-file every file is judged alone, and a\n"
        "directory goes only when everything in it goes and it is old itself.\n\n"
        "Never removed: the roots themselves, anything in use, locked, changed since the\n"
        "scan, on another filesystem, behind a symlink, sockets/FIFOs/devices, other users'\n"
        "entries (unless --include-others) and these built-in protections (unless\n"
        "--no-builtin-protection):\n");
    for (const BuiltinProtection &p : builtinProtections())
        text += QStringLiteral("  %1  %2\n").arg(p.pattern.leftJustified(18), p.why);
    text += QStringLiteral(
        "\nRefused roots: /, system directories (/usr, /etc, /var, ...), any home directory\n"
        "or any directory above one, judged by device and inode (a bind mount or a symlink\n"
        "does not get past), and anything that is not a directory (exit status 2, nothing\n"
        "removed). A root is never removed, even when another root contains it.\n\n"
        "In-use detection is advisory: open and mapped files of the processes this user\n"
        "can see are kept, rechecked when the run starts and at least every second, but a\n"
        "process may open a file after the check; flock and OFD locks are probed on every\n"
        "file just before it goes. Where the system shows no process's open files, the\n"
        "report says \"In use: unknown\" (JSON: \"in_use_known\": false).\n\n"
        "Freed space is disk space: the blocks of files whose last link went. A sparse file\n"
        "frees what it occupies; a file with another hard link frees nothing.\n\n"
        "SIGINT, SIGTERM or SIGHUP stop the run after the file at hand: the report of what\n"
        "was done is printed (\"cancelled\": true) and the exit status is 128 + the signal\n"
        "(130, 143, 129). A second signal ends the program at once.\n\n"
        "--json prints {\"dry_run\", \"cancelled\", \"in_use_known\", \"results\": [{\"path\", "
        "\"action\", "
        "\"reason\",\n"
        "\"rule\", \"bytes\", \"age_seconds\", \"bytes_freed\", \"entries_removed\"}], "
        "\"root_errors\",\n"
        "\"summary\": {\"deleted\", \"skipped\", \"failed\", \"already_gone\", \"bytes_freed\",\n"
        "\"linked_files\", \"trashed\", \"bytes_trashed\"}}. action is deleted, would-delete,\n"
        "trashed, already-gone (removed by someone else first), skipped or failed;\n"
        "entries_removed and bytes_freed also tell what a failed item lost before it\n"
        "stopped; what goes to the trash counts in trashed and bytes_trashed, never in\n"
        "bytes_freed. A name that is not valid UTF-8 keeps each raw byte as a \\udcXX\n"
        "escape (Python: os.fsencode(json.loads(...)) gives the exact bytes back).\n");
    return text;
}

QString printable(const QString &path)
{
    return printablePath(nativePath(path));
}

QString pad(const QString &s, qsizetype width, bool right = false)
{
    if (s.size() >= width)
        return s;
    const QString fill(width - s.size(), u' ');
    return right ? fill + s : s + fill;
}

void printReport(const CleanupReport &report)
{
    for (const CleanupResult &r : report.results) {
        QString line =
            QStringLiteral("%1 %2 %3  %4")
                .arg(pad(cleanupOutcomeName(r.action), 12), pad(formatBytes(r.bytes), 10, true),
                     pad(formatAge(r.age), 7, true), printable(r.path));
        if (!r.reason.isEmpty())
            line += QStringLiteral("  (%1)").arg(r.reason);
        else if (!r.rule.isEmpty())
            line += QStringLiteral("  [%1]").arg(r.rule);
        writeOut(line + u'\n');
    }
    for (const QString &e : report.rootErrors)
        writeOut(QStringLiteral("error: %1\n").arg(e));
    const qsizetype removed = report.removedCount();
    QString summary =
        QStringLiteral("%1%2 %3, %4 skipped, %5 failed")
            .arg(report.cancelled ? QStringLiteral("Cancelled. ") : QString())
            .arg(removed)
            .arg(report.dryRun ? QStringLiteral("would be deleted") : QStringLiteral("deleted"))
            .arg(report.skippedCount())
            .arg(report.count(CleanupOutcome::Failed));
    if (const qsizetype gone = report.count(CleanupOutcome::AlreadyGone))
        summary += QStringLiteral(", %1 already gone").arg(gone);
    summary += QStringLiteral(", %1 %2").arg(formatBytes(report.bytesFreed()),
                                             report.dryRun ? QStringLiteral("would be freed")
                                                           : QStringLiteral("freed"));
    if (const quint64 links = report.linkedFiles())
        summary +=
            QStringLiteral(" (%1 removed files had other hard links: their space is not freed)")
                .arg(links);
    if (const quint64 inside = report.removedInsideKept())
        summary +=
            QStringLiteral("; %1 entries were removed inside items that are not reported deleted")
                .arg(inside);
    writeOut(summary + u'\n');
    if (!report.inUseKnown)
        writeOut(QStringLiteral("In use: unknown (this system does not show which processes "
                                "have files open; only locks were checked)\n"));
    // The trash keeps what it holds: those bytes are not freed.
    if (const qsizetype trashed = report.trashedCount())
        writeOut(QStringLiteral("%1 %2 (%3, not freed until the trash is emptied)\n")
                     .arg(trashed)
                     .arg(report.dryRun ? QStringLiteral("would be moved to the trash")
                                        : QStringLiteral("moved to the trash"))
                     .arg(formatBytes(report.bytesTrashed())));
}

int writeTmpfiles(const CleanupRule &rule, const QStringList &roots, const QString &file)
{
    if (file.isEmpty())
        return usageError(QStringLiteral("--export-tmpfiles needs a file name or '-'"));
    const TmpfilesExport policy =
        exportTmpfiles({rule}, roots, QStringLiteral("tempscope-cli " TEMPSCOPE_VERSION));
    const std::string bytes = outputBytes(policy.text);
    if (file == u"-") {
        writeOut(std::string_view(bytes));
    } else if (const QString error = writeFileAtomically(file, bytes); !error.isEmpty()) {
        writeErr(
            QStringLiteral("tempscope-cli: cannot write %1: %2\n").arg(printable(file), error));
        return ExitSomeFailed;
    }
    for (const QString &w : policy.warnings)
        writeErr(QStringLiteral("tempscope-cli: tmpfiles.d: %1\n").arg(w));
    return ExitOk;
}

} // namespace

CommandDoc cleanDoc()
{
    CommandDoc d;
    d.name = QStringLiteral("clean");
    d.synopsis = QStringLiteral("[ROOT...] --older-than DUR [OPTIONS]");
    d.summary = QStringLiteral("remove stale items safely (--dry-run shows the plan)");
    d.description = QStringLiteral(
        "Remove stale items from the temp directories. --dry-run shows the plan: every "
        "item with what would happen to it and why. With no ROOT: the system temp "
        "directory and the scratch roots that are cleaned by default.");
    d.argument = rootsArgument(QStringLiteral("Directories to clean."));
    d.options = {
        {QStringLiteral("older-than"),
         QStringLiteral("Required: remove what is older than DUR (90s, 15m, 12h, 7d, 2w, 1d12h)."),
         QStringLiteral("DUR")},
        prefixOption(),
        {QStringLiteral("exclude"),
         QStringLiteral("Keep entries whose name (or, with a '/', whose path below the root) "
                        "matches GLOB. Repeatable."),
         QStringLiteral("GLOB")},
        basisOption(),
        {QStringLiteral("per-file"),
         QStringLiteral("Judge every file on its own (like tmpreaper and systemd-tmpfiles).")},
        {QStringLiteral("orphans-only"),
         QStringLiteral("Of the stale items, remove only orphans: those whose program is gone "
                        "(scan shows the verdicts).")},
        {QStringLiteral("dry-run"), QStringLiteral("Show the plan; remove nothing.")},
        {QStringLiteral("trash"),
         QStringLiteral("Move items to the trash instead of deleting them.")},
        {QStringLiteral("json"), QStringLiteral("Print the report as JSON.")},
        {QStringLiteral("include-others"),
         QStringLiteral("Also remove entries other users own (opt-in; needs the permission).")},
        {QStringLiteral("no-builtin-protection"),
         QStringLiteral("Do not keep the built-in protected names listed below (opt-in).")},
        {QStringLiteral("export-tmpfiles"),
         QStringLiteral(
             "Write the rule as a systemd tmpfiles.d file to FILE ('-': standard output) "
             "instead of cleaning; what tmpfiles.d cannot express is listed in it and on stderr."),
         QStringLiteral("FILE")},
        helpOption(),
    };
    d.notes = helpExtra();
    d.examples = {
        {QStringLiteral("tempscope-cli clean --older-than 7d --dry-run"),
         QStringLiteral(
             "Show what a cleanup of the default roots would remove, and why the rest stays.")},
        {QStringLiteral("tempscope-cli clean /tmp --prefix upload_ --older-than 2d"),
         QStringLiteral("Remove upload_* items in /tmp not touched for two days.")},
        {QStringLiteral("tempscope-cli clean /var/tmp --per-file --by mtime --older-than 30d "
                        "--exclude '*.lock'"),
         QStringLiteral("Remove files not modified for 30 days one by one, keeping lock files.")},
        {QStringLiteral("tempscope-cli clean /tmp --per-file --older-than 10d --export-tmpfiles "
                        "tempscope.conf"),
         QStringLiteral("Write the same policy for systemd-tmpfiles instead of cleaning.")},
    };
    d.exitStatus = {
        {ExitOk,
         QStringLiteral("done (also when nothing was stale), or the tmpfiles.d file was written")},
        {ExitSomeFailed,
         QStringLiteral("some items could not be removed, or the report or tmpfiles.d file could "
                        "not be written "
                        "(full disk, closed pipe; the removal itself may have been done)")},
        {ExitUsage, QStringLiteral("bad usage or bad input: unknown option, bad duration, refused "
                                   "or unreadable root; nothing removed")},
        {130, QStringLiteral("stopped by SIGINT (143: SIGTERM, 129: SIGHUP); the report of what "
                             "was done is printed")},
    };
    return d;
}

int runClean(const QStringList &args)
{
    CommandLine cmd(cleanDoc());
    if (const auto done = cmd.parse(args))
        return *done;

    CleanupRule rule;
    if (!cmd.isSet(u"older-than"))
        return usageError(QStringLiteral("clean needs --older-than DUR (e.g. --older-than 7d)"));
    AgeRule age;
    age.now = Inventory::nowNs();
    if (const auto done = cmd.readAgeOptions(age))
        return *done;
    rule.olderThan = *age.threshold;
    rule.basis = age.basis;
    rule.includes = cmd.values(u"prefix");
    rule.excludes = cmd.values(u"exclude");
    for (const QString &p : rule.includes + rule.excludes) {
        if (p.isEmpty())
            return usageError(QStringLiteral("--prefix and --exclude need a non-empty value"));
    }
    rule.unit = cmd.isSet(u"per-file") ? CleanupUnit::PerFile : CleanupUnit::Item;
    rule.action = cmd.isSet(u"trash") ? CleanupAction::Trash : CleanupAction::Delete;
    rule.includeOthers = cmd.isSet(u"include-others");
    rule.builtinProtection = !cmd.isSet(u"no-builtin-protection");

    // Every root is checked before anything is scanned or touched.
    // With no ROOT: real temp directories only, never the current directory
    // Python falls back to; the dry run says where each one comes from.
    const QStringList requested = cmd.roots(true, cmd.isSet(u"dry-run"));
    const bool explicitRoots = cmd.namedRoots();
    // Judged by identity: every home of the password database, system
    // directories and their ancestors, however the path reaches them.
    const RootGuard guard;
    QStringList roots;
    QList<native::FileId> rootIds; // what the guard judged, checked again on the scan
    for (const QString &r : std::as_const(requested)) {
        const RootVerdict v = guard.verdict(r);
        if (!v.allowed()) {
            if (explicitRoots)
                return usageError(v.refusal);
            writeErr(QStringLiteral("tempscope-cli: skipped %1\n").arg(v.refusal));
            continue;
        }
        if (!roots.contains(v.canonicalPath)) {
            roots << v.canonicalPath;
            rootIds << v.id;
        }
    }

    if (cmd.isSet(u"export-tmpfiles")) {
        if (cmd.isSet(u"dry-run") || cmd.isSet(u"json"))
            return usageError(
                QStringLiteral("--export-tmpfiles cannot be combined with --dry-run or --json"));
        return writeTmpfiles(rule, roots, cmd.value(u"export-tmpfiles"));
    }

    // From here on a signal stops the run instead of the process.
    const StopOnSignals stopOnSignals;
    CleanupPlan::Context context;
    context.now = Inventory::nowNs();
    context.uid = native::currentUid();
    context.inUse = std::make_shared<const native::InUseIndex>(native::InUseIndex::scan());
    auto plan = std::make_shared<CleanupPlan>(QList<CleanupRule>{rule}, context);
    const bool orphansOnly = cmd.isSet(u"orphans-only");
    QString catalogueError;
    const Catalogue catalogue =
        orphansOnly ? Catalogue::withUserFile(&catalogueError) : Catalogue::builtin();
    if (!catalogueError.isEmpty())
        writeErr(QStringLiteral("tempscope-cli: %1\n").arg(printable(catalogueError)));
    for (qsizetype i = 0; i < roots.size(); ++i) {
        const QString &root = roots.at(i);
        native::ScanResult result = native::scan(nativePath(root));
        // The directory scanned must be the one the guard judged: a component
        // above it swapped for a link in between leads somewhere else.
        if (result.ok() && !(result.tree[native::ScanTree::Root].id() == rootIds.at(i))) {
            result.rootError.code = ESTALE;
            result.rootError.message = "it was replaced since it was checked";
        }
        if (!result.ok()) {
            const QString message =
                QStringLiteral("cannot scan %1: %2")
                    .arg(printable(root), QString::fromStdString(result.rootError.message));
            if (explicitRoots)
                return usageError(message);
            writeErr(QStringLiteral("tempscope-cli: skipped: %1\n").arg(message));
            continue;
        }
        auto tree = std::make_shared<const native::ScanTree>(std::move(result.tree));
        if (!orphansOnly) {
            plan->addRoot(*tree); // no inventory: nothing but the plan needs the items
            continue;
        }
        const Inventory inventory(tree); // no families: a cleanup never shows them
        plan->addRoot(inventory);
        keepAllButOrphans(*plan, inventory, *ItemVerdicts::evaluateNow(inventory, catalogue));
    }

#ifdef __GLIBC__
    // The scans are gone, the plan stays: their memory, spread over the
    // scanner threads' arenas, goes back before the run adds its results
    // (for a root of a million entries, about 100 MiB).
    malloc_trim(0);
#endif
    if (StopOnSignals::signal() != 0) {
        writeErr(QStringLiteral("tempscope-cli: stopped by signal %1 before anything was removed\n")
                     .arg(StopOnSignals::signal()));
        return StopOnSignals::exitCode();
    }
    CleanupExecutor::ProgressCallback progress;
    if (stderrIsTerminal() && !cmd.isSet(u"dry-run")) {
        progress = [](const CleanupProgress &p) {
            writeErr(QStringLiteral("\rcleaning: %1/%2, %3 freed\033[K")
                         .arg(p.done)
                         .arg(p.total)
                         .arg(formatBytes(p.bytesFreed)));
        };
    }
    // On this thread, so that a signal's flag reaches the remover directly.
    CleanupReport report =
        CleanupExecutor::execute(*plan, cmd.isSet(u"dry-run"), StopOnSignals::flag(), progress);
    if (stderrIsTerminal() && !cmd.isSet(u"dry-run"))
        writeErr(QStringLiteral("\r\033[K"));
    if (StopOnSignals::signal() != 0)
        report.cancelled = true;

    if (cmd.isSet(u"json")) {
        JsonWriter out(writeOutSink);
        writeCleanupJson(out, report);
    } else {
        printReport(report);
    }
    if (StopOnSignals::signal() != 0)
        return StopOnSignals::exitCode();
    return report.anyFailed() ? ExitSomeFailed : ExitOk;
}

} // namespace tempscope::cli
