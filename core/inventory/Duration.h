#pragma once
// Durations as people write them on the command line and in rules:
// "90s", "15m", "12h", "7d", "2w", combined "1d12h". Units: s, m, h, d, w.

#include <QString>

#include <chrono>
#include <optional>

namespace tempscope {

// Returns the duration, or nullopt with a one-line reason in *error.
std::optional<std::chrono::seconds> parseDuration(QStringView text, QString *error = nullptr);
// The canonical spelling ("1d12h", "14d"); "0s" for zero.
QString formatDuration(std::chrono::seconds d);
// A short human age for tables: "45 s", "12 min", "5 h", "3 d", "7 w", "2 y".
QString formatAge(std::chrono::seconds age);
// "1.5 MiB", "512 B".
QString formatBytes(quint64 bytes);

} // namespace tempscope
