// ReportModel over a made-up report: failures first, then removals, then what
// was kept, each kind in the report's order; the filters; the column titles.

#include "gui/cleanup/ReportModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace tempscope;
using namespace tempscope::gui;

class ReportModelTest final : public QObject
{
    Q_OBJECT

private:
    static CleanupReport report()
    {
        const struct
        {
            const char *path;
            CleanupOutcome action;
        } rows[] = {
            {"/t/kept-1", CleanupOutcome::Skipped},    {"/t/deleted-1", CleanupOutcome::Deleted},
            {"/t/failed-1", CleanupOutcome::Failed},   {"/t/gone", CleanupOutcome::AlreadyGone},
            {"/t/trashed", CleanupOutcome::Trashed},   {"/t/failed-2", CleanupOutcome::Failed},
            {"/t/deleted-2", CleanupOutcome::Deleted}, {"/t/kept-2", CleanupOutcome::Skipped}};
        CleanupReport out;
        for (const auto &r : rows) {
            CleanupResult result;
            result.path = QString::fromLatin1(r.path);
            result.action = r.action;
            result.bytes = 100;
            out.results.append(result);
        }
        return out;
    }

    static QStringList paths(const ReportModel &model)
    {
        QStringList out;
        for (int r = 0; r < model.rowCount(); ++r)
            out << model.index(r, ReportModel::Path).data().toString();
        return out;
    }

private Q_SLOTS:
    void failuresFirstThenRemovalsThenKept()
    {
        ReportModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReport(report());
        QCOMPARE(paths(model),
                 (QStringList{QStringLiteral("/t/failed-1"), QStringLiteral("/t/failed-2"),
                              QStringLiteral("/t/deleted-1"), QStringLiteral("/t/trashed"),
                              QStringLiteral("/t/deleted-2"), QStringLiteral("/t/kept-1"),
                              QStringLiteral("/t/gone"), QStringLiteral("/t/kept-2")}));
        QCOMPARE(model.index(0, ReportModel::Result).data().toString(), QStringLiteral("failed"));
        QCOMPARE(model.index(3, ReportModel::Result).data().toString(),
                 QStringLiteral("moved to trash"));
        QCOMPARE(model.index(6, ReportModel::Path).data(ReportModel::OutcomeRole).toInt(),
                 int(CleanupOutcome::AlreadyGone));
    }

    void filters()
    {
        ReportModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReport(report());
        QCOMPARE(model.count(ReportModel::Show::All), 8);
        QCOMPARE(model.count(ReportModel::Show::Removed), 3);
        QCOMPARE(model.count(ReportModel::Show::Skipped), 3);
        QCOMPARE(model.count(ReportModel::Show::Failed), 2);
        model.setShow(ReportModel::Show::Removed);
        QCOMPARE(paths(model),
                 (QStringList{QStringLiteral("/t/deleted-1"), QStringLiteral("/t/trashed"),
                              QStringLiteral("/t/deleted-2")}));
        model.setShow(ReportModel::Show::Skipped);
        QCOMPARE(paths(model), (QStringList{QStringLiteral("/t/kept-1"), QStringLiteral("/t/gone"),
                                            QStringLiteral("/t/kept-2")}));
        model.setShow(ReportModel::Show::Failed);
        QCOMPARE(paths(model),
                 (QStringList{QStringLiteral("/t/failed-1"), QStringLiteral("/t/failed-2")}));
        model.setReport({});
        QCOMPARE(model.rowCount(), 0);
    }

    void titles()
    {
        ReportModel model;
        const QStringList titles{QStringLiteral("Path"), QStringLiteral("Result"),
                                 QStringLiteral("Size"), QStringLiteral("Reason"),
                                 QStringLiteral("Rule")};
        for (int c = 0; c < ReportModel::ColumnCount; ++c)
            QCOMPARE(model.headerData(c, Qt::Horizontal).toString(), titles[c]);
        QVERIFY(!model.headerData(ReportModel::ColumnCount, Qt::Horizontal).isValid());
        QVERIFY(!model.headerData(-1, Qt::Horizontal).isValid());
        QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
    }
};

QTEST_GUILESS_MAIN(ReportModelTest)
#include "ReportModelTest.moc"
