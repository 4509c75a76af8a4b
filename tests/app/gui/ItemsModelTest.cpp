// ItemsModel over a real scanned tree: rows, sorting, filtering, staleness.

#include "ItemsModel.h"
#include "TreeFixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace tempscope;
using namespace tempscope::gui;
using namespace tempscope::gui::test;

class ItemsModelTest final : public QObject
{
    Q_OBJECT

private:
    static AgeRule mtimeRule(std::chrono::seconds threshold, native::TimeNs now)
    {
        AgeRule rule;
        rule.basis = AgeBasis::Mtime; // ctime cannot be set back, so "newest" would see every item as new
        rule.threshold = threshold;
        rule.now = now;
        return rule;
    }

    static QStringList column(const ItemsModel &model, int col)
    {
        QStringList out;
        for (int r = 0; r < model.rowCount(); ++r)
            out << model.index(r, col).data().toString();
        return out;
    }

private Q_SLOTS:
    void rowsAreTheItems()
    {
        TreeFixture tree;
        tree.makeStandard();
        ItemsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInventory(tree.scan(), mtimeRule(std::chrono::days(7), Inventory::nowNs()));
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnCount(), int(ItemsModel::ColumnCount));
        // Default order: largest first.
        QCOMPARE(model.index(0, ItemsModel::Name).data().toString(), QStringLiteral("report.pdf"));
        QCOMPARE(model.index(0, ItemsModel::Kind).data().toString(), QStringLiteral("file"));
        const QStringList families = column(model, ItemsModel::Family);
        QCOMPARE(families.count(QStringLiteral("upload_*.csv")), 3);
        QCOMPARE(families.count(QStringLiteral("tmp*")), 2);
    }

    void sortsByEveryColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("first");
        QTest::newRow("name ascending") << int(ItemsModel::Name) << int(Qt::AscendingOrder) << QStringLiteral("report.pdf");
        QTest::newRow("name descending") << int(ItemsModel::Name) << int(Qt::DescendingOrder) << QStringLiteral("upload_zz91qq02.csv");
        QTest::newRow("size ascending") << int(ItemsModel::Size) << int(Qt::AscendingOrder) << QStringLiteral("tmpq8w7e6r5");
        QTest::newRow("entries descending") << int(ItemsModel::Entries) << int(Qt::DescendingOrder) << QStringLiteral("tmpab3_x9zq");
        QTest::newRow("age descending: oldest first") << int(ItemsModel::Age) << int(Qt::DescendingOrder) << QStringLiteral("tmpab3_x9zq");
        QTest::newRow("age ascending: newest first") << int(ItemsModel::Age) << int(Qt::AscendingOrder) << QStringLiteral("tmpq8w7e6r5");
    }

    void sortsByEveryColumn()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QString, first);
        TreeFixture tree;
        tree.makeStandard();
        ItemsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInventory(tree.scan(), mtimeRule(std::chrono::days(7), Inventory::nowNs()));
        model.sort(column, Qt::SortOrder(order));
        QCOMPARE(model.index(0, ItemsModel::Name).data().toString(), first);
    }

    void sortKeepsPersistentIndexes()
    {
        TreeFixture tree;
        tree.makeStandard();
        ItemsModel model;
        model.setInventory(tree.scan(), mtimeRule(std::chrono::days(7), Inventory::nowNs()));
        const QPersistentModelIndex report(model.index(0, ItemsModel::Name));
        QCOMPARE(report.data().toString(), QStringLiteral("report.pdf"));
        model.sort(ItemsModel::Name, Qt::DescendingOrder);
        QCOMPARE(report.row(), model.rowCount() - 1);
        QCOMPARE(report.data().toString(), QStringLiteral("report.pdf"));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("family");
        QTest::addColumn<bool>("staleOnly");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("text, any case") << QStringLiteral("UPLOAD_A") << QString() << false
                                        << QStringList{QStringLiteral("upload_a8b7c6d5.csv")};
        QTest::newRow("family") << QString() << QStringLiteral("tmp*") << false
                                << QStringList{QStringLiteral("tmpab3_x9zq"), QStringLiteral("tmpq8w7e6r5")};
        QTest::newRow("stale only") << QString() << QString() << true
                                    << QStringList{QStringLiteral("tmpab3_x9zq"), QStringLiteral("upload_a8b7c6d5.csv"),
                                                   QStringLiteral("upload_k2j3h4g5.csv")};
        QTest::newRow("family and stale") << QString() << QStringLiteral("upload_*.csv") << true
                                          << QStringList{QStringLiteral("upload_a8b7c6d5.csv"), QStringLiteral("upload_k2j3h4g5.csv")};
        QTest::newRow("nothing matches") << QStringLiteral("no such") << QString() << false << QStringList{};
    }

    void filters()
    {
        QFETCH(QString, text);
        QFETCH(QString, family);
        QFETCH(bool, staleOnly);
        QFETCH(QStringList, names);
        TreeFixture tree;
        tree.makeStandard();
        ItemsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInventory(tree.scan(), mtimeRule(std::chrono::days(7), Inventory::nowNs()));
        QSignalSpy shown(&model, &ItemsModel::shownChanged);
        model.setFilter({text, family, staleOnly});
        QCOMPARE(shown.count(), 1);
        model.sort(ItemsModel::Name, Qt::AscendingOrder);
        QCOMPARE(column(model, ItemsModel::Name), names);
        QCOMPARE(model.totalItems(), 6);
    }

    void ageRuleChangesStateAndStaleFilter()
    {
        TreeFixture tree;
        tree.makeStandard();
        ItemsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const native::TimeNs now = Inventory::nowNs();
        model.setInventory(tree.scan(), mtimeRule(std::chrono::days(7), now));
        model.setFilter({{}, {}, true});
        QCOMPARE(model.rowCount(), 3);
        model.setAgeRule(mtimeRule(std::chrono::minutes(30), now));
        QCOMPARE(model.rowCount(), 4); // upload_zz91qq02.csv is an hour old
        model.setAgeRule(mtimeRule(std::chrono::days(50), now));
        QCOMPARE(model.rowCount(), 0);

        model.setFilter({});
        model.setAgeRule(mtimeRule(std::chrono::days(7), now));
        model.sort(ItemsModel::Name, Qt::AscendingOrder);
        QCOMPARE(model.index(0, ItemsModel::Name).data().toString(), QStringLiteral("report.pdf"));
        QCOMPARE(model.index(0, ItemsModel::State).data().toString(), QString());
        QCOMPARE(model.index(1, ItemsModel::Name).data().toString(), QStringLiteral("tmpab3_x9zq"));
        QCOMPARE(model.index(1, ItemsModel::State).data().toString(), QStringLiteral("stale"));
        QCOMPARE(model.index(1, ItemsModel::Age).data().toString(), QStringLiteral("5 w"));
    }

    void emptyWithoutInventory()
    {
        ItemsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.itemAt(model.index(0, 0)), nullptr);
        model.sort(ItemsModel::Age);
        model.setFilter({QStringLiteral("x"), {}, false});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(ItemsModelTest)
#include "ItemsModelTest.moc"
