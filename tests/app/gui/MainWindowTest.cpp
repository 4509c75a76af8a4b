// The main window as a user meets it: scan a directory, see its items, filter
// them, pick a family, read an item's details.

#include "gui/MainWindow.h"
#include "TreeFixture.h"
#include "core/locations/ScratchRoots.h"
#include "gui/items/DetailsPane.h"
#include "gui/items/FamiliesModel.h"
#include "gui/items/FilterBar.h"
#include "gui/items/ItemsModel.h"
#include "gui/locations/LocationsModel.h"
#include "gui/scan/ScanNotice.h"
#include "gui/scan/ScanService.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace tempscope;
using namespace tempscope::gui;
using namespace tempscope::gui::test;

class MainWindowTest final : public QObject
{
    Q_OBJECT

private:
    // What the items view shows in one column, top to bottom.
    static QStringList shown(const MainWindow &w, int column)
    {
        QStringList out;
        const QAbstractItemModel *m = w.itemsView()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            out << m->index(r, column).data().toString();
        return out;
    }

    static std::unique_ptr<MainWindow> openOn(const QString &root)
    {
        MainWindow::Options options;
        options.extraRoots = {root};
        options.discoverRoots = false;
        options.scanAllOnStart = false;
        auto w = std::make_unique<MainWindow>(options);
        w->show();
        return w;
    }

    static void useMtime(MainWindow &w, const QString &threshold)
    {
        QComboBox *basis = w.filterBar()->basisBox();
        basis->setCurrentIndex(basis->findData(int(AgeBasis::Mtime)));
        w.filterBar()->thresholdEdit()->setText(threshold);
        Q_EMIT w.filterBar()->thresholdEdit()->editingFinished();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    // Every test starts from a fresh settings file (test mode keeps it apart
    // from the user's).
    void init() { ScratchRoots::openSettings()->clear(); }

    void scanShowsEveryItem()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        auto w = openOn(tree.root());
        QSignalSpy shownSpy(w.get(), &MainWindow::inventoryShown);
        QTRY_COMPARE(w->itemsView()->model()->rowCount(), 6);
        QTRY_VERIFY(!w->scanService()->busy()); // the items show before the scan ends
        QVERIFY(shownSpy.count() == 1 || w->selectedRoot() == tree.root());
        QCOMPARE(w->selectedRoot(), tree.root());
        const QStringList names = shown(*w, ItemsModel::Name);
        QCOMPARE(names.first(), QStringLiteral("report.pdf")); // largest first
        QVERIFY(names.contains(QStringLiteral("tmpab3_x9zq")));
        QCOMPARE(
            w->locationsModel()->index(0, 0).data(LocationsModel::SummaryRole).toString().left(8),
            QStringLiteral("6 items "));
        QTRY_VERIFY(w->statusText().startsWith(QStringLiteral("Scanned ") + tree.root()));
    }

    // A saved location replaced by a symlink (here to a directory
    // standing in for ~/Documents) is shown as changed and neither scanned
    // nor offered for cleaning until the user confirms it.
    void changedSavedLocationIsNotScanned()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        QTemporaryDir base;
        const QString mine = QFileInfo(base.path()).canonicalFilePath() + QStringLiteral("/mine");
        QVERIFY(QDir().mkpath(mine));
        QCOMPARE(ScratchRoots::addUserRoot(*ScratchRoots::openSettings(), mine), QString());
        QVERIFY(QDir().rmdir(mine));
        QVERIFY(QFile::link(tree.root(), mine));

