// PlaygroundSession's recipes: what the tutorials teach most (text mode, the
// delete=False hand-off, an exception inside the block, mkstemp/mkdtemp in
// try/finally, guessable names, gettempdir, the spool's name), each done
// for real on its own objects and taught as one program.

#include "gui/playground/PlaygroundSession.h"

#include "gui/playground/OtherProcess.h"
#include "gui/playground/RecipeSnippets.h"

#include "core/tempfile/TempFileFunctions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace tempscope::gui::playground {

namespace {

QString lessonOf(const Lesson &lesson)
{
    return lesson.explanation;
}

} // namespace

int PlaygroundSession::demoTextMode()
{
    const int row = create(
        {.kind = ObjectKind::TemporaryFile, .prefix = QStringLiteral("text_"), .text = true});
    if (row < 0)
        return row;
    const QByteArray text("Build log line 1\r\nBuild log line 2\n");
    perform(row, Action::Write, text);
    perform(row, Action::ReadBack);
    const QString read = lessonOf(m_lesson);
    perform(row, Action::WriteWrongType);
    const QString wrong = lessonOf(m_lesson);
    teach({tr("Text mode: str in, str out"), object(row)->program(),
           tr("mode=\"w+\", encoding=\"utf-8\" makes a text file: write() takes str and read() "
              "gives str. The default mode \"w+b\" takes and gives bytes.") +
               u'\n' + read + u'\n' + wrong,
           true});
    return row;
}

int PlaygroundSession::demoHandOff()
{
    if (m_other->running())
        return -1;
    const int row = create({.kind = ObjectKind::NamedTemporaryFile,
                            .prefix = QStringLiteral("handoff_"),
                            .suffix = QStringLiteral(".txt"),
                            .autoDelete = false});
    if (row < 0)
        return row;
    const QByteArray data("Cross-process data\n");
    perform(row, Action::Write, data);
    perform(row, Action::LeaveScope);
    const ObjectSpec spec = object(row)->spec();
    const QString path = object(row)->path();
    m_objects.at(std::size_t(row))->perform(Action::OtherProcessReads); // recorded: the code
    m_other->read(path, [=, this](const ReaderReport &report) {
        const int now = rowOf(spec.variable);
        if (now >= 0)
            perform(now, Action::RemoveByHand); // the finally
        const bool gone = !QFileInfo::exists(path);
        const QString seen =
            report.ok ? tr("The other tool read %1 and saw all %n byte(s): the end of the with "
                           "block closed the file, and closing flushes.",
                           "", int(report.size))
                            .arg(QFileInfo(path).fileName())
                      : tr("The other tool could not read %1: %2")
                            .arg(QFileInfo(path).fileName(), report.error);
        teach({tr("The delete=False hand-off"), snippets::recipes::handOff(spec, data),
               tr("delete=False keeps the file when the block closes it, so another program "
                  "can open it by name, on Windows too.") +
                   u' ' + seen + u' ' +
                   (gone ? tr("finally removed it (missing_ok=True: no error had it been gone "
                              "already): nothing is left behind.")
                         : tr("It is still there: the finally did not remove it.")),
               !gone || !report.ok});
    });
    return row;
}

int PlaygroundSession::demoExceptionInBlock()
{
    const int row =
        create({.kind = ObjectKind::TemporaryDirectory, .prefix = QStringLiteral("debug_")});
    if (row < 0)
        return row;
    perform(row, Action::AddFile);
    perform(row, Action::RaiseInBlock);
    teach({tr("An exception inside the with block"), object(row)->program(), m_lesson.explanation,
           true});
    return row;
}

int PlaygroundSession::demoLowLevel()
{
    const int file = create({.kind = ObjectKind::Mkstemp,
                             .prefix = QStringLiteral("job_"),
                             .suffix = QStringLiteral(".bin")});
    if (file < 0)
        return file;
    const QByteArray data("payload");
    perform(file, Action::Write, data);
    perform(file, Action::Close);
    const qint64 size = object(file)->size();
    perform(file, Action::RemoveByHand);
    const bool fileGone = !object(file)->exists();
    const int dir = create({.kind = ObjectKind::Mkdtemp, .prefix = QStringLiteral("work_")});
    if (dir < 0)
        return dir;
    perform(dir, Action::AddFile);
    const QString added = QStringLiteral("part-%1.txt").arg(object(dir)->filesAdded());
    perform(dir, Action::RemoveByHand);
    const bool dirGone = !object(dir)->exists();
    teach({tr("mkstemp and mkdtemp, with try/finally"),
           snippets::recipes::lowLevel(object(file)->spec(), data, object(dir)->spec(), added),
           tr("mkstemp gives a descriptor and a path, and owns neither: os.fdopen(fd, \"w+b\") "
              "makes a file object whose close() closes the descriptor (%n byte(s) written), and "
              "finally removes the path whatever happened in between.",
              "", int(size)) +
               u' ' +
               tr("mkdtemp gives a path only: shutil.rmtree in finally removes it with what was "
                  "put inside.") +
               u' ' +
               (fileGone && dirGone ? tr("Both are gone.") : tr("Something was left behind.")),
           !(fileGone && dirGone)});
    return file;
}

