// The playground as a user meets it: open it from the inspector, make temp
// objects with the real core/tempfile classes, act on them, and watch both
// the playground's object list and the inspector's rows for its root.

#include "core/cleanup/CleanupPlan.h"
#include "core/locations/ScratchRoots.h"
#include "core/native/Accounts.h"
#include "core/native/Remover.h"
#include "gui/MainWindow.h"
#include "gui/items/ItemsModel.h"
#include "gui/locations/LocationsModel.h"
#include "gui/playground/LiveObjectsModel.h"
#include "gui/playground/PlaygroundWindow.h"
#include "gui/playground/Tour.h"
#include "gui/scan/ScanService.h"
#include "tests/app/gui/playground/PlaygroundFixture.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace tempscope;
using namespace tempscope::gui;
using namespace tempscope::gui::playground;

class PlaygroundTest final : public test::PlaygroundFixture
{
    Q_OBJECT

private:
    PlaygroundSession *session() const { return playground()->session(); }

    // The names the inspector shows for the selected root.
    QStringList inspectorNames() const
    {
        QStringList out;
        const QAbstractItemModel *m = m_window->itemsView()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            out << m->index(r, ItemsModel::Name).data().toString();
        return out;
    }

    // Whether a scan of the playground root finished after now, and the
    // scanner is idle again; false after ten seconds.
    [[nodiscard]] bool rescanned()
    {
        QSignalSpy finished(m_window->scanService(), &ScanService::finished);
        const QString root = playground()->root();
        return QTest::qWaitFor(
            [&] {
                return std::any_of(finished.cbegin(), finished.cend(),
                                   [&](const QList<QVariant> &args) {
                                       return args.at(0).value<RootScan>().requested == root;
                                   }) &&
                       !m_window->scanService()->busy();
            },
            10'000);
    }

    // What the objects list shows in a column for a session row.
    QString shown(int row, int column) const
    {
        return playground()->objectsView()->model()->index(row, column).data().toString();
    }

    // Makes an object through the form; its session row, or -1 when none was made.
    [[nodiscard]] int create(ObjectKind kind, const QString &prefix, const QString &suffix = {})
    {
        PlaygroundWindow *p = playground();
        p->kindBox()->setCurrentIndex(p->kindBox()->findData(int(kind)));
        p->prefixEdit()->setText(prefix);
        p->suffixEdit()->setText(suffix);
        const int before = session()->count();
        QTest::mouseClick(p->createButton(), Qt::LeftButton);
        if (session()->count() != before + 1)
            return -1;
        return before;
    }

    // Clicks the action's button; false (and no click) when it is disabled.
    [[nodiscard]] bool click(Action action)
    {
        QPushButton *button = playground()->actionButton(action);
        if (!button->isEnabled())
            return false;
        QTest::mouseClick(button, Qt::LeftButton);
        return true;
    }

    QString explanation() const { return playground()->explanationLabel()->text(); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(useTemporaryTmpdir()); }

    void init()
    {
        openWindow();
        m_window->show();
        m_window->playgroundAction()->trigger();
        QVERIFY(playground());
        session()->setChildProgram(QStringLiteral(TEMPSCOPE_PLAYGROUND_CHILD));
        QVERIFY(rescanned());
    }

    void cleanup() { closeWindow(); }

    void openingShowsTheRootInTheInspector()
    {
        const QString root = playground()->root();
        QVERIFY(playground()->isVisible());
        QCOMPARE(QFileInfo(root).path(), QDir(m_tmp.path()).canonicalPath());
        QCOMPARE(QFileInfo(root).fileName(),
                 QStringLiteral("tempscope-playground-") +
                     QString::fromStdString(native::userName(native::currentUid())));
        QCOMPARE(QFileInfo(root).permissions() & 0x0077,
                 QFileDevice::Permissions()); // nobody but us
        QCOMPARE(m_window->selectedRoot(), root);
        QCOMPARE(m_window->locationsModel()->rowCount(), 1);
        QVERIFY(inspectorNames().isEmpty());
    }

    void namedFileAppearsAndVanishes()
    {
        const int row = create(ObjectKind::NamedTemporaryFile, QStringLiteral("report_"),
                               QStringLiteral(".csv"));
        QCOMPARE(row, 0);
        const QString path = session()->object(row)->path();
        const QString name = QFileInfo(path).fileName();
        QVERIFY2(name.startsWith(QStringLiteral("report_")) &&
                     name.endsWith(QStringLiteral(".csv")),
                 qPrintable(name));
        QCOMPARE(shown(row, LiveObjectsModel::Variable), QStringLiteral("f1"));
        QCOMPARE(shown(row, LiveObjectsModel::State), QStringLiteral("open"));
        QCOMPARE(shown(row, LiveObjectsModel::Path), path);
        QCOMPARE(shown(row, LiveObjectsModel::Mode), QStringLiteral("0600 rw-------"));
        QVERIFY(shown(row, LiveObjectsModel::Descriptor).toInt() > 2);
        QVERIFY(playground()->pythonCode().contains(
            QStringLiteral("tempfile.NamedTemporaryFile(suffix=\".csv\", prefix=\"report_\"")));
        QVERIFY(playground()->cppCode().contains(QStringLiteral(
            "NamedTemporaryFile f1(NamedTemporaryFileOptions{.suffix = u\".csv\"_s")));
        QTRY_VERIFY(inspectorNames().contains(name));

        playground()->textEdit()->setText(QStringLiteral("id,email\\n"));
        QTest::mouseClick(playground()->actionButton(Action::Write), Qt::LeftButton);
        QCOMPARE(playground()->pythonCode(), QStringLiteral("f1.write(b\"id,email\\n\")"));
        QVERIFY(shown(row, LiveObjectsModel::Size).contains(QStringLiteral("(+9 B buffered)")));
        QVERIFY(explanation().contains(QStringLiteral("buffer")));

        QVERIFY(click(Action::Close));
        QCOMPARE(shown(row, LiveObjectsModel::State), QStringLiteral("removed"));
        QVERIFY2(explanation().contains(QStringLiteral("close() removed the file")),
                 qPrintable(explanation()));
        QVERIFY(!QFileInfo::exists(path));
        QTRY_VERIFY(!inspectorNames().contains(name));
        QVERIFY(!playground()->actionButton(Action::Close)->isEnabled());
    }

    void temporaryFileHasNoName()
    {
        const int row = create(ObjectKind::TemporaryFile, QStringLiteral("tmp"));
        QCOMPARE(row, 0);
        QCOMPARE(shown(row, LiveObjectsModel::Path), QStringLiteral("no name"));
        QVERIFY(shown(row, LiveObjectsModel::Descriptor).toInt() > 2);
        QVERIFY2(explanation().startsWith(QStringLiteral("Nothing appears in the listing")),
                 qPrintable(explanation()));
        QVERIFY(rescanned());
        QVERIFY(inspectorNames().isEmpty());
        QVERIFY(
            QDir(playground()->root())
                .isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot));
    }

