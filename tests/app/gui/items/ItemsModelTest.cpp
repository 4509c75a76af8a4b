// ItemsModel over a real scanned tree: rows, sorting, filtering, staleness,
// in-use and protected states, and directories expanding to their contents.

#include "gui/items/ItemsModel.h"
#include "core/cleanup/ItemStates.h"
#include "core/inventory/Duration.h"
#include "gui/items/DetailsPane.h"
#include "tests/app/gui/TreeFixture.h"

#include <QAbstractItemModelTester>
#include <QProcess>
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
        rule.basis =
            AgeBasis::Mtime; // ctime cannot be set back, so "newest" would see every item as new
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

    static QStringList childNames(const ItemsModel &model, const QModelIndex &parent)
    {
        QStringList out;
        for (int r = 0; r < model.rowCount(parent); ++r)
            out << model.index(r, ItemsModel::Name, parent).data().toString();
        return out;
    }

    static QModelIndex rowNamed(const ItemsModel &model, const QString &name,
                                const QModelIndex &parent = {})
    {
        for (int r = 0; r < model.rowCount(parent); ++r) {
            const QModelIndex i = model.index(r, ItemsModel::Name, parent);
            if (i.data().toString() == name)
                return i;
        }
        return {};
    }

    // A child process that keeps `path` open as its standard input.
    static std::unique_ptr<QProcess> holdOpen(const QString &path)
    {
        auto process = std::make_unique<QProcess>();
        process->setStandardInputFile(path);
        process->start(QStringLiteral("sleep"), {QStringLiteral("30")});
        if (!process->waitForStarted())
            return {};
        return process;
    }

    static void stop(QProcess &process)
    {
        process.kill();
        process.waitForFinished();
    }

