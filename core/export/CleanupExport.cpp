#include "CleanupExport.h"

#include "export/CsvWriter.h"
#include "export/JsonWriter.h"

namespace tempscope {

void writeCleanupJson(JsonWriter &out, const CleanupReport &report)
{
    out.beginObject();
    out.field("dry_run", report.dryRun);
    out.field("cancelled", report.cancelled);
    out.key("results");
    out.beginArray();
    for (const CleanupResult &r : report.results) {
        out.beginObject();
        out.field("path", r.path);
        out.field("action", cleanupOutcomeName(r.action));
        out.field("reason", r.reason);
        if (r.rule.isEmpty())
            out.nullField("rule");
        else
            out.field("rule", r.rule);
        out.field("bytes", r.bytes);
        out.field("age_seconds", qint64(r.age.count()));
        out.endObject();
    }
    out.endArray();
    out.key("root_errors");
    out.beginArray();
    for (const QString &e : report.rootErrors)
        out.value(e);
    out.endArray();
    out.key("summary");
    out.beginObject();
    out.field("deleted", qint64(report.removedCount()));
    out.field("skipped", qint64(report.count(CleanupOutcome::Skipped)));
    out.field("failed", qint64(report.count(CleanupOutcome::Failed)));
    out.field("bytes_freed", report.bytesFreed());
    out.endObject();
    out.endObject();
    out.finish();
}

QStringList cleanupCsvHeader()
{
    return {QStringLiteral("path"), QStringLiteral("action"), QStringLiteral("reason"), QStringLiteral("rule"),
            QStringLiteral("bytes"), QStringLiteral("age_seconds"), QStringLiteral("path_hex")};
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
