// What the playground's lessons claim, checked against what the objects did:
// Python's write buffer, the reopen rule, the spool's max_size=0, removing
// by hand, and the guided tour acting on its own objects.

#include "gui/playground/CodeSnippets.h"
#include "gui/playground/PlaygroundSession.h"
#include "gui/playground/TourPanel.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace tempscope::gui::playground;

class PlaygroundLessonsTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<PlaygroundSession> m_session;

    PlaygroundSession &session() { return *m_session; }
    QString explanation() const { return m_session->lastLesson().explanation; }

    int create(ObjectSpec spec)
    {
        const int row = session().create(spec);
        if (row < 0)
            qWarning("%s", qPrintable(explanation()));
        return row;
    }

    // The lesson the other process's read ends with (it runs asynchronously).
    QString otherProcessReads(int row)
    {
        QSignalSpy taught(m_session.get(), &PlaygroundSession::lessonChanged);
        if (!session().perform(row, Action::OtherProcessReads))
            return QStringLiteral("(not allowed)");
        if (!taught.wait(10'000))
            return QStringLiteral("(no answer)");
        return explanation();
    }

    static QPushButton *backButton(TourPanel &panel)
    {
        const QList<QPushButton *> buttons = panel.findChildren<QPushButton *>();
        for (QPushButton *b : buttons) {
            if (b->text() == QStringLiteral("&Back"))
                return b;
        }
        return nullptr;
    }

    // Runs tour steps until the one whose title contains title is shown; false when none is.
    [[nodiscard]] bool runTourUntil(TourPanel &panel, const QString &title)
    {
        for (int i = 0; i < 30 && !panel.titleLabel()->text().contains(title); ++i) {
            if (!QTest::qWaitFor([&] { return !session().childRunning(); }, 10'000))
                return false;
            QTest::mouseClick(panel.nextButton(), Qt::LeftButton);
        }
        return QTest::qWaitFor([&] { return !session().childRunning(); }, 10'000) &&
               panel.titleLabel()->text().contains(title);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void init()
    {
        const QString root = m_tmp.filePath(QStringLiteral("root"));
        QVERIFY(QDir().mkpath(root));
        m_session = std::make_unique<PlaygroundSession>(root);
        m_session->setChildProgram(QStringLiteral(TEMPSCOPE_PLAYGROUND_CHILD));
    }

    void cleanup() { m_session.reset(); }

    // Python buffers st_blksize bytes (4096 on ext4 and tmpfs), not 8 KiB: a
    // write larger than the block size reaches the OS at once.
    void writeLargerThanTheBlockSizeReachesTheOs_data()
    {
        QTest::addColumn<int>("extra"); // bytes above st_blksize; capped below 8192
        QTest::newRow("one byte more") << 1;
        QTest::newRow("in between") << 2000;
        QTest::newRow("8191 bytes") << -1;
    }

    void writeLargerThanTheBlockSizeReachesTheOs()
    {
        QFETCH(int, extra);
        const int row =
            create({.kind = ObjectKind::NamedTemporaryFile, .prefix = QStringLiteral("blk_")});
        QVERIFY(row >= 0);
        const QString path = session().object(row)->path();
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        const qint64 block = st.st_blksize;
        if (block >= 8191)
            QSKIP("this file system's block size leaves no size between it and 8 KiB");
        const qint64 n = extra < 0 ? 8191 : std::min<qint64>(block + extra, 8191);
        QVERIFY(session().perform(row, Action::Write, QByteArray(n, 'x')));
        QCOMPARE(session().object(row)->buffered(), 0);
        QCOMPARE(QFileInfo(path).size(), n);
        QVERIFY2(explanation().contains(QStringLiteral("did not fit in the buffer")),
                 qPrintable(explanation()));
        const QString seen = otherProcessReads(row);
        QVERIFY2(seen.contains(QStringLiteral("saw %1 byte(s)").arg(n)), qPrintable(seen));
        QVERIFY2(!seen.contains(QStringLiteral("still in")), qPrintable(seen));
    }

    // Exactly st_blksize bytes fit: Python keeps them; the next byte hands the
    // buffer over and waits itself.
    void aWriteThatFitsStaysInTheBuffer()
    {
        const int row =
            create({.kind = ObjectKind::NamedTemporaryFile, .prefix = QStringLiteral("fit_")});
        QVERIFY(row >= 0);
        const QString path = session().object(row)->path();
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        const qint64 block = st.st_blksize;
        QVERIFY(session().perform(row, Action::Write, QByteArray(block, 'x')));
        QCOMPARE(session().object(row)->buffered(), block);
        QCOMPARE(QFileInfo(path).size(), 0);
        QVERIFY(session().perform(row, Action::Write, QByteArray(1, 'y')));
        QCOMPARE(session().object(row)->buffered(), 1);
        QCOMPARE(QFileInfo(path).size(), block);
    }

    // "PermissionError on Windows" only for delete=True, delete_on_close=True;
    // a 0600 file is not one "anyone" may open.
    void reopenRuleOnlyWhereItHolds_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("autoDelete");
        QTest::addColumn<bool>("deleteOnClose");
        QTest::addColumn<bool>("refused");
        QTest::newRow("defaults") << int(ObjectKind::NamedTemporaryFile) << true << true << true;
        QTest::newRow("delete=False")
            << int(ObjectKind::NamedTemporaryFile) << false << true << false;
        QTest::newRow("delete_on_close=False")
            << int(ObjectKind::NamedTemporaryFile) << true << false << false;
        QTest::newRow("mkstemp") << int(ObjectKind::Mkstemp) << true << true << false;
    }

    void reopenRuleOnlyWhereItHolds()
    {
        QFETCH(int, kind);
        QFETCH(bool, autoDelete);
        QFETCH(bool, deleteOnClose);
        QFETCH(bool, refused);
        const int row = create({.kind = ObjectKind(kind),
                                .prefix = QStringLiteral("reopen_"),
                                .autoDelete = autoDelete,
                                .deleteOnClose = deleteOnClose});
        QVERIFY(row >= 0);
        QVERIFY(session().perform(row, Action::CheckInUse));
        const Lesson &lesson = session().lastLesson();
        QCOMPARE(lesson.explanation.contains(QStringLiteral("PermissionError")), refused);
        QCOMPARE(lesson.code.python.contains(QStringLiteral("PermissionError")), refused);
        QVERIFY2(!lesson.explanation.contains(QStringLiteral("anyone")),
                 qPrintable(lesson.explanation));
        QCOMPARE(session().object(row)->mode(), 0600);
        QVERIFY2(lesson.explanation.contains(QStringLiteral("0600 lets only its owner (and root)")),
                 qPrintable(lesson.explanation));
        QVERIFY2(lesson.explanation.contains(QStringLiteral("in use by PID")),
                 qPrintable(lesson.explanation));
    }

    // SpooledTemporaryFile.truncate(size) rolls over when size > max_size, so
    // with max_size=0 any truncate(n > 0) does.
    void maxSizeZeroSaysTruncateRollsOver()
    {
        QVERIFY(create({.kind = ObjectKind::SpooledTemporaryFile,
                        .prefix = QStringLiteral("spool_"),
                        .maxSize = 0}) >= 0);
        QVERIFY2(explanation().contains(QStringLiteral("truncate(n) with n > 0")),
                 qPrintable(explanation()));
    }

    // After the block has ended, removing by hand is not "inside the block".
    void removedByHandAfterTheBlock_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("NamedTemporaryFile delete=False") << int(ObjectKind::NamedTemporaryFile);
    }

    void removedByHandAfterTheBlock()
    {
        QFETCH(int, kind);
        const int row = create(
            {.kind = ObjectKind(kind), .prefix = QStringLiteral("kept_"), .autoDelete = false});
        QVERIFY(row >= 0);
        QVERIFY(session().perform(row, Action::RemoveByHand));
        QVERIFY2(!explanation().contains(QStringLiteral("after the block")),
                 qPrintable(explanation()));
        QVERIFY(session().object(row)->inScope());

        const int later = create(
            {.kind = ObjectKind(kind), .prefix = QStringLiteral("kept_"), .autoDelete = false});
        QVERIFY(later >= 0);
        QVERIFY(session().perform(later, Action::LeaveScope));
        QVERIFY(session().object(later)->exists());
        QVERIFY(session().perform(later, Action::RemoveByHand));
        QVERIFY(!session().object(later)->exists());
        QVERIFY2(!explanation().contains(QStringLiteral("inside the block")),
                 qPrintable(explanation()));
        QVERIFY2(!explanation().contains(QStringLiteral("at the end of the block")),
                 qPrintable(explanation()));
        QVERIFY2(explanation().contains(QStringLiteral("after the block")),
                 qPrintable(explanation()));
    }

    // A tour step acts on the object its own steps made, not on the newest one.
    void tourStepsActOnTheirOwnObject()
    {
        TourPanel panel(m_session.get(), nullptr);
        QVERIFY(runTourUntil(panel, QStringLiteral("seek(0), then read")));
        const int seekRow = session().count() - 1;
        QVERIFY(create({.kind = ObjectKind::TemporaryDirectory,
                        .prefix = QStringLiteral("mine")}) >= 0);
        QTest::mouseClick(panel.nextButton(), Qt::LeftButton); // seek(0), then read
        QVERIFY2(explanation().contains(QStringLiteral("Hello from the pipeline")),
                 qPrintable(explanation()));
        QTest::mouseClick(panel.nextButton(), Qt::LeftButton); // close()
        QVERIFY(session().object(seekRow)->closed());
        QVERIFY(session().object(seekRow + 1)->exists()); // the learner's directory stays
    }

    // Back undoes the step it goes back over: the playground holds what it
    // held when that step was shown.
    void tourBackUndoesTheStep()
    {
        TourPanel panel(m_session.get(), nullptr);
        QPushButton *back = backButton(panel);
        QVERIFY(back);
        QVERIFY(!back->isEnabled());
        QVERIFY(runTourUntil(panel, QStringLiteral("seek(0), then read")));
        QCOMPARE(session().count(), 4);
        const QString seekPath = session().object(3)->path();
        QVERIFY(QFileInfo::exists(seekPath));

        QTest::mouseClick(back, Qt::LeftButton);
        QVERIFY(panel.titleLabel()->text().contains(QStringLiteral("forgetting seek(0)")));
        QCOMPARE(session().count(), 3);
        QVERIFY(!QFileInfo::exists(seekPath));
        QCOMPARE(session().object(0)->kind(), ObjectKind::TemporaryFile);
        QCOMPARE(session().object(1)->kind(), ObjectKind::TemporaryFile);
        QVERIFY(session().object(1)->spec().text);
        QCOMPARE(session().object(2)->kind(), ObjectKind::NamedTemporaryFile);
        QVERIFY(session().object(2)->exists());

        for (int i = 0; i < 3; ++i)
            QTest::mouseClick(back, Qt::LeftButton);
        QVERIFY(panel.titleLabel()->text().startsWith(QStringLiteral("Step 1 of")));
        QCOMPARE(session().count(), 0);
        QVERIFY(!back->isEnabled());

        // Going forward again works as the first time.
        QVERIFY(runTourUntil(panel, QStringLiteral("seek(0), then read")));
        QTest::mouseClick(panel.nextButton(), Qt::LeftButton);
        QVERIFY2(explanation().contains(QStringLiteral("Hello from the pipeline")),
                 qPrintable(explanation()));
    }

    // The flush step flushes, and the other process then sees the data.
    void tourFlushStepFlushes()
    {
        TourPanel panel(m_session.get(), nullptr);
        QVERIFY(runTourUntil(panel, QStringLiteral("forgetting flush()")));
        QTest::mouseClick(panel.nextButton(), Qt::LeftButton);
        // The reader runs now: neither way may start a step that needs it.
        QVERIFY(session().childRunning());
        QVERIFY(!panel.nextButton()->isEnabled());
        QVERIFY(!backButton(panel)->isEnabled());
        QTRY_VERIFY2(explanation().contains(QStringLiteral("saw 0 byte(s)")),
                     qPrintable(explanation()));
        const int row = session().count() - 1;
        QCOMPARE(session().object(row)->buffered(), 16);
        QTRY_VERIFY(!session().childRunning());
        QVERIFY2(panel.titleLabel()->text().contains(QStringLiteral("flush()")),
                 qPrintable(panel.titleLabel()->text()));
        QTest::mouseClick(panel.nextButton(), Qt::LeftButton);
        QCOMPARE(session().object(row)->buffered(), 0);
        QTRY_VERIFY2(
            explanation().contains(QStringLiteral("saw 16 byte(s): b\"Service started\\n\"")),
            qPrintable(explanation()));
    }

    // clear() (and the tour's Back, which clears) stops the other process: no
    // report about a gone object comes later, and the next read runs at once.
    void clearStopsTheOtherProcess()
    {
        QSignalSpy running(m_session.get(), &PlaygroundSession::childRunningChanged);
        const int first = session().demoForgotFlush();
        QVERIFY(first >= 0);
        QVERIFY(session().childRunning());
        QSignalSpy taught(m_session.get(), &PlaygroundSession::lessonChanged);
        session().clear();
        QVERIFY(!session().childRunning());
        QVERIFY(!running.isEmpty());
        QCOMPARE(running.last().at(0).toBool(), false);
        QVERIFY(!taught.wait(1500)); // the killed reader's report never comes

        const int row = session().demoForgotFlush();
        QCOMPARE(row, 0);
        QVERIFY(session().childRunning());
        QVERIFY(taught.wait(10'000));
        QVERIFY2(explanation().contains(QStringLiteral("saw 0 byte(s)")),
                 qPrintable(explanation()));
    }

    // TemporaryDirectory(delete=False): the block's end keeps it, clear() removes it.
    void temporaryDirectoryDeleteFalseIsKept()
    {
        const int row = create({.kind = ObjectKind::TemporaryDirectory,
                                .prefix = QStringLiteral("keep_"),
                                .autoDelete = false});
        QVERIFY(row >= 0);
        const QString path = session().object(row)->path();
        QVERIFY(session().perform(row, Action::AddFile));
        QVERIFY(session().perform(row, Action::LeaveScope));
        QVERIFY(QFileInfo(path + QStringLiteral("/part-1.txt")).isFile());
        QVERIFY2(explanation().contains(QStringLiteral("delete=False")), qPrintable(explanation()));
        QVERIFY(session().lastLesson().surprise);
        session().clear();
        QVERIFY(!QFileInfo::exists(path));
    }

    // The race demo may run again: its own link and victim from the run
    // before are replaced, and clear() removes them (the link, not through it).
    void namingRaceRunsAgainAndIsCleared()
    {
        const QString victim = session().root() + QStringLiteral("/victim.txt");
        for (int run = 0; run < 2; ++run) {
            QSignalSpy taught(m_session.get(), &PlaygroundSession::lessonChanged);
            QVERIFY(session().demoNamingRace() >= 0);
            QVERIFY(session().waitForChild());
            QTRY_VERIFY(!taught.isEmpty());
            QVERIFY2(explanation().contains(QStringLiteral("tried 2 name(s)")),
                     qPrintable(explanation()));
            QVERIFY2(explanation().contains(QStringLiteral("victim.txt now holds b\"secret\\n\"")),
                     qPrintable(explanation()));
        }
        const QString link =
            session().root() +
            QStringLiteral("/report_%1.txt").arg(QCoreApplication::applicationPid());
        QVERIFY(QFileInfo(link).isSymLink());
        session().clear();
        QVERIFY(!QFileInfo(link).isSymLink());
        QVERIFY(!QFileInfo::exists(victim));
    }

    // An exception ends a NamedTemporaryFile's block too: removed, and the
    // tutorial's TemporaryDirectory claim is not dragged into its lesson.
    void exceptionInsideANamedFilesBlock()
    {
        const int row = create({.kind = ObjectKind::NamedTemporaryFile});
        QVERIFY(row >= 0);
        const QString path = session().object(row)->path();
        QVERIFY(session().perform(row, Action::RaiseInBlock));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY2(explanation().contains(QStringLiteral("f1 is gone")), qPrintable(explanation()));
        QVERIFY(!explanation().contains(QStringLiteral("TemporaryDirectory")));
        QVERIFY(!session().object(row)->can(Action::RaiseInBlock));
    }

    // delete_on_close is new in Python 3.12: the tour step and the code say so.
    void deleteOnCloseIsMarkedPython312()
    {
        TourPanel panel(m_session.get(), nullptr);
        QVERIFY(runTourUntil(panel, QStringLiteral("delete_on_close=False")));
        QVERIFY2(panel.titleLabel()->text().contains(QStringLiteral("3.12+")),
                 qPrintable(panel.titleLabel()->text()));
        const Code code = snippets::create({.kind = ObjectKind::NamedTemporaryFile,
                                            .variable = QStringLiteral("f1"),
                                            .dir = QStringLiteral("/tmp"),
                                            .deleteOnClose = false});
        QVERIFY2(code.python.contains(QStringLiteral("3.12+")), qPrintable(code.python));
        QVERIFY(!snippets::create({.kind = ObjectKind::NamedTemporaryFile,
                                   .variable = QStringLiteral("f1"),
                                   .dir = QStringLiteral("/tmp")})
                     .python.contains(QStringLiteral("3.12")));
    }
};

QTEST_MAIN(PlaygroundLessonsTest)
#include "PlaygroundLessonsTest.moc"
