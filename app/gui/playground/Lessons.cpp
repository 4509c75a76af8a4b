#include "gui/playground/Lessons.h"

#include "core/inventory/Duration.h"
#include "core/tempfile/TempFileError.h"
#include "core/tempfile/TemporaryFile.h"
#include "gui/Numbers.h"

#include <QFileInfo>

namespace tempscope::gui::playground {

using tempfile::TemporaryFile;

namespace {

QString fileName(const PlaygroundObject &o)
{
    return QFileInfo(o.path()).fileName();
}

} // namespace

QString Lessons::stateText(const PlaygroundObject &o)
{
    const ObjectKind kind = o.kind();
    const bool named = kind == ObjectKind::NamedTemporaryFile || kind == ObjectKind::Mkstemp;
    switch (o.state()) {
    case PlaygroundObject::State::Open:
        if (isDirectoryKind(kind))
            return o.inScope() ? tr("exists") : tr("left behind");
        if (kind == ObjectKind::SpooledTemporaryFile)
            return tr("open · in memory");
        if (named && !o.exists())
            return tr("open · name removed");
        if (!o.inScope())
            return tr("open · descriptor leaked");
        return tr("open");
    case PlaygroundObject::State::RolledOver:
        return tr("rolled over · on disk");
    case PlaygroundObject::State::Closed:
        return o.inScope() ? tr("closed · file kept") : tr("left behind");
    case PlaygroundObject::State::Removed:
        return tr("removed");
    }
    return {};
}

Lesson Lessons::created(const PlaygroundObject &o)
{
    const ObjectSpec &spec = o.spec();
    const QString &detail = o.createdDetail();
    QString why;
    switch (spec.kind) {
    case ObjectKind::TemporaryFile:
        switch (o.temporaryFile()->method()) {
        case TemporaryFile::Method::UnnamedFile:
            why = tr("Nothing appears in the listing: the file was opened with O_TMPFILE and has "
                     "no name at all. "
                     "Its name is just the descriptor number (%1). It vanishes on close, even if "
                     "the process is killed.")
                      .arg(o.temporaryFile()->name());
            break;
        case TemporaryFile::Method::CreateThenUnlink:
            why = tr(
                "Nothing appears in the listing: this file system has no O_TMPFILE, so the file "
                "was created "
                "with a name and unlinked at once. A crash between the two would leave it behind.");
            break;
        case TemporaryFile::Method::DeleteOnClose:
            why = tr("On Windows a TemporaryFile is a named file opened with O_TEMPORARY: it is "
                     "visible while "
                     "open and the system deletes it on the last close.");
            break;
        }
        break;
    case ObjectKind::NamedTemporaryFile:
        why =
            tr("%1 appears in the listing (%2). ").arg(fileName(o), detail) +
            (!spec.autoDelete ? tr("delete=False: it stays after close and after the block; "
                                   "removing it is your job.")
             : spec.deleteOnClose
                 ? tr("delete=True, delete_on_close=True (the defaults): close() removes it.")
                 : tr("delete_on_close=False: it survives close() and goes when the block ends."));
        break;
    case ObjectKind::SpooledTemporaryFile:
        why =
            spec.maxSize > 0
                ? tr("Nothing on disk yet: the data stays in memory until a write leaves the "
                     "position above "
                     "max_size=%1, that is at byte %2. Then it rolls over to a real TemporaryFile.")
                      .arg(spec.maxSize)
                      .arg(spec.maxSize + 1)
                : tr("max_size=0: writes never roll it over, however much you write; fileno(), "
                     "rollover() or truncate(n) with n > 0 move it to disk.");
        break;
    case ObjectKind::TemporaryDirectory:
        why = spec.autoDelete
                  ? tr("%1 appears (%2). Leaving the block removes it with everything inside.")
                        .arg(fileName(o), detail)
                  : tr("%1 appears (%2). delete=False (Python 3.12+): leaving the block keeps "
                       "it; removing it (shutil.rmtree) is your job.")
                        .arg(fileName(o), detail);
        break;
    case ObjectKind::Mkstemp:
        why =
            tr("%1 appears (%2) and descriptor %3 is open. mkstemp cleans up nothing: closing the "
               "descriptor and removing the file are yours.")
                .arg(fileName(o), detail)
                .arg(o.fd());
        break;
    case ObjectKind::Mkdtemp:
        why = tr("%1 appears (%2). mkdtemp cleans up nothing: remove it yourself (shutil.rmtree).")
                  .arg(fileName(o), detail);
        break;
    }
    return {QStringLiteral("%1 = %2(…)").arg(spec.variable, kindName(spec.kind)),
            snippets::create(spec), why};
}

Lesson Lessons::notCreated(const ObjectSpec &spec, const tempfile::TempFileError &e)
{
    return {QStringLiteral("%1 = %2(…)").arg(spec.variable, kindName(spec.kind)),
            snippets::create(spec), tr("%1: %2").arg(e.pythonName(), e.message()), true};
}

Lesson Lessons::failed(const tempfile::TempFileError &e)
{
    return {tr("error"), {}, tr("%1: %2").arg(e.pythonName(), e.message()), true};
}

Lesson Lessons::failed(const std::exception &e)
{
    return {tr("error"), {}, QString::fromLocal8Bit(e.what()), true};
}

Lesson Lessons::performed(const PlaygroundObject &o, Action action, const QByteArray &data,
                          const Outcome &outcome)
{
    const ObjectSpec &spec = o.spec();
    const QString &v = spec.variable;
    switch (action) {
    case Action::Write:
        return wrote(o, data, outcome);
    case Action::ReadBack:
        if (spec.text)
            return {QStringLiteral("%1.seek(0); %1.read()").arg(v), snippets::readBack(spec),
                    readText(outcome)};
        return {QStringLiteral("%1.seek(0); %1.read()").arg(v), snippets::readBack(spec),
                tr("seek(0) moved the position to the start, so read() returned all %n byte(s): %1",
                   "", int(outcome.data.size()))
                    .arg(snippets::pythonBytes(outcome.data, 40))};
    case Action::ReadNoSeek:
        if (outcome.data.isEmpty() && o.size() > 0)
            return {QStringLiteral("%1.read()").arg(v), snippets::readNoSeek(spec),
                    tr("read returned nothing: the position is at the end (byte %1) after the "
                       "write. "
                       "seek(0) first, then read.")
                        .arg(outcome.position),
                    true};
        if (spec.text)
            return {QStringLiteral("%1.read()").arg(v), snippets::readNoSeek(spec),
                    readText(outcome)};
        return {QStringLiteral("%1.read()").arg(v), snippets::readNoSeek(spec),
                tr("read() started at byte %1 and returned %n byte(s): %2", "",
                   int(outcome.data.size()))
                    .arg(outcome.position)
                    .arg(snippets::pythonBytes(outcome.data, 40))};
    case Action::Flush:
        return flushed(o, outcome);
    case Action::Close:
        return closed(o, outcome);
    case Action::LeaveScope:
        return leftScope(o, outcome);
    case Action::RemoveByHand:
        return {tr("remove %1 by hand").arg(v), snippets::removeByHand(spec),
                !o.inScope()
                    ? tr("Removed by hand after the block: nothing else would have removed it.")
                : spec.kind == ObjectKind::NamedTemporaryFile && !spec.autoDelete
                    ? tr("Removed inside the block. With delete=False that is your job; the end "
                         "of the block will not touch the file.")
                : spec.kind == ObjectKind::NamedTemporaryFile
                    ? tr("Removed inside the block. That is fine (Python 3.12+): __exit__ will "
                         "find it gone and carry on. "
                         "The open descriptor still reads and writes the now nameless file.")
                : spec.kind == ObjectKind::TemporaryDirectory && !spec.autoDelete
                    ? tr("Removed inside the block. With delete=False that is your job; the end "
                         "of the block will not touch the directory.")
                : spec.kind == ObjectKind::TemporaryDirectory
                    ? tr("Removed by hand; cleanup() at the end of the block will have nothing to "
                         "do.")
                    : tr("Removed: with mkstemp and mkdtemp this is the step nobody may forget.")};
    case Action::AddFile:
        return {tr("add %1 to %2").arg(outcome.added, v), snippets::addFile(spec, outcome.added),
                spec.kind == ObjectKind::TemporaryDirectory
                    ? tr("%1 is inside the directory now: leaving the block removes it too.")
                          .arg(outcome.added)
                    : tr("%1 is inside; nothing will remove it unless you do.").arg(outcome.added)};
    case Action::WriteWrongType:
        return {QStringLiteral("%1.write(…)").arg(v), snippets::writeWrongType(spec),
                (spec.kind == ObjectKind::Mkstemp
                     ? tr("TypeError: %1. os.write() on %2's descriptor takes bytes: encode "
                          "the text first.")
                 : spec.text ? tr("TypeError: %1. %2 is a text file (mode=\"w+\"): it takes str "
                                  "and encodes it as UTF-8; bytes need a binary file.")
                             : tr("TypeError: %1. %2 is a binary file (Python's default mode "
                                  "\"w+b\"): it takes bytes. Encode the text, or pass "
                                  "mode=\"w+\", encoding=\"utf-8\"."))
                        .arg(outcome.typeError, v) +
                    u' ' + tr("Nothing was written."),
                true};
    case Action::RaiseInBlock:
        return {tr("RuntimeError inside %1's block").arg(v), snippets::raiseInBlock(spec),
                raised(o, outcome), o.exists()};
    case Action::OtherProcessReads:
    case Action::CheckInUse:
        break; // lessons of their own: otherProcessRead(), inUse()
    }
    return {};
}

QString Lessons::readText(const Outcome &outcome)
{
    if (!outcome.text)
        return tr("UnicodeDecodeError: the %n byte(s) read are not UTF-8.", "",
                  int(outcome.data.size()));
    return tr("read() returned str, %n character(s): %1. On disk: %2. Newlines were translated "
              "(newline=None): \"\\r\\n\" and \"\\r\" read as \"\\n\"; writing \"\\n\" "
              "gives os.linesep.",
              "", int(outcome.text->toUcs4().size()))
        .arg(snippets::pythonStr(outcome.text->left(40)), snippets::pythonBytes(outcome.data, 40));
}

QString Lessons::raised(const PlaygroundObject &o, const Outcome &outcome)
{
    const ObjectSpec &spec = o.spec();
    const QString kept = tr("RuntimeError(\"%1\") left the block, and %2 is still there: "
                            "what the end of the block keeps (delete=False), an "
                            "exception keeps too.")
                             .arg(outcome.raised, spec.variable);
    if (o.exists())
        return kept;
    const QString gone =
        tr("RuntimeError(\"%1\") left the block, and __exit__ ran on the way out: %2 is gone. "
           "An exception does not skip the cleanup; only a killed process does (see the crash "
           "pitfall).")
            .arg(outcome.raised, spec.variable);
    if (spec.kind != ObjectKind::TemporaryDirectory)
        return gone;
    return gone + u' ' +
           tr("A tutorial says a TemporaryDirectory \"survives because context exited with "
              "error\": it does not.");
}

Lesson Lessons::wrote(const PlaygroundObject &o, const QByteArray &data, const Outcome &outcome)
{
    const ObjectSpec &spec = o.spec();
    Lesson lesson{
        QStringLiteral("%1.write(…)").arg(spec.variable), snippets::write(spec, data), {}};
    const qint64 pos = outcome.position;
    if (spec.kind == ObjectKind::SpooledTemporaryFile) {
        if (outcome.rolledNow) {
            lesson.explanation =
                tr("Rolled over at byte %1: the position passed max_size=%2, so the %3 "
                   "in memory moved to "
                   "a real TemporaryFile (descriptor %4). Reading and writing go on at "
                   "byte %1.")
                    .arg(o.rolledAt())
                    .arg(spec.maxSize)
                    .arg(sizeText(quint64(o.rolledAt())))
                    .arg(o.fd());
            lesson.surprise = true;
        } else if (o.rolledOver()) {
            lesson.explanation =
                tr("Written to the TemporaryFile behind the spool; the position is now %1.")
                    .arg(pos);
        } else if (spec.maxSize > 0) {
            lesson.explanation = tr("Still in memory: the position is %1, not above max_size=%2. "
                                    "One byte "
                                    "more than %2 "
                                    "rolls it over.",
                                    "", int(spec.maxSize - pos))
                                     .arg(pos)
                                     .arg(spec.maxSize);
        } else {
            lesson.explanation = tr("Still in memory (%1): max_size=0 never rolls over on writes.")
                                     .arg(sizeText(quint64(pos)));
        }
    } else if (spec.kind == ObjectKind::TemporaryFile ||
               spec.kind == ObjectKind::NamedTemporaryFile) {
        const QString size = sizeText(quint64(o.bufferSize()));
        lesson.explanation =
            outcome.bufferFilled && outcome.buffered == 0
                ? tr("The write did not fit in the buffer (%1, the file's block size), so "
                     "Python handed it to the OS at once: other processes see it now.")
                      .arg(size)
            : outcome.bufferFilled
                ? tr("The write did not fit in the buffer (%1, the file's block size): Python "
                     "handed what the buffer held to the OS, and these %n byte(s) wait in the "
                     "buffer until flush() or close().",
                     "", int(outcome.buffered))
                      .arg(size)
                : tr("%n byte(s) went into the file object's buffer, not to the file "
                     "yet: other processes "
                     "see them after flush() or close().",
                     "", int(outcome.buffered));
    } else {
        lesson.explanation = tr("os.write() is unbuffered: the %n byte(s) are in the file at once.",
                                "", int(data.size()));
    }
    return lesson;
}

Lesson Lessons::flushed(const PlaygroundObject &o, const Outcome &outcome)
{
    const ObjectSpec &spec = o.spec();
    QString why;
    if (spec.kind == ObjectKind::SpooledTemporaryFile && !o.rolledOver())
        why = tr("Nothing to do: the data lives in this process's memory, where no other "
                 "process can see it.");
    else if (spec.kind == ObjectKind::Mkstemp)
        why = tr("os.write() has no buffer: the data was in the file already.");
    else if (outcome.flushed > 0)
        why = tr("flush() handed the %n buffered byte(s) to the OS: another process "
                 "reading the file now sees them.",
                 "", int(outcome.flushed));
    else
        why = tr("The buffer was empty: everything written had reached the OS already.");
    return {QStringLiteral("%1.flush()").arg(spec.variable), snippets::flush(spec), why};
}

Lesson Lessons::closed(const PlaygroundObject &o, const Outcome &outcome)
{
    const ObjectSpec &spec = o.spec();
    QString why;
    switch (spec.kind) {
    case ObjectKind::TemporaryFile:
        why = tr("Closed and gone: a TemporaryFile has no name to keep, so its last "
                 "descriptor took the data with it.");
        break;
    case ObjectKind::NamedTemporaryFile:
        why = !spec.autoDelete ? tr("The file survived close: delete=False. Nothing will "
                                    "remove it but you.")
              : spec.deleteOnClose
                  ? tr("close() removed the file: delete_on_close=True (the default).")
                  : tr("The file survived close: delete_on_close=False. It goes when the "
                       "block ends.");
        break;
    case ObjectKind::SpooledTemporaryFile:
        why = outcome.wasRolled
                  ? tr("Closed: the TemporaryFile behind the spool closed and is gone.")
                  : tr("Closed: the memory was released. Nothing ever touched the disk.");
        break;
    default:
        why = tr("The descriptor is closed; the file stays. mkstemp never removes anything.");
        break;
    }
    return {QStringLiteral("%1.close()").arg(spec.variable), snippets::close(spec), why};
}

Lesson Lessons::leftScope(const PlaygroundObject &o, const Outcome &outcome)
{
    const ObjectSpec &spec = o.spec();
    QString why;
    switch (spec.kind) {
    case ObjectKind::TemporaryFile:
    case ObjectKind::SpooledTemporaryFile:
        why = outcome.wasClosed ? tr("Already closed: __exit__ had nothing left to do.")
                                : tr("__exit__ closed it, and with it the data is gone.");
        break;
    case ObjectKind::NamedTemporaryFile:
        why = !spec.autoDelete  ? tr("delete=False: the block ended and the file is still "
                                      "there. This is how "
                                      "temp files pile up when nobody removes them.")
              : outcome.existed ? tr("__exit__ closed the file and removed it (delete=True).")
                                : tr("__exit__ found the file already gone and did not complain.");
        break;
    case ObjectKind::TemporaryDirectory:
        why = spec.autoDelete
                  ? tr("cleanup() removed the directory with everything in it (%n file(s) "
                       "added).",
                       "", o.filesAdded())
                  : tr("delete=False: the block ended and the directory is still there, with "
                       "the %n file(s) added. Remove it yourself (shutil.rmtree).",
                       "", o.filesAdded());
        break;
    case ObjectKind::Mkstemp:
        why = tr("Nothing happened: the file stays and descriptor %1 is still open (leaked "
                 "until the "
                 "process ends). With mkstemp, write try/finally with os.close and "
                 "os.remove.")
                  .arg(o.fd());
        break;
    case ObjectKind::Mkdtemp:
        why = tr("Nothing happened: the directory stays. With mkdtemp, remove it yourself "
                 "in a finally block.");
        break;
    }
    // Something outlived its block: that is how temp directories fill up.
    return {tr("end of %1's block").arg(spec.variable), snippets::leaveScope(spec), why,
            o.exists()};
}

} // namespace tempscope::gui::playground
