#pragma once
// Installing, inspecting and removing the schedule: the systemd user units of
// ScheduleUnits.h written to (and deleted from) a unit directory, and the
// timers enabled, disabled and asked about through `systemctl --user`.
// `tempscope-cli schedule` and the desktop app's schedule dialog both do it
// through these functions, so they check, write and report the same way.
//
// The messages are one line each, for people, translated in the context
// "ScheduleSetup". Plain functions; they block on systemctl (at most about
// 40 s when it hangs), so a window calls them on a worker thread. The
// QSettings overload reads on the caller's thread.

#include "core/history/ScheduleUnits.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

class QSettings;

namespace tempscope {

// An interval as `schedule install --every` takes it: a duration
// (parseDuration) of at least MinScheduleInterval. nullopt with the reason
// (when error is not null).
std::optional<std::chrono::seconds> parseScheduleInterval(QStringView text, QString *error);

// The saved cleanup profile `name` (CleanupProfiles in these settings), or
// nullopt with a reason that names the saved ones.
std::optional<CleanupRule> loadScheduleProfile(QSettings &settings, const QString &name,
                                               QString *error);

// `systemctl --user ARGS`; false with the reason (systemctl missing, no user
// manager, its own message) in *error. *output gets what it printed on success.
bool runSystemctl(const QStringList &args, QString *error, QString *output = nullptr);

struct ScheduleChange
{
    enum class Failure {
        None,
        Directory, // the unit directory could not be made
        Write,     // a unit file could not be written or removed
        Systemd,   // the files are done, but systemctl could not (en|dis)able the timers
    };
    Failure failure = Failure::None;
    QString error;      // one line when failure != None
    QStringList units;  // written (install) or removed (remove)
    QStringList timers; // enabled (install), or those to enable when Systemd failed
    bool ok() const { return failure == Failure::None; }
};

// Writes the units for `options` in `dir` (made when missing), removes the
// clean pair of an earlier install when no profile is given now, and, with
// `enable`, reloads the user manager and enables the timers (--now).
ScheduleChange installSchedule(const QString &dir, const ScheduleOptions &options, bool enable);
// Disables the timers that are there (when a user manager answers), deletes
// the units and the links `enable` made to them, and reloads the manager.
// An empty `units` in the result: nothing was installed.
ScheduleChange removeSchedule(const QString &dir);

struct TimerState
{
    std::optional<std::chrono::seconds> every; // from the file
    QString activeState;                       // systemd's ActiveState; empty: not asked
    QDateTime nextRun;                         // invalid when systemd did not say
    QDateTime lastRun;
};

struct ScheduleStatus
{
    QString dir;
    QStringList installed; // unit names present, in scheduleUnitNames() order
    TimerState snapshot;   // tempscope-snapshot.timer
    TimerState clean;      // tempscope-clean.timer
    QString cleanProfile;  // the profile named by the installed clean service
    QString systemdError;  // why systemd could not tell; empty when it did (or was not asked)
    bool isInstalled(const QString &unit) const { return installed.contains(unit); }
};

// What is installed in `dir`, and, with askSystemd and a timer installed,
// whether its timers are active and when they run next.
ScheduleStatus scheduleStatus(const QString &dir, bool askSystemd);

// The key=value lines of `systemctl show --timestamp=unix` for a timer, read
// into `state` (ActiveState, NextElapseUSecRealtime or, for the monotonic
// timers we write, NextElapseUSecMonotonic against the given clocks,
// LastTriggerUSec). For the status and its tests.
void readTimerProperties(const QString &text, TimerState *state, const QDateTime &nowRealtime,
                         std::chrono::microseconds nowMonotonic);
// A systemd time span as `systemctl show` prints it ("1h 2min 3.5s"), or nullopt.
std::optional<std::chrono::microseconds> parseSystemdTimespan(QStringView text);

} // namespace tempscope
