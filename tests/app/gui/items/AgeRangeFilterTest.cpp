// Filtering items by age range: in the model (half-open ranges on the rule's
// basis, like the age buckets) and through the filter bar's bucket choice.

#include "gui/items/FilterBar.h"
#include "gui/items/ItemsModel.h"
#include "tests/app/gui/TreeFixture.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QSignalSpy>
#include <QTest>

using namespace tempscope;
using namespace tempscope::gui;
using namespace tempscope::gui::test;
using namespace std::chrono;

class AgeRangeFilterTest final : public QObject
{
    Q_OBJECT

private:
    static QStringList names(const ItemsModel &model)
    {
        QStringList out;
        for (int r = 0; r < model.rowCount(); ++r)
            out << model.index(r, ItemsModel::Name).data().toString();
        out.sort();
        return out;
    }

private Q_SLOTS:
    void modelFiltersByAge_data()
    {
        // Seconds; -1: unbounded.
        QTest::addColumn<qint64>("minAge");
        QTest::addColumn<qint64>("maxAge");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("no range") << qint64(-1) << qint64(-1)
                                  << QStringList{QStringLiteral("report.pdf"),
                                                 QStringLiteral("tmpab3_x9zq"),
                                                 QStringLiteral("tmpq8w7e6r5"),
                                                 QStringLiteral("upload_a8b7c6d5.csv"),
                                                 QStringLiteral("upload_k2j3h4g5.csv"),
                                                 QStringLiteral("upload_zz91qq02.csv")};
        QTest::newRow("older than 7 d")
            << 7 * Day << qint64(-1)
            << QStringList{QStringLiteral("tmpab3_x9zq"), QStringLiteral("upload_a8b7c6d5.csv"),
                           QStringLiteral("upload_k2j3h4g5.csv")};
        QTest::newRow("newer than 30 min")
            << qint64(-1) << qint64(1800)
            << QStringList{QStringLiteral("report.pdf"), QStringLiteral("tmpq8w7e6r5")};
        QTest::newRow("30 min to 35 d") << qint64(1800) << 35 * Day
                                        << QStringList{QStringLiteral("upload_a8b7c6d5.csv"),
                                                       QStringLiteral("upload_k2j3h4g5.csv"),
                                                       QStringLiteral("upload_zz91qq02.csv")};
        QTest::newRow("empty range") << 100 * Day << 200 * Day << QStringList{};
    }

    void modelFiltersByAge()
    {
        QFETCH(qint64, minAge);
        QFETCH(qint64, maxAge);
        QFETCH(QStringList, expected);
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        ItemsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInventory(tree.scan(), {AgeBasis::Mtime, days(7), Inventory::nowNs()});
        ItemFilter filter;
        if (minAge >= 0)
            filter.minAge = seconds(minAge);
        if (maxAge >= 0)
            filter.maxAge = seconds(maxAge);
        QCOMPARE(filter.isEmpty(), minAge < 0 && maxAge < 0);
        model.setFilter(filter);
        QCOMPARE(names(model), expected);
    }

    void basisChangeRefilters()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        ItemsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const native::TimeNs now = Inventory::nowNs();
        model.setInventory(tree.scan(), {AgeBasis::Mtime, days(7), now});
        ItemFilter filter;
        filter.minAge = days(7);
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 3);
        // By ctime every item was made just now.
        model.setAgeRule({AgeBasis::Ctime, days(7), now});
        QCOMPARE(model.rowCount(), 0);
    }

    void bucketsPartitionTheItems()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        const auto inv = tree.scan();
        const native::TimeNs now = Inventory::nowNs();
        const QList<AgeBucket> buckets = inv->ageBuckets(AgeBasis::Mtime, now);
        FilterBar bar;
        ItemsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInventory(inv, {AgeBasis::Mtime, days(7), now});
        QObject::connect(&bar, &FilterBar::filterChanged, &model, &ItemsModel::setFilter);
        QCOMPARE(bar.ageBucket(), -1);
        QCOMPARE(bar.ageRangeBox()->count(), buckets.size() + 1);
        int total = 0;
        for (int b = 0; b < int(buckets.size()); ++b) {
            QSignalSpy changed(&bar, &FilterBar::filterChanged);
            bar.ageRangeBox()->setCurrentIndex(b + 1);
            QCOMPARE(changed.count(), 1);
            QCOMPARE(bar.ageRangeBox()->currentText(), buckets[b].label);
            QCOMPARE(quint32(model.rowCount()), buckets[b].count);
            quint64 bytes = 0;
            for (int r = 0; r < model.rowCount(); ++r)
                bytes += model.itemAt(model.index(r, 0))->bytes;
            QCOMPARE(bytes, buckets[b].bytes);
            total += model.rowCount();
        }
        QCOMPARE(total, 6);
        bar.setAgeBucket(-1);
        QCOMPARE(model.rowCount(), 6);
        QVERIFY(!bar.filter().minAge && !bar.filter().maxAge);
        bar.setAgeBucket(0);
        QVERIFY(!bar.filter().minAge);
        QVERIFY(bar.filter().maxAge == hours(1));
    }
};

QTEST_MAIN(AgeRangeFilterTest)
#include "AgeRangeFilterTest.moc"