    void deleteOnCloseFalseSurvivesClose()
    {
        playground()->kindBox()->setCurrentIndex(
            playground()->kindBox()->findData(int(ObjectKind::NamedTemporaryFile)));
        playground()->deleteOnCloseBox()->setChecked(false);
        const int row = create(ObjectKind::NamedTemporaryFile, QStringLiteral("keep_"));
        QCOMPARE(row, 0);
        const QString name = QFileInfo(session()->object(row)->path()).fileName();
        QVERIFY(playground()->pythonCode().contains(QStringLiteral("delete_on_close=False")));
        QVERIFY(click(Action::Close));
        QCOMPARE(shown(row, LiveObjectsModel::State), QStringLiteral("closed · file kept"));
        QVERIFY2(explanation().contains(QStringLiteral("survived close: delete_on_close=False")),
                 qPrintable(explanation()));
        QTRY_VERIFY(inspectorNames().contains(name));
        QVERIFY(click(Action::LeaveScope));
        QCOMPARE(shown(row, LiveObjectsModel::State), QStringLiteral("removed"));
        QTRY_VERIFY(!inspectorNames().contains(name));
    }

    // TemporaryDirectory(delete=False) (3.12+): the form offers it, and the
    // directory outlives its block as the object list and the code say.
    void temporaryDirectoryDeleteFalseOutlivesItsBlock()
    {
        PlaygroundWindow *p = playground();
        p->kindBox()->setCurrentIndex(p->kindBox()->findData(int(ObjectKind::TemporaryDirectory)));
        QVERIFY(p->deleteBox()->isEnabled());
        QVERIFY(!p->deleteOnCloseBox()->isEnabled());
        p->deleteBox()->setChecked(false);
        const int row = create(ObjectKind::TemporaryDirectory, QStringLiteral("kept_"));
        QCOMPARE(row, 0);
        const QString path = session()->object(row)->path();
        QVERIFY2(p->pythonCode().contains(QStringLiteral("delete=False")),
                 qPrintable(p->pythonCode()));
        QVERIFY2(p->pythonCode().contains(QStringLiteral("3.12+")), qPrintable(p->pythonCode()));
        QVERIFY(session()->object(row)->outlivesItsBlock());
        QVERIFY(click(Action::LeaveScope));
        QVERIFY(QFileInfo(path).isDir());
        QCOMPARE(shown(row, LiveObjectsModel::State), QStringLiteral("left behind"));
        QVERIFY2(explanation().contains(QStringLiteral("still there")), qPrintable(explanation()));

        // delete unchecked, then a kind that takes no delete=: made with the defaults.
        p->kindBox()->setCurrentIndex(p->kindBox()->findData(int(ObjectKind::TemporaryFile)));
        QVERIFY(!p->deleteBox()->isEnabled());
        const int file = create(ObjectKind::TemporaryFile, QStringLiteral("plain_"));
        QVERIFY(file > 0);
        QVERIFY(session()->object(file)->spec().autoDelete);
        QVERIFY(!session()->object(file)->outlivesItsBlock());
    }

