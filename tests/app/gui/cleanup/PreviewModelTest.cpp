// PreviewModel over a plan of a real scanned tree: the rows of each section,
// sorting by every column (the whole order), check boxes and persistent
// indexes that follow their entry through a sort, and the column titles.

#include "gui/cleanup/PreviewModel.h"
#include "tests/app/gui/TreeFixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <unistd.h>

using namespace tempscope;
using namespace tempscope::gui;
using namespace tempscope::gui::test;

class PreviewModelTest final : public QObject
{
    Q_OBJECT

private:
    // The standard tree's plan: items older than 7 days by mtime are
    // candidates (tmpab3_x9zq, upload_a8b7c6d5.csv, upload_k2j3h4g5.csv).
    static std::shared_ptr<const CleanupPlan> planOf(const TreeFixture &tree)
    {
        CleanupRule rule;
        rule.olderThan = std::chrono::days(7);
        rule.basis = AgeBasis::Mtime;
        CleanupPlan::Context context;
        context.now = Inventory::nowNs();
        context.uid = ::getuid();
        auto plan = std::make_shared<CleanupPlan>(QList<CleanupRule>{rule}, context);
        plan->addRoot(*tree.scan());
        return plan;
    }

    static QStringList paths(const PreviewModel &model)
    {
        QStringList out;
        for (int r = 0; r < model.rowCount(); ++r)
            out << model.index(r, PreviewModel::Path).data().toString();
        return out;
    }

    static const QString ab, a8, k2;

private Q_SLOTS:
    void sortsByEveryColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("path ascending")
            << int(PreviewModel::Path) << int(Qt::AscendingOrder) << QStringList{ab, a8, k2};
        QTest::newRow("path descending")
            << int(PreviewModel::Path) << int(Qt::DescendingOrder) << QStringList{k2, a8, ab};
        QTest::newRow("size ascending")
            << int(PreviewModel::Size) << int(Qt::AscendingOrder) << QStringList{ab, k2, a8};
        QTest::newRow("size descending")
            << int(PreviewModel::Size) << int(Qt::DescendingOrder) << QStringList{a8, k2, ab};
        // a8 was made after k2, so it is never older; equal ages go by path.
        QTest::newRow("age descending")
            << int(PreviewModel::Age) << int(Qt::DescendingOrder) << QStringList{ab, k2, a8};
        QTest::newRow("age ascending")
            << int(PreviewModel::Age) << int(Qt::AscendingOrder) << QStringList{a8, k2, ab};
        // One rule selected them all: by path.
        QTest::newRow("rule ascending")
            << int(PreviewModel::Detail) << int(Qt::AscendingOrder) << QStringList{ab, a8, k2};
    }

    void sortsByEveryColumn()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QStringList, names);
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        PreviewModel model(PreviewModel::Section::Candidates);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(planOf(tree));
        QCOMPARE(model.totalCount(), 3);
        QCOMPARE(model.totalBytes(), 12400u);
        model.sort(column, Qt::SortOrder(order));
        QCOMPARE(paths(model), names);
        model.sort(column == PreviewModel::Size ? PreviewModel::Path : PreviewModel::Size);
        model.sort(column, Qt::SortOrder(order));
        QCOMPARE(paths(model), names);
    }

    void checksAndPersistentIndexesFollowTheirEntry()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        PreviewModel model(PreviewModel::Section::Candidates);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(planOf(tree));
        QCOMPARE(model.checkedCount(), 3);
        const int row = model.rowOf(tree.root() + u'/' + k2);
        QCOMPARE(row, 2);
        QSignalSpy checked(&model, &PreviewModel::checkedChanged);
        QVERIFY(model.setData(model.index(row, PreviewModel::Path), int(Qt::Unchecked),
                              Qt::CheckStateRole));
        QCOMPARE(checked.count(), 1);
        QCOMPARE(model.checkedCount(), 2);
        QCOMPARE(model.checkedBytes(), 7400u);
        const QPersistentModelIndex path(model.index(row, PreviewModel::Path));
        const QPersistentModelIndex size(model.index(row, PreviewModel::Size));
        const QPersistentModelIndex first(model.index(0, PreviewModel::Age));

        model.sort(PreviewModel::Size, Qt::DescendingOrder);
        QCOMPARE(paths(model), (QStringList{a8, k2, ab}));
        QCOMPARE(path.row(), 1);
        QCOMPARE(path.data().toString(), k2);
        QCOMPARE(path.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(size.row(), 1);
        QCOMPARE(size.column(), int(PreviewModel::Size));
        QCOMPARE(first.row(), 2);
        QCOMPARE(first.column(), int(PreviewModel::Age));
        QCOMPARE(model.rowOf(tree.root() + u'/' + k2), 1);
        QCOMPARE(model.uncheckedPaths(), QSet<QString>{tree.root() + u'/' + k2});
        // The others are still checked, wherever they went.
        QCOMPARE(model.index(0, PreviewModel::Path).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Checked));
        QCOMPARE(model.index(2, PreviewModel::Path).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Checked));
    }

    void keptSectionAndTitles()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        const auto plan = planOf(tree);
        PreviewModel candidates(PreviewModel::Section::Candidates);
        PreviewModel kept(PreviewModel::Section::Kept);
        QAbstractItemModelTester tester(&kept,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        candidates.setPlan(plan);
        kept.setPlan(plan);
        kept.sort(PreviewModel::Size, Qt::DescendingOrder);
        QCOMPARE(paths(kept),
                 (QStringList{QStringLiteral("report.pdf"), QStringLiteral("upload_zz91qq02.csv"),
                              QStringLiteral("tmpq8w7e6r5")}));
        QCOMPARE(kept.totalBytes(), 201200u);
        QCOMPARE(kept.checkedCount(), 0);
        QVERIFY(!(kept.flags(kept.index(0, PreviewModel::Path)) & Qt::ItemIsUserCheckable));
        QVERIFY(!kept.index(0, PreviewModel::Detail).data().toString().isEmpty());

        const QStringList titles{QStringLiteral("Path"), QStringLiteral("Size"),
                                 QStringLiteral("Age")};
        for (int c = 0; c < PreviewModel::Detail; ++c) {
            QCOMPARE(candidates.headerData(c, Qt::Horizontal).toString(), titles[c]);
            QCOMPARE(kept.headerData(c, Qt::Horizontal).toString(), titles[c]);
        }
        QCOMPARE(candidates.headerData(PreviewModel::Detail, Qt::Horizontal).toString(),
                 QStringLiteral("Rule"));
        QCOMPARE(kept.headerData(PreviewModel::Detail, Qt::Horizontal).toString(),
                 QStringLiteral("Kept because"));
        QVERIFY(!kept.headerData(PreviewModel::ColumnCount, Qt::Horizontal).isValid());
        QVERIFY(!kept.headerData(0, Qt::Vertical).isValid());
        QVERIFY(!kept.headerData(0, Qt::Horizontal, Qt::ToolTipRole).isValid());
    }
};

const QString PreviewModelTest::ab = QStringLiteral("tmpab3_x9zq");
const QString PreviewModelTest::a8 = QStringLiteral("upload_a8b7c6d5.csv");
const QString PreviewModelTest::k2 = QStringLiteral("upload_k2j3h4g5.csv");

QTEST_MAIN(PreviewModelTest)
#include "PreviewModelTest.moc"
