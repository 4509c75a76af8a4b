// tempscope-cli where: which directory is the temp directory, and why; and
// which scratch roots there are.

#include "cli/CliSupport.h"
#include "cli/CommandLine.h"
#include "cli/Commands.h"

#include "core/export/JsonWriter.h"
#include "core/history/HistoryPath.h"
#include "core/inventory/Duration.h"
#include "core/inventory/PathText.h"
#include "core/locations/ScratchRoots.h"
#include "core/locations/TempDirResolver.h"

#include <algorithm>

namespace tempscope::cli {

namespace {

QString pad(const QString &s, qsizetype width)
{
    if (s.size() >= width)
        return s + u' ';
    return s + QString(width - s.size(), u' ');
}

QString yesNo(bool b)
{
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}

// Wraps text at word boundaries to lines of at most `width` characters,
// each starting with `indent`.
QString wrap(const QString &text, const QString &indent, qsizetype width = 78)
{
    QString out;
    QString line;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && indent.size() + line.size() + 1 + word.size() > width) {
            out += indent + line + u'\n';
            line.clear();
        }
        if (!line.isEmpty())
            line += u' ';
        line += word;
    }
    if (!line.isEmpty())
        out += indent + line + u'\n';
    return out;
}

// For people: raw bytes of non-UTF-8 names as \xHH, control characters escaped.
QString shown(const QString &path)
{
    return printablePath(nativePath(path));
}

void printHuman(const TempDirResolution &python, const QtTempPath &qt,
                const QList<ScratchRoot> &roots)
{
    if (python.tempDir.isEmpty())
        writeOut(QStringLiteral("Temp directory: none usable\n  %1\n").arg(python.error));
    else
        writeOut(QStringLiteral("Temp directory: %1\n").arg(shown(python.tempDir)));
#ifdef Q_OS_WIN
    const QString platformList = QStringLiteral(
        "~\\AppData\\Local\\Temp, %SYSTEMROOT%\\Temp, c:\\temp, c:\\tmp, \\temp, \\tmp");
#else
    const QString platformList = QStringLiteral("/tmp, /var/tmp, /usr/tmp");
#endif
    writeOut(
        wrap(QStringLiteral("Python's tempfile.gettempdir() rule: TMPDIR, TEMP, TMP (when set), "
                            "then %1, then the current directory; the first where a file can be "
                            "created, written and removed wins.")
                 .arg(platformList),
             QStringLiteral("  ")));

    writeOut(QStringLiteral("\nCandidates, in order:\n"));
    qsizetype pathWidth = 0;
    for (const TempDirCandidate &c : python.candidates)
        pathWidth = std::max(pathWidth, shown(c.path).size());
    int n = 0;
    for (const TempDirCandidate &c : python.candidates) {
        QString verdict;
        if (!c.probed)
            verdict = QStringLiteral("-        ");
        else if (c.usable)
            verdict = QStringLiteral("CHOSEN   "); // probing stops at the first usable candidate
        else
            verdict = QStringLiteral("unusable ");
        writeOut(QStringLiteral("  %1. %2%3%4%5\n")
                     .arg(++n)
                     .arg(pad(candidateSourceName(c.source), 9), pad(shown(c.path), pathWidth + 1),
                          verdict, c.reason));
    }

    writeOut(QStringLiteral("\nQt's QDir::tempPath(): %1\n")
                 .arg(qt.path.isEmpty() ? QStringLiteral("\"\" (empty)") : shown(qt.path)));
    writeOut(wrap(qt.explanation, QStringLiteral("  ")));

    writeOut(QStringLiteral("\nScratch roots:\n"));
    qsizetype kindWidth = 0;
    qsizetype rootWidth = 0;
    for (const ScratchRoot &r : roots) {
        kindWidth = std::max(kindWidth, rootKindName(r.kind).size());
        rootWidth = std::max(rootWidth, shown(r.path).size());
    }
    writeOut(QStringLiteral("  %1%2%3%4%5%6%7\n")
                 .arg(pad(QStringLiteral("PATH"), rootWidth + 1),
                      pad(QStringLiteral("KIND"), kindWidth + 1), pad(QStringLiteral("EXISTS"), 7),
                      pad(QStringLiteral("WRITABLE"), 9), pad(QStringLiteral("FS"), 9),
                      pad(QStringLiteral("FREE / TOTAL"), 22), QStringLiteral("NOTES")));
    for (const ScratchRoot &r : roots) {
        QString space = QStringLiteral("-");
        QString fs = QStringLiteral("-");
        if (r.volume.valid) {
            fs = r.volume.fsType;
            space = QStringLiteral("%1 / %2").arg(
                formatBytes(quint64(std::max<qint64>(0, r.volume.bytesFree))),
                formatBytes(quint64(std::max<qint64>(0, r.volume.bytesTotal))));
        }
        QStringList notes;
        if (r.volume.tmpfs)
            notes.append(QStringLiteral("in RAM, emptied at reboot"));
        if (r.volume.readOnly)
            notes.append(QStringLiteral("read-only"));
        if (!r.cleanByDefault)
            notes.append(QStringLiteral("not cleaned unless named"));
        if (r.fallback)
            notes.append(QStringLiteral("the current directory: never a default root"));
        if (r.changed)
            notes.append(QStringLiteral("changed since saved (%1): not used until confirmed")
                             .arg(r.changeReason));
        QString line = QStringLiteral("  %1%2%3%4%5%6%7")
                           .arg(pad(shown(r.path), rootWidth + 1),
                                pad(rootKindName(r.kind), kindWidth + 1), pad(yesNo(r.exists), 7),
                                pad(r.exists ? yesNo(r.writable) : QStringLiteral("-"), 9),
                                pad(fs, 9), pad(space, 22), notes.join(QStringLiteral("; ")));
        while (line.endsWith(u' '))
            line.chop(1);
        writeOut(line + u'\n');
    }
    writeOut(QStringLiteral("\nHistory database: %1\n").arg(shown(defaultHistoryPath())));
}

