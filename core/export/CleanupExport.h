#pragma once
// The cleanup report in its machine-readable forms, as `tempscope-cli clean
// --json` prints it and the desktop app exports it:
//
//   { "dry_run": bool,
//     "cancelled": bool,
//     "results": [ { "path", "action" (deleted|would-delete|trashed|skipped|failed),
//                    "reason", "rule", "bytes", "age_seconds" } ... ],
//     "root_errors": [ "..." ],
//     "summary": { "deleted", "skipped", "failed", "bytes_freed" } }
//
// "deleted" counts deleted, trashed and (in a dry run) would-delete results;
// "bytes_freed" is what they free. A path that is not valid UTF-8 keeps its raw
// bytes as "\udcXX" escapes (see JsonWriter.h). CSV: one row per result, with
// a path_hex column for such names (and for a path CsvWriter neutralises).
// Layouts are stable; fields are only added.

#include "core/cleanup/CleanupReport.h"

#include <QStringList>

namespace tempscope {

class JsonWriter;
class CsvWriter;

void writeCleanupJson(JsonWriter &out, const CleanupReport &report);
QStringList cleanupCsvHeader();
void writeCleanupCsv(CsvWriter &out, const CleanupReport &report);

} // namespace tempscope
