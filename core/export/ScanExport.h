#pragma once
// The scan report in its machine-readable forms: JSON (complete, nested by
// root) and CSV (one row per item). Both layouts are stable; fields are only
// ever added. Shared by tempscope-cli and the desktop app's export.

#include "core/inventory/AgeBasis.h"
#include "core/inventory/AgeRule.h"
#include "core/inventory/Inventory.h"
#include "core/inventory/RootScan.h"

#include <QList>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

namespace tempscope {

class JsonWriter;
class CsvWriter;

struct ScanReportOptions
{
    AgeRule age;          // its threshold is --older-than: older items are stale
    QStringList prefixes; // only items whose name starts with (or matches) one
};

// Indices of the items passing the options' prefix and age filters.
QList<qsizetype> filterItems(const Inventory &inventory, const ScanReportOptions &options);
bool matchesPrefix(const QString &name, const QStringList &prefixes);

// What a scan left unread although it is there: every error except those of
// entries this user may not read (permission denied: what the user can see is
// all there is for them) and of entries removed while the scan ran. A
// directory that could not be opened for want of descriptors (EMFILE, ENFILE),
// memory or I/O is counted. Cancellation is reported separately.
QList<ScanErrorRecord> unreadErrors(const Inventory &inventory);
// Not cancelled, and nothing left unread that is there.
bool scanComplete(const Inventory &inventory);

// ISO 8601 UTC with milliseconds: "2026-11-23T06:37:28.123Z".
QString isoTime(native::TimeNs t);
QString modeText(quint32 mode); // "0644"

void writeScanJson(JsonWriter &out, const QList<RootScan> &roots, const ScanReportOptions &options);
QStringList scanCsvHeader();
void writeScanCsv(CsvWriter &out, const QList<RootScan> &roots, const ScanReportOptions &options);

} // namespace tempscope
