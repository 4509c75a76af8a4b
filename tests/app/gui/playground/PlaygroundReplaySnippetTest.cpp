// Every action on every object kind, every pitfall and the whole guided
// tour, replayed: the playground does it with core, then the Python program
// it shows for what it did (PlaygroundObject::program(), the session script)
// runs with /usr/bin/python3, and what Python observed is compared with what
// the playground did and said: what each read returned, what another process
// saw on disk, and at the end whether each path exists, its size and mode.
// The session's C++ function compiles against core. A program marked
// "Python 3.12+" is skipped by version when the installed Python is older,
// and the test says so.

#include "gui/playground/PlaygroundSession.h"
#include "gui/playground/Tour.h"

#include "SnippetRunner.h"

#include <QDebug>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace tempscope::gui::playground;
using snippet_runner::Run;

namespace {

// A step whose observation the Python program prints, and what the playground said.
struct Seen
{
    bool otherProcess = false; // else a read
    QString explanation;
};

// The program with a print after each read and around each other process's
// read, in the order they run.
QString instrumented(QString python)
{
    python.replace(
        QRegularExpression(QStringLiteral("^( *)(data = .*read\\(.*)$"),
                           QRegularExpression::MultilineOption),
        QStringLiteral("\\1\\2\n\\1print(\"read:\", (data.encode() if isinstance(data, str) "
                       "else data).hex())"));
    python.replace(
        QRegularExpression(QStringLiteral("^( *)subprocess\\.run\\(\\[\"cat\", (.*)\\]\\).*$"),
                           QRegularExpression::MultilineOption),
        QStringLiteral("\\1print(\"other saw:\", subprocess.run([\"cat\", \\2], "
                       "capture_output=True).stdout.hex())"));
    return QStringLiteral("import os, subprocess\n") + python;
}

// The Python expression for the path of spec's object; empty when it has none.
QString pathOf(const ObjectSpec &spec, bool renamed)
{
    switch (spec.kind) {
    case ObjectKind::NamedTemporaryFile:
        return spec.variable + QStringLiteral(".name");
    case ObjectKind::TemporaryDirectory:
        return spec.variable;
    case ObjectKind::Mkstemp:
    case ObjectKind::Mkdtemp:
        return renamed ? QStringLiteral("path_") + spec.variable : QStringLiteral("path");
    default:
        return {};
    }
}

// Python lines printing "fact VAR EXISTS SIZE MODE" for the object at path.
QString factsCode(const QString &variable, const QString &path)
{
    return QStringLiteral(
               "\n_p = %1\n"
               "if os.path.isdir(_p):\n"
               "    _size = sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in "
               "os.walk(_p) for f in fs)\n"
               "else:\n"
               "    _size = os.path.getsize(_p) if os.path.exists(_p) else 0\n"
               "print(\"fact\", \"%2\", int(os.path.exists(_p)), _size, "
               "oct(os.stat(_p).st_mode & 0o777)[2:] if os.path.exists(_p) else \"-\")\n")
        .arg(path, variable);
}

// The fact line the playground's object gives.
QString factOf(const PlaygroundObject &o)
{
    const bool exists = o.exists();
    return QStringLiteral("fact %1 %2 %3 %4")
        .arg(o.variable())
        .arg(int(exists))
        .arg(exists ? o.size() : 0)
        .arg(exists ? QString::number(o.mode(), 8) : QStringLiteral("-"));
}

QStringList linesStarting(const QString &output, const QString &start)
{
    QStringList out;
    for (const QString &line : output.split(u'\n')) {
        if (line.startsWith(start))
            out << line;
    }
    return out;
}

} // namespace

class PlaygroundReplaySnippetTest final : public snippet_runner::SnippetTestBase
{
    Q_OBJECT

private:
    QStringList m_cppFunctions;
    int m_scripts = 0;

    Run runPython(const QString &python)
    {
        return snippet_runner::runPython(m_tmp, QStringLiteral("replay-%1.py").arg(++m_scripts),
                                         python);
    }

