#pragma once
// The systemd user units that run Tempscope on the system's own scheduler
// (no daemon of ours): tempscope-snapshot.service + .timer, and, when a
// saved cleanup profile is named, tempscope-clean.service + .timer running
// `tempscope-cli clean` with that profile's rule. They live in
// $XDG_CONFIG_HOME/systemd/user (~/.config/systemd/user) and name the
// program by its absolute path. Plain functions, any thread.

#include "core/cleanup/CleanupRule.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace tempscope {

struct ScheduleOptions
{
    QString program; // absolute path of tempscope-cli
    std::chrono::seconds every{3600};
    QString db; // --db for the snapshots; empty: the default database
    std::optional<CleanupRule> clean;
    QString cleanProfile; // its name, for the description
};

struct UnitFile
{
    QString name; // "tempscope-snapshot.timer"
    QString text;
};

inline constexpr std::chrono::seconds MinScheduleInterval{300};

QString snapshotServiceName(); // tempscope-snapshot.service
QString snapshotTimerName();
QString cleanServiceName();
QString cleanTimerName();
QStringList scheduleUnitNames(); // all four, timers after their services

// The units for these options: the snapshot pair, and the clean pair when
// options.clean is set.
QList<UnitFile> scheduleUnits(const ScheduleOptions &options);
// `clean` and its options for a rule: --older-than, --by, --prefix,
// --exclude, --per-file, --trash, --include-others, --no-builtin-protection.
QStringList cleanArguments(const CleanupRule &rule);
// One word of an ExecStart= line: quoted when needed, with systemd's
// specifiers (%) and, in arguments, variables ($) escaped so it runs exactly
// as written (systemd expands no variables in the command itself).
QString systemdWord(const QString &word, bool isCommand = false);
// $XDG_CONFIG_HOME/systemd/user, or $HOME/.config/systemd/user; empty when
// neither is set.
QString systemdUserUnitDir(const QProcessEnvironment &environment);
// The profile a clean service was written for (from its Description=, with
// the characters scheduleUnits() replaces replaced), or empty.
QString cleanServiceProfile(const QString &serviceText);
// The interval a timer file runs at (its OnUnitActiveSec=), or nullopt.
std::optional<std::chrono::seconds> timerInterval(const QString &timerText);

} // namespace tempscope
