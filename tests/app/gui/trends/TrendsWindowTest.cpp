// The Trends window on a synthetic history: the ranking puts the leak first,
// the chart shows one line per root and, for one root, its largest families;
// a missing database is said; the opt-in "snapshot after each scan" is
// saved and records a real scan, which the window then shows.

#include "gui/trends/TrendsWindow.h"
#include "core/history/HistoryStore.h"
#include "core/inventory/Inventory.h"
#include "core/inventory/PathText.h"
#include "core/native/Scanner.h"
#include "gui/Translations.h"
#include "gui/trends/SnapshotRecorder.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace tempscope;
using namespace tempscope::gui;

namespace {

constexpr qint64 Day = 86400;
constexpr qint64 T0 = 1'700'000'000;

FamilySample family(const QString &key, double bytes)
{
    FamilySample f;
    f.family = key;
    f.count = 1;
    f.bytes = quint64(bytes);
    return f;
}

// 20 days, two snapshots a day: in /tmp a leak, a shrinking and 9 steady
// families; in /var/tmp one steady family.
bool writeHistory(const QString &db)
{
    QString error;
    auto store = HistoryStore::open(db, HistoryStore::Access::Write, &error);
    if (!store)
        return false;
    for (int i = 0; i < 40; ++i) {
        const double days = i / 2.0;
        Snapshot s;
        s.takenAt = T0 + qint64(days * Day);
        RootSample tmp;
        tmp.root = QStringLiteral("/tmp");
        tmp.volumeFree = tmp.volumeTotal = 1'000'000'000;
        tmp.families.append(family(QStringLiteral("leak_*.tmp"), 1e6 + 5e6 * days));
        tmp.families.append(family(QStringLiteral("shrink_*.dat"), 9e8 - 1e6 * days));
        for (int f = 0; f < 9; ++f)
            tmp.families.append(family(QStringLiteral("steady%1-*").arg(f), 1e5 * (f + 1)));
        for (const FamilySample &f : std::as_const(tmp.families))
            tmp.bytes += f.bytes;
        RootSample var;
        var.root = QStringLiteral("/var/tmp");
        var.families.append(family(QStringLiteral("cache-*"), 2e6));
        var.bytes = 2'000'000;
        s.roots = {tmp, var};
        if (!store->record(s, &error))
            return false;
    }
    return true;
}

QStringList seriesNames(const QChartView *view)
{
    QStringList names;
    for (const QAbstractSeries *s : view->chart()->series())
        names << s->name();
    return names;
}

// A Trends window over the history in `db`, its settings in `ini`.
struct TrendsFixture
{
    TrendsFixture(const QString &db, const QString &ini)
        : settings(ini, QSettings::IniFormat), recorder(settings, db), window(recorder),
          loaded(&window, &TrendsWindow::loaded)
    {
    }
    // Waits until the window has read the history, then shows it.
    [[nodiscard]] bool loadAndShow()
    {
        if (loaded.isEmpty() && !loaded.wait(30'000))
            return false;
        window.show();
        return true;
    }

    QSettings settings;
    SnapshotRecorder recorder;
    TrendsWindow window;
    QSignalSpy loaded;
};

} // namespace

class TrendsWindowTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanup() { Translations::choose(QStringLiteral("en")); }

    void showsRankingAndLines()
    {
        const QString db = m_dir.filePath(QStringLiteral("h.sqlite"));
        QVERIFY(writeHistory(db));
        TrendsFixture f(db, m_dir.filePath(QStringLiteral("a.ini")));
        QVERIFY(f.loadAndShow());
        TrendsWindow &window = f.window;

        QTreeWidget *ranking = window.rankingView();
        QVERIFY(ranking->topLevelItemCount() >= 1);
        QCOMPARE(ranking->topLevelItem(0)->text(0), QStringLiteral("leak_*.tmp"));
        QCOMPARE(ranking->topLevelItem(0)->text(1), QStringLiteral("/tmp"));
        QCOMPARE(ranking->topLevelItem(0)->text(2), QStringLiteral("+4.8 MiB"));
        for (int i = 0; i < ranking->topLevelItemCount(); ++i)
            QVERIFY(ranking->topLevelItem(i)->text(0) != u"shrink_*.dat");
        QVERIFY(!window.messageLabel()->isVisible());

        // All roots: one line per root, every snapshot a point.
        QCOMPARE(window.rootBox()->count(), 3);
        QCOMPARE(seriesNames(window.chartView()),
                 (QStringList{QStringLiteral("/tmp"), QStringLiteral("/var/tmp")}));
        const auto *line =
            qobject_cast<const QLineSeries *>(window.chartView()->chart()->series()[0]);
        QVERIFY(line);
        QCOMPARE(line->count(), 40);

        // One root: its largest families, at most MaxTrendLines.
        window.rootBox()->setCurrentIndex(window.rootBox()->findData(QStringLiteral("/tmp")));
        const QStringList names = seriesNames(window.chartView());
        QCOMPARE(names.size(), MaxTrendLines);
        QCOMPARE(names.first(), QStringLiteral("shrink_*.dat")); // largest at the end
        QCOMPARE(names.at(1), QStringLiteral("leak_*.tmp"));
        QVERIFY(!names.contains(QStringLiteral("steady0-*"))); // the smallest is left out
    }

