#include "gui/playground/PitfallLessons.h"

#include "gui/playground/OtherProcess.h"
#include "gui/playground/PlatformCalls.h"

#include "core/cleanup/CleanupPlan.h"

#include <QFileInfo>

namespace tempscope::gui::playground {

QString PitfallLessons::holderText(const platform::HolderAnswer &answer)
{
    using Kind = platform::HolderAnswer::Kind;
    switch (answer.kind) {
    case Kind::Gone:
        return tr("the file is gone");
    case Kind::Nobody:
        return tr("nobody (not open)");
    case Kind::Held:
        return inUseReason(answer.holder);
    case Kind::Reopened:
        return tr("it opened again");
    case Kind::NotReopened:
        return tr("it could not be opened: %1").arg(answer.error);
    }
    return {};
}

Lesson PitfallLessons::inUse(const PlaygroundObject &o, const platform::HolderAnswer &answer)
{
    const ObjectSpec &spec = o.spec();
    QString why;
    if (snippets::reopenRefusedOnWindows(spec))
        why = tr("Windows: a NamedTemporaryFile with delete_on_close=True is opened with "
                 "O_TEMPORARY, and nobody can open it again by name while it is open "
                 "(PermissionError). Close it first, or create it with delete=False, close it, "
                 "hand the path on and remove it yourself.") +
              u'\n';
    else
        why = tr("Opening it again by name works on Windows too: only delete=True with "
                 "delete_on_close=True refuses that.") +
              u'\n';
    const int mode = o.mode();
    if (mode >= 0 && (mode & 0077) == 0)
        why += tr("On Linux its mode %1 lets only its owner (and root) open it again.")
                   .arg(mode, 4, 8, QLatin1Char('0'));
    else if (mode >= 0)
        why += tr("On Linux its mode %1 lets others open it again too.")
                   .arg(mode, 4, 8, QLatin1Char('0'));
    why +=
        u' ' + tr("Tempscope's in-use detection sees who holds it: %1. A cleanup keeps files that "
                  "are in use.")
                   .arg(holderText(answer));
    return {tr("who has %1 open?").arg(o.variable()), snippets::inUse(spec), why};
}

QString PitfallLessons::notStarted(const QString &program, const QString &error)
{
    return tr("The helper program %1 could not start: %2").arg(program, error);
}

Lesson PitfallLessons::otherProcessRead(const ObjectSpec &spec, const QString &path,
                                        qint64 buffered, const ReaderReport &report,
                                        const QString &intro)
{
    const QString &variable = spec.variable;
    const QString title = tr("another process reads %1").arg(variable);
    const Code code = snippets::otherProcessReads(spec);
    if (!report.started)
        return {title, code, notStarted(report.program, report.error), true};
    QString why;
    bool surprise = false;
    if (!report.ok) {
        why = tr("The other process could not read %1: %2").arg(path, report.error);
        surprise = true;
    } else {
        why = tr("Another process opened %1 and saw %n byte(s): %2.", "", int(report.size))
                  .arg(QFileInfo(path).fileName(), snippets::pythonBytes(report.content, 40));
        if (buffered > 0) {
            why += u' ' +
                   tr("The last %n byte(s) written are still in %1's buffer inside this process: "
                      "flush() before another process reads.",
                      "", int(buffered))
                       .arg(variable);
            surprise = true;
        }
    }
    return {title, code, intro.isEmpty() ? why : intro + u' ' + why, surprise};
}

Lesson PitfallLessons::forgotSeek(const ObjectSpec &spec, const QByteArray &written,
                                  const Lesson &emptyRead)
{
    return {tr("Pitfall: forgetting seek(0)"),
            snippets::program(spec, {snippets::write(spec, written), snippets::readNoSeek(spec)}),
            emptyRead.explanation + u'\n' +
                tr("Now press “seek(0) + read” on %1 to see the data.").arg(spec.variable),
            true};
}

QString PitfallLessons::forgotFlushIntro(const ObjectSpec &spec, const QByteArray &written)
{
    return tr("Pitfall: forgetting flush(). %1 wrote %2 and handed the path to another "
              "process without flushing.")
        .arg(spec.variable, snippets::pythonBytes(written, 40));
}

Lesson PitfallLessons::crash(const QString &root, const QString &prefix, const CrashReport &report)
{
    const QString title = tr("Pitfall: a crash before cleanup");
    const Code code = snippets::crash(root, prefix);
    if (!report.started)
        return {title, code, notStarted(report.program, report.error), true};
    QStringList names;
    for (const QString &p : report.orphans)
        names << QFileInfo(p).fileName();
    return {title, code,
            tr("The helper made temp files with NamedTemporaryFile and directories with mkdtemp, "
               "then was "
               "killed (SIGKILL). No __exit__, no finally ran: %n path(s) stayed behind in the "
               "playground: %1. "
               "The inspector lists them in the family %2*. They are new, so a 7-day rule keeps "
               "them for now; "
               "with a 0s threshold they are stale and the cleanup wizard removes them.",
               "", int(report.orphans.size()))
                .arg(names.join(QStringLiteral(", ")), prefix),
            true};
}

} // namespace tempscope::gui::playground
