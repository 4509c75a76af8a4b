#include "core/export/CleanupExport.h"

#include "core/export/CsvWriter.h"
#include "core/export/JsonWriter.h"

namespace tempscope {

void writeCleanupJson(JsonWriter &out, const CleanupReport &report)
{
    out.beginObject();
    out.field("dry_run", report.dryRun);
    out.field("cancelled", report.cancelled);
    out.field("in_use_known", report.inUseKnown);
    out.objectArray("results", report.results, [&](const CleanupResult &r) {
        out.field("path", r.path);
        out.field("action", cleanupOutcomeName(r.action));
        out.field("reason", r.reason);
        if (r.rule.isEmpty())
            out.nullField("rule");
        else
            out.field("rule", r.rule);
        out.field("bytes", r.bytes);
        out.field("age_seconds", qint64(r.age.count()));
        out.field("bytes_freed", r.freed);
        out.field("entries_removed", r.removedEntries);
        if (r.keptUnlisted > 0)
            out.field("entries_kept_unlisted", r.keptUnlisted);
        if (r.linkedFiles > 0)
            out.field("linked_files", r.linkedFiles);
    });
    out.valueArray("root_errors", report.rootErrors);
    out.key("summary");
    out.beginObject();
    out.field("deleted", qint64(report.removedCount()));
    out.field("skipped", report.skippedCount());
    out.field("failed", qint64(report.count(CleanupOutcome::Failed)));
    out.field("already_gone", qint64(report.count(CleanupOutcome::AlreadyGone)));
    out.field("bytes_freed", report.bytesFreed());
    out.field("linked_files", report.linkedFiles());
    out.field("trashed", qint64(report.trashedCount()));
    out.field("bytes_trashed", report.bytesTrashed());
    out.endObject();
    out.endObject();
    out.finish();
}

QStringList cleanupCsvHeader()
{
    return {QStringLiteral("path"),    QStringLiteral("action"), QStringLiteral("reason"),
            QStringLiteral("rule"),    QStringLiteral("bytes"),  QStringLiteral("age_seconds"),
            QStringLiteral("path_hex")};
}

void writeCleanupCsv(CsvWriter &out, const CleanupReport &report)
{
    out.row(cleanupCsvHeader());
    for (const CleanupResult &r : report.results) {
        out.row({r.path, cleanupOutcomeName(r.action), r.reason, r.rule, QString::number(r.bytes),
                 QString::number(r.age.count()), CsvWriter::hexColumn(r.path, {})});
    }
    out.flush();
}

} // namespace tempscope