    void followsTheLanguage()
    {
        const QString db = m_dir.filePath(QStringLiteral("lang.sqlite"));
        QVERIFY(writeHistory(db));
        TrendsFixture f(db, m_dir.filePath(QStringLiteral("lang.ini")));
        QVERIFY(f.loadAndShow());
        TrendsWindow &window = f.window;
        const QString allRoots = window.rootBox()->itemText(0);
        const QString schedule = window.findChild<QPushButton *>()->text();
        Translations::choose(QStringLiteral("de"));
        const auto german = [](const char *source) {
            return QCoreApplication::translate("tempscope::gui::TrendsWindow", source);
        };
        QVERIFY(german("All roots: total bytes") != allRoots);
        // The texts set once and those made from the data both follow.
        QTRY_COMPARE(window.rootBox()->itemText(0), german("All roots: total bytes"));
        QVERIFY(window.findChild<QPushButton *>()->text() != schedule);
        Translations::choose(QStringLiteral("en"));
        QTRY_COMPARE(window.rootBox()->itemText(0), allRoots);
    }

    void saysWhenThereIsNoHistory()
    {
        TrendsFixture f(m_dir.filePath(QStringLiteral("none.sqlite")),
                        m_dir.filePath(QStringLiteral("b.ini")));
        QVERIFY(f.loadAndShow());
        TrendsWindow &window = f.window;
        QVERIFY(window.messageLabel()->isVisible());
        QVERIFY2(window.messageLabel()->text().contains(QStringLiteral("no history database")),
                 qPrintable(window.messageLabel()->text()));
        QCOMPARE(window.rankingView()->topLevelItemCount(), 0);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.sqlite"))));
    }

    void snapshotAfterScanIsOptIn()
    {
        const QString db = m_dir.filePath(QStringLiteral("scans.sqlite"));
        QTemporaryDir root;
        QFile f(root.filePath(QStringLiteral("upload_k2j3h4g5.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(QByteArray(5000, 'x')) == 5000);
        f.close();
        native::ScanResult scanned = native::scan(nativePath(root.path()));
        QVERIFY(scanned.ok());
        RootScan scan;
        scan.requested = root.path();
        scan.scannedAt = Inventory::nowNs();
        scan.inventory = std::make_shared<const Inventory>(
            std::make_shared<const native::ScanTree>(std::move(scanned.tree)), PrefixFamilies());

        TrendsFixture t(db, m_dir.filePath(QStringLiteral("c.ini")));
        QVERIFY(t.loaded.wait(30'000));
        TrendsWindow &window = t.window;
        SnapshotRecorder &recorder = t.recorder;
        QVERIFY(!window.snapshotAfterScanBox()->isChecked());

        // Off: a scan records nothing.
        QSignalSpy recorded(&recorder, &SnapshotRecorder::recorded);
        recorder.onScanFinished(scan);
        QTest::qWait(200);
        QCOMPARE(recorded.size(), 0);
        QVERIFY(!QFile::exists(db));

        window.snapshotAfterScanBox()->setChecked(true);
        QCOMPARE(t.settings.value(SnapshotRecorder::settingKey()).toBool(), true);
        recorder.onScanFinished(scan);
        QVERIFY(recorded.wait(30'000));
        QCOMPARE(recorded.first().first().toString(), root.path());
        QTRY_COMPARE_WITH_TIMEOUT(t.loaded.size(), 2, 30'000); // the window read it again
        QCOMPARE(window.rootBox()->count(), 2);
        window.rootBox()->setCurrentIndex(1);
        QCOMPARE(seriesNames(window.chartView()), QStringList{QStringLiteral("upload_*.csv")});

        // A cancelled scan is never recorded.
        scan.cancelled = true;
        recorder.onScanFinished(scan);
        QTest::qWait(200);
        QCOMPARE(recorded.size(), 1);
    }
};

QTEST_MAIN(TrendsWindowTest)
#include "TrendsWindowTest.moc"