        MainWindow::Options options;
        options.extraRoots = {base.path()}; // selected first: nothing big is scanned
        options.scanAllOnStart = false;
        MainWindow w(options);
        w.show();
        QSignalSpy started(w.scanService(), &ScanService::started);
        const int row = w.locationsModel()->rowOf(mine);
        QVERIFY(row >= 0);
        const QModelIndex index = w.locationsModel()->index(row, 0);
        QVERIFY(index.data(LocationsModel::ChangedRole).toBool());
        QVERIFY2(index.data(LocationsModel::SummaryRole)
                     .toString()
                     .contains(QStringLiteral("symbolic link")),
                 qPrintable(index.data(LocationsModel::SummaryRole).toString()));
        w.selectRoot(mine);
        QCOMPARE(w.selectedRoot(), mine);
        w.rescan();
        QTest::qWait(200);
        for (const QList<QVariant> &call : std::as_const(started))
            QVERIFY(call.first().toString() != mine);
        QCOMPARE(w.itemsView()->model()->rowCount(), 0);
        QAction *confirm = nullptr;
        for (QAction *a : w.findChildren<QAction *>()) {
            if (a->text() == QStringLiteral("&Confirm location…"))
                confirm = a;
        }
        QVERIFY(confirm);
        QVERIFY(confirm->isEnabled());
    }

    // Values read from settings are bounded and checked; garbage
    // is dropped (the defaults are used), never acted on.
    void corruptSettingsAreDropped()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        {
            auto w = openOn(tree.root());
            QTRY_COMPARE(w->itemsView()->model()->rowCount(), 6);
            QTRY_VERIFY(!w->scanService()->busy()); // the items show before the scan ends
            w->itemsView()->header()->resizeSection(ItemsModel::Size, 500000); // saved on close
            w->close();
        }
        {
            auto s = ScratchRoots::openSettings();
            s->setValue(QStringLiteral("gui/threshold"), QStringLiteral("forever"));
            s->setValue(QStringLiteral("gui/basis"), QString(100000, u'x'));
            s->setValue(QStringLiteral("gui/overviewTab"), 2147483647);
            s->setValue(QStringLiteral("gui/selectedRoot"), QString(100000, u'/'));
            s->setValue(QStringLiteral("gui/language"), QString(100000, u'd'));
            QStringList many;
            for (int i = 0; i < 5000; ++i)
                many << QStringLiteral("family%1-").arg(i);
            s->setValue(QStringLiteral("families/user"), many);
        }
        auto w = openOn(tree.root());
        QTRY_COMPARE(w->itemsView()->model()->rowCount(), 6);
        QTRY_VERIFY(!w->scanService()->busy()); // the items show before the scan ends
        QCOMPARE(w->filterBar()->thresholdEdit()->text(), QStringLiteral("7d"));
        QCOMPARE(w->filterBar()->basisBox()->currentData().toInt(), int(AgeBasis::Newest));
        QCOMPARE(w->overviewTabs()->currentIndex(), 0);
        QVERIFY(w->familiesModel()->trackedFamilies().isEmpty());
        QVERIFY2(
            w->itemsView()->header()->sectionSize(ItemsModel::Size) < 100000,
            qPrintable(QString::number(w->itemsView()->header()->sectionSize(ItemsModel::Size))));
    }

    void typingFiltersByName()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        auto w = openOn(tree.root());
        QTRY_COMPARE(w->itemsView()->model()->rowCount(), 6);
        QTRY_VERIFY(!w->scanService()->busy()); // the items show before the scan ends
        QTest::keyClicks(w->filterBar()->textEdit(), QStringLiteral("upload"));
        QTRY_COMPARE(w->itemsView()->model()->rowCount(), 3);
        for (const QString &name : shown(*w, ItemsModel::Name))
            QVERIFY2(name.startsWith(QStringLiteral("upload_")), qPrintable(name));
        w->filterBar()->textEdit()->clear();
        QTRY_COMPARE(w->itemsView()->model()->rowCount(), 6);
        QTRY_VERIFY(!w->scanService()->busy()); // the items show before the scan ends
    }

    void selectingAFamilyFiltersItems()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        auto w = openOn(tree.root());
        QTRY_COMPARE(w->itemsView()->model()->rowCount(), 6);
        QTRY_VERIFY(!w->scanService()->busy()); // the items show before the scan ends
        QAbstractItemModel *families = w->familiesView()->model();
        int row = -1;
        for (int r = 0; r < families->rowCount(); ++r) {
            if (families->index(r, 0).data(FamiliesModel::KeyRole).toString() ==
                QStringLiteral("tmp*"))
                row = r;
        }
        QVERIFY(row >= 0);
        w->familiesView()->selectionModel()->select(families->index(row, 0),
                                                    QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
        QCOMPARE(w->itemsView()->model()->rowCount(), 2);
        QCOMPARE(shown(*w, ItemsModel::Family),
                 (QStringList{QStringLiteral("tmp*"), QStringLiteral("tmp*")}));

        QTest::mouseClick(w->filterBar()->clearFamilyButton(), Qt::LeftButton);
        QCOMPARE(w->itemsView()->model()->rowCount(), 6);
        QVERIFY(w->familiesView()->selectionModel()->selectedRows().isEmpty());
    }

    void staleOnlyFollowsTheAgeRule()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        auto w = openOn(tree.root());
        QTRY_COMPARE(w->itemsView()->model()->rowCount(), 6);
        QTRY_VERIFY(!w->scanService()->busy()); // the items show before the scan ends
        useMtime(*w, QStringLiteral("7d"));
        w->filterBar()->staleOnlyBox()->click();
        QCOMPARE(w->itemsView()->model()->rowCount(), 3);
        useMtime(*w, QStringLiteral("30m"));
        QCOMPARE(w->itemsView()->model()->rowCount(), 4);
        QVERIFY(shown(*w, ItemsModel::Name).contains(QStringLiteral("upload_zz91qq02.csv")));
        // A threshold that does not parse is refused and the old one kept;
        // the text stays to be corrected (FeedbackTest: the words for it).
        w->filterBar()->thresholdEdit()->setText(QStringLiteral("soon"));
        Q_EMIT w->filterBar()->thresholdEdit()->editingFinished();
        QCOMPARE(w->filterBar()->thresholdEdit()->text(), QStringLiteral("soon"));
        QCOMPARE(w->filterBar()->ageRule().threshold, std::chrono::seconds(30 * 60));
        QVERIFY(w->filterBar()->thresholdErrorLabel()->isVisible());
        QCOMPARE(w->itemsView()->model()->rowCount(), 4);
    }

    void detailsDescribeTheCurrentItem()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        auto w = openOn(tree.root());
        QTRY_COMPARE(w->itemsView()->model()->rowCount(), 6);
        QTRY_VERIFY(!w->scanService()->busy()); // the items show before the scan ends
        useMtime(*w, QStringLiteral("7d"));
        QVERIFY(w->detailsPane()->text().contains(QStringLiteral("Select an item")));
        const QStringList names = shown(*w, ItemsModel::Name);
        const int row = int(names.indexOf(QStringLiteral("tmpab3_x9zq")));
        w->itemsView()->setCurrentIndex(w->itemsView()->model()->index(row, 0));
        const QString details = w->detailsPane()->text();
        QCOMPARE(w->detailsPane()->path(), tree.root() + QStringLiteral("/tmpab3_x9zq"));
        QVERIFY2(details.contains(QStringLiteral("Entries: 5")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("Stale: older than 7d.")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("drwx")), qPrintable(details));

        const int fresh = int(names.indexOf(QStringLiteral("report.pdf")));
        w->itemsView()->setCurrentIndex(w->itemsView()->model()->index(fresh, 0));
        QVERIFY(w->detailsPane()->text().contains(QStringLiteral("Not stale: not older than 7d.")));
    }

    // A change on disk reaches every pane without a reset: the items, the
    // families, the locations' summary; the current row and its details stay.
    void liveChangesReachEveryPane()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        auto w = openOn(tree.root());
        QTRY_COMPARE(w->itemsView()->model()->rowCount(), 6);
        QTRY_VERIFY(!w->scanService()->busy()); // the items show before the scan ends
        QTRY_VERIFY(w->statusText().startsWith(QStringLiteral("Scanned ")));
        const QAbstractItemModel *items = w->itemsView()->model();
        const int row = int(shown(*w, ItemsModel::Name).indexOf(QStringLiteral("tmpab3_x9zq")));
        w->itemsView()->setCurrentIndex(items->index(row, 0));
        QCOMPARE(w->detailsPane()->path(), tree.root() + QStringLiteral("/tmpab3_x9zq"));
        QSignalSpy reset(items, &QAbstractItemModel::modelReset);

        QVERIFY(tree.file(QStringLiteral("new.bin"), 3000, 0));
        QTRY_COMPARE(items->rowCount(), 7);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(w->itemsView()->currentIndex().data().toString(), QStringLiteral("tmpab3_x9zq"));
        QCOMPARE(w->detailsPane()->path(), tree.root() + QStringLiteral("/tmpab3_x9zq"));
        QVERIFY2(w->detailsPane()->text().contains(QStringLiteral("Entries: 5")),
                 qPrintable(w->detailsPane()->text()));
        quint32 inFamilies = 0;
        for (const FamilyStats &f : w->familiesModel()->families())
            inFamilies += f.count;
        QCOMPARE(inFamilies, 7u);
        QCOMPARE(
            w->locationsModel()->index(0, 0).data(LocationsModel::SummaryRole).toString().left(8),
            QStringLiteral("7 items "));

        QVERIFY(QFile::remove(tree.root() + QStringLiteral("/report.pdf")));
        QTRY_COMPARE(items->rowCount(), 6);
        QVERIFY(!shown(*w, ItemsModel::Name).contains(QStringLiteral("report.pdf")));
        QCOMPARE(w->itemsView()->currentIndex().data().toString(), QStringLiteral("tmpab3_x9zq"));
        QCOMPARE(reset.count(), 0);
    }

    void ageRuleAndLayoutPersist()
    {
        TreeFixture tree;
        {
            auto w = openOn(tree.root());
            useMtime(*w, QStringLiteral("3d"));
            w->itemsView()->header()->resizeSection(ItemsModel::Family, 123);
            QVERIFY(w->close());
        }
        auto w = openOn(tree.root());
        QCOMPARE(w->filterBar()->thresholdEdit()->text(), QStringLiteral("3d"));
        QCOMPARE(w->filterBar()->basisBox()->currentData().toInt(), int(AgeBasis::Mtime));
        QCOMPARE(w->itemsView()->header()->sectionSize(ItemsModel::Family), 123);
    }

    // Stopping a rescan keeps the complete results on screen, says so above
    // the items, in the sidebar and in the status bar, and the notice's
    // Rescan button scans again.
    void aStoppedRescanKeepsTheCompleteResults()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        auto w = openOn(tree.root());
        QTRY_COMPARE(w->itemsView()->model()->rowCount(), 6);
        QTRY_VERIFY(!w->scanService()->busy()); // the items show before the scan ends
        QTRY_VERIFY(!w->scanService()->busy());
        QVERIFY(w->scanNotice()->isHidden());

        TreeFixture other;
        QVERIFY(other.file(QStringLiteral("only-this-was-read"), 10, 60));
        RootScan stopped;
        stopped.requested = tree.root();
        stopped.inventory = other.scan();
        stopped.scannedAt = Inventory::nowNs();
        stopped.cancelled = true;
        Q_EMIT w->scanService()->finished(stopped);

        QCOMPARE(w->itemsView()->model()->rowCount(), 6);
        QVERIFY(w->scanNotice()->isVisible());
        QVERIFY2(w->scanNotice()->text().startsWith(QStringLiteral("Rescan stopped at ")),
                 qPrintable(w->scanNotice()->text()));
        QVERIFY(w->locationsModel()
                    ->index(0, 0)
                    .data(LocationsModel::SummaryRole)
                    .toString()
                    .endsWith(QStringLiteral(" · rescan stopped")));
        QVERIFY2(w->statusText().startsWith(QStringLiteral("Rescan of ") + tree.root() +
                                            QStringLiteral(" stopped")),
                 qPrintable(w->statusText()));

        QSignalSpy started(w->scanService(), &ScanService::started);
        QTest::mouseClick(
            w->scanNotice()->findChild<QPushButton *>(QStringLiteral("scanNoticeRescan")),
            Qt::LeftButton);
        QTRY_COMPARE(started.count(), 1);
        QTRY_VERIFY(w->scanNotice()->isHidden());
        QCOMPARE(w->itemsView()->model()->rowCount(), 6);
    }

    void unreadableRootIsReported()
    {
        TreeFixture tree;
        auto w = openOn(tree.root() + QStringLiteral("/does-not-exist"));
        QTRY_VERIFY(w->statusText().startsWith(QStringLiteral("Could not scan")));
        QCOMPARE(w->itemsView()->model()->rowCount(), 0);
        QVERIFY(!w->locationsModel()
                     ->index(0, 0)
                     .data(LocationsModel::SummaryRole)
                     .toString()
                     .isEmpty());
    }
};

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
