// Families the user names: validated in the dialog, persisted, marked in the
// families view even without items, applied to the next scan, and usable as
// a filter.

#include "core/locations/ScratchRoots.h"
#include "gui/MainWindow.h"
#include "gui/items/FamiliesModel.h"
#include "gui/items/FilterBar.h"
#include "gui/items/ItemsModel.h"
#include "gui/items/TrackedFamiliesDialog.h"
#include "gui/scan/ScanService.h"
#include "tests/app/gui/TreeFixture.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace tempscope;
using namespace tempscope::gui;
using namespace tempscope::gui::test;

class TrackedFamiliesTest final : public QObject
{
    Q_OBJECT

private:
    static int rowOf(const QAbstractItemModel &model, const QString &key)
    {
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, 0).data(FamiliesModel::KeyRole).toString() == key)
                return r;
        }
        return -1;
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

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { ScratchRoots::openSettings()->clear(); }

    void dialogValidatesAndLists()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        const auto inv = tree.scan();
        TrackedFamiliesDialog dialog({QStringLiteral("myapp-*")}, inv.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.list()->count(), 1);
        QVERIFY(!dialog.addButton()->isEnabled());

        QTest::keyClicks(dialog.entry(), QStringLiteral("upload/"));
        QVERIFY(!dialog.addButton()->isEnabled());
        QVERIFY2(dialog.feedback()->text().contains(QStringLiteral("not paths")),
                 qPrintable(dialog.feedback()->text()));

        dialog.entry()->setText(QStringLiteral("myapp-"));
        QVERIFY(!dialog.addButton()->isEnabled());
        QCOMPARE(dialog.feedback()->text(), QStringLiteral("myapp-* is already tracked."));

        dialog.entry()->setText(QStringLiteral("upload_*"));
        QVERIFY(dialog.addButton()->isEnabled());
        QCOMPARE(dialog.feedback()->text(),
                 QStringLiteral("Tracks the family upload_*: 3 items in this location match."));
        QTest::keyClick(dialog.entry(), Qt::Key_Return);
        QCOMPARE(dialog.families(),
                 (QStringList{QStringLiteral("myapp-*"), QStringLiteral("upload_*")}));
        QVERIFY(dialog.entry()->text().isEmpty());
        QVERIFY(dialog.isVisible()); // Return in the entry adds; it does not close the dialog

        dialog.list()->setCurrentRow(0);
        QVERIFY(dialog.removeButton()->isEnabled());
        QTest::mouseClick(dialog.removeButton(), Qt::LeftButton);
        QCOMPARE(dialog.families(), QStringList{QStringLiteral("upload_*")});
    }

    void settingsKeepOnlyValidFamilies()
    {
        auto settings = ScratchRoots::openSettings();
        settings->setValue(QStringLiteral("families/user"),
                           QStringList{QStringLiteral("myapp-"), QStringLiteral("a/b"),
                                       QStringLiteral("myapp-*"), QStringLiteral("*.log")});
        QCOMPARE(TrackedFamiliesDialog::load(*settings),
                 (QStringList{QStringLiteral("myapp-*"), QStringLiteral("*.log")}));
        TrackedFamiliesDialog::save(*settings, {});
        QVERIFY(!settings->contains(QStringLiteral("families/user")));
    }

    void modelMarksTrackedFamilies()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        FamiliesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList tracked{QStringLiteral("upload_*"), QStringLiteral("myapp-*")};
        model.setTrackedFamilies(tracked);
        model.setInventory(tree.scan(tracked),
                           {AgeBasis::Mtime, std::chrono::days(7), Inventory::nowNs()});
        QCOMPARE(model.rowCount(), 4); // upload_*, tmp*, report.pdf and the empty myapp-*

        const int upload = rowOf(model, QStringLiteral("upload_*"));
        QVERIFY(upload >= 0);
        QCOMPARE(model.index(upload, FamiliesModel::Count).data().toString(), QStringLiteral("3"));
        QVERIFY(model.index(upload, 0).data(FamiliesModel::TrackedRole).toBool());
        QVERIFY(!model.index(upload, 0).data(Qt::DecorationRole).value<QIcon>().isNull());

        const int myapp = rowOf(model, QStringLiteral("myapp-*"));
        QVERIFY(myapp >= 0);
        QCOMPARE(model.index(myapp, FamiliesModel::Count).data().toString(), QStringLiteral("0"));
        QCOMPARE(model.index(myapp, FamiliesModel::Oldest).data().toString(), QStringLiteral("—"));
        QVERIFY(model.index(myapp, 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("no item")));

        const int tmp = rowOf(model, QStringLiteral("tmp*"));
        QVERIFY(!model.index(tmp, 0).data(FamiliesModel::TrackedRole).toBool());
        QVERIFY(model.index(tmp, 0).data(Qt::DecorationRole).isNull());

        model.setTrackedFamilies({});
        QCOMPARE(rowOf(model, QStringLiteral("myapp-*")), -1);
    }

    void windowAppliesPersistsAndFilters()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        {
            auto w = openOn(tree.root());
            QTRY_COMPARE(w->itemsView()->model()->rowCount(), 6);
            QTRY_VERIFY(!w->scanService()->busy()); // the items show before the scan ends
            QAbstractItemModel *families = w->familiesView()->model();
            QCOMPARE(rowOf(*families, QStringLiteral("upload_*")), -1);

            w->setTrackedFamilies({QStringLiteral("upload_*"), QStringLiteral("myapp-*")});
            // Listed at once, with items after the rescan.
            QVERIFY(rowOf(*families, QStringLiteral("myapp-*")) >= 0);
            QVERIFY(rowOf(*families, QStringLiteral("upload_*")) >= 0);
            QTRY_COMPARE(rowOf(*families, QStringLiteral("upload_*.csv")), -1);
            QCOMPARE(
                families->index(rowOf(*families, QStringLiteral("upload_*")), FamiliesModel::Count)
                    .data()
                    .toString(),
                QStringLiteral("3"));

            const int row = rowOf(*families, QStringLiteral("upload_*"));
            w->familiesView()->selectionModel()->select(families->index(row, 0),
                                                        QItemSelectionModel::ClearAndSelect |
                                                            QItemSelectionModel::Rows);
            QCOMPARE(w->itemsModel()->filter().family, QStringLiteral("upload_*"));
            QCOMPARE(w->itemsView()->model()->rowCount(), 3);
            for (int r = 0; r < 3; ++r)
                QCOMPARE(w->itemsView()->model()->index(r, ItemsModel::Family).data().toString(),
                         QStringLiteral("upload_*"));
            QVERIFY(w->close());
        }
        QCOMPARE(
            ScratchRoots::openSettings()->value(QStringLiteral("families/user")).toStringList(),
            (QStringList{QStringLiteral("upload_*"), QStringLiteral("myapp-*")}));
        // The next start scans with them from the first scan on.
        auto w = openOn(tree.root());
        QTRY_COMPARE(w->itemsView()->model()->rowCount(), 6);
        QTRY_VERIFY(!w->scanService()->busy()); // the items show before the scan ends
        QVERIFY(rowOf(*w->familiesView()->model(), QStringLiteral("upload_*")) >= 0);
        QVERIFY(rowOf(*w->familiesView()->model(), QStringLiteral("myapp-*")) >= 0);
    }

    void changeWhileScanningTakesEffect()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        auto w = openOn(tree.root());
        // The scan started with the window reports to the GUI thread only
        // once the event loop runs: it is still running here.
        QVERIFY(w->scanService()->isRunning(tree.root()));
        w->setTrackedFamilies({QStringLiteral("upload_*")});
        QTRY_VERIFY(!w->scanService()->busy());
        QAbstractItemModel *families = w->familiesView()->model();
        QCOMPARE(rowOf(*families, QStringLiteral("upload_*.csv")), -1);
        const int upload = rowOf(*families, QStringLiteral("upload_*"));
        QVERIFY(upload >= 0);
        QCOMPARE(families->index(upload, FamiliesModel::Count).data().toString(),
                 QStringLiteral("3"));
        QCOMPARE(w->itemsView()->model()->rowCount(), 6);
    }
};

QTEST_MAIN(TrackedFamiliesTest)
#include "TrackedFamiliesTest.moc"
