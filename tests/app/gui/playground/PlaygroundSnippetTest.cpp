// The code the playground shows is code that runs: every Python snippet it
// can show for mkstemp, mkdtemp and TemporaryDirectory, and the seek(0)
// pitfall's program, run with /usr/bin/python3 against the playground's own
// directory; the C++ of the same steps compiled (syntax only) against core.
// A snippet that needs a newer Python than the installed one would be
// skipped by version and said so; none of these does.

#include "gui/playground/CodeSnippets.h"
#include "gui/playground/PlaygroundSession.h"

#include "SnippetRunner.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tempscope::gui::playground;

using snippet_runner::kPython;
using snippet_runner::Run;

class PlaygroundSnippetTest final : public snippet_runner::SnippetTestBase
{
    Q_OBJECT

private:
    QStringList m_cppPrograms; // every C++ program shown, for one compile at the end
    int m_scripts = 0;

    // Runs python as a program file; ok when it exits 0.
    Run runPython(const QString &python)
    {
        return snippet_runner::runPython(m_tmp, QStringLiteral("snippet-%1.py").arg(++m_scripts),
                                         python);
    }

    // The lesson an action ends with; the other process's read comes later.
    Lesson perform(int row, Action action)
    {
        QSignalSpy taught(m_session.get(), &PlaygroundSession::lessonChanged);
        if (!session().perform(row, action))
            return {};
        if (action == Action::OtherProcessReads && !taught.wait(10'000))
            return {};
        return session().lastLesson();
    }

    // Whether python is marked as needing 3.12+ and the installed Python is older.
    bool needsNewerPython(const QString &python) const
    {
        return python.contains(QStringLiteral("Python 3.12+")) && !m_python312;
    }

    static QString describe(const QString &what, const QString &python, const Run &run)
    {
        return what + QStringLiteral(":\n") + python + QStringLiteral("\n--- python said:\n") +
               run.output;
    }

private Q_SLOTS:
    // Each action the playground offers on a fresh object, as the program
    // "make the object, do the action" it shows; leaving the block as shown.
    void everySnippetOfAKindRuns_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("TemporaryDirectory") << int(ObjectKind::TemporaryDirectory);
        QTest::newRow("mkdtemp") << int(ObjectKind::Mkdtemp);
        QTest::newRow("mkstemp") << int(ObjectKind::Mkstemp);
        QTest::newRow("NamedTemporaryFile") << int(ObjectKind::NamedTemporaryFile);
    }

    void everySnippetOfAKindRuns()
    {
        QFETCH(int, kind);
        const QList<Action> actions = {
            Action::Write,      Action::ReadBack,     Action::ReadNoSeek, Action::Flush,
            Action::Close,      Action::RemoveByHand, Action::AddFile,    Action::OtherProcessReads,
            Action::CheckInUse, Action::LeaveScope};
        int tried = 0;
        for (const Action action : actions) {
            const int row =
                session().create({.kind = ObjectKind(kind), .prefix = QStringLiteral("snip_")});
            QVERIFY2(row >= 0, qPrintable(session().lastLesson().explanation));
            const ObjectSpec spec = session().object(row)->spec();
            if (!session().object(row)->can(action))
                continue;
            if (action == Action::Write)
                QVERIFY(session().perform(row, action, QByteArray("id,email\n")));
            const Lesson lesson =
                action == Action::Write ? session().lastLesson() : perform(row, action);
            QVERIFY2(!lesson.code.python.isEmpty(), qPrintable(lesson.title));
            ++tried;
            const Code whole = action == Action::LeaveScope
                                   ? Code{snippets::script(lesson.code.python),
                                          QStringLiteral("using namespace "
                                                         "tempscope::tempfile;\n") +
                                              lesson.code.cpp}
                                   : snippets::program(spec, {lesson.code});
            if (needsNewerPython(whole.python)) {
                qInfo("skipped, needs Python 3.12+ (installed: %s): %s",
                      qPrintable(m_pythonVersion), qPrintable(lesson.title));
                continue;
            }
            const Run run = runPython(whole.python);
            QVERIFY2(run.ok, qPrintable(describe(lesson.title, whole.python, run)));
            m_cppPrograms << whole.cpp;
        }
        QVERIFY(tried >= 3);

        // The whole session on one object, in the order a learner might go.
        const int row =
            session().create({.kind = ObjectKind(kind), .prefix = QStringLiteral("all_")});
        QVERIFY(row >= 0);
        QList<Code> steps;
        for (const Action action : actions) {
            if (action == Action::LeaveScope || !session().object(row)->can(action))
                continue;
            if (action == Action::Write) {
                QVERIFY(session().perform(row, action, QByteArray("id,email\n")));
                steps << session().lastLesson().code;
            } else {
                steps << perform(row, action).code;
            }
        }
        const Code all = snippets::program(session().object(row)->spec(), steps);
        if (needsNewerPython(all.python))
            QSKIP(qPrintable(QStringLiteral("the session needs Python 3.12+; installed: ") +
                             m_pythonVersion));
        const Run run = runPython(all.python);
        QVERIFY2(run.ok, qPrintable(describe(QStringLiteral("the session"), all.python, run)));
    }

    // The seek(0) pitfall's program runs, and Python reads what the lesson says: nothing.
    void seekPitfallProgramRunsAndReadsNothing()
    {
        const int row = session().demoForgotSeek();
        QVERIFY(row >= 0);
        const QString python = session().lastLesson().code.python;
        QVERIFY2(python.contains(QStringLiteral("data = f1.read()")), qPrintable(python));
        const Run run = runPython(python);
        QVERIFY2(run.ok, qPrintable(describe(QStringLiteral("seek pitfall"), python, run)));

        // What it read, printed where the read happened (inside the block).
        const QString lastLine = python.section(u'\n', -1);
        const QString indent = lastLine.left(lastLine.size() - lastLine.trimmed().size());
        const Run seen = runPython(python + u'\n' + indent + QStringLiteral("print(repr(data))"));
        QVERIFY2(seen.ok, qPrintable(seen.output));
        QCOMPARE(seen.output.trimmed(), QStringLiteral("b''"));
        QVERIFY(
            session().lastLesson().explanation.startsWith(QStringLiteral("read returned nothing")));
        m_cppPrograms << session().lastLesson().code.cpp;
    }

    // Each recipe from the tutorials: its program runs with python3, and what
    // Python observed is what the playground did and its lesson says.
    void recipesRunAndAgreeWithPython_data()
    {
        QTest::addColumn<QString>("recipe");
        for (const char *name :
             {"text", "handOff", "exception", "lowLevel", "namingRace", "gettempdir", "spoolName"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void recipesRunAndAgreeWithPython()
    {
        QFETCH(QString, recipe);
        QSignalSpy taught(m_session.get(), &PlaygroundSession::lessonChanged);
        int row = -1;
        if (recipe == QLatin1String("text"))
            row = session().demoTextMode();
        else if (recipe == QLatin1String("handOff"))
            row = session().demoHandOff();
        else if (recipe == QLatin1String("exception"))
            row = session().demoExceptionInBlock();
        else if (recipe == QLatin1String("lowLevel"))
            row = session().demoLowLevel();
        else if (recipe == QLatin1String("namingRace"))
            row = session().demoNamingRace();
        else if (recipe == QLatin1String("gettempdir"))
            row = session().demoGettempdir();
        else
            row = session().demoSpoolName();
        QVERIFY2(row >= 0, qPrintable(session().lastLesson().explanation));
        QVERIFY(session().waitForChild());
        QTRY_VERIFY(!taught.isEmpty());
        const Lesson lesson = session().lastLesson();
        QVERIFY2(!lesson.code.python.isEmpty(), qPrintable(lesson.title));
        QString python = lesson.code.python;
        // What the program read, where it read it.
        python.replace(QRegularExpression(QStringLiteral("^( *)(data = .*\\.read\\(\\).*)$"),
                                          QRegularExpression::MultilineOption),
                       QStringLiteral("\\1\\2\n\\1print(\"read:\", json.dumps(data))"));
        python.prepend(QStringLiteral("import json, os\n"));
        const Run run = runPython(python);
        QVERIFY2(run.ok, qPrintable(describe(lesson.title, python, run)));
        m_cppPrograms << lesson.code.cpp;
        const QString said = run.output;
        const QString explained = lesson.explanation;
        const auto check = [&](bool ok, const char *what) {
            if (!ok)
                qWarning().noquote() << what << "disagrees:\n"
                                     << python << "\n--- python said:\n"
                                     << said << "\n--- the playground said:\n"
                                     << explained;
            return ok;
        };

        if (recipe == QLatin1String("text")) {
            const QString typeError =
                QStringLiteral("TypeError: write() argument must be str, not bytes");
            QVERIFY(check(said.contains(typeError), "TypeError"));
            QVERIFY(check(explained.contains(typeError), "TypeError explained"));
            const QString read = said.section(QStringLiteral("read: "), 1).section(u'\n', 0, 0);
            QCOMPARE(read, QStringLiteral("\"Build log line 1\\nBuild log line 2\\n\""));
            QVERIFY(check(explained.contains(read), "the str read back"));
        } else if (recipe == QLatin1String("handOff")) {
            QVERIFY(check(said.contains(QStringLiteral("Cross-process data")), "tool read"));
            QVERIFY(check(explained.contains(QStringLiteral("saw all 19 byte(s)")), "saw"));
            QVERIFY(!session().object(row)->exists());
            QVERIFY(!lesson.surprise);
        } else if (recipe == QLatin1String("exception")) {
            const Run after =
                runPython(python + QStringLiteral("\nprint(\"exists:\", os.path.exists(d1))"));
            QVERIFY2(after.ok, qPrintable(after.output));
            QVERIFY(check(after.output.contains(QStringLiteral("exists: False")), "removed"));
            QVERIFY(!session().object(row)->exists());
            QVERIFY(check(explained.contains(QStringLiteral("is gone")), "gone"));
        } else if (recipe == QLatin1String("lowLevel")) {
            const Run after =
                runPython(python + QStringLiteral("\nprint(\"exists:\", os.path.exists(path))"));
            QVERIFY2(after.ok, qPrintable(after.output));
            QVERIFY(check(after.output.contains(QStringLiteral("exists: False")), "removed"));
            QVERIFY(check(explained.contains(QStringLiteral("Both are gone")), "gone"));
            QVERIFY(check(explained.contains(QStringLiteral("7 byte(s)")), "size"));
        } else if (recipe == QLatin1String("namingRace")) {
            QVERIFY(
                check(said.contains(QStringLiteral("victim now holds: 'secret\\n'")), "victim"));
            QVERIFY(
                check(explained.contains(QStringLiteral("b\"secret\\n\"")), "victim explained"));
            QVERIFY(
                check(said.contains(QStringLiteral("refused: [Errno 17] File exists")), "O_EXCL"));
            QVERIFY(check(said.contains(QStringLiteral(" 0o600")), "mode"));
            QVERIFY(check(explained.contains(QStringLiteral("mode 0600")), "mode explained"));
            QVERIFY(check(explained.contains(QStringLiteral("tried 2 name(s)")), "collision"));
        } else if (recipe == QLatin1String("gettempdir")) {
            const QStringList lines = said.trimmed().split(u'\n');
            QCOMPARE(lines.size(), 3);
            QCOMPARE(lines.at(2), lines.at(0)); // cached
            QVERIFY(check(QFileInfo(lines.at(1)).fileName().startsWith(QStringLiteral("TMPDIR_")),
                          "the child's answer"));
            const QString tmpdir = session().object(row)->path();
            QVERIFY(check(explained.contains(QStringLiteral("answered ") + tmpdir), "answered"));
            QVERIFY(!lesson.surprise);
        } else {
            const QStringList lines = said.trimmed().split(u'\n');
            QCOMPARE(lines.size(), 2);
            QCOMPARE(lines.at(0), QStringLiteral("None"));
            const QStringList numbers = lines.at(1).split(u' ');
            QCOMPARE(numbers.size(), 2);
            QCOMPARE(numbers.at(0), numbers.at(1)); // name is fileno()
            QVERIFY(check(explained.contains(
                              QStringLiteral("name is now %1").arg(session().object(row)->fd())),
                          "fd"));
        }
    }

    // Every C++ program the tests above ran in Python, compiled against core.
    void cppSnippetsCompile()
    {
        const QFileInfo compiler(QStringLiteral(TEMPSCOPE_CXX_COMPILER));
        if (!compiler.isExecutable())
            QSKIP("the build's C++ compiler is not here");
        QVERIFY(!m_cppPrograms.isEmpty());
        QString unit = snippet_runner::cppPrelude();
        for (int i = 0; i < m_cppPrograms.size(); ++i)
            unit +=
                QStringLiteral("\nvoid snippet%1()\n{\n%2\n}\n").arg(i).arg(m_cppPrograms.at(i));
        const QString errors = snippet_runner::compileErrors(
            m_tmp, compiler.filePath(), QStringLiteral(TEMPSCOPE_SNIPPET_INCLUDES), unit);
        if (!errors.isEmpty())
            qWarning().noquote() << unit;
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
    }
};

QTEST_MAIN(PlaygroundSnippetTest)
#include "PlaygroundSnippetTest.moc"
