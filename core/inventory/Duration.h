#pragma once
// Durations as people write them on the command line and in rules:
// "90s", "15m", "12h", "7d", "2w", combined "1d12h". Units: s, m, h, d, w.

#include "core/native/FileTypes.h"

#include <QString>

#include <chrono>
#include <optional>

namespace tempscope {

// Returns the duration, or nullopt with a one-line reason in *error.
std::optional<std::chrono::seconds> parseDuration(QStringView text, QString *error = nullptr);
// A staleness threshold ("older than"): a duration that is not zero and whose
// cutoff, `now` minus the age, is neither before the Unix epoch nor outside
// the range of TimeNs. Anything else is refused with a reason, because a
// zero or wrapped-around cutoff would make every entry stale.
std::optional<std::chrono::seconds> parseAge(QStringView text, native::TimeNs now,
                                             QString *error = nullptr);
// The cutoff for a threshold: entries whose timestamp is at or before it are
// stale. Checked arithmetic; nullopt when the cutoff is not representable or
// falls before the epoch (then nothing is stale). A zero age gives `now`.
std::optional<native::TimeNs> staleCutoff(native::TimeNs now, std::chrono::seconds olderThan);
// The canonical spelling ("1d12h", "14d"); "0s" for zero.
QString formatDuration(std::chrono::seconds d);
// now - then in whole seconds, 0 when `then` is not before `now`; exact for
// every pair of TimeNs (no overflow for saturated timestamps).
std::chrono::seconds elapsedSeconds(native::TimeNs now, native::TimeNs then);
// A short human age for tables: "45 s", "12 min", "5 h", "3 d", "7 w", "2 y".
QString formatAge(std::chrono::seconds age);
// "1.5 MiB", "512 B".
QString formatBytes(quint64 bytes);

} // namespace tempscope
