// tempscope-cli schedule: snapshots (and a saved cleanup) on the system's
// scheduler, as systemd user units; no daemon of our own.

#include "cli/CliSupport.h"
#include "cli/CommandLine.h"
#include "cli/Commands.h"
#include "cli/HistoryDb.h"

#include "core/history/ScheduleSetup.h"
#include "core/inventory/Duration.h"
#include "core/inventory/PathText.h"
#include "core/locations/ScratchRoots.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QSettings>

namespace tempscope::cli {

namespace {

QString shown(const QString &path)
{
    return printablePath(nativePath(path));
}

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

int install(const CommandLine &cmd, const QString &dir)
{
    ScheduleOptions o;
    o.program = QFileInfo(QCoreApplication::applicationFilePath()).canonicalFilePath();
    QString error;
    if (cmd.isSet(u"every")) {
        const auto every = parseScheduleInterval(cmd.value(u"every"), &error);
        if (!every)
            return usageError(QStringLiteral("--every: ") + error);
        o.every = *every;
    }
    if (cmd.isSet(u"db")) {
        o.db = historyDbPath(cmd, false, &error);
        if (o.db.isEmpty())
            return usageError(error);
        o.db = QFileInfo(o.db).absoluteFilePath();
    }
    if (cmd.isSet(u"clean")) {
        o.cleanProfile = cmd.value(u"clean");
        o.clean = loadScheduleProfile(*ScratchRoots::openSettings(), o.cleanProfile, &error);
        if (!o.clean)
            return usageError(error);
    }
    const bool enable = !cmd.isSet(u"no-enable");
    const ScheduleChange change = installSchedule(dir, o, enable);
    if (change.failure == ScheduleChange::Failure::Directory)
        return usageError(change.error);
    if (!change.units.isEmpty())
        writeOut(
            QStringLiteral("installed %1 in %2 (every %3)\n")
                .arg(change.units.join(QStringLiteral(", ")), shown(dir), formatDuration(o.every)));
    if (!change.ok()) {
        writeErr(QStringLiteral("tempscope-cli: %1\n").arg(change.error));
        return ExitSomeFailed;
    }
    if (enable)
        writeOut(QStringLiteral("enabled %1\n").arg(change.timers.join(QStringLiteral(", "))));
    return ExitOk;
}

int status(const QString &dir)
{
    const ScheduleStatus s = scheduleStatus(dir, true);
    writeOut(QStringLiteral("Units in %1:\n").arg(shown(dir)));
    for (const QString &name : scheduleUnitNames()) {
        if (!s.isInstalled(name)) {
            writeOut(QStringLiteral("  %1: not installed\n").arg(name));
            continue;
        }
        QString line = QStringLiteral("  %1: installed").arg(name);
        if (name == cleanServiceName() && !s.cleanProfile.isEmpty())
            line += QStringLiteral(", profile %1").arg(shown(s.cleanProfile));
        const TimerState *timer = name == snapshotTimerName() ? &s.snapshot
                                  : name == cleanTimerName()  ? &s.clean
                                                              : nullptr;
        if (timer) {
            if (timer->every)
                line += QStringLiteral(", every %1").arg(formatDuration(*timer->every));
            if (timer->activeState.isEmpty())
                line += QStringLiteral(", state unknown (no systemd user manager answered)");
            else
                line += QStringLiteral(", %1").arg(timer->activeState);
            if (timer->nextRun.isValid())
                line += QStringLiteral(", next run %1").arg(isoTime(timer->nextRun));
            if (timer->lastRun.isValid())
                line += QStringLiteral(", last run %1").arg(isoTime(timer->lastRun));
        }
        writeOut(line + u'\n');
    }
    if (!s.systemdError.isEmpty())
        writeOut(QStringLiteral("systemctl --user: %1\n").arg(s.systemdError));
    return ExitOk;
}

int remove(const QString &dir)
{
    const ScheduleChange change = removeSchedule(dir);
    if (change.units.isEmpty() && change.ok()) {
        writeOut(QStringLiteral("nothing to remove in %1\n").arg(shown(dir)));
        return ExitOk;
    }
    if (!change.units.isEmpty())
        writeOut(QStringLiteral("removed %1 from %2\n")
                     .arg(change.units.join(QStringLiteral(", ")), shown(dir)));
    if (!change.ok()) {
        writeErr(QStringLiteral("tempscope-cli: %1\n").arg(change.error));
        return ExitSomeFailed;
    }
    return ExitOk;
}

} // namespace

CommandDoc scheduleDoc()
{
    CommandDoc d;
    d.name = QStringLiteral("schedule");
    d.synopsis = QStringLiteral("install|status|remove [OPTIONS]");
    d.summary = QStringLiteral("snapshots and cleanups on the system's scheduler (systemd timers)");
    d.description = QStringLiteral(
        "install writes systemd user units to $XDG_CONFIG_HOME/systemd/user "
        "(~/.config/systemd/user): tempscope-snapshot.service and .timer, which run "
        "tempscope-cli snapshot, and with --clean tempscope-clean.service and .timer, which "
        "run tempscope-cli clean with a cleanup profile saved in the desktop app; then it "
        "enables the timers with systemctl --user. status shows what is installed, "
        "the interval, the cleanup profile, and whether the timers are active and when they run "
        "next (when a systemd user manager answers); remove disables and deletes the units. "
        "Tempscope runs no daemon of its own.");
    d.argument = {QStringLiteral("ACTION"), QStringLiteral("install|status|remove"),
                  QStringLiteral("What to do.")};
    d.options = {
        {QStringLiteral("every"),
         QStringLiteral("How often the timers run (default 1h; at least 5m)."),
         QStringLiteral("DUR"), QStringLiteral("1h")},
        {QStringLiteral("clean"),
         QStringLiteral("Also clean up with the saved cleanup profile PROFILE, as often."),
         QStringLiteral("PROFILE")},
        historyDbOption(),
        {QStringLiteral("no-enable"),
         QStringLiteral("Only write the units; do not run systemctl (enable them yourself).")},
        helpOption(),
    };
    d.notes = QStringLiteral(
        "The units name this tempscope-cli by its absolute path: install again after moving "
        "it. A low-space warning from a scheduled snapshot arrives as a desktop notification.");
    d.examples = {
        {QStringLiteral("tempscope-cli schedule install --every 6h"),
         QStringLiteral("Record temp usage every six hours.")},
        {QStringLiteral("tempscope-cli schedule install --clean uploads"),
         QStringLiteral("Record hourly, and clean with the profile \"uploads\" hourly.")},
        {QStringLiteral("tempscope-cli schedule remove"), QStringLiteral("Stop and remove both.")},
    };
    d.exitStatus = {
        {ExitOk, QStringLiteral("done")},
        {ExitSomeFailed, QStringLiteral("a unit could not be written or removed, or systemctl "
                                        "could not enable the timers (the units are written)")},
        {ExitUsage, QStringLiteral("bad usage or bad input: unknown action or option, bad "
                                   "duration, no such saved profile")},
    };
    return d;
}

int runSchedule(const QStringList &args)
{
    CommandLine cmd(scheduleDoc());
    if (const auto done = cmd.parse(args))
        return *done;
    const QStringList positional = cmd.positionalArguments();
    if (positional.size() != 1)
        return usageError(QStringLiteral("schedule needs one action: install, status or remove"));
    const QString action = positional.first();
    if (action != u"install" &&
        (cmd.isSet(u"every") || cmd.isSet(u"clean") || cmd.isSet(u"db") || cmd.isSet(u"no-enable")))
        return usageError(QStringLiteral("--every, --clean, --db and --no-enable apply only to "
                                         "install"));
    const QString dir = systemdUserUnitDir(QProcessEnvironment::systemEnvironment());
    if (dir.isEmpty())
        return usageError(QStringLiteral("neither $XDG_CONFIG_HOME nor $HOME is set"));
    if (action == u"install")
        return install(cmd, dir);
    if (action == u"status")
        return status(dir);
    if (action == u"remove")
        return remove(dir);
    return usageError(
        QStringLiteral("unknown action \"%1\" (use install, status or remove)").arg(action));
}

} // namespace tempscope::cli
