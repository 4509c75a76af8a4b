// FamiliesModel over a real scanned tree: counts, sizes, stale shares.

#include "gui/items/FamiliesModel.h"
#include "tests/app/gui/TreeFixture.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace tempscope;
using namespace tempscope::gui;
using namespace tempscope::gui::test;

class FamiliesModelTest final : public QObject
{
    Q_OBJECT

private:
    static int rowOf(const FamiliesModel &model, const QString &key)
    {
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, 0).data(FamiliesModel::KeyRole).toString() == key)
                return r;
        }
        return -1;
    }

private Q_SLOTS:
    void familiesOfTheStandardTree()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        FamiliesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        AgeRule rule{AgeBasis::Mtime, std::chrono::days(7), Inventory::nowNs()};
        model.setInventory(tree.scan(), rule);
        QCOMPARE(model.rowCount(), 3); // upload_*.csv, tmp*, report.pdf

        const int upload = rowOf(model, QStringLiteral("upload_*.csv"));
        QVERIFY(upload >= 0);
        QCOMPARE(model.index(upload, FamiliesModel::Count).data().toString(), QStringLiteral("3"));
        QCOMPARE(
            model.index(upload, FamiliesModel::Size).data(FamiliesModel::SortRole).toULongLong(),
            13000ull);
        QCOMPARE(model.index(upload, FamiliesModel::Oldest).data().toString(),
                 QStringLiteral("4 w"));
        QCOMPARE(model.index(upload, FamiliesModel::Newest).data().toString(),
                 QStringLiteral("1 h"));
        // Two items, 12,000 of 13,000 bytes, are stale.
        QCOMPARE(model.index(upload, FamiliesModel::Stale).data().toString(),
                 QStringLiteral("2 · 11.7 KiB"));
        QCOMPARE(model.index(upload, FamiliesModel::Stale).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("2 stale items, 92 % of the family's bytes"));

        const int report = rowOf(model, QStringLiteral("report.pdf"));
        QCOMPARE(model.index(report, FamiliesModel::Stale).data().toString(),
                 QStringLiteral("none"));
        // Largest first.
        QCOMPARE(model.index(0, FamiliesModel::Key).data().toString(),
                 QStringLiteral("report.pdf"));
    }

    void thresholdChangesStaleShare()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        FamiliesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const native::TimeNs now = Inventory::nowNs();
        model.setInventory(tree.scan(), {AgeBasis::Mtime, std::chrono::days(7), now});
        model.setAgeRule({AgeBasis::Mtime, std::chrono::seconds(30), now});
        const int tmp = rowOf(model, QStringLiteral("tmp*"));
        QCOMPARE(model.index(tmp, FamiliesModel::Stale).data().toString(),
                 QStringLiteral("2 · 600 B"));
        model.setAgeRule({AgeBasis::Mtime, std::nullopt, now});
        QCOMPARE(model.index(tmp, FamiliesModel::Stale).data().toString(), QString());
    }

    void emptyWithoutInventory()
    {
        FamiliesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setInventory(nullptr, {});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(FamiliesModelTest)
#include "FamiliesModelTest.moc"
