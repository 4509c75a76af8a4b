#include "core/history/ScheduleSetup.h"

#include "core/cleanup/CleanupProfiles.h"
#include "core/export/AtomicFile.h"
#include "core/inventory/Duration.h"
#include "core/inventory/PathText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

namespace tempscope {

namespace {

QString shown(const QString &path)
{
    return printablePath(nativePath(path));
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The link `systemctl enable` made in timers.target.wants for one of our
// timers; removed when it is a symbolic link (to our file or to nothing).
void removeWantsLink(const QString &dir, const QString &timer)
{
    const QString link = QDir(dir).filePath(QStringLiteral("timers.target.wants/") + timer);
    const QFileInfo info(link);
    if (info.isSymLink() && (info.symLinkTarget().endsWith(u'/' + timer) || !info.exists()))
        QFile::remove(link);
}

QStringList timersOf(const QStringList &units)
{
    QStringList timers;
    for (const QString &u : units) {
        if (u.endsWith(QStringLiteral(".timer")))
            timers << u;
    }
    return timers;
}

} // namespace

std::optional<std::chrono::seconds> parseScheduleInterval(QStringView text, QString *error)
{
    const auto every = parseDuration(text, error);
    if (!every)
        return std::nullopt;
    if (*every < MinScheduleInterval) {
        if (error)
            *error = QCoreApplication::translate("ScheduleSetup",
                                                 "the interval must be at least %1, not %2")
                         .arg(formatDuration(MinScheduleInterval), text.toString());
        return std::nullopt;
    }
    return every;
}

std::optional<CleanupRule> loadScheduleProfile(QSettings &settings, const QString &name,
                                               QString *error)
{
    const CleanupProfiles profiles(settings);
    auto rule = profiles.load(name);
    if (!rule) {
        const QStringList names = profiles.names();
        *error =
            QCoreApplication::translate("ScheduleSetup", "no saved cleanup profile \"%1\" (%2)")
                .arg(name, names.isEmpty()
                               ? QCoreApplication::translate(
                                     "ScheduleSetup", "none is saved: save one in the cleanup "
                                                      "wizard of the desktop app")
                               : QCoreApplication::translate("ScheduleSetup", "saved: %1")
                                     .arg(names.join(u", ")));
    }
    return rule;
}

bool runSystemctl(const QStringList &args, QString *error, QString *output)
{
    QProcess p;
    p.start(QStringLiteral("systemctl"), QStringList{QStringLiteral("--user")} + args);
    if (!p.waitForStarted(10'000)) {
        *error = QCoreApplication::translate("ScheduleSetup",
                                             "systemctl cannot be run (is systemd installed?)");
        return false;
    }
    if (!p.waitForFinished(30'000)) {
        p.kill();
        p.waitForFinished();
        *error = QCoreApplication::translate("ScheduleSetup",
                                             "systemctl did not finish within 30 seconds");
        return false;
    }
    if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0) {
        if (output)
            *output = QString::fromLocal8Bit(p.readAllStandardOutput());
        return true;
    }
    *error = QString::fromLocal8Bit(p.readAllStandardError() + ' ' + p.readAllStandardOutput())
                 .simplified();
    if (error->isEmpty())
        *error = QCoreApplication::translate("ScheduleSetup", "systemctl failed");
    return false;
}

ScheduleChange installSchedule(const QString &dir, const ScheduleOptions &options, bool enable)
{
    ScheduleChange change;
    if (!QDir().mkpath(dir)) {
        change.failure = ScheduleChange::Failure::Directory;
        change.error =
            QCoreApplication::translate("ScheduleSetup", "cannot create the directory %1")
                .arg(shown(dir));
        return change;
    }
    for (const UnitFile &u : scheduleUnits(options)) {
        const QByteArray bytes = u.text.toUtf8();
        const QString path = QDir(dir).filePath(u.name);
        const QString why = writeFileAtomically(
            path, std::string_view(bytes.constData(), std::size_t(bytes.size())));
        if (!why.isEmpty()) {
            change.failure = ScheduleChange::Failure::Write;
            change.error = QCoreApplication::translate("ScheduleSetup", "cannot write %1: %2")
                               .arg(shown(path), why);
            return change;
        }
        change.units << u.name;
    }
    change.timers = timersOf(change.units);

    QString error;
    // A clean pair from an earlier install goes when no profile is named now.
    if (!options.clean && QFileInfo::exists(QDir(dir).filePath(cleanTimerName()))) {
        if (enable)
            runSystemctl({QStringLiteral("disable"), QStringLiteral("--now"), cleanTimerName()},
                         &error);
        removeWantsLink(dir, cleanTimerName());
        QFile::remove(QDir(dir).filePath(cleanTimerName()));
        QFile::remove(QDir(dir).filePath(cleanServiceName()));
    }
    if (!enable)
        return change;
    if (!runSystemctl({QStringLiteral("daemon-reload")}, &error) ||
        !runSystemctl(QStringList{QStringLiteral("enable"), QStringLiteral("--now")} +
                          change.timers,
                      &error)) {
        change.failure = ScheduleChange::Failure::Systemd;
        change.error = QCoreApplication::translate(
                           "ScheduleSetup",
                           "the units are written, but systemctl --user could not enable them "
                           "(%1); enable them with: systemctl --user daemon-reload && systemctl "
                           "--user enable --now %2")
                           .arg(error, change.timers.join(u' '));
    }
    return change;
}

ScheduleChange removeSchedule(const QString &dir)
{
    ScheduleChange change;
    QStringList present;
    for (const QString &name : scheduleUnitNames()) {
        if (QFileInfo::exists(QDir(dir).filePath(name)))
            present << name;
    }
    if (present.isEmpty())
        return change;
    QString error;
    const QStringList timers = timersOf(present);
    const bool reachable =
        timers.isEmpty() ||
        runSystemctl(QStringList{QStringLiteral("disable"), QStringLiteral("--now")} + timers,
                     &error);
    for (const QString &timer : timers)
        removeWantsLink(dir, timer);
    for (const QString &name : std::as_const(present)) {
        const QString path = QDir(dir).filePath(name);
        if (QFile::remove(path)) {
            change.units << name;
        } else if (change.ok()) {
            change.failure = ScheduleChange::Failure::Write;
            change.error =
                QCoreApplication::translate("ScheduleSetup", "cannot remove %1").arg(shown(path));
        }
    }
    if (reachable)
        runSystemctl({QStringLiteral("daemon-reload")}, &error);
    return change;
}

std::optional<std::chrono::microseconds> parseSystemdTimespan(QStringView text)
{
    static const QRegularExpression word(
        QStringLiteral("^(\\d+(?:\\.\\d+)?)(y|month|w|d|h|min|s|ms|us)$"));
    using namespace std::chrono;
    const QList<QStringView> words = text.trimmed().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return std::nullopt;
    double total = 0;
    for (const QStringView w : words) {
        const QRegularExpressionMatch m = word.match(w.toString());
        if (!m.hasMatch())
            return std::nullopt;
        const QStringView unit = m.capturedView(2);
        const double seconds = unit == u"y"       ? 31'557'600.0
                               : unit == u"month" ? 2'629'800.0
                               : unit == u"w"     ? 604'800.0
                               : unit == u"d"     ? 86'400.0
                               : unit == u"h"     ? 3'600.0
                               : unit == u"min"   ? 60.0
                               : unit == u"s"     ? 1.0
                               : unit == u"ms"    ? 1e-3
                                                  : 1e-6;
        total += m.capturedView(1).toDouble() * seconds;
    }
    if (total > 1e12) // beyond any real timer: systemd's "infinity" is a word, not this
        return std::nullopt;
    return microseconds(qint64(total * 1e6));
}

void readTimerProperties(const QString &text, TimerState *state, const QDateTime &nowRealtime,
                         std::chrono::microseconds nowMonotonic)
{
    static const QRegularExpression unixTime(QStringLiteral("^@(\\d+)$"));
    const auto timestamp = [](const QString &value) {
        const QRegularExpressionMatch m = unixTime.match(value);
        const qint64 secs = m.hasMatch() ? m.captured(1).toLongLong() : 0;
        return secs > 0 ? QDateTime::fromSecsSinceEpoch(secs, Qt::UTC) : QDateTime();
    };
    QDateTime monotonicNext;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype eq = line.indexOf(u'=');
        if (eq < 0)
            continue;
        const QString key = line.left(eq);
        const QString value = line.mid(eq + 1).trimmed();
        if (key == u"ActiveState") {
            state->activeState = value;
        } else if (key == u"NextElapseUSecRealtime") {
            state->nextRun = timestamp(value);
        } else if (key == u"LastTriggerUSec") {
            state->lastRun = timestamp(value);
        } else if (key == u"NextElapseUSecMonotonic") {
            const auto at = parseSystemdTimespan(value);
            if (at && at->count() > 0)
                monotonicNext = nowRealtime.addMSecs((*at - nowMonotonic).count() / 1000);
        }
    }
    if (!state->nextRun.isValid())
        state->nextRun = monotonicNext;
}

ScheduleStatus scheduleStatus(const QString &dir, bool askSystemd)
{
    ScheduleStatus status;
    status.dir = dir;
    for (const QString &name : scheduleUnitNames()) {
        if (QFileInfo::exists(QDir(dir).filePath(name)))
            status.installed << name;
    }
    status.snapshot.every = timerInterval(readText(QDir(dir).filePath(snapshotTimerName())));
    status.clean.every = timerInterval(readText(QDir(dir).filePath(cleanTimerName())));
    status.cleanProfile = cleanServiceProfile(readText(QDir(dir).filePath(cleanServiceName())));
    if (!askSystemd)
        return status;
    for (const auto &[name, state] : {std::pair{snapshotTimerName(), &status.snapshot},
                                      std::pair{cleanTimerName(), &status.clean}}) {
        if (!status.isInstalled(name))
            continue;
        QString output;
        if (!runSystemctl({QStringLiteral("show"), QStringLiteral("--timestamp=unix"),
                           QStringLiteral("--property=ActiveState,NextElapseUSecRealtime,"
                                          "NextElapseUSecMonotonic,LastTriggerUSec"),
                           name},
                          &status.systemdError, &output))
            break;
        const auto monotonic = std::chrono::duration_cast<std::chrono::microseconds>(
            std::chrono::steady_clock::now().time_since_epoch());
        readTimerProperties(output, state, QDateTime::currentDateTimeUtc(), monotonic);
    }
    return status;
}

} // namespace tempscope
