// Live updates: a watched root changes on disk and the items model follows
// row by row (no reset), keeping selection, persistent indexes and expanded
// directories; a root that changes too fast is paused with a hint.

#include "gui/scan/LiveWatcher.h"
#include "core/cleanup/ItemStates.h"
#include "core/inventory/Duration.h"
#include "core/locations/ScratchRoots.h"
#include "gui/MainWindow.h"
#include "gui/items/ItemsModel.h"
#include "gui/locations/LocationsModel.h"
#include "tests/app/gui/TreeFixture.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace tempscope;
using namespace tempscope::gui;
using namespace tempscope::gui::test;

class LiveWatcherTest final : public QObject
{
    Q_OBJECT

private:
    static QModelIndex rowNamed(const QAbstractItemModel &model, const QString &name,
                                const QModelIndex &parent = {})
    {
        for (int r = 0; r < model.rowCount(parent); ++r) {
            const QModelIndex i = model.index(r, ItemsModel::Name, parent);
            if (i.data().toString() == name)
                return i;
        }
        return {};
    }

    static RootScan scanOf(const TreeFixture &tree)
    {
        RootScan scan;
        scan.requested = tree.root();
        scan.inventory = tree.scan();
        scan.states = ItemStates::evaluate(*scan.inventory, ProcessHolders{});
        scan.scannedAt = Inventory::nowNs();
        return scan;
    }

    static AgeRule rule(native::TimeNs now)
    {
        AgeRule r;
        r.basis = AgeBasis::Mtime;
        r.now = now;
        return r;
    }

    // A model showing a scan, under the model tester, kept up to date by a
    // watcher with fast limits.
    struct Watched
    {
        ItemsModel model;
        QAbstractItemModelTester tester{&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest};
        LiveWatcher watcher;

        Watched(const RootScan &scan, const AgeRule &rule)
        {
            model.setInventory(scan.inventory, rule, scan.states);
            watcher.setLimits(50, 1000, 60000);
            QObject::connect(&watcher, &LiveWatcher::updated, &model,
                             [this](const std::shared_ptr<const LiveUpdate> &u) {
                                 QVERIFY(model.applyUpdate(*u));
                             });
            watcher.watch(scan);
        }
    };

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void followsCreateDeleteModify()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        const RootScan scan = scanOf(tree);
        Watched watched(scan, rule(scan.scannedAt));
        ItemsModel &model = watched.model;
        LiveWatcher &watcher = watched.watcher;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy updates(&watcher, &LiveWatcher::updated);

        // The user looks at report.pdf and has a directory open.
        QItemSelectionModel selection(&model);
        const QPersistentModelIndex report = rowNamed(model, QStringLiteral("report.pdf"));
        selection.setCurrentIndex(report,
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QPersistentModelIndex dir = rowNamed(model, QStringLiteral("tmpab3_x9zq"));
        const QPersistentModelIndex f1 = rowNamed(model, QStringLiteral("f1"), dir);
        QVERIFY(f1.isValid());

        QVERIFY(tree.file(QStringLiteral("new.bin"), 3000, 0));
        QTRY_VERIFY(rowNamed(model, QStringLiteral("new.bin")).isValid());
        QCOMPARE(model.rowCount(), 7);
        QVERIFY(inserted.count() >= 1);
        QCOMPARE(rowNamed(model, QStringLiteral("new.bin"))
                     .siblingAtColumn(ItemsModel::Size)
                     .data()
                     .toString(),
                 formatBytes(3000));
        // Sorted in: largest first, so after report.pdf and upload_a8b7c6d5.csv (7000) and
        // upload_k2j3h4g5.csv (5000).
        QCOMPARE(rowNamed(model, QStringLiteral("new.bin")).row(), 3);

        QVERIFY(QFile::remove(tree.root() + QStringLiteral("/upload_k2j3h4g5.csv")));
        QTRY_VERIFY(!rowNamed(model, QStringLiteral("upload_k2j3h4g5.csv")).isValid());
        QCOMPARE(model.rowCount(), 6);
        QVERIFY(removed.count() >= 1);

        // Rewritten and touched: the directory hears of it through the
        // attribute change (plain writes into a file are not directory events).
        QVERIFY(tree.file(QStringLiteral("upload_zz91qq02.csv"), 500000, 0));
        QTRY_COMPARE(model.index(0, ItemsModel::Name).data().toString(),
                     QStringLiteral("upload_zz91qq02.csv"));
        QCOMPARE(model.index(0, ItemsModel::Size).data().toString(), formatBytes(500000));

        QCOMPARE(reset.count(), 0);
        QVERIFY(updates.count() >= 3);
        QCOMPARE(report.data().toString(), QStringLiteral("report.pdf"));
        QCOMPARE(selection.currentIndex().data().toString(), QStringLiteral("report.pdf"));
        QVERIFY(selection.isRowSelected(report.row(), {}));
        QCOMPARE(f1.data().toString(), QStringLiteral("f1"));
        QCOMPARE(f1.parent(), QModelIndex(dir));
        QCOMPARE(model.rowCount(dir), 4);
        QVERIFY(!watcher.isPaused(tree.root()));
    }