    // Performs action on row; the lesson it ends with (the other process's comes later).
    Lesson perform(int row, Action action, const QByteArray &data = {})
    {
        QSignalSpy taught(m_session.get(), &PlaygroundSession::lessonChanged);
        if (!session().perform(row, action, data))
            return {};
        if (action == Action::OtherProcessReads && !taught.wait(10'000))
            return {};
        return session().lastLesson();
    }

    // Python's reads and other-process reads, against what the playground said of each.
    static bool sameObservations(const QList<Seen> &seen, const QString &output, bool text,
                                 QString *why)
    {
        QStringList said;
        for (const QString &line : output.split(u'\n')) {
            if (line.startsWith(QLatin1String("read: ")) ||
                line.startsWith(QLatin1String("other saw: ")))
                said << line;
        }
        if (said.size() != seen.size()) {
            *why = QStringLiteral("%1 observations, the playground made %2")
                       .arg(said.size())
                       .arg(seen.size());
            return false;
        }
        for (qsizetype i = 0; i < seen.size(); ++i) {
            const QByteArray bytes = QByteArray::fromHex(said.at(i).section(u' ', -1).toLatin1());
            const QString &explained = seen.at(i).explanation;
            QString expected;
            if (seen.at(i).otherProcess) {
                expected = QStringLiteral("saw %1 byte(s): %2")
                               .arg(bytes.size())
                               .arg(snippets::pythonBytes(bytes, 40));
            } else if (bytes.isEmpty()) {
                expected = explained.contains(QLatin1String("returned nothing"))
                               ? QStringLiteral("returned nothing")
                           : text ? QStringLiteral("\"\"")
                                  : QStringLiteral("b\"\"");
            } else {
                expected = text ? snippets::pythonStr(QString::fromUtf8(bytes).left(40))
                                : snippets::pythonBytes(bytes, 40);
            }
            if (!explained.contains(expected)) {
                *why = QStringLiteral("Python observed %1; the playground said: %2")
                           .arg(said.at(i), explained);
                return false;
            }
        }
        return true;
    }

private Q_SLOTS:
    void everyActionOnEveryKind_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("text");
        QTest::addColumn<bool>("autoDelete");
        QTest::addColumn<bool>("deleteOnClose");
        const ObjectKind kinds[] = {ObjectKind::TemporaryFile,
                                    ObjectKind::NamedTemporaryFile,
                                    ObjectKind::SpooledTemporaryFile,
                                    ObjectKind::TemporaryDirectory,
                                    ObjectKind::Mkstemp,
                                    ObjectKind::Mkdtemp};
        for (const ObjectKind kind : kinds) {
            const QByteArray name = kindName(kind).toLatin1();
            QTest::newRow(name.constData()) << int(kind) << false << true << true;
            if (takesMode(kind))
                QTest::newRow(QByteArray(name + " text").constData())
                    << int(kind) << true << true << true;
            if (takesDelete(kind))
                QTest::newRow(QByteArray(name + " delete=False").constData())
                    << int(kind) << false << false << true;
        }
        QTest::newRow("NamedTemporaryFile delete_on_close=False")
            << int(ObjectKind::NamedTemporaryFile) << false << true << false;
    }

    // One object, every action it allows in the order a learner might go,
    // then the end of its block; the program of all of it runs in Python.
    void everyActionOnEveryKind()
    {
        QFETCH(int, kind);
        QFETCH(bool, text);
        QFETCH(bool, autoDelete);
        QFETCH(bool, deleteOnClose);
        const int row = session().create({.kind = ObjectKind(kind),
                                          .prefix = QStringLiteral("replay_"),
                                          .autoDelete = autoDelete,
                                          .deleteOnClose = deleteOnClose,
                                          .maxSize = 8,
                                          .text = text});
        QVERIFY2(row >= 0, qPrintable(session().lastLesson().explanation));
        const QByteArray data =
            text ? QByteArray("id,email\r\nrow 1\n") : QByteArray("id,email\n1,x\n");
        QList<Seen> seen;
        const Action actions[] = {
            Action::Write,          Action::ReadNoSeek,        Action::ReadBack,
            Action::Flush,          Action::OtherProcessReads, Action::CheckInUse,
            Action::WriteWrongType, Action::AddFile,           Action::Close,
            Action::LeaveScope};
        for (const Action action : actions) {
            if (!session().object(row)->can(action))
                continue;
            const Lesson lesson = perform(row, action, data);
            QVERIFY2(!lesson.title.isEmpty(), qPrintable(session().lastLesson().explanation));
            if (action == Action::ReadNoSeek || action == Action::ReadBack)
                seen << Seen{false, lesson.explanation};
            if (action == Action::OtherProcessReads)
                seen << Seen{true, lesson.explanation};
        }
        const PlaygroundObject &o = *session().object(row);
        const Code program = o.program();
        if (snippet_runner::needs312(program.python) && !m_python312)
            QSKIP(qPrintable(QStringLiteral("needs Python 3.12+; installed: ") + m_pythonVersion));
        QString python = instrumented(program.python);
        const QString path = pathOf(o.spec(), false);
        if (!path.isEmpty())
            python += factsCode(o.variable(), path);
        const Run run = runPython(python);
        QVERIFY2(run.ok, qPrintable(python + QStringLiteral("\n--- python said:\n") + run.output));
        QString why;
        QVERIFY2(sameObservations(seen, run.output, text, &why),
                 qPrintable(why + QStringLiteral("\n") + python));
        if (!path.isEmpty())
            QCOMPARE(linesStarting(run.output, QStringLiteral("fact ")), QStringList{factOf(o)});
        m_cppFunctions << QStringLiteral("void replay%1()\n{\n%2\n}\n")
                              .arg(m_cppFunctions.size())
                              .arg(program.cpp);
    }

    // The forgot-flush pitfall: Python's other process sees nothing too.
    void forgotFlushPitfallAgrees()
    {
        QSignalSpy taught(m_session.get(), &PlaygroundSession::lessonChanged);
        const int row = session().demoForgotFlush();
        QVERIFY(row >= 0);
        QVERIFY(session().waitForChild());
        QTRY_VERIFY(session().lastLesson().explanation.contains(QStringLiteral("saw 0 byte(s)")));
        const QString python = instrumented(session().object(row)->program().python);
        const Run run = runPython(python);
        QVERIFY2(run.ok, qPrintable(python + run.output));
        QCOMPARE(linesStarting(run.output, QStringLiteral("other saw:")),
                 QStringList{QStringLiteral("other saw: ")});
    }

    // The crash pitfall's program leaves its orphans behind in Python too.
    void crashPitfallLeavesOrphansInPython()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("crash"));
        QVERIFY(QDir().mkpath(dir));
        const Code code = snippets::crash(dir, PlaygroundSession::crashPrefix());
        const Run run = runPython(code.python);
        QVERIFY(!run.ok); // killed
        const QStringList left = QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        QCOMPARE(left.size(), 2);
        for (const QString &name : left)
            QVERIFY(name.startsWith(PlaygroundSession::crashPrefix()));
        m_cppFunctions << QStringLiteral(
                              "void crash()\n{\nusing namespace tempscope::tempfile;\n%1\n}\n")
                              .arg(code.cpp);
    }

    // Every step of the guided tour, then every block ended: the session
    // script runs in Python (objects needing a newer Python left out, and
    // said), and every path it made ends as the playground's did.
    void tourReplaysInPython()
    {
        const QList<TourStep> tour = tourSteps();
        TourRows rows;
        for (const TourStep &step : tour) {
            step.run(session(), rows);
            QVERIFY2(session().waitForChild(), qPrintable(step.title));
            QTest::qWait(0);
        }
        for (int row = 0; row < session().count(); ++row) {
            if (session().object(row)->inScope())
                session().perform(row, Action::LeaveScope);
        }
        QList<ObjectSpec> specs;
        QList<Code> programs;
        QList<const PlaygroundObject *> kept;
        int lowLevel = 0;
        for (int row = 0; row < session().count(); ++row) {
            const PlaygroundObject *o = session().object(row);
            const Code program = o->program();
            if (snippet_runner::needs312(program.python) && !m_python312) {
                qInfo("left out, needs Python 3.12+ (installed: %s): %s",
                      qPrintable(m_pythonVersion), qPrintable(o->variable()));
                continue;
            }
            specs << o->spec();
            programs << program;
            kept << o;
            lowLevel += o->kind() == ObjectKind::Mkstemp || o->kind() == ObjectKind::Mkdtemp;
        }
        QVERIFY(kept.size() >= 12);
        const Code script = snippets::session(specs, programs);
        QString python = instrumented(script.python);
        QStringList facts;
        for (const PlaygroundObject *o : std::as_const(kept)) {
            const QString path = pathOf(o->spec(), lowLevel > 1);
            if (path.isEmpty())
                continue;
            python += factsCode(o->variable(), path);
            facts << factOf(*o);
        }
        const Run run = runPython(python);
        QVERIFY2(run.ok, qPrintable(python + QStringLiteral("\n--- python said:\n") + run.output));
        QCOMPARE(linesStarting(run.output, QStringLiteral("fact ")), facts);
        m_cppFunctions << script.cpp;
        // The whole session, as the window shows it, also when nothing needs 3.12.
        m_cppFunctions << session().script().cpp.replace(QStringLiteral("playgroundSession"),
                                                         QStringLiteral("wholeTour"));
    }

    void cppCompiles()
    {
        const QFileInfo compiler(QStringLiteral(TEMPSCOPE_CXX_COMPILER));
        if (!compiler.isExecutable())
            QSKIP("the build's C++ compiler is not here");
        QVERIFY(m_cppFunctions.size() > 10);
        const QString unit = snippet_runner::cppPrelude() + m_cppFunctions.join(u'\n');
        const QString errors = snippet_runner::compileErrors(
            m_tmp, compiler.filePath(), QStringLiteral(TEMPSCOPE_SNIPPET_INCLUDES), unit);
        if (!errors.isEmpty())
            qWarning().noquote() << unit;
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
    }
};

QTEST_MAIN(PlaygroundReplaySnippetTest)
#include "PlaygroundReplaySnippetTest.moc"