int PlaygroundSession::demoNamingRace()
{
    if (m_other->running())
        return -1;
    const QString predictable =
        m_root + QStringLiteral("/report_%1.txt").arg(QCoreApplication::applicationPid());
    const QString victim = m_root + QStringLiteral("/victim.txt");
    // A run before this one left its two paths: they are ours to replace.
    for (const QString &path : {predictable, victim}) {
        if (m_extraPaths.removeAll(path) > 0)
            QFile::remove(path);
    }
    if (QFileInfo::exists(predictable) || QFileInfo(predictable).isSymLink() ||
        QFileInfo::exists(victim)) {
        teach({tr("Guessable names: a race lost, and mkstemp's answer"),
               {},
               tr("%1 or %2 is there already and is not the playground's: nothing was "
                  "touched.")
                   .arg(QFileInfo(predictable).fileName(), QFileInfo(victim).fileName()),
               true});
        return -1;
    }
    m_extraPaths << predictable << victim;
    const bool started = m_other->plant(predictable, victim, [=, this](const LineReport &report) {
        naiveOpenAfterRace(predictable, victim, report.ok ? QString() : report.error);
    });
    return started ? 0 : -1;
}

void PlaygroundSession::naiveOpenAfterRace(const QString &predictable, const QString &victim,
                                           const QString &planted)
{
    if (!planted.isEmpty()) {
        teach(Lessons::failed(std::runtime_error(planted.toStdString())));
        return;
    }
    // The naive program: open(name, "w") creates or truncates, following links.
    QFile naive(predictable);
    const bool opened = naive.open(QIODevice::WriteOnly | QIODevice::Truncate);
    if (opened)
        naive.write("secret\n");
    naive.close();
    QFile other(victim);
    const QByteArray victimHolds = other.open(QIODevice::ReadOnly) ? other.readAll() : QByteArray();
    // mkstemp on the same guessable name first: O_EXCL|O_NOFOLLOW refuses it.
    const QString taken = QFileInfo(predictable).fileName().section(u'_', 1).section(u'.', 0, 0);
    const int row = create({.kind = ObjectKind::Mkstemp,
                            .prefix = QStringLiteral("report_"),
                            .suffix = QStringLiteral(".txt"),
                            .firstNames = {taken}});
    if (row < 0)
        return;
    const PlaygroundObject &made = *object(row);
    teach({tr("Guessable names: a race lost, and mkstemp's answer"),
           snippets::recipes::namingRace(m_root, QFileInfo(victim).fileName(), made.spec()),
           tr("Another process made %1 first, as a link to %2. open(name, \"w\") followed it: "
              "%2 now holds %3, written where the other process chose.")
                   .arg(QFileInfo(predictable).fileName(), QFileInfo(victim).fileName(),
                        snippets::pythonBytes(victimHolds, 40)) +
               u' ' +
               tr("mkstemp tried %n name(s): the taken one was refused (O_EXCL|O_NOFOLLOW: "
                  "FileExistsError, never a followed link), and it made %1, mode %2, instead.",
                  "", made.namesTried())
                   .arg(QFileInfo(made.path()).fileName())
                   .arg(made.mode(), 4, 8, QLatin1Char('0')) +
               u' ' +
               tr("tempfile.mktemp() only returns a name, like the guessable one: between it and "
                  "open() the name can be taken. It is deprecated; use mkstemp or "
                  "NamedTemporaryFile."),
           true});
}

int PlaygroundSession::demoGettempdir()
{
    if (m_other->running())
        return -1;
    const int row = create({.kind = ObjectKind::Mkdtemp, .prefix = QStringLiteral("TMPDIR_")});
    if (row < 0)
        return row;
    const ObjectSpec spec = object(row)->spec();
    const QString tmpdir = object(row)->path();
    QString here;
    try {
        here = tempfile::gettempdir();
    } catch (const std::exception &e) {
        here = QString::fromLocal8Bit(e.what());
    }
    m_other->gettempdir(tmpdir, [=, this](const LineReport &report) {
        const bool same = report.ok && report.line == tmpdir;
        teach({tr("gettempdir(): each process works it out once"),
               snippets::recipes::gettempdir(spec),
               tr("This process: gettempdir() is %1, worked out on the first call and cached "
                  "for the life of the process; setting TMPDIR now would not change it.")
                       .arg(here) +
                   u' ' +
                   (report.ok ? tr("The other process, started with TMPDIR=%1, answered %2.")
                                    .arg(tmpdir, report.line)
                              : tr("The other process did not answer: %1").arg(report.error)) +
                   u' ' +
                   (same ? tr("Set TMPDIR before a program starts to move its temp files.")
                         : tr("Its answer is not TMPDIR: that directory failed the probe, so it "
                              "took the next candidate.")),
               !same});
    });
    return row;
}

int PlaygroundSession::demoSpoolName()
{
    const int row = create({.kind = ObjectKind::SpooledTemporaryFile,
                            .prefix = QStringLiteral("spool_"),
                            .maxSize = 10});
    if (row < 0)
        return row;
    const QByteArray small("small");
    const QByteArray big(20, 'x');
    perform(row, Action::Write, small);
    const bool inMemory = !object(row)->rolledOver();
    perform(row, Action::Write, big);
    const PlaygroundObject &o = *object(row);
    teach({tr("SpooledTemporaryFile: a BytesIO that can grow"),
           snippets::recipes::spoolName(o.spec(), small, big),
           (inMemory ? tr("After %n byte(s) it is an io.BytesIO: name is None and nothing is "
                          "on disk.",
                          "", int(small.size()))
                     : QString()) +
               u' ' +
               tr("The next write passed max_size=%1, so it rolled over to a TemporaryFile, and "
                  "name is now %2: the descriptor number, an int, not a path. A tutorial says "
                  "it \"gains a name attribute\"; there is no name to hand to another program.")
                   .arg(o.spec().maxSize)
                   .arg(o.fd()),
           true});
    return row;
}

} // namespace tempscope::gui::playground
