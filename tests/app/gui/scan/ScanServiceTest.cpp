// ScanService and ScanWorker over real trees in temporary directories: what
// a scan reports, errors, the queue of several roots, rescans, cancelling,
// and the worker on its own.

#include "gui/scan/ScanService.h"
#include "core/cleanup/ItemStates.h"
#include "gui/scan/ScanWorker.h"
#include "tests/app/gui/TreeFixture.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <memory>

using namespace tempscope;
using namespace tempscope::gui;
using namespace tempscope::gui::test;

class ScanServiceTest final : public QObject
{
    Q_OBJECT

private:
    static constexpr int Timeout = 20000; // ms; a slow CI machine scans a small tree in far less

    // What a service reports.
    struct Reports
    {
        explicit Reports(ScanService &service)
            : started(&service, &ScanService::started), finished(&service, &ScanService::finished),
              idle(&service, &ScanService::idle)
        {
        }
        QSignalSpy started;
        QSignalSpy finished;
        QSignalSpy idle;
    };

    static RootScan resultAt(const QSignalSpy &spy, qsizetype i)
    {
        return spy.at(i).at(0).value<RootScan>();
    }

    static QStringList names(const RootScan &scan)
    {
        QStringList out;
        if (scan.inventory) {
            for (const Item &item : scan.inventory->items())
                out << item.name;
        }
        out.sort();
        return out;
    }

    static QStringList roots(const QSignalSpy &spy)
    {
        QStringList out;
        for (const QList<QVariant> &args : spy)
            out << args.at(0).toString();
        return out;
    }

    static const Item *itemNamed(const RootScan &scan, const QString &name)
    {
        for (const Item &item : scan.inventory->items()) {
            if (item.name == name)
                return &item;
        }
        return nullptr;
    }

