#include "core/history/ScheduleUnits.h"

#include "core/inventory/AgeBasis.h"
#include "core/inventory/Duration.h"

#include <QDir>
#include <QRegularExpression>

namespace tempscope {

QString snapshotServiceName()
{
    return QStringLiteral("tempscope-snapshot.service");
}

QString snapshotTimerName()
{
    return QStringLiteral("tempscope-snapshot.timer");
}

QString cleanServiceName()
{
    return QStringLiteral("tempscope-clean.service");
}

QString cleanTimerName()
{
    return QStringLiteral("tempscope-clean.timer");
}

QStringList scheduleUnitNames()
{
    return {snapshotServiceName(), snapshotTimerName(), cleanServiceName(), cleanTimerName()};
}

QString systemdWord(const QString &word, bool isCommand)
{
    QString escaped;
    bool quote = word.isEmpty();
    for (const QChar c : word) {
        if (c == u'%')
            escaped += QStringLiteral("%%");
        else if (c == u'$' && !isCommand)
            escaped += QStringLiteral("$$");
        else if (c == u'\\' || c == u'"')
            escaped += u'\\' + QString(c);
        else if (c == u'\n' || c == u'\r' || c == u'\t')
            escaped += c == u'\n'   ? QStringLiteral("\\n")
                       : c == u'\r' ? QStringLiteral("\\r")
                                    : QStringLiteral("\\t");
        else
            escaped += c;
        quote = quote || c.isSpace() || c == u'\'' || c == u';';
    }
    return quote ? u'"' + escaped + u'"' : escaped;
}

namespace {

QString execLine(const QString &program, const QStringList &args)
{
    QStringList words{systemdWord(program, true)};
    for (const QString &a : args)
        words << systemdWord(a);
    return words.join(u' ');
}

// The head every unit shares: who wrote it and its [Unit] section.
QString unitHead(const QString &description)
{
    return QStringLiteral("# Written by tempscope-cli schedule install; tempscope-cli schedule "
                          "remove removes it.\n[Unit]\nDescription=%1\n"
                          "Documentation=man:tempscope-cli(1)\n\n")
        .arg(description);
}

QString service(const QString &description, const QString &exec)
{
    return unitHead(description) +
           QStringLiteral(
               "[Service]\nType=oneshot\nExecStart=%1\nNice=10\nIOSchedulingClass=idle\n")
               .arg(exec);
}

QString timer(const QString &description, std::chrono::seconds every)
{
    return unitHead(description) +
           QStringLiteral("[Timer]\nOnBootSec=5min\nOnUnitActiveSec=%1s\nAccuracySec=1min\n\n"
                          "[Install]\nWantedBy=timers.target\n")
               .arg(qint64(every.count()));
}

QString cleanDescriptionPrefix()
{
    return QStringLiteral("Tempscope: clean up with the profile ");
}

} // namespace

QStringList cleanArguments(const CleanupRule &rule)
{
    QStringList args{QStringLiteral("clean"), QStringLiteral("--older-than"),
                     formatDuration(rule.olderThan), QStringLiteral("--by"),
                     ageBasisName(rule.basis)};
    for (const QString &p : rule.includes)
        args << QStringLiteral("--prefix") << p;
    for (const QString &e : rule.excludes)
        args << QStringLiteral("--exclude") << e;
    if (rule.unit == CleanupUnit::PerFile)
        args << QStringLiteral("--per-file");
    if (rule.action == CleanupAction::Trash)
        args << QStringLiteral("--trash");
    if (rule.includeOthers)
        args << QStringLiteral("--include-others");
    if (!rule.builtinProtection)
        args << QStringLiteral("--no-builtin-protection");
    return args;
}

QList<UnitFile> scheduleUnits(const ScheduleOptions &o)
{
    QStringList snapshotArgs{QStringLiteral("snapshot")};
    if (!o.db.isEmpty())
        snapshotArgs << QStringLiteral("--db") << o.db;
    const QString every = formatDuration(o.every);
    QList<UnitFile> units{
        {snapshotServiceName(), service(QStringLiteral("Tempscope: record temp usage"),
                                        execLine(o.program, snapshotArgs))},
        {snapshotTimerName(),
         timer(QStringLiteral("Tempscope: record temp usage every %1").arg(every), o.every)},
    };
    if (o.clean) {
        // The profile name is the user's text: it goes into Description= only
        // without line breaks or specifiers.
        QString profile = o.cleanProfile;
        profile.replace(QRegularExpression(QStringLiteral("[\\r\\n%\\\\]")), QStringLiteral("_"));
        units.append({cleanServiceName(), service(cleanDescriptionPrefix() + profile,
                                                  execLine(o.program, cleanArguments(*o.clean)))});
        units.append({cleanTimerName(),
                      timer(QStringLiteral("Tempscope: clean up every %1").arg(every), o.every)});
    }
    return units;
}

QString systemdUserUnitDir(const QProcessEnvironment &env)
{
    QString config = env.value(QStringLiteral("XDG_CONFIG_HOME"));
    if (config.isEmpty() || !QDir::isAbsolutePath(config)) {
        const QString home = env.value(QStringLiteral("HOME"));
        if (home.isEmpty())
            return QString();
        config = QDir(home).filePath(QStringLiteral(".config"));
    }
    return QDir(config).filePath(QStringLiteral("systemd/user"));
}

QString cleanServiceProfile(const QString &serviceText)
{
    static const QRegularExpression line(QStringLiteral("^Description=") +
                                             QRegularExpression::escape(cleanDescriptionPrefix()) +
                                             QStringLiteral("(.*)$"),
                                         QRegularExpression::MultilineOption);
    return line.match(serviceText).captured(1);
}

std::optional<std::chrono::seconds> timerInterval(const QString &timerText)
{
    static const QRegularExpression line(QStringLiteral("^OnUnitActiveSec=(\\d+)s$"),
                                         QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = line.match(timerText);
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 secs = m.captured(1).toLongLong(&ok);
    return ok ? std::optional(std::chrono::seconds(secs)) : std::nullopt;
}

} // namespace tempscope
