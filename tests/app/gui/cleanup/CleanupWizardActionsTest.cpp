// The cleanup wizard's profiles, hand-picked items, the trash and its undo,
// opening folders, the Delete keys of the main window and accessible names.

#include "tests/app/gui/cleanup/WizardFixture.h"

using namespace tempscope;
using namespace tempscope::gui;
using namespace tempscope::gui::test;

class CleanupWizardActionsTest final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QSettings> m_settings;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_settings = ScratchRoots::openSettings();
        m_settings->clear();
    }
    void cleanup() { m_settings.reset(); }

    // A corrupt profile list (a size of 2147483647 froze the wizard
    // for 20 minutes) is read in bounded time; bad profiles are dropped and
    // not written back.
    void corruptProfilesAreDropped()
    {
        const QString key = QStringLiteral("cleanup/profiles/");
        m_settings->setValue(key + QStringLiteral("size"), 2147483647);
        m_settings->setValue(key + QStringLiteral("1/name"), QStringLiteral("good"));
        m_settings->setValue(key + QStringLiteral("1/olderThan"), QStringLiteral("3d"));
        m_settings->setValue(key + QStringLiteral("2/name"), QStringLiteral("bad age"));
        m_settings->setValue(key + QStringLiteral("2/olderThan"), QStringLiteral("forever"));
        m_settings->setValue(key + QStringLiteral("3/name"), QString(100000, u'n'));
        m_settings->setValue(key + QStringLiteral("4/name"), QStringLiteral("bad unit"));
        m_settings->setValue(key + QStringLiteral("4/unit"), QStringLiteral("sideways"));
        m_settings->setValue(key + QStringLiteral("5/name"), QStringLiteral("good"));
        m_settings->setValue(key + QStringLiteral("2147483647/name"), QStringLiteral("far away"));
        m_settings->setValue(QStringLiteral("cleanup/lastUsed/olderThan"), QStringLiteral("-1d"));
        m_settings->sync();

        QElapsedTimer timer;
        timer.start();
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        {
            CleanupWizard w(scanOf(tree), *m_settings);
            w.show();
            QCOMPARE(w.rulesPage()->profileBox()->count(), 1);
        }
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        CleanupProfiles profiles(*m_settings);
        QVERIFY(!profiles.lastUsed()); // "-1d" is no age: the last rule is not used
        QCOMPARE(profiles.names(), QStringList{QStringLiteral("good")});
        QCOMPARE(profiles.load(QStringLiteral("good"))->olderThan, std::chrono::seconds(3 * 86400));
        // Saving writes back the good ones only.
        QVERIFY(profiles.save(QStringLiteral("new"), CleanupRule{}));
        m_settings->sync();
        QSettings raw(m_settings->fileName(), QSettings::IniFormat);
        raw.beginGroup(QStringLiteral("cleanup/profiles"));
        QCOMPARE(raw.value(QStringLiteral("size")).toInt(), 2);
        QCOMPARE(raw.childGroups(), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    }

    void profilesRoundTrip()
    {
        CleanupProfiles profiles(*m_settings);
        QVERIFY(profiles.names().isEmpty());
        CleanupRule a;
        a.olderThan = std::chrono::hours(36);
        a.basis = AgeBasis::Atime;
        a.includes = {QStringLiteral("upload_*.csv"), QStringLiteral("myapp-")};
        a.excludes = {QStringLiteral("*.lock")};
        a.unit = CleanupUnit::PerFile;
        a.action = CleanupAction::Trash;
        a.includeOthers = true;
        QVERIFY(profiles.save(QStringLiteral("uploads"), a));
        QVERIFY(profiles.save(QStringLiteral("Builds/CI"), CleanupRule{}));
        QVERIFY(!profiles.save(QStringLiteral("  "), a));
        QCOMPARE(profiles.names(),
                 (QStringList{QStringLiteral("Builds/CI"), QStringLiteral("uploads")}));
        const auto back =
            CleanupProfiles(*ScratchRoots::openSettings()).load(QStringLiteral("uploads"));
        QVERIFY(back);
        QCOMPARE(back->olderThan, a.olderThan);
        QCOMPARE(back->basis, a.basis);
        QCOMPARE(back->includes, a.includes);
        QCOMPARE(back->excludes, a.excludes);
        QCOMPARE(back->unit, a.unit);
        QCOMPARE(back->action, a.action);
        QCOMPARE(back->includeOthers, a.includeOthers);
        // Saving under an existing name replaces it.
        a.olderThan = std::chrono::hours(1);
        QVERIFY(profiles.save(QStringLiteral("uploads"), a));
        QCOMPARE(profiles.names().size(), 2);
        QCOMPARE(profiles.load(QStringLiteral("uploads"))->olderThan, std::chrono::seconds(3600));
        QVERIFY(profiles.remove(QStringLiteral("Builds/CI")));
        QVERIFY(!profiles.remove(QStringLiteral("Builds/CI")));
        QCOMPARE(profiles.names(), QStringList{QStringLiteral("uploads")});
    }

    void profilesFromTheRulesPage()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        {
            CleanupWizard w(scanOf(tree), *m_settings);
            w.show();
            RulesPage *rules = w.rulesPage();
            QVERIFY(!rules->profileBox()->isEnabled()); // nothing saved yet
            useRules(w, QStringLiteral("3d"));
            for (int i = 0; i < rules->familyList()->count(); ++i) {
                if (rules->familyList()->item(i)->text().startsWith(QStringLiteral("tmp* ")))
                    rules->familyList()->item(i)->setCheckState(Qt::Checked);
            }
            QVERIFY(rules->onlyMatchingButton()->isChecked());
            QTest::keyClicks(rules->excludesEdit(), QStringLiteral("*.keep"));
            rules->trashButton()->click();
            QVERIFY(rules->saveProfile(QStringLiteral("Temp dirs")));
            QCOMPARE(rules->profileBox()->currentText(), QStringLiteral("Temp dirs"));
        }
        CleanupWizard w(scanOf(tree), *m_settings);
        w.show();
        RulesPage *rules = w.rulesPage();
        QCOMPARE(rules->profileBox()->count(), 1);
        QVERIFY(!rules->onlyMatchingButton()->isChecked());
        rules->loadProfile(QStringLiteral("Temp dirs"));
        QCOMPARE(rules->thresholdEdit()->text(), QStringLiteral("3d"));
        QVERIFY(rules->onlyMatchingButton()->isChecked());
        QVERIFY(rules->trashButton()->isChecked());
        QCOMPARE(rules->excludesEdit()->text(), QStringLiteral("*.keep"));
        QCOMPARE(rules->rule().includes, QStringList{QStringLiteral("tmp*")});
        QCOMPARE(rules->patternsEdit()->text(), QString()); // the family is checked, not typed
        QVERIFY(rules->deleteProfile(QStringLiteral("Temp dirs")));
        QCOMPARE(rules->profileBox()->count(), 0);
        QVERIFY(CleanupProfiles(*m_settings).names().isEmpty());
    }

    void selectionIsTheOnlyCandidates()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        CleanupWizard w(scanOf(tree), *m_settings);
        const QString fresh = tree.root() + QStringLiteral("/report.pdf");
        const QString dir = tree.root() + QStringLiteral("/tmpq8w7e6r5");
        w.setSelection({fresh, dir}, CleanupAction::Delete);
        w.show();
        QCOMPARE(w.currentId(), int(CleanupWizard::PreviewPageId));
        QTRY_VERIFY(w.previewPage()->plan());
        // Picked by hand: young items are candidates; nothing else is listed.
        QCOMPARE(listed(*w.previewPage()->candidatesModel()),
                 (QStringList{QStringLiteral("report.pdf"), QStringLiteral("tmpq8w7e6r5")}));
        QCOMPARE(w.previewPage()->keptModel()->rowCount(), 0);
        QCOMPARE(w.button(QWizard::CommitButton)->text(), QStringLiteral("&Delete…"));
        runConfirmed(w,
                     QStringLiteral("Delete 2 items (%1) permanently?").arg(formatBytes(200200)));
        QVERIFY(!QFile::exists(fresh));
        QVERIFY(!QFileInfo::exists(dir));
        QCOMPARE(w.report().results.size(), 2);
        QVERIFY(QFile::exists(tree.root() + QStringLiteral("/upload_zz91qq02.csv")));
        QCOMPARE(QDir(tree.root()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size(), 4);
    }

    // Where a trash can take the location's items, a first cleanup starts on
    // the trash (it can be undone); later ones start on the last rule used.
    void startsOnTheTrashWhereThereIsOne()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        QVERIFY(!CleanupProfiles(*m_settings).lastUsed());
        CleanupWizard w(scanOf(tree), *m_settings);
        QVERIFY(w.rulesPage()->trashButton()->isChecked());
        QCOMPARE(w.rulesPage()->rule().action, CleanupAction::Trash);
    }

    // Picked items are shown with the main window's basis, whatever the
    // last cleanup used: the ages in the preview are those of the items view.
    void pickedItemsKeepTheWindowsBasis()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        for (const AgeBasis basis : {AgeBasis::Mtime, AgeBasis::Atime, AgeBasis::Ctime}) {
            CleanupWizard w(scanOf(tree), *m_settings);
            w.setDefaultAge(basis, std::chrono::hours(1));
            w.setSelection({tree.root() + QStringLiteral("/report.pdf")}, CleanupAction::Delete);
            QCOMPARE(w.rule().basis, basis);
        }
    }

    void trashMovesToTheTrash()
    {
        // The home trash in a scratch data directory beside the tree (the same
        // file system): the trash of the tree's own file system is never touched.
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const DataHome home(data.path());
        TreeFixture tree;
        QVERIFY(tree.file(QStringLiteral("trash-me-%1.txt").arg(::getpid()), 42, 30 * Day));
        const QString name = QStringLiteral("trash-me-%1.txt").arg(::getpid());
        const QString path = tree.root() + u'/' + name;
        CleanupWizard w(scanOf(tree), *m_settings);
        w.setSelection({path}, CleanupAction::Trash);
        w.show();
        QTRY_VERIFY(w.previewPage()->plan());
        // Picked by hand for the trash: the preview is the one confirmation.
        QCOMPARE(w.button(QWizard::CommitButton)->text(), QStringLiteral("Move to &Trash"));
        w.button(QWizard::CommitButton)->click();
        QVERIFY(!w.previewPage()->confirmation());
        QTRY_COMPARE(w.currentId(), int(CleanupWizard::ReportPageId));
        QVERIFY(w.hasReport());
        const CleanupResult &r = w.report().results.first();
        QCOMPARE(r.action, CleanupOutcome::Trashed);
        QVERIFY(!QFile::exists(path));
        QVERIFY(QFile::exists(data.path() + QStringLiteral("/Trash/files/") + name));
        QVERIFY(w.reportPage()->summaryLabel()->text().contains(
            QStringLiteral("Moved 1 item to the trash.")));
    }

    // "Open Containing Folder" says so when no file manager opens the folder.
    void openFolderReportsFailure()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        MainWindow window(windowOn(tree));
        window.show();
        QTRY_COMPARE(window.itemsView()->model()->rowCount(), 6);
        QTRY_VERIFY(!window.scanService()->busy()); // the items show before the scan ends
        QList<QUrl> asked;
        bool opens = true;
        window.cleanupActions()->setUrlOpener([&](const QUrl &url) {
            asked << url;
            return opens;
        });
        window.cleanupActions()->openFolderAction()->trigger();
        QCOMPARE(asked, QList<QUrl>{QUrl::fromLocalFile(tree.root())});
        QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("warning")));
        opens = false;
        window.cleanupActions()->openFolderAction()->trigger();
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("warning"));
        QVERIFY(box);
        QCOMPARE(box->text(), QStringLiteral("No file manager could open %1.").arg(tree.root()));
        box->close();
    }

    // Delete moves the picked item to the trash after the preview alone;
    // Clean › Undo Move to Trash (Ctrl+Z) puts it back and rescans.
    void undoMoveToTrash()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const DataHome home(data.path());
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        MainWindow window(windowOn(tree));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTreeView *items = window.itemsView();
        QTRY_COMPARE(items->model()->rowCount(), 6);
        QTRY_VERIFY(!window.scanService()->busy()); // the items show before the scan ends
        QAction *undo = window.cleanupActions()->undoTrashAction();
        QVERIFY(!undo->isEnabled());
        const int row = rowNamed(*items, QStringLiteral("report.pdf"));
        QVERIFY(row >= 0);
        items->setFocus();
        items->selectionModel()->select(items->model()->index(row, 0),
                                        QItemSelectionModel::ClearAndSelect |
                                            QItemSelectionModel::Rows);
        QTest::keyClick(items, Qt::Key_Delete);
        auto *wizard = window.findChild<CleanupWizard *>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->previewPage()->plan());
        wizard->button(QWizard::CommitButton)->click();
        QTRY_COMPARE(wizard->currentId(), int(CleanupWizard::ReportPageId));
        const QString path = tree.root() + QStringLiteral("/report.pdf");
        QVERIFY(!QFile::exists(path));
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(!window.findChild<CleanupWizard *>());
        QTRY_COMPARE(items->model()->rowCount(), 5); // rescanned

        QVERIFY(undo->isEnabled());
        QCOMPARE(undo->text(), QStringLiteral("&Undo Move to Trash (1 item)"));
        QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
        const QList<RestoreResult> back = window.cleanupActions()->undoTrash();
        QCOMPARE(back.size(), 1);
        QVERIFY2(back.first().restored, qPrintable(back.first().reason));
        QCOMPARE(QFileInfo(path).size(), 200000);
        QVERIFY(!undo->isEnabled());
        QVERIFY(QDir(data.path() + QStringLiteral("/Trash/files")).isEmpty());
        QTRY_COMPARE(items->model()->rowCount(), 6); // rescanned again
    }

    void deleteKeysOfTheMainWindow()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        MainWindow window(windowOn(tree));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTreeView *items = window.itemsView();
        QTRY_COMPARE(items->model()->rowCount(), 6);
        QTRY_VERIFY(!window.scanService()->busy()); // the items show before the scan ends
        QVERIFY(!window.cleanupActions()->deleteAction()->isEnabled());
        const int row = rowNamed(*items, QStringLiteral("report.pdf"));
        QVERIFY(row >= 0);
        items->setFocus();
        items->setCurrentIndex(items->model()->index(row, 0));
        items->selectionModel()->select(items->model()->index(row, 0),
                                        QItemSelectionModel::ClearAndSelect |
                                            QItemSelectionModel::Rows);
        QVERIFY(window.cleanupActions()->deleteAction()->isEnabled());
        QCOMPARE(window.cleanupActions()->selectedPaths(),
                 QStringList{tree.root() + QStringLiteral("/report.pdf")});

        // Delete: the trash, through the preview; closing it changes nothing.
        QTest::keyClick(items, Qt::Key_Delete);
        auto *wizard = window.findChild<CleanupWizard *>();
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(CleanupWizard::PreviewPageId));
        QCOMPARE(wizard->rule().action, CleanupAction::Trash);
        QTRY_VERIFY(wizard->previewPage()->plan());
        wizard->reject();
        QTRY_VERIFY(!window.findChild<CleanupWizard *>());
        QVERIFY(QFile::exists(tree.root() + QStringLiteral("/report.pdf")));

        // Shift+Delete: deleted for good, and the window rescans.
        QSignalSpy shown(&window, &MainWindow::inventoryShown);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        items->setFocus();
        QTest::keyClick(items, Qt::Key_Delete, Qt::ShiftModifier);
        wizard = window.findChild<CleanupWizard *>();
        QVERIFY(wizard);
        QCOMPARE(wizard->rule().action, CleanupAction::Delete);
        QTRY_VERIFY(wizard->previewPage()->plan());
        QCOMPARE(listed(*wizard->previewPage()->candidatesModel()),
                 QStringList{QStringLiteral("report.pdf")});
        runConfirmed(*wizard,
                     QStringLiteral("Delete 1 item (%1) permanently?").arg(formatBytes(200000)));
        QVERIFY(!QFile::exists(tree.root() + QStringLiteral("/report.pdf")));
        QTRY_VERIFY(shown.count() > 0);
        QTRY_COMPARE(items->model()->rowCount(), 5);
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(!window.findChild<CleanupWizard *>());

        // Delete in the filter field edits the text; it opens no wizard.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        items->setCurrentIndex(items->model()->index(0, 0));
        items->selectionModel()->select(items->model()->index(0, 0),
                                        QItemSelectionModel::ClearAndSelect |
                                            QItemSelectionModel::Rows);
        QLineEdit *filter = window.filterBar()->textEdit();
        filter->setFocus();
        QTest::keyClicks(filter, QStringLiteral("ab"));
        QTest::keyClick(filter, Qt::Key_Home);
        QTest::keyClick(filter, Qt::Key_Delete);
        QCOMPARE(filter->text(), QStringLiteral("b"));
        QVERIFY(!window.findChild<CleanupWizard *>());

        // Clean Up… starts at the rules.
        QCOMPARE(window.cleanupActions()->cleanUpAction()->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
        window.cleanupActions()->cleanUpAction()->trigger();
        wizard = window.findChild<CleanupWizard *>();
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(CleanupWizard::RulesPageId));
        wizard->reject();
    }

    void controlsHaveAccessibleNames()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        CleanupWizard w(scanOf(tree), *m_settings);
        w.show();
        useRules(w, QStringLiteral("7d"));
        const auto check = [](QWidget *page) {
            for (QWidget *child : page->findChildren<QWidget *>()) {
                if (!child->isVisibleTo(page) || child->focusPolicy() == Qt::NoFocus)
                    continue;
                if (qobject_cast<QAbstractButton *>(child) &&
                    !static_cast<QAbstractButton *>(child)->text().isEmpty())
                    continue;
                if (child->inherits("QScrollBar") || child->inherits("QHeaderView") ||
                    child->parentWidget()->inherits("QAbstractItemView"))
                    continue;
                QVERIFY2(
                    !child->accessibleName().isEmpty(),
                    qPrintable(QStringLiteral("%1 (%2) on %3 has no accessible name")
                                   .arg(QString::fromLatin1(child->metaObject()->className()),
                                        child->objectName(),
                                        QString::fromLatin1(page->metaObject()->className()))));
            }
        };
        check(w.rulesPage());
        toPreview(w);
        check(w.previewPage());
        runConfirmed(w, QStringLiteral("Delete 3 items (%1) permanently?").arg(formatBytes(12400)));
        check(w.reportPage());
    }
};

QTEST_MAIN(CleanupWizardActionsTest)
#include "CleanupWizardActionsTest.moc"
