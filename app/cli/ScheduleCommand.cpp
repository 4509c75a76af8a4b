// tempscope-cli schedule: snapshots (and a saved cleanup) on the system's
// scheduler, as systemd user units; no daemon of our own.

#include "cli/CliSupport.h"
#include "cli/CommandLine.h"
#include "cli/Commands.h"
#include "cli/HistoryDb.h"

#include "core/cleanup/CleanupProfiles.h"
#include "core/export/AtomicFile.h"
#include "core/history/ScheduleUnits.h"
#include "core/inventory/Duration.h"
#include "core/inventory/PathText.h"
#include "core/locations/ScratchRoots.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace tempscope::cli {

namespace {

QString shown(const QString &path)
{
    return printablePath(nativePath(path));
}

// Runs `systemctl --user ARGS`; false with the reason when it is missing,
// fails or does not finish.
bool systemctl(const QStringList &args, QString *error)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("systemctl"), QStringList{QStringLiteral("--user")} + args);
    if (!p.waitForStarted(10'000)) {
        *error = QStringLiteral("systemctl cannot be run");
        return false;
    }
    if (!p.waitForFinished(30'000)) {
        p.kill();
        p.waitForFinished();
        *error = QStringLiteral("systemctl did not finish");
        return false;
    }
    if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
        return true;
    *error = QString::fromLocal8Bit(p.readAll()).simplified();
    if (error->isEmpty())
        *error = QStringLiteral("systemctl failed");
    return false;
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

int install(const CommandLine &cmd, const QString &dir)
{
    ScheduleOptions o;
    o.program = QFileInfo(QCoreApplication::applicationFilePath()).canonicalFilePath();
    if (cmd.isSet(u"every")) {
        QString why;
        const auto every = parseDuration(cmd.value(u"every"), &why);
        if (!every)
            return usageError(QStringLiteral("--every: ") + why);
        if (*every < MinScheduleInterval)
            return usageError(QStringLiteral("--every must be at least %1, not %2")
                                  .arg(formatDuration(MinScheduleInterval), cmd.value(u"every")));
        o.every = *every;
    }
    if (cmd.isSet(u"db")) {
        QString error;
        o.db = historyDbPath(cmd, false, &error);
        if (o.db.isEmpty())
            return usageError(error);
        o.db = QFileInfo(o.db).absoluteFilePath();
    }
    if (cmd.isSet(u"clean")) {
        o.cleanProfile = cmd.value(u"clean");
        const std::unique_ptr<QSettings> settings = ScratchRoots::openSettings();
        const CleanupProfiles profiles(*settings);
        o.clean = profiles.load(o.cleanProfile);
        if (!o.clean) {
            const QStringList names = profiles.names();
            return usageError(
                QStringLiteral("no saved cleanup profile \"%1\" (%2)")
                    .arg(o.cleanProfile,
                         names.isEmpty()
                             ? QStringLiteral("none is saved: save one in the cleanup "
                                              "wizard of the desktop app")
                             : QStringLiteral("saved: ") + names.join(QStringLiteral(", "))));
        }
    }
    if (!QDir().mkpath(dir))
        return usageError(QStringLiteral("cannot create %1").arg(shown(dir)));

    const QList<UnitFile> units = scheduleUnits(o);
    QStringList written;
    for (const UnitFile &u : units) {
        const QByteArray bytes = u.text.toUtf8();
        const QString path = QDir(dir).filePath(u.name);
        const QString error = writeFileAtomically(
            path, std::string_view(bytes.constData(), std::size_t(bytes.size())));
        if (!error.isEmpty()) {
            writeErr(
                QStringLiteral("tempscope-cli: cannot write %1: %2\n").arg(shown(path), error));
            return ExitSomeFailed;
        }
        written << u.name;
    }
    // A clean pair from an earlier install goes when no profile is named now.
    if (!o.clean) {
        for (const QString &name : {cleanTimerName(), cleanServiceName()}) {
            if (QFile::exists(QDir(dir).filePath(name)) && cmd.isSet(u"no-enable"))
                QFile::remove(QDir(dir).filePath(name));
        }
    }
    writeOut(QStringLiteral("installed %1 in %2 (every %3)\n")
                 .arg(written.join(QStringLiteral(", ")), shown(dir), formatDuration(o.every)));
    if (cmd.isSet(u"no-enable"))
        return ExitOk;

    QStringList timers{snapshotTimerName()};
    if (o.clean)
        timers << cleanTimerName();
    QString error;
    bool ok =
        systemctl({QStringLiteral("daemon-reload")}, &error) &&
        systemctl(QStringList{QStringLiteral("enable"), QStringLiteral("--now")} + timers, &error);
    if (ok && !o.clean && QFile::exists(QDir(dir).filePath(cleanTimerName()))) {
        systemctl({QStringLiteral("disable"), QStringLiteral("--now"), cleanTimerName()}, &error);
        QFile::remove(QDir(dir).filePath(cleanTimerName()));
        QFile::remove(QDir(dir).filePath(cleanServiceName()));
        ok = systemctl({QStringLiteral("daemon-reload")}, &error);
    }
    if (!ok) {
        writeErr(QStringLiteral("tempscope-cli: the units are written, but systemctl --user could "
                                "not enable them (%1); enable them with: systemctl --user "
                                "daemon-reload && systemctl --user enable --now %2\n")
                     .arg(error, timers.join(u' ')));
        return ExitSomeFailed;
    }
    writeOut(QStringLiteral("enabled %1\n").arg(timers.join(QStringLiteral(", "))));
    return ExitOk;
}

int status(const QString &dir)
{
    writeOut(QStringLiteral("Units in %1:\n").arg(shown(dir)));
    for (const QString &name : scheduleUnitNames()) {
        const QString path = QDir(dir).filePath(name);
        if (!QFileInfo::exists(path)) {
            writeOut(QStringLiteral("  %1: not installed\n").arg(name));
            continue;
        }
        QString line = QStringLiteral("  %1: installed").arg(name);
        if (name.endsWith(QStringLiteral(".timer"))) {
            if (const auto every = timerInterval(readText(path)))
                line += QStringLiteral(", every %1").arg(formatDuration(*every));
            QString state;
            if (systemctl({QStringLiteral("is-active"), QStringLiteral("--quiet"), name}, &state))
                line += QStringLiteral(", active");
            else
                line += QStringLiteral(", not active (or no systemd user manager)");
        }
        writeOut(line + u'\n');
    }
    return ExitOk;
}

int remove(const QString &dir)
{
    QStringList present;
    for (const QString &name : scheduleUnitNames()) {
        if (QFileInfo::exists(QDir(dir).filePath(name)))
            present << name;
    }
    if (present.isEmpty()) {
        writeOut(QStringLiteral("nothing to remove in %1\n").arg(shown(dir)));
        return ExitOk;
    }
    QString error;
    QStringList timers;
    for (const QString &name : std::as_const(present)) {
        if (name.endsWith(QStringLiteral(".timer")))
            timers << name;
    }
    const bool reachable =
        timers.isEmpty() ||
        systemctl(QStringList{QStringLiteral("disable"), QStringLiteral("--now")} + timers, &error);
    int code = ExitOk;
    for (const QString &name : std::as_const(present)) {
        if (!QFile::remove(QDir(dir).filePath(name))) {
            writeErr(QStringLiteral("tempscope-cli: cannot remove %1\n")
                         .arg(shown(QDir(dir).filePath(name))));
            code = ExitSomeFailed;
        }
    }
    if (reachable)
        systemctl({QStringLiteral("daemon-reload")}, &error);
    writeOut(
        QStringLiteral("removed %1 from %2\n").arg(present.join(QStringLiteral(", ")), shown(dir)));
    return code;
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
        "enables the timers with systemctl --user. status shows what is installed and "
        "active; remove disables and deletes the units. Tempscope runs no daemon of its own.");
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
