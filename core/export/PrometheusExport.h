#pragma once
// A scan as Prometheus metrics in the text exposition format, for
// node_exporter's textfile collector (`tempscope-cli scan --prometheus`):
//
//   tempscope_root_bytes{root="/tmp"} 123456
//   tempscope_family_stale_bytes{root="/tmp",family="upload_*.csv"} 4096
//
// Every metric is a gauge with HELP and TYPE lines; the samples of one metric
// are grouped together, roots in the order given, families sorted by name.
// Stale metrics appear only when the options carry a threshold (--older-than).
// Label values are UTF-8 with '\\', '"' and newlines escaped; a name that is
// not valid UTF-8 shows each raw byte as the four characters \xHH (so a
// label never carries invalid UTF-8, which Prometheus rejects), and a backslash
// in a name is doubled (as tempscope-cli prints names) before escaping.
//
// Family names come from file names anyone can create, so the family series
// are bounded: per root, the `maxFamilies` largest families by bytes (ties by
// name) get series of their own, and the rest are summed into the family
// "(other)", which appears only when something was summed into it. A real
// family whose name is "(other)" always counts there, so that series is
// never ambiguous. tempscope_root_families{root} says how many families
// there were before the cut (not "..._families_total": in Prometheus'
// naming, and for promtool, a _total suffix means a counter).

#include "core/export/ScanExport.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <chrono>

namespace tempscope {

struct PrometheusRoot
{
    RootScan scan;
    std::chrono::duration<double> duration{0}; // how long the scan took
};

// The label value for a (lossless, PathText.h) path or name, escaped for
// the exposition format, without the surrounding quotes.
QString prometheusLabelValue(const QString &text);

// The whole exposition, UTF-8, ending with a newline. Roots that are the same
// directory are reported once.
inline constexpr int DefaultMaxPrometheusFamilies = 50;
inline constexpr QStringView OtherFamiliesLabel = u"(other)";
QByteArray prometheusMetrics(const QList<PrometheusRoot> &roots, const ScanReportOptions &options,
                             int maxFamilies = DefaultMaxPrometheusFamilies);

} // namespace tempscope
