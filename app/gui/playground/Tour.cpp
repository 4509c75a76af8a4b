#include "gui/playground/Tour.h"

#include "gui/playground/PlaygroundSession.h"

#include <QCoreApplication>

namespace tempscope::gui::playground {

namespace {

// lupdate files a free tr() call under its enclosing namespace; the
// lookup must use that same context.
QString tr(const char *text)
{
    return QCoreApplication::translate("tempscope::gui::playground", text);
}

// The row an earlier step made under name; -1 (and the step does nothing) when none.
int made(const TourRows &rows, const QString &name)
{
    return rows.value(name, -1);
}

} // namespace

QList<TourStep> tourSteps()
{
    return {
        {tr("TemporaryFile: a file with no name"),
         tr("The most private temp file. Watch the inspector: nothing appears, because on Linux "
            "the file is "
            "opened with O_TMPFILE and never gets a name."),
         [](PlaygroundSession &s, TourRows &) {
             s.create({.kind = ObjectKind::TemporaryFile, .prefix = QStringLiteral("tmp")});
         }},
        {tr("Text mode: str in, str out"),
         tr("mode=\"w+\", encoding=\"utf-8\": write str, read str, newlines translated. Then "
            "the wrong type: bytes to a text file raise TypeError, as str to a binary one does."),
         [](PlaygroundSession &s, TourRows &) { s.demoTextMode(); }},
        {tr("NamedTemporaryFile: a name others can use"),
         tr("Now a file that does appear, mode 0600, prefix and suffix as asked. The inspector "
            "lists it."),
         [](PlaygroundSession &s, TourRows &) {
             s.create({.kind = ObjectKind::NamedTemporaryFile,
                       .prefix = QStringLiteral("session_"),
                       .suffix = QStringLiteral(".log")});
         }},
        {tr("Pitfall: forgetting seek(0)"),
         tr("Write, then read: the read comes back empty, because the position is at the end of "
            "what was written."),
         [](PlaygroundSession &s, TourRows &rows) {
             rows[QStringLiteral("seek")] = s.demoForgotSeek();
         }},
        {tr("seek(0), then read"), tr("Rewind first, and the data is there."),
         [](PlaygroundSession &s, TourRows &rows) {
             s.perform(made(rows, QStringLiteral("seek")), Action::ReadBack);
         }},
        {tr("close() removes a NamedTemporaryFile"),
         tr("With the defaults (delete=True, delete_on_close=True) closing the file removes it: "
            "watch its row "
            "vanish from the inspector."),
         [](PlaygroundSession &s, TourRows &rows) {
             s.perform(made(rows, QStringLiteral("seek")), Action::Close);
         }},
        {tr("delete_on_close=False (3.12+)"),
         tr("Needs Python 3.12+, which added delete_on_close: the file survives close() and goes "
            "only when the with block ends."),
         [](PlaygroundSession &s, TourRows &rows) {
             const int row = rows[QStringLiteral("keep")] =
                 s.create({.kind = ObjectKind::NamedTemporaryFile,
                           .prefix = QStringLiteral("keep_"),
                           .suffix = QStringLiteral(".csv"),
                           .deleteOnClose = false});
             s.perform(row, Action::Write, QByteArray("id,email\n"));
             s.perform(row, Action::Close);
         }},
        {tr("...and gone at the end of the block"), tr("Leave the block: now the file is removed."),
         [](PlaygroundSession &s, TourRows &rows) {
             s.perform(made(rows, QStringLiteral("keep")), Action::LeaveScope);
         }},
        {tr("delete=False: hand the file to another program"),
         tr("The tutorials' recipe: write, let the block close the file, another program reads "
            "the path, and finally removes it. Watch the other process's answer."),
         [](PlaygroundSession &s, TourRows &) { s.demoHandOff(); }},
        {tr("SpooledTemporaryFile: memory first"),
         tr("max_size=30: 30 bytes stay in memory, the 31st byte rolls the data over to a real "
            "file."),
         [](PlaygroundSession &s, TourRows &) {
             const int row = s.create({.kind = ObjectKind::SpooledTemporaryFile,
                                       .prefix = QStringLiteral("spool_"),
                                       .maxSize = 30});
             s.perform(row, Action::Write, QByteArray(30, 'a'));
             s.perform(row, Action::Write, QByteArray(1, 'b'));
         }},
        {tr("The spool's name"),
         tr("Used as a BytesIO, a spool has no name (None). After the rollover its name is a "
            "descriptor number, not a path."),
         [](PlaygroundSession &s, TourRows &) { s.demoSpoolName(); }},
        {tr("TemporaryDirectory: a workspace"),
         tr("A directory with two files inside; leaving the block removes all of it."),
         [](PlaygroundSession &s, TourRows &rows) {
             const int row = rows[QStringLiteral("directory")] = s.create(
                 {.kind = ObjectKind::TemporaryDirectory, .prefix = QStringLiteral("job")});
             s.perform(row, Action::AddFile);
             s.perform(row, Action::AddFile);
         }},
        {tr("...cleaned up in one go"), tr("Leave the block and watch the directory go."),
         [](PlaygroundSession &s, TourRows &rows) {
             s.perform(made(rows, QStringLiteral("directory")), Action::LeaveScope);
         }},
        {tr("An exception inside the block"),
         tr("A RuntimeError ends the with block early. Is the directory still removed? Watch the "
            "inspector."),
         [](PlaygroundSession &s, TourRows &) { s.demoExceptionInBlock(); }},
        {tr("mkstemp and mkdtemp: yours to remove"),
         tr("The low-level functions clean up nothing: os.fdopen and os.remove, shutil.rmtree, "
            "each in try/finally."),
         [](PlaygroundSession &s, TourRows &) { s.demoLowLevel(); }},
        {tr("Pitfall: forgetting flush()"),
         tr("A second process reads the file right after the write: it sees nothing, because the "
            "data is still in this process's buffer."),
         [](PlaygroundSession &s, TourRows &rows) {
             rows[QStringLiteral("flush")] = s.demoForgotFlush();
         }},
        {tr("flush(), then read again"),
         tr("Flush: the buffered bytes go to the OS, and the second process reads them now."),
         [](PlaygroundSession &s, TourRows &rows) {
             const int row = made(rows, QStringLiteral("flush"));
             s.perform(row, Action::Flush);
             s.perform(row, Action::OtherProcessReads);
         }},
        {tr("The Windows reopen rule"),
         tr("On Windows a NamedTemporaryFile that deletes on close cannot be opened again by name "
            "while open. "
            "Here you see who holds it open."),
         [](PlaygroundSession &s, TourRows &) { s.demoReopenRule(); }},
        {tr("Pitfall: a crash before cleanup"),
         tr("A helper program makes temp files and directories and is killed before it can clean "
            "up. The "
            "orphans appear in the inspector, in their family."),
         [](PlaygroundSession &s, TourRows &) { s.demoCrash(); }},
        {tr("Guessable names vs mkstemp"),
         tr("Another process takes a guessable name first. A plain open() walks into its trap; "
            "mkstemp refuses the name and picks another."),
         [](PlaygroundSession &s, TourRows &) { s.demoNamingRace(); }},
        {tr("gettempdir() and TMPDIR"),
         tr("Another process started with TMPDIR set finds its temp directory there; this one "
            "keeps the answer it worked out first."),
         [](PlaygroundSession &s, TourRows &) { s.demoGettempdir(); }},
    };
}

void replayTour(const QList<TourStep> &tour, int count, PlaygroundSession &session, TourRows &rows)
{
    session.clear();
    rows.clear();
    for (int i = 0; i < count && i < tour.size(); ++i) {
        tour.at(i).run(session, rows);
        session.waitForChild(); // the next step may need the other process too
    }
}

} // namespace tempscope::gui::playground