    // A tree that takes a while to scan: `count` directories with a file each.
    static bool makeWide(TreeFixture &tree, int count)
    {
        for (int i = 0; i < count; ++i) {
            if (!tree.directory(QStringLiteral("d%1").arg(i), 1, 60))
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void scansATreeAndReportsWhatIsInIt()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        ScanService service;
        Reports r(service);
        service.setUserFamilies({QStringLiteral("report")});
        const native::TimeNs before = Inventory::nowNs();
        service.scan(tree.root());
        QVERIFY(service.busy());
        QCOMPARE(service.running(), QStringList{tree.root()});
        QVERIFY(service.isRunning(tree.root()));
        QTRY_COMPARE_WITH_TIMEOUT(r.idle.count(), 1, Timeout);
        const native::TimeNs after = Inventory::nowNs();

        QCOMPARE(roots(r.started), QStringList{tree.root()});
        QCOMPARE(r.finished.count(), 1);
        QVERIFY(!service.busy());
        const RootScan scan = resultAt(r.finished, 0);
        QCOMPARE(scan.requested, tree.root());
        QVERIFY2(scan.ok(), qPrintable(scan.error));
        QVERIFY(scan.error.isEmpty());
        QVERIFY(!scan.cancelled);
        QVERIFY(scan.states);
        QVERIFY(scan.scannedAt >= before && scan.scannedAt <= after);
        QVERIFY(scan.elapsedMs >= 0);
        QCOMPARE(names(scan),
                 (QStringList{QStringLiteral("report.pdf"), QStringLiteral("tmpab3_x9zq"),
                              QStringLiteral("tmpq8w7e6r5"), QStringLiteral("upload_a8b7c6d5.csv"),
                              QStringLiteral("upload_k2j3h4g5.csv"),
                              QStringLiteral("upload_zz91qq02.csv")}));
        const Item *dir = itemNamed(scan, QStringLiteral("tmpab3_x9zq"));
        QVERIFY(dir);
        QCOMPARE(dir->entries, 5u);
        QCOMPARE(dir->bytes, 400u);
        QCOMPARE(scan.inventory->totalBytes(), 213600u);
        // The user family given before the scan names the report's family.
        QCOMPARE(itemNamed(scan, QStringLiteral("report.pdf"))->family,
                 PrefixFamilies::userFamilyKey(QStringLiteral("report")));
        QCOMPARE(itemNamed(scan, QStringLiteral("upload_k2j3h4g5.csv"))->family,
                 QStringLiteral("upload_*.csv"));
    }

    void aRootThatCannotBeScannedReportsWhy()
    {
        TreeFixture tree;
        const QString missing = tree.root() + QStringLiteral("/no-such-directory");
        ScanService service;
        Reports r(service);
        service.scan(missing);
        QTRY_COMPARE_WITH_TIMEOUT(r.idle.count(), 1, Timeout);
        QCOMPARE(r.finished.count(), 1);
        const RootScan scan = resultAt(r.finished, 0);
        QCOMPARE(scan.requested, missing);
        QVERIFY(!scan.ok());
        QVERIFY(!scan.states);
        QCOMPARE(scan.error, QStringLiteral("does not exist")); // in words, no "error 2"
        QCOMPARE(ScanWorker::rootErrorText({EIO, "input/output error"}),
                 QStringLiteral("input/output error (error %1)").arg(EIO));
    }

    void severalRootsRunOneAfterAnother()
    {
        TreeFixture a, b, c;
        QVERIFY(a.makeStandard());
        QVERIFY(b.file(QStringLiteral("only-b"), 10, 60));
        QVERIFY(c.file(QStringLiteral("only-c"), 20, 60));
        QVERIFY(c.file(QStringLiteral("also-c"), 30, 60));
        ScanService service(nullptr, 1);
        Reports r(service);
        service.scan(a.root());
        service.scan(b.root());
        service.scan(b.root()); // queued once
        service.scan(a.root()); // running: ignored
        service.scan(c.root(), true);
        QCOMPARE(service.queued(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(r.idle.count(), 1, Timeout);

        // The first one runs at once; `first` puts c ahead of b.
        QCOMPARE(roots(r.started), (QStringList{a.root(), c.root(), b.root()}));
        QCOMPARE(r.finished.count(), 3);
        QCOMPARE(resultAt(r.finished, 0).requested, a.root());
        QCOMPARE(names(resultAt(r.finished, 0)).size(), 6);
        QCOMPARE(resultAt(r.finished, 1).requested, c.root());
        QCOMPARE(names(resultAt(r.finished, 1)),
                 (QStringList{QStringLiteral("also-c"), QStringLiteral("only-c")}));
        QCOMPARE(resultAt(r.finished, 2).requested, b.root());
        QCOMPARE(names(resultAt(r.finished, 2)), QStringList{QStringLiteral("only-b")});
        QCOMPARE(service.queued(), 0);
    }

    // Two at a time: the first two start at once, the third when one of
    // them is done; `first` puts a root ahead of the queue, and a root is
    // never scanned twice at the same time (its rescan waits for it).
    void severalRootsAtOnce()
    {
        TreeFixture wide, b, c;
        QVERIFY(makeWide(wide, 300));
        QVERIFY(b.file(QStringLiteral("only-b"), 10, 60));
        QVERIFY(c.file(QStringLiteral("only-c"), 20, 60));
        ScanService service(nullptr, 2);
        QCOMPARE(service.parallel(), 2);
        Reports r(service);
        service.scan(wide.root());
        service.scan(b.root());
        service.scan(c.root());
        QCOMPARE(roots(r.started), (QStringList{wide.root(), b.root()}));
        QCOMPARE(service.running(), (QStringList{wide.root(), b.root()}));
        QCOMPARE(service.queued(), 1);
        service.rescan(wide.root()); // running: follows it, ahead of c
        QCOMPARE(service.queued(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(r.idle.count(), 1, Timeout);
        QCOMPARE(r.finished.count(), 4);
        const QStringList started = roots(r.started);
        QCOMPARE(started.size(), 4);
        QCOMPARE(started.count(wide.root()), 2);
        QCOMPARE(started.count(c.root()), 1);
        // The rescan of `wide` started only after its first scan finished.
        QStringList order;
        for (const QList<QVariant> &args : r.finished)
            order << qvariant_cast<RootScan>(args.at(0)).requested;
        QVERIFY(order.indexOf(wide.root()) < order.lastIndexOf(wide.root()));
        QVERIFY(started.lastIndexOf(wide.root()) > 1);
        for (int i = 0; i < r.finished.count(); ++i)
            QVERIFY(resultAt(r.finished, i).ok());
        QVERIFY(!service.busy());
    }

    void byDefaultOneScanPerCore()
    {
        ScanService service;
        QCOMPARE(service.parallel(), std::clamp(QThread::idealThreadCount(), 1, 4));
    }

    void rescanOfTheRunningRootFollowsIt()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        ScanService service;
        Reports r(service);
        service.scan(tree.root());
        service.rescan(tree.root()); // running: scanned once more afterwards
        QCOMPARE(service.queued(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(r.idle.count(), 1, Timeout);
        QCOMPARE(roots(r.started), (QStringList{tree.root(), tree.root()}));
        QCOMPARE(r.finished.count(), 2);
        QVERIFY(resultAt(r.finished, 1).ok());
    }

    void familiesChangedWhileScanningScanAgain()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        ScanService service;
        Reports r(service);
        service.scan(tree.root());
        service.setUserFamilies({QStringLiteral("upload_*")}); // running: scanned again
        QCOMPARE(service.queued(), 1);
        service.setUserFamilies({QStringLiteral("upload_*")}); // unchanged: no more
        service.scan(tree.root(), true);                       // already queued: once
        QCOMPARE(service.queued(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(r.idle.count(), 1, Timeout);
        QCOMPARE(roots(r.started), (QStringList{tree.root(), tree.root()}));
        const RootScan second = resultAt(r.finished, 1);
        QVERIFY(second.ok());
        QStringList families;
        for (const Item &item : second.inventory->items()) {
            if (item.name.startsWith(QStringLiteral("upload_")))
                families << item.family;
        }
        QCOMPARE(families.size(), 3);
        QCOMPARE(families.count(QStringLiteral("upload_*")), 3);
    }

    void cancelStopsTheScanAndDropsTheQueue()
    {
        TreeFixture wide, other;
        QVERIFY(makeWide(wide, 400));
        QVERIFY(other.makeStandard());
        ScanService service(nullptr, 1);
        Reports r(service);
        service.scan(wide.root());
        service.scan(other.root());
        service.cancel();
        QCOMPARE(service.queued(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(r.idle.count(), 1, Timeout);
        // The running scan still reports, as stopped and incomplete; the
        // queued one never starts.
        QCOMPARE(roots(r.started), QStringList{wide.root()});
        QCOMPARE(r.finished.count(), 1);
        const RootScan scan = resultAt(r.finished, 0);
        QCOMPARE(scan.requested, wide.root());
        QVERIFY(scan.ok());
        QVERIFY(scan.cancelled);
        QVERIFY(scan.inventory->tree().cancelled());
        QVERIFY(scan.inventory->tree().size() < 1 + 2 * 400);

        // The service scans again afterwards, completely.
        service.scan(other.root());
        QTRY_COMPARE_WITH_TIMEOUT(r.idle.count(), 2, Timeout);
        QCOMPARE(r.finished.count(), 2);
        QVERIFY(!resultAt(r.finished, 1).cancelled);
        QCOMPARE(names(resultAt(r.finished, 1)).size(), 6);
    }

    void destroyedWhileScanning()
    {
        TreeFixture wide;
        QVERIFY(makeWide(wide, 200));
        auto service = std::make_unique<ScanService>();
        service->scan(wide.root());
        service->scan(wide.root() + QStringLiteral("/d1"));
        // Cancels, joins the thread and deletes the worker: this fails by
        // hanging, crashing or (under ASan) leaking.
        QSignalSpy destroyed(service.get(), &QObject::destroyed);
        service.reset();
        QCOMPARE(destroyed.count(), 1);
    }

    void theWorkerOnItsOwn()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        std::atomic<bool> cancel{false};
        ScanWorker worker(&cancel);
        QSignalSpy finished(&worker, &ScanWorker::finished);
        worker.scan(tree.root(), {QStringLiteral("upload_*.csv"), QStringLiteral("tmpq8")});
        QCOMPARE(finished.count(), 1); // on the calling thread, before scan() returns
        const RootScan scan = resultAt(finished, 0);
        QVERIFY(scan.ok());
        QVERIFY(!scan.cancelled);
        QCOMPARE(names(scan).size(), 6);
        QCOMPARE(itemNamed(scan, QStringLiteral("tmpq8w7e6r5"))->family,
                 PrefixFamilies::userFamilyKey(QStringLiteral("tmpq8")));
        QCOMPARE(itemNamed(scan, QStringLiteral("tmpab3_x9zq"))->family, QStringLiteral("tmp*"));

        // With the flag set the scan stops before listing anything.
        cancel = true;
        worker.scan(tree.root(), {});
        QCOMPARE(finished.count(), 2);
        const RootScan stopped = resultAt(finished, 1);
        QVERIFY(stopped.ok());
        QVERIFY(stopped.cancelled);
        QCOMPARE(stopped.inventory->items().size(), 0);
    }
};

QTEST_GUILESS_MAIN(ScanServiceTest)
#include "ScanServiceTest.moc"
