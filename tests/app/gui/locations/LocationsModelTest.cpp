// LocationsModel: roots with volume facts and scan summaries.

#include "gui/locations/LocationsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tempscope;
using namespace tempscope::gui;

class LocationsModelTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rootsAndSummaries()
    {
        QTemporaryDir a;
        QTemporaryDir b;
        LocationsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRoots(
            {ScratchRoots::describe(a.path(), RootKind::SystemTemp),
             ScratchRoots::describe(b.path(), RootKind::User),
             ScratchRoots::describe(a.path() + QStringLiteral("/missing"), RootKind::User)});
        QCOMPARE(model.rowCount(), 3);
        const QString pathA = model.index(0, 0).data(LocationsModel::PathRole).toString();
        QCOMPARE(model.rowOf(pathA), 0);
        QCOMPARE(model.index(0, 0).data(LocationsModel::TitleRole).toString(),
                 QStringLiteral("Temporary directory"));
        QCOMPARE(model.index(0, 0).data(LocationsModel::SummaryRole).toString(),
                 QStringLiteral("Not scanned yet"));
        QVERIFY(!model.index(0, 0).data(LocationsModel::UserRootRole).toBool());
        QVERIFY(model.index(1, 0).data(LocationsModel::UserRootRole).toBool());
        QVERIFY(model.index(0, 0)
                    .data(LocationsModel::VolumeRole)
                    .toString()
                    .contains(QStringLiteral(" free of ")));
        const double free = model.index(0, 0).data(LocationsModel::FreeFractionRole).toDouble();
        QVERIFY(free >= 0.0 && free <= 1.0);
        // A missing location says so once, in words.
        QCOMPARE(model.index(2, 0).data(LocationsModel::SummaryRole).toString(),
                 QStringLiteral("Does not exist"));
        QVERIFY(model.index(2, 0).data(LocationsModel::VolumeRole).toString().isEmpty());
        QCOMPARE(model.index(2, 0).data(Qt::AccessibleTextRole).toString().count(u"exist"), 1);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        LocationSummary s;
        s.scanned = true;
        s.items = 12;
        s.bytes = 3 * 1024 * 1024;
        s.staleBytes = 1024 * 1024;
        model.setSummary(pathA, s);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, 0).data(LocationsModel::SummaryRole).toString(),
                 QStringLiteral("12 items · 3.0 MiB · 1.0 MiB stale"));
        // Summaries survive a refresh of the roots.
        model.setRoots(model.roots());
        QCOMPARE(model.summary(pathA).items, 12);
        s.scanning = true;
        model.setSummary(pathA, s);
        QCOMPARE(model.index(0, 0).data(LocationsModel::SummaryRole).toString(),
                 QStringLiteral("Scanning…"));
    }
};

QTEST_MAIN(LocationsModelTest)
#include "LocationsModelTest.moc"