    void rescannedDirectoryShowsItsNewContents()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        const RootScan scan = scanOf(tree);
        Watched watched(scan, rule(scan.scannedAt));
        ItemsModel &model = watched.model;
        const QPersistentModelIndex dir = rowNamed(model, QStringLiteral("tmpq8w7e6r5"));
        QCOMPARE(model.rowCount(dir), 2);
        // Replacing the directory (new inode) makes it a changed item.
        QVERIFY(QDir(tree.root()).rename(QStringLiteral("tmpq8w7e6r5"), QStringLiteral("gone")));
        QVERIFY(QDir(tree.root()).mkdir(QStringLiteral("tmpq8w7e6r5")));
        QVERIFY(tree.file(QStringLiteral("tmpq8w7e6r5/a"), 10, 0));
        QVERIFY(tree.file(QStringLiteral("tmpq8w7e6r5/b"), 10, 0));
        QVERIFY(tree.file(QStringLiteral("tmpq8w7e6r5/c"), 10, 0));
        QTRY_COMPARE(model.rowCount(dir), 3);
        QCOMPARE(dir.data().toString(), QStringLiteral("tmpq8w7e6r5"));
        QTRY_VERIFY(rowNamed(model, QStringLiteral("gone")).isValid());
        QCOMPARE(model.rowCount(rowNamed(model, QStringLiteral("gone"))), 2);
    }

    void burstPausesWithAHint()
    {
        QStandardPaths::setTestModeEnabled(true);
        ScratchRoots::openSettings()->clear();
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        MainWindow::Options options;
        options.extraRoots = {tree.root()};
        options.discoverRoots = false;
        options.scanAllOnStart = false;
        MainWindow w(options);
        w.show();
        QTRY_COMPARE(w.itemsModel()->rowCount(), 6);
        w.liveWatcher()->setLimits(200, 20, 60000);
        QSignalSpy tooFast(w.liveWatcher(), &LiveWatcher::tooFast);
        QSignalSpy reset(w.itemsModel(), &QAbstractItemModel::modelReset);
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; tooFast.isEmpty() && clock.elapsed() < 10000; ++i) {
            QVERIFY(tree.file(QStringLiteral("burst-%1").arg(i), 10, 0));
            QTest::qWait(2);
        }
        QCOMPARE(tooFast.count(), 1);
        QCOMPARE(tooFast.first().first().toString(), tree.root());
        QVERIFY(w.liveWatcher()->isPaused(tree.root()));
        QVERIFY2(w.statusText().contains(QStringLiteral(
                     "is changing faster than it can be shown; updates paused — F5 rescans")),
                 qPrintable(w.statusText()));
        QCOMPARE(reset.count(), 0);
        // The burst's last change notifications arrive while the root is
        // paused (they belong to the burst, not to the tree the rescan reads).
        QTest::qWait(500);
        // The rescan shows everything and resumes live updates.
        const int files = int(QDir(tree.root())
                                  .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
                                  .size());
        w.rescan();
        QTRY_COMPARE(w.itemsModel()->rowCount(), files);
        QVERIFY(!w.liveWatcher()->isPaused(tree.root()));
        QCOMPARE(w.locationsModel()->summary(tree.root()).items, qsizetype(files));
    }
};

QTEST_MAIN(LiveWatcherTest)
#include "LiveWatcherTest.moc"