    // The session tabs hold everything done so far as one program, and
    // "Copy as script" puts it on the clipboard.
    void sessionIsOneScriptToCopy()
    {
        PlaygroundWindow *p = playground();
        QVERIFY(p->sessionPython().contains(QStringLiteral("nothing made yet")));
        QCOMPARE(create(ObjectKind::NamedTemporaryFile, QStringLiteral("one_")), 0);
        p->textEdit()->setText(QStringLiteral("first\\n"));
        QVERIFY(click(Action::Write));
        QCOMPARE(create(ObjectKind::Mkdtemp, QStringLiteral("two_")), 1);
        QVERIFY(click(Action::AddFile));
        const QString python = p->sessionPython();
        QVERIFY2(python.startsWith(QStringLiteral("import pathlib, tempfile\n")),
                 qPrintable(python));
        QVERIFY2(python.contains(QStringLiteral("    f1.write(b\"first\\n\")")),
                 qPrintable(python));
        QVERIFY2(python.contains(QStringLiteral("path = tempfile.mkdtemp(")), qPrintable(python));
        QVERIFY2(python.indexOf(QStringLiteral("f1.write")) <
                     python.indexOf(QStringLiteral("mkdtemp")),
                 qPrintable(python));
        QVERIFY2(p->sessionCpp().startsWith(QStringLiteral("void playgroundSession()\n{")),
                 qPrintable(p->sessionCpp()));
        QTest::mouseClick(p->copyScriptButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), python);
        session()->clear();
        QVERIFY(p->sessionPython().contains(QStringLiteral("nothing made yet")));
    }

    // The removal options say which Python they need, next to them.
    void removalOptionsAreMarkedPython312()
    {
        PlaygroundWindow *p = playground();
        p->kindBox()->setCurrentIndex(p->kindBox()->findData(int(ObjectKind::NamedTemporaryFile)));
        QLabel *marker = p->versionMarker();
        QVERIFY(marker);
        QCOMPARE(marker->text(), QStringLiteral("3.12+"));
        QVERIFY(marker->isVisibleTo(p));
        QVERIFY(marker->isEnabled());
        QVERIFY2(marker->toolTip().contains(QStringLiteral("delete_on_close is new in 3.12")),
                 qPrintable(marker->toolTip()));
        p->kindBox()->setCurrentIndex(p->kindBox()->findData(int(ObjectKind::TemporaryDirectory)));
        QVERIFY2(marker->toolTip().contains(QStringLiteral("TemporaryDirectory(delete=False)")),
                 qPrintable(marker->toolTip()));
        p->kindBox()->setCurrentIndex(p->kindBox()->findData(int(ObjectKind::Mkstemp)));
        QVERIFY(!marker->isEnabled());
    }

    void spoolRollsOverAtMaxSizePlusOne_data()
    {
        QTest::addColumn<int>("maxSize");
        QTest::newRow("the seeds' 30") << 30;
        QTest::newRow("one byte") << 1;
        QTest::newRow("a page") << 4096;
    }

    void spoolRollsOverAtMaxSizePlusOne()
    {
        QFETCH(int, maxSize);
        playground()->kindBox()->setCurrentIndex(
            playground()->kindBox()->findData(int(ObjectKind::SpooledTemporaryFile)));
        QVERIFY(playground()->maxSizeBox()->isEnabled());
        playground()->maxSizeBox()->setValue(maxSize);
        const int row = create(ObjectKind::SpooledTemporaryFile, QStringLiteral("spool_"));
        QCOMPARE(row, 0);
        QVERIFY(playground()->pythonCode().contains(
            QStringLiteral("SpooledTemporaryFile(max_size=%1").arg(maxSize)));
        QVERIFY(playground()->spoolGauge()->isVisible());

        playground()->byteCountBox()->setValue(maxSize);
        QTest::mouseClick(playground()->writeBytesButton(), Qt::LeftButton);
        QCOMPARE(shown(row, LiveObjectsModel::State), QStringLiteral("open · in memory"));
        QCOMPARE(playground()->spoolGauge()->value(), maxSize);
        QVERIFY(playground()->rolloverLabel()->isHidden());
        QCOMPARE(shown(row, LiveObjectsModel::Descriptor), QStringLiteral("—"));

        playground()->byteCountBox()->setValue(1);
        QTest::mouseClick(playground()->writeBytesButton(), Qt::LeftButton);
        QCOMPARE(shown(row, LiveObjectsModel::State), QStringLiteral("rolled over · on disk"));
        QVERIFY(!playground()->rolloverLabel()->isHidden());
        QCOMPARE(
            playground()->rolloverLabel()->text(),
            QStringLiteral("Rolled over at byte %1 (max_size %2)").arg(maxSize + 1).arg(maxSize));
        QVERIFY2(
            explanation().startsWith(QStringLiteral("Rolled over at byte %1").arg(maxSize + 1)),
            qPrintable(explanation()));
        QVERIFY(shown(row, LiveObjectsModel::Descriptor).toInt() > 2);
        QCOMPARE(session()->object(row)->size(), qint64(maxSize + 1));
        QVERIFY(click(Action::ReadBack));
        QVERIFY(explanation().contains(QStringLiteral("returned all %1 byte(s)").arg(maxSize + 1)));
    }

    void forgettingSeek()
    {
        QTest::mouseClick(playground()->pitfallButton(0), Qt::LeftButton);
        QVERIFY2(explanation().startsWith(
                     QStringLiteral("read returned nothing: the position is at the end (byte 25)")),
                 qPrintable(explanation()));
        QVERIFY(playground()->pythonCode().endsWith(
            QStringLiteral("data = f1.read()  # no seek(0) first")));
        QCOMPARE(playground()->selectedRow(), 0);
        QVERIFY(click(Action::ReadBack));
        QVERIFY2(explanation().contains(QStringLiteral("b\"Hello from the pipeline!\\n\"")),
                 qPrintable(explanation()));
    }

    void forgettingFlush()
    {
        QTest::mouseClick(playground()->pitfallButton(1), Qt::LeftButton);
        // While the other process reads, what needs it waits.
        QVERIFY(session()->childRunning());
        QVERIFY(!playground()->actionButton(Action::OtherProcessReads)->isEnabled());
        QVERIFY(!playground()->pitfallButton(1)->isEnabled());
        QVERIFY(!playground()->pitfallButton(3)->isEnabled());
        QVERIFY(playground()->actionButton(Action::Flush)->isEnabled());
        QTRY_VERIFY2(explanation().contains(QStringLiteral("saw 0 byte(s)")),
                     qPrintable(explanation()));
        QVERIFY(explanation().contains(QStringLiteral("flush() before another process reads")));
        QVERIFY(playground()->actionButton(Action::OtherProcessReads)->isEnabled());
        QVERIFY(playground()->pitfallButton(1)->isEnabled());
        QVERIFY(playground()->pitfallButton(3)->isEnabled());
        QVERIFY(click(Action::Flush));
        QVERIFY(explanation().contains(QStringLiteral("16 buffered byte(s)")));
        QVERIFY(click(Action::OtherProcessReads));
        QTRY_VERIFY2(
            explanation().contains(QStringLiteral("saw 16 byte(s): b\"Service started\\n\"")),
            qPrintable(explanation()));
    }

    void reopenRuleShowsWhoHoldsTheFile()
    {
        QTest::mouseClick(playground()->pitfallButton(2), Qt::LeftButton);
        QVERIFY2(explanation().contains(
                     QStringLiteral("in use by PID %1").arg(QCoreApplication::applicationPid())),
                 qPrintable(explanation()));
        QVERIFY(explanation().contains(QStringLiteral("Windows")));
        QVERIFY(click(Action::Close));
        QVERIFY(click(Action::LeaveScope));
    }

    void helperThatCannotStartIsExplained()
    {
        session()->setChildProgram(m_tmp.filePath(QStringLiteral("no-such-helper")));
        QTest::mouseClick(playground()->pitfallButton(1), Qt::LeftButton);
        QTRY_VERIFY2(explanation().contains(QStringLiteral("no-such-helper could not start")),
                     qPrintable(explanation()));
        QTRY_VERIFY(!session()->childRunning());

        QSignalSpy crashed(session(), &PlaygroundSession::crashFinished);
        QTest::mouseClick(playground()->pitfallButton(3), Qt::LeftButton);
        QTRY_COMPARE(crashed.count(), 1);
        QVERIFY(crashed.first().first().toStringList().isEmpty());
        QVERIFY2(explanation().contains(QStringLiteral("no-such-helper could not start")),
                 qPrintable(explanation()));
        QCOMPARE(session()->lastLesson().title, QStringLiteral("Pitfall: a crash before cleanup"));
    }

    void temporaryDirectoryWithFilesInside()
    {
        const int row = create(ObjectKind::TemporaryDirectory, QStringLiteral("job"));
        QCOMPARE(row, 0);
        const QString name = QFileInfo(session()->object(row)->path()).fileName();
        QCOMPARE(shown(row, LiveObjectsModel::Mode), QStringLiteral("0700 rwx------"));
        QVERIFY(click(Action::AddFile));
        QVERIFY(click(Action::AddFile));
        QVERIFY(QFileInfo::exists(session()->object(row)->path() + QStringLiteral("/part-2.txt")));
        QCOMPARE(shown(row, LiveObjectsModel::Size), QStringLiteral("36 B"));
        QTRY_VERIFY(inspectorNames().contains(name));
        // Objects can be made inside it.
        QCOMPARE(playground()->directoryBox()->count(), 2);
        QVERIFY(click(Action::LeaveScope));
        QCOMPARE(shown(row, LiveObjectsModel::State), QStringLiteral("removed"));
        QVERIFY(explanation().contains(QStringLiteral("2 file(s) added")));
        QTRY_VERIFY(!inspectorNames().contains(name));
        QCOMPARE(playground()->directoryBox()->count(), 1);
    }

    void crashLeavesOrphansForTheCleanup()
    {
        QSignalSpy crashed(session(), &PlaygroundSession::crashFinished);
        QTest::mouseClick(playground()->pitfallButton(3), Qt::LeftButton);
        QTRY_COMPARE(crashed.count(), 1);
        const QStringList orphans = crashed.first().first().toStringList();
        QCOMPARE(orphans.size(), 4); // two NamedTemporaryFiles, two mkdtemp directories
        QStringList names;
        for (const QString &path : orphans) {
            QVERIFY2(QFileInfo::exists(path), qPrintable(path));
            names << QFileInfo(path).fileName();
        }
        QVERIFY(explanation().contains(QStringLiteral("was killed")));
        QTRY_VERIFY(std::all_of(names.cbegin(), names.cend(),
                                [this](const QString &n) { return inspectorNames().contains(n); }));

        // In the inspector they are a family of their own...
        const QAbstractItemModel *items = m_window->itemsView()->model();
        for (int r = 0; r < items->rowCount(); ++r)
            QVERIFY(items->index(r, ItemsModel::Family)
                        .data()
                        .toString()
                        .startsWith(PlaygroundSession::crashPrefix()));

        // ...and the cleanup plan for the root offers every one of them.
        const Inventory *inventory = m_window->itemsModel()->inventory();
        QVERIFY(inventory);
        CleanupRule rule;
        rule.includes = {PlaygroundSession::crashPrefix()};
        rule.olderThan = std::chrono::seconds(0);
        CleanupPlan::Context context;
        context.now = Inventory::nowNs() + 2'000'000'000;
        context.uid = native::currentUid();
        context.inUse = std::make_shared<native::InUseIndex>(native::InUseIndex::scan());
        CleanupPlan plan({rule}, context);
        plan.addRoot(*inventory);
        QCOMPARE(plan.candidateCount(), 4);
        QStringList candidates;
        for (const PlanEntry &e : plan.roots().first().entries) {
            QVERIFY2(e.candidate, qPrintable(e.path + u' ' + e.reason));
            candidates << QFileInfo(e.path).fileName();
        }
        candidates.sort();
        names.sort();
        QCOMPARE(candidates, names);

        // Closing the playground leaves them: they are not the playground's own.
        playground()->close();
        for (const QString &path : orphans)
            QVERIFY(QFileInfo::exists(path));
    }

    void closingRemovesEverythingItMade()
    {
        const QString root = playground()->root();
        QVERIFY(create(ObjectKind::Mkstemp, QStringLiteral("raw_")) >= 0);
        QVERIFY(create(ObjectKind::Mkdtemp, QStringLiteral("rawdir_")) >= 0);
        QVERIFY(click(Action::LeaveScope));
        QVERIFY(explanation().contains(QStringLiteral("the directory stays")));
        playground()->deleteBox()->setChecked(false);
        QVERIFY(create(ObjectKind::NamedTemporaryFile, QStringLiteral("kept_")) >= 0);
        QVERIFY(click(Action::LeaveScope));
        QVERIFY(explanation().contains(QStringLiteral("delete=False")));
        QVERIFY(create(ObjectKind::TemporaryDirectory, QStringLiteral("work")) >= 0);
        QVERIFY(click(Action::AddFile));
        QTRY_COMPARE(inspectorNames().size(), 4);

        playground()->close();
        QCOMPARE(session()->count(), 0);
        QVERIFY(QDir(root).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System |
                                   QDir::NoDotAndDotDot));
        QTRY_VERIFY(inspectorNames().isEmpty());
        m_window.reset();
        QVERIFY(!QFileInfo::exists(root)); // an empty root goes with the app
    }

    void tourWalksThroughTheLessons()
    {
        PlaygroundWindow *p = playground();
        const QString of = QStringLiteral(" of %1").arg(tourSteps().size());
        QVERIFY(p->tourLabel()->text().startsWith(QStringLiteral("Step 1") + of));
        QTest::mouseClick(p->tourButton(), Qt::LeftButton);
        QCOMPARE(shown(0, LiveObjectsModel::Path), QStringLiteral("no name"));
        QVERIFY(p->tourLabel()->text().startsWith(QStringLiteral("Step 2") + of));
        QSignalSpy crashed(session(), &PlaygroundSession::crashFinished);
        bool rolled = false;
        for (int step = 2; step <= tourSteps().size(); ++step) {
            const bool spool = p->tourLabel()->text().contains(QStringLiteral("memory first"));
            QTest::mouseClick(p->tourButton(), Qt::LeftButton);
            QTRY_VERIFY(!session()->childRunning());
            // The spool rolled over at byte 31.
            if (spool) {
                QVERIFY2(explanation().startsWith(QStringLiteral("Rolled over at byte 31")),
                         qPrintable(explanation()));
                rolled = true;
            }
        }
        QVERIFY(rolled);
        QCOMPARE(crashed.count(), 1);
        QVERIFY(p->tourLabel()->text().startsWith(
            QStringLiteral("Step %1").arg(tourSteps().size()) + of));
    }

    void tourFollowsTheKeyboard()
    {
        PlaygroundWindow *p = playground();
        p->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(p));
        p->textEdit()->setFocus();
        QTest::keyClick(p->textEdit(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(p->tourLabel()->text().startsWith(QStringLiteral("Step 2 of ")),
                 qPrintable(p->tourLabel()->text()));
        QCOMPARE(session()->count(), 1);
        QCOMPARE(shown(0, LiveObjectsModel::Kind), QStringLiteral("TemporaryFile"));
        const QList<QPushButton *> buttons = p->findChildren<QPushButton *>();
        const auto it = std::find_if(buttons.cbegin(), buttons.cend(), [](QPushButton *b) {
            return b->text() == QStringLiteral("&Back");
        });
        QVERIFY(it != buttons.cend());
        QTest::mouseClick(*it, Qt::LeftButton);
        QVERIFY(p->tourLabel()->text().startsWith(QStringLiteral("Step 1 of ")));
    }
};

QTEST_MAIN(PlaygroundTest)
#include "PlaygroundTest.moc"
