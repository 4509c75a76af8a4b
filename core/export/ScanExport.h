#pragma once
// The scan report in its machine-readable forms: JSON (complete, nested by
// root) and CSV (one row per item). Both layouts are stable; fields are only
// ever added. Shared by tempscope-cli and the desktop app's export.

#include "inventory/AgeBasis.h"
#include "inventory/Inventory.h"

#include <QList>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

namespace tempscope {

class JsonWriter;
class CsvWriter;

struct RootScan
{
    QString requested;                      // the root as given
    std::shared_ptr<const Inventory> inventory; // null when the root could not be scanned
    QString error;                          // why not
    QList<qsizetype> shown;                 // indices of the items that pass the filters
};

struct ScanReportOptions
{
    AgeBasis basis = AgeBasis::Newest;
    native::TimeNs now = 0;
    std::optional<std::chrono::seconds> olderThan; // items older than this are stale
    QStringList prefixes;                          // only items whose name starts with (or matches) one
};

// Indices of the items passing the options' prefix and age filters.
QList<qsizetype> filterItems(const Inventory &inventory, const ScanReportOptions &options);
bool matchesPrefix(const QString &name, const QStringList &prefixes);

// ISO 8601 UTC with milliseconds: "2026-11-23T06:37:28.123Z".
QString isoTime(native::TimeNs t);
QString modeText(quint32 mode); // "0644"

void writeScanJson(JsonWriter &out, const QList<RootScan> &roots, const ScanReportOptions &options);
QStringList scanCsvHeader();
void writeScanCsv(CsvWriter &out, const QList<RootScan> &roots, const ScanReportOptions &options);

} // namespace tempscope
