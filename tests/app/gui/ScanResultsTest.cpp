// ScanResults, the window's cache of scans: which scan of a root it keeps,
// live updates over the kept scan only, the rule's time, and summaries.

#include "gui/ScanResults.h"
#include "gui/scan/LiveWatcher.h"
#include "tests/app/gui/TreeFixture.h"

#include <QTest>

using namespace tempscope;
using namespace tempscope::gui;
using namespace tempscope::gui::test;

class ScanResultsTest final : public QObject
{
    Q_OBJECT

private:
    static RootScan scanOf(const TreeFixture &tree, native::TimeNs at)
    {
        RootScan scan;
        scan.requested = tree.root();
        scan.inventory = tree.scan();
        scan.scannedAt = at;
        return scan;
    }

    static RootScan failed(const QString &root, const QString &error)
    {
        RootScan scan;
        scan.requested = root;
        scan.error = error;
        scan.scannedAt = Inventory::nowNs();
        return scan;
    }

private Q_SLOTS:
    void aFailedRescanKeepsTheGoodScan()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        ScanResults results;
        QVERIFY(!results.contains(tree.root()));
        QVERIFY(!results.value(tree.root()).ok());

        // A first failure is kept: the locations list says why.
        results.finished(failed(tree.root(), QStringLiteral("first")));
        QVERIFY(results.contains(tree.root()));
        QCOMPARE(results.value(tree.root()).error, QStringLiteral("first"));
        results.finished(failed(tree.root(), QStringLiteral("second")));
        QCOMPARE(results.value(tree.root()).error, QStringLiteral("second"));

        const RootScan good = scanOf(tree, Inventory::nowNs());
        results.finished(good);
        QCOMPARE(results.value(tree.root()).inventory, good.inventory);
        results.finished(failed(tree.root(), QStringLiteral("later")));
        QCOMPARE(results.value(tree.root()).inventory, good.inventory);
        QVERIFY(results.value(tree.root()).error.isEmpty());

        const RootScan newer = scanOf(tree, Inventory::nowNs());
        results.finished(newer);
        QCOMPARE(results.value(tree.root()).inventory, newer.inventory);
        QCOMPARE(results.roots(), QStringList{tree.root()});
        results.remove(tree.root());
        QVERIFY(!results.contains(tree.root()));
        QVERIFY(results.roots().isEmpty());
    }

    void aStoppedRescanNeverReplacesCompleteResults()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        ScanResults results;

        // The first scan is stopped: with nothing better, it is kept and
        // says it is incomplete.
        RootScan partial = scanOf(tree, 1000);
        partial.cancelled = true;
        results.finished(partial);
        QCOMPARE(results.value(tree.root()).inventory, partial.inventory);
        QVERIFY(!results.setAside(tree.root()));
        QVERIFY(results.summary(tree.root(), AgeRule()).cancelled);

        // A complete scan replaces it; a stopped rescan then does not.
        const RootScan complete = scanOf(tree, 2000);
        results.finished(complete);
        RootScan stopped = scanOf(tree, 3000);
        stopped.cancelled = true;
        results.finished(stopped);
        QCOMPARE(results.value(tree.root()).inventory, complete.inventory);
        QVERIFY(!results.value(tree.root()).cancelled);
        QCOMPARE(results.nowFor(tree.root()), native::TimeNs(2000));
        const auto aside = results.setAside(tree.root());
        QVERIFY(aside);
        QVERIFY(aside->stopped());
        QCOMPARE(aside->at, native::TimeNs(3000));
        LocationSummary s = results.summary(tree.root(), AgeRule());
        QVERIFY(!s.cancelled);
        QCOMPARE(s.rescanSetAside, LocationSummary::RescanStopped);

        // A failed rescan is set aside too, with its reason.
        results.finished(failed(tree.root(), QStringLiteral("permission denied")));
        QCOMPARE(results.value(tree.root()).inventory, complete.inventory);
        QCOMPARE(results.setAside(tree.root())->error, QStringLiteral("permission denied"));
        s = results.summary(tree.root(), AgeRule());
        QCOMPARE(s.rescanSetAside, LocationSummary::RescanFailed);
        QVERIFY(s.error.isEmpty());

        // The next complete scan is shown and nothing is set aside.
        const RootScan later = scanOf(tree, 4000);
        results.finished(later);
        QCOMPARE(results.value(tree.root()).inventory, later.inventory);
        QVERIFY(!results.setAside(tree.root()));
        QCOMPARE(results.summary(tree.root(), AgeRule()).rescanSetAside,
                 LocationSummary::NoRescanSetAside);

        // A stopped scan does replace an earlier stopped one (it is newer),
        // and a failure does not replace a stopped one (it read nothing).
        ScanResults second;
        second.finished(partial);
        RootScan newerPartial = scanOf(tree, 5000);
        newerPartial.cancelled = true;
        second.finished(newerPartial);
        QCOMPARE(second.value(tree.root()).inventory, newerPartial.inventory);
        second.finished(failed(tree.root(), QStringLiteral("gone")));
        QCOMPARE(second.value(tree.root()).inventory, newerPartial.inventory);
        QVERIFY(second.setAside(tree.root()));
        second.remove(tree.root());
        QVERIFY(!second.setAside(tree.root()));
    }

    void liveUpdatesOnlyOverTheKeptScan()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        ScanResults results;
        const RootScan kept = scanOf(tree, 1000);
        results.finished(kept);

        LiveUpdate stale;
        stale.base = tree.scan(); // computed against another scan of the root
        stale.scan = scanOf(tree, 1000);
        QVERIFY(!results.updated(stale));
        QCOMPARE(results.value(tree.root()).inventory, kept.inventory);

        LiveUpdate update;
        update.base = kept.inventory;
        update.scan = scanOf(tree, 1000);
        QVERIFY(results.updated(update));
        QCOMPARE(results.value(tree.root()).inventory, update.scan.inventory);
        // The base is gone now: the same update again does not apply.
        QVERIFY(!results.updated(update));
    }

    void ruleTimeAndSummary()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        ScanResults results;
        const native::TimeNs before = Inventory::nowNs();
        QVERIFY(results.nowFor(tree.root()) >= before); // not scanned: now
        const native::TimeNs at = Inventory::nowNs();
        results.finished(scanOf(tree, at));
        QCOMPARE(results.nowFor(tree.root()), at);

        AgeRule rule;
        rule.basis = AgeBasis::Mtime;
        rule.threshold = std::chrono::days(7);
        rule.now = 0; // the summary measures from the scan's time
        const LocationSummary s = results.summary(tree.root(), rule);
        QVERIFY(s.scanned);
        QVERIFY(!s.cancelled);
        QCOMPARE(s.items, 6);
        QCOMPARE(s.bytes, 213600u);
        QCOMPARE(s.staleBytes, 12400u); // the two 30-day-old uploads and the 40-day-old directory

        results.finished(failed(QStringLiteral("/nowhere"), QStringLiteral("gone")));
        const LocationSummary f = results.summary(QStringLiteral("/nowhere"), rule);
        QVERIFY(!f.scanned);
        QCOMPARE(f.error, QStringLiteral("gone"));
        QCOMPARE(f.items, 0);
    }
};

QTEST_GUILESS_MAIN(ScanResultsTest)
#include "ScanResultsTest.moc"