void printJson(const TempDirResolution &python, const QtTempPath &qt,
               const QList<ScratchRoot> &roots)
{
    JsonWriter w(writeOutSink);
    w.beginObject();
    if (python.tempDir.isEmpty())
        w.nullField("tempdir");
    else
        w.field("tempdir", python.tempDir);
    if (!python.error.isEmpty())
        w.field("error", python.error);
    w.objectArray("candidates", python.candidates, [&](const TempDirCandidate &c) {
        w.field("path", c.path);
        w.field("source", candidateSourceName(c.source));
        w.field("usable", c.usable);
        w.field("probed", c.probed);
        w.field("reason", c.reason);
    });
    w.field("qt_temp_path", qt.path);
    w.field("qt_same_as_python", qt.sameAsPython);
    w.field("qt_explanation", qt.explanation);
    w.objectArray("scratch_roots", roots, [&](const ScratchRoot &r) {
        w.field("path", r.path);
        w.field("kind", rootKindName(r.kind));
        w.field("exists", r.exists);
        w.field("writable", r.writable);
        w.field("clean_by_default", r.cleanByDefault);
        w.field("origin", r.origin);
        w.field("fallback", r.fallback);
        if (r.changed)
            w.field("changed", r.changeReason);
        else
            w.nullField("changed");
        if (r.volume.valid) {
            w.field("fs_type", r.volume.fsType);
            w.field("device", r.volume.device);
            w.field("bytes_free", r.volume.bytesFree);
            w.field("bytes_total", r.volume.bytesTotal);
            w.field("tmpfs", r.volume.tmpfs);
            w.field("read_only", r.volume.readOnly);
        } else {
            w.nullField("fs_type");
            w.nullField("device");
            w.nullField("bytes_free");
            w.nullField("bytes_total");
            w.nullField("tmpfs");
            w.nullField("read_only");
        }
    });
    w.field("history_db", defaultHistoryPath());
    w.endObject();
    w.finish();
}

} // namespace

CommandDoc whereDoc()
{
    CommandDoc d;
    d.name = QStringLiteral("where");
    d.synopsis = QStringLiteral("[OPTIONS]");
    d.summary = QStringLiteral("which directory is the temp directory and why; the scratch roots");
    d.description = QStringLiteral(
        "Show which directory is the temp directory and why: every candidate of Python's "
        "tempfile.gettempdir() rule with the reason it was or was not usable, Qt's "
        "QDir::tempPath() answer and how it differs, then the scratch roots with the "
        "facts of their file systems.");
    d.options = {
        {QStringLiteral("json"), QStringLiteral("Print the same facts as JSON.")},
        helpOption(),
    };
    d.examples = {
        {QStringLiteral("tempscope-cli where"),
         QStringLiteral("Explain the temp directory of this environment.")},
        {QStringLiteral("TMPDIR=/nonexistent tempscope-cli where"),
         QStringLiteral("See which directory a Python program would fall back to.")},
    };
    d.exitStatus = {
        {ExitOk, QStringLiteral("done (also when no candidate is usable)")},
        {ExitSomeFailed,
         QStringLiteral("the output could not be written (full disk, closed pipe)")},
        {ExitUsage, QStringLiteral("bad usage: an unknown option or an argument")},
    };
    return d;
}

int runWhere(const QStringList &args)
{
    CommandLine cmd(whereDoc());
    if (const auto done = cmd.parse(args))
        return *done;
    if (!cmd.positionalArguments().isEmpty())
        return usageError(QStringLiteral("where takes no arguments (got \"%1\")")
                              .arg(cmd.positionalArguments().first()));

    const TempDirResolution &python = TempDirResolver::cached();
    const QtTempPath qt = TempDirResolver::qtTempPath(python);
    const QList<ScratchRoot> roots = ScratchRoots::discover();
    if (cmd.isSet(u"json"))
        printJson(python, qt, roots);
    else
        printHuman(python, qt, roots);
    return ExitOk;
}

} // namespace tempscope::cli
