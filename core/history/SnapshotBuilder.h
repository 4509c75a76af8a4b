#pragma once
// Turns scanned roots into a Snapshot for the history database: per root its
// totals and the free space of its volume, per family its count, bytes,
// stale bytes (by the AgeRule's threshold) and the ages of its oldest and
// newest items. A root whose scan failed is left out. Plain function, any
// thread.

#include "core/history/HistoryTypes.h"
#include "core/inventory/AgeRule.h"
#include "core/inventory/RootScan.h"

#include <QList>

namespace tempscope {

// A root with more families than this keeps the largest ones; the rest are
// summed into the family OtherFamilies, so a directory of uniquely named
// files cannot grow the database by thousands of rows per snapshot.
inline constexpr qsizetype MaxFamiliesPerRoot = 200;
QString otherFamiliesKey(); // "(other)"

// rule.now is the snapshot's time; rule.threshold (if any) what is stale.
Snapshot snapshotOf(const QList<RootScan> &roots, const AgeRule &rule);

} // namespace tempscope