private Q_SLOTS:
    void rowsAreTheItems()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        ItemsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
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
        QTest::addColumn<QStringList>("names");
        const QString k2 = QStringLiteral("upload_k2j3h4g5.csv"); // 5000 bytes, 30 days
        const QString a8 = QStringLiteral("upload_a8b7c6d5.csv"); // 7000 bytes, 30 days
        const QString zz = QStringLiteral("upload_zz91qq02.csv"); // 1000 bytes, 1 hour
        const QString ab = QStringLiteral("tmpab3_x9zq");         // 400 bytes in 5, 40 days
        const QString q8 = QStringLiteral("tmpq8w7e6r5");         // 200 bytes in 3, 1 minute
        const QString report = QStringLiteral("report.pdf");      // 200000 bytes, 10 minutes
        QTest::newRow("name ascending") << int(ItemsModel::Name) << int(Qt::AscendingOrder)
                                        << QStringList{report, ab, q8, a8, k2, zz};
        QTest::newRow("name descending") << int(ItemsModel::Name) << int(Qt::DescendingOrder)
                                         << QStringList{zz, k2, a8, q8, ab, report};
        QTest::newRow("size ascending") << int(ItemsModel::Size) << int(Qt::AscendingOrder)
                                        << QStringList{q8, ab, zz, k2, a8, report};
        QTest::newRow("size descending") << int(ItemsModel::Size) << int(Qt::DescendingOrder)
                                         << QStringList{report, a8, k2, zz, ab, q8};
        // Ties (the four files of one entry) by name, the other way round too.
        QTest::newRow("entries descending") << int(ItemsModel::Entries) << int(Qt::DescendingOrder)
                                            << QStringList{ab, q8, zz, k2, a8, report};
        QTest::newRow("entries ascending") << int(ItemsModel::Entries) << int(Qt::AscendingOrder)
                                           << QStringList{report, a8, k2, zz, q8, ab};
        // The two 30-day-old files: a8 was made last, so it is never older.
        QTest::newRow("age descending: oldest first")
            << int(ItemsModel::Age) << int(Qt::DescendingOrder)
            << QStringList{ab, k2, a8, zz, report, q8};
        QTest::newRow("age ascending: newest first")
            << int(ItemsModel::Age) << int(Qt::AscendingOrder)
            << QStringList{q8, report, zz, a8, k2, ab};
    }

    void sortsByEveryColumn()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QStringList, names);
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        ItemsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInventory(tree.scan(), mtimeRule(std::chrono::days(7), Inventory::nowNs()));
        model.sort(column, Qt::SortOrder(order));
        QCOMPARE(this->column(model, ItemsModel::Name), names);
        // Sorting again by another column and back gives the same order.
        model.sort(column == ItemsModel::Name ? ItemsModel::Size : ItemsModel::Name);
        model.sort(column, Qt::SortOrder(order));
        QCOMPARE(this->column(model, ItemsModel::Name), names);
    }

    void sortKeepsPersistentIndexes()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        ItemsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInventory(tree.scan(), mtimeRule(std::chrono::days(7), Inventory::nowNs()));
        const QPersistentModelIndex report(model.index(0, ItemsModel::Name));
        QCOMPARE(report.data().toString(), QStringLiteral("report.pdf"));
        // Rows inside an expanded directory follow their entry too.
        const QPersistentModelIndex dir(rowNamed(model, QStringLiteral("tmpab3_x9zq")));
        const QPersistentModelIndex f2(rowNamed(model, QStringLiteral("f2"), dir));
        const QPersistentModelIndex f2Size(QModelIndex(f2).siblingAtColumn(ItemsModel::Size));
        QVERIFY(f2.isValid());
        model.sort(ItemsModel::Name, Qt::DescendingOrder);
        QCOMPARE(report.row(), model.rowCount() - 1);
        QCOMPARE(report.data().toString(), QStringLiteral("report.pdf"));
        QCOMPARE(dir.data().toString(), QStringLiteral("tmpab3_x9zq"));
        QCOMPARE(dir.row(), 4);
        QCOMPARE(childNames(model, dir), (QStringList{QStringLiteral("f3"), QStringLiteral("f2"),
                                                      QStringLiteral("f1"), QStringLiteral("f0")}));
        QCOMPARE(f2.data().toString(), QStringLiteral("f2"));
        QCOMPARE(f2.row(), 1);
        QCOMPARE(QModelIndex(f2).parent(), QModelIndex(dir));
        QCOMPARE(f2Size.column(), int(ItemsModel::Size));
        QCOMPARE(f2Size.row(), 1);
        model.sort(ItemsModel::Name, Qt::AscendingOrder);
        QCOMPARE(report.row(), 0);
        QCOMPARE(dir.row(), 1);
        QCOMPARE(f2.row(), 2);
        QCOMPARE(f2.data().toString(), QStringLiteral("f2"));
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
                                << QStringList{QStringLiteral("tmpab3_x9zq"),
                                               QStringLiteral("tmpq8w7e6r5")};
        QTest::newRow("stale only")
            << QString() << QString() << true
            << QStringList{QStringLiteral("tmpab3_x9zq"), QStringLiteral("upload_a8b7c6d5.csv"),
                           QStringLiteral("upload_k2j3h4g5.csv")};
        QTest::newRow("family and stale") << QString() << QStringLiteral("upload_*.csv") << true
                                          << QStringList{QStringLiteral("upload_a8b7c6d5.csv"),
                                                         QStringLiteral("upload_k2j3h4g5.csv")};
        QTest::newRow("nothing matches")
            << QStringLiteral("no such") << QString() << false << QStringList{};
    }

    void filters()
    {
        QFETCH(QString, text);
        QFETCH(QString, family);
        QFETCH(bool, staleOnly);
        QFETCH(QStringList, names);
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        ItemsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
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
        QVERIFY(tree.makeStandard());
        ItemsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
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

    void inUseByARealProcess()
    {
#ifndef Q_OS_LINUX
        QSKIP("the holders of a file are read from /proc");
#endif
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        const std::unique_ptr<QProcess> sleeper =
            holdOpen(tree.root() + QStringLiteral("/tmpab3_x9zq/f2"));
        QVERIFY(sleeper);
        const std::unique_ptr<QProcess> second =
            holdOpen(tree.root() + QStringLiteral("/report.pdf"));
        QVERIFY(second);
        const qint64 sleeperPid = sleeper->processId();
        const qint64 secondPid = second->processId();
        const auto inventory = tree.scan();
        const auto states = ItemStates::evaluate(*inventory, ProcessHolders::scan());
        stop(*sleeper);
        stop(*second);

        ItemsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInventory(inventory, mtimeRule(std::chrono::days(7), Inventory::nowNs()), states);
        const QString dirState = QStringLiteral("in use by PID %1 (sleep), stale").arg(sleeperPid);
        const QModelIndex dir = rowNamed(model, QStringLiteral("tmpab3_x9zq"));
        QVERIFY(dir.isValid());
        QCOMPARE(dir.siblingAtColumn(ItemsModel::State).data().toString(), dirState);
        QVERIFY(dir.siblingAtColumn(ItemsModel::State).data(ItemsModel::StateRole).toInt() &
                ItemsModel::InUse);
        QVERIFY(!dir.siblingAtColumn(ItemsModel::State)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
        QVERIFY(dir.siblingAtColumn(ItemsModel::State)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("f2: PID %1 (sleep), fd 0").arg(sleeperPid)));
        const QModelIndex report = rowNamed(model, QStringLiteral("report.pdf"));
        QCOMPARE(report.siblingAtColumn(ItemsModel::State).data().toString(),
                 QStringLiteral("in use by PID %1 (sleep)").arg(secondPid));
        // Inside the directory only the held file is in use.
        const QModelIndex f2 = rowNamed(model, QStringLiteral("f2"), dir);
        QVERIFY(f2.isValid());
        QVERIFY(f2.siblingAtColumn(ItemsModel::State)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("in use by PID %1 (sleep)").arg(sleeperPid)));
        QVERIFY(!rowNamed(model, QStringLiteral("f1"), dir)
                     .siblingAtColumn(ItemsModel::State)
                     .data()
                     .toString()
                     .contains(QStringLiteral("in use")));
        QCOMPARE(rowNamed(model, QStringLiteral("upload_a8b7c6d5.csv"))
                     .siblingAtColumn(ItemsModel::State)
                     .data()
                     .toString(),
                 QStringLiteral("stale"));

        // The details list the holder, where inside, and what that means for a cleanup.
        DetailsPane details;
        details.showRow(inventory, *model.rowItem(dir), model.ageRule(), states);
        QVERIFY2(details.text().contains(
                     QStringLiteral("Held by: PID %1 (sleep), fd 0 (inside: tmpab3_x9zq/f2)")
                         .arg(sleeperPid)),
                 qPrintable(details.text()));
        QVERIFY(details.text().contains(QStringLiteral("keeps it while it is in use")));
        details.showRow(inventory, *model.rowItem(f2), model.ageRule(), states);
        QVERIFY2(details.text().contains(
                     QStringLiteral("Held by: PID %1 (sleep), fd 0").arg(sleeperPid)),
                 qPrintable(details.text()));
        QCOMPARE(details.path(), tree.root() + QStringLiteral("/tmpab3_x9zq/f2"));
        details.showRow(inventory,
                        *model.rowItem(rowNamed(model, QStringLiteral("upload_a8b7c6d5.csv"))),
                        model.ageRule(), states);
        QVERIFY(details.text().contains(QStringLiteral("Held by: no process")));
    }

    void everyHolderIsListed()
    {
#ifndef Q_OS_LINUX
        QSKIP("the holders of a file are read from /proc");
#endif
        TreeFixture tree;
        QVERIFY(tree.file(QStringLiteral("shared.db"), 100, 60));
        const std::unique_ptr<QProcess> one = holdOpen(tree.root() + QStringLiteral("/shared.db"));
        const std::unique_ptr<QProcess> two = holdOpen(tree.root() + QStringLiteral("/shared.db"));
        QVERIFY(one && two);
        const qint64 onePid = one->processId();
        const qint64 twoPid = two->processId();
        const auto inventory = tree.scan();
        const auto states = ItemStates::evaluate(*inventory, ProcessHolders::scan());
        stop(*one);
        stop(*two);
        ItemsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInventory(inventory, mtimeRule(std::chrono::days(7), Inventory::nowNs()), states);
        const QString state = model.index(0, ItemsModel::State).data().toString();
        QCOMPARE(state, QStringLiteral("in use by PID %1 (sleep) and one other process")
                            .arg(std::min(onePid, twoPid)));
        DetailsPane details;
        details.showItem(inventory, 0, model.ageRule(), states);
        QVERIFY(details.text().contains(QStringLiteral("PID %1 (sleep), fd 0").arg(onePid)));
        QVERIFY(details.text().contains(QStringLiteral("PID %1 (sleep), fd 0").arg(twoPid)));
    }

    void protectedNames()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        QVERIFY(tree.directory(QStringLiteral(".X11-unix"), 1, 90 * Day));
        QVERIFY(
            tree.directory(QStringLiteral("systemd-private-abc-colord.service-x1"), 0, 90 * Day));
        const auto inventory = tree.scan();
        const auto states = ItemStates::evaluate(*inventory, ProcessHolders{});
        ItemsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInventory(inventory, mtimeRule(std::chrono::days(7), Inventory::nowNs()), states);
        const QModelIndex x11 = rowNamed(model, QStringLiteral(".X11-unix"));
        QCOMPARE(x11.siblingAtColumn(ItemsModel::State).data().toString(),
                 QStringLiteral("protected (X11 display sockets), stale"));
        QVERIFY(x11.siblingAtColumn(ItemsModel::State).data(ItemsModel::StateRole).toInt() &
                ItemsModel::Protected);
        QCOMPARE(rowNamed(model, QStringLiteral("systemd-private-abc-colord.service-x1"))
                     .siblingAtColumn(ItemsModel::State)
                     .data()
                     .toString(),
                 QStringLiteral("protected (private temp directories of running services), stale"));
        QCOMPARE(rowNamed(model, QStringLiteral("report.pdf"))
                     .siblingAtColumn(ItemsModel::State)
                     .data()
                     .toString(),
                 QString());
        // Sorting by state puts the protected ones together.
        model.sort(ItemsModel::State, Qt::DescendingOrder);
        const QStringList topTwo{model.index(0, ItemsModel::Name).data().toString(),
                                 model.index(1, ItemsModel::Name).data().toString()};
        QVERIFY(topTwo.contains(QStringLiteral(".X11-unix")));
        QVERIFY(topTwo.contains(QStringLiteral("systemd-private-abc-colord.service-x1")));

        DetailsPane details;
        details.showRow(inventory, *model.rowItem(rowNamed(model, QStringLiteral(".X11-unix"))),
                        model.ageRule(), states);
        QVERIFY2(details.text().contains(QStringLiteral("Protected: X11 display sockets")),
                 qPrintable(details.text()));
        QVERIFY(details.text().contains(QStringLiteral("never removes it")));
    }

    void directoriesExpand()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        QVERIFY(QDir(tree.root()).mkpath(QStringLiteral("tmpab3_x9zq/deep/er")));
        QVERIFY(tree.file(QStringLiteral("tmpab3_x9zq/deep/er/big"), 30000, 45 * Day));
        QVERIFY(tree.file(QStringLiteral("tmpab3_x9zq/deep/small"), 10, 45 * Day));
        ItemsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInventory(tree.scan(), mtimeRule(std::chrono::days(7), Inventory::nowNs()));
        const QModelIndex dir = rowNamed(model, QStringLiteral("tmpab3_x9zq"));
        const QPersistentModelIndex dirAfter = dir;
        QVERIFY(model.hasChildren(dir));
        QVERIFY(!model.hasChildren(rowNamed(model, QStringLiteral("report.pdf"))));
        QCOMPARE(model.rowCount(rowNamed(model, QStringLiteral("report.pdf"))), 0);
        QVERIFY(!model.hasChildren(dir.siblingAtColumn(ItemsModel::Size)));
        // Largest first, as at the top level (ties by name, in the same direction).
        QCOMPARE(childNames(model, dir),
                 (QStringList{QStringLiteral("deep"), QStringLiteral("f3"), QStringLiteral("f2"),
                              QStringLiteral("f1"), QStringLiteral("f0")}));
        const QModelIndex deep = model.index(0, ItemsModel::Name, dir);
        QCOMPARE(deep.parent(), dir);
        QCOMPARE(deep.siblingAtColumn(ItemsModel::Entries).data().toString(), QStringLiteral("4"));
        QCOMPARE(deep.siblingAtColumn(ItemsModel::Size).data().toString(), formatBytes(30010));
        QCOMPARE(deep.siblingAtColumn(ItemsModel::Kind).data().toString(),
                 QStringLiteral("directory"));
        QCOMPARE(deep.siblingAtColumn(ItemsModel::Family).data().toString(), QString());
        QCOMPARE(deep.data(ItemsModel::ItemIndexRole).value<qsizetype>(), qsizetype(-1));
        QCOMPARE(model.itemAt(deep), nullptr);
        QCOMPARE(model.rowItem(deep)->name, QStringLiteral("deep"));
        QCOMPARE(childNames(model, deep),
                 (QStringList{QStringLiteral("er"), QStringLiteral("small")}));
        const QModelIndex er = model.index(0, ItemsModel::Name, deep);
        QCOMPARE(er.parent().parent(), dir);
        QCOMPARE(childNames(model, er), QStringList{QStringLiteral("big")});

        // Sorting applies to the children too and persistent indexes follow.
        const QPersistentModelIndex f3(model.index(1, ItemsModel::Name, dir));
        const QPersistentModelIndex big(model.index(0, ItemsModel::Name, er));
        model.sort(ItemsModel::Name, Qt::DescendingOrder);
        QCOMPARE(childNames(model, dirAfter),
                 (QStringList{QStringLiteral("f3"), QStringLiteral("f2"), QStringLiteral("f1"),
                              QStringLiteral("f0"), QStringLiteral("deep")}));
        QCOMPARE(f3.data().toString(), QStringLiteral("f3"));
        QCOMPARE(f3.row(), 0);
        QCOMPARE(f3.parent().data().toString(), QStringLiteral("tmpab3_x9zq"));
        QCOMPARE(big.data().toString(), QStringLiteral("big"));
        QCOMPARE(big.parent().parent().data().toString(), QStringLiteral("deep"));
        QCOMPARE(model.index(4, ItemsModel::Name, dirAfter).data().toString(),
                 QStringLiteral("deep"));

        // Filters work on the items; the rows inside a shown item stay.
        model.setFilter({QStringLiteral("tmpab3"), {}, false});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowCount(model.index(0, 0)), 5);
        model.setFilter({QStringLiteral("f0"), {}, false});
        QCOMPARE(model.rowCount(), 0);
    }

    void onlyExpandedDirectoriesAreMaterialised()
    {
        TreeFixture tree;
        QVERIFY(QDir(tree.root()).mkpath(QStringLiteral("many")));
        for (int i = 0; i < 200; ++i)
            QVERIFY(tree.file(QStringLiteral("many/n%1").arg(i, 3, 10, QChar(u'0')), i, 60));
        QVERIFY(tree.file(QStringLiteral("single"), 5, 60));
        ItemsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInventory(tree.scan(), mtimeRule(std::chrono::days(7), Inventory::nowNs()));
        model.sort(ItemsModel::Size, Qt::AscendingOrder);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex many = rowNamed(model, QStringLiteral("many"));
        QVERIFY(model.hasChildren(many));
        QCOMPARE(model.rowCount(many), 200);
        QCOMPARE(model.index(0, ItemsModel::Name, many).data().toString(), QStringLiteral("n000"));
        QCOMPARE(model.index(199, ItemsModel::Name, many).data().toString(),
                 QStringLiteral("n199"));
        QVERIFY(!model.index(200, ItemsModel::Name, many).isValid());
    }

    void emptyWithoutInventory()
    {
        ItemsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.itemAt(model.index(0, 0)), nullptr);
        model.sort(ItemsModel::Age);
        model.setFilter({QStringLiteral("x"), {}, false});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(ItemsModelTest)
#include "ItemsModelTest.moc"
