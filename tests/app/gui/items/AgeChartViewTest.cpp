// The age chart over real scanned trees: every bar segment is the
// inventory's bucket sum for its family, the small families are summed as
// "other", the threshold marker sits where the rule puts it, and the chart
// follows the palette.

#include "gui/items/AgeChartView.h"
#include "gui/items/ChartLegend.h"
#include "tests/app/gui/TreeFixture.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTest>

#include <cmath>

using namespace tempscope;
using namespace tempscope::gui;
using namespace tempscope::gui::test;
using namespace std::chrono;

class AgeChartViewTest final : public QObject
{
    Q_OBJECT

private:
    static constexpr int Families = 11;

    // Families alpha_* ... lambda_* (Python tempfile names), family f with
    // f + 1 files of (f + 1) KiB each, spread over the buckets.
    static void makeMany(TreeFixture &tree)
    {
        static const char *const stems[Families] = {"alpha",   "beta",  "gamma", "delta",
                                                    "epsilon", "zeta",  "eta",   "theta",
                                                    "iota",    "kappa", "lambda"};
        const qint64 ages[] = {60, 5 * 3600, 3 * Day, 10 * Day, 40 * Day, 200 * Day, 500 * Day};
        int n = 0;
        for (int f = 0; f < Families; ++f) {
            for (int k = 0; k <= f; ++k) {
                const QString name = QString::fromLatin1(stems[f]) +
                                     QStringLiteral("_k%1").arg(++n, 7, 10, QLatin1Char('0'));
                QVERIFY(tree.file(name, (f + 1) * 1024, ages[(f + k) % std::size(ages)]));
            }
        }
    }

    static AgeRule mtimeRule(std::optional<seconds> threshold = days(7))
    {
        return {AgeBasis::Mtime, threshold, Inventory::nowNs()};
    }

    // Checks every set against the inventory, in the view's measure.
    static void compareWithInventory(const AgeChartView &view, const Inventory &inv,
                                     const AgeRule &rule)
    {
        const bool bytes = view.measure() == AgeChartView::Measure::Bytes;
        const QList<FamilyAges> families = inv.familyAgeBuckets(rule.basis, rule.now);
        const QList<AgeBucket> totals = inv.ageBuckets(rule.basis, rule.now);
        const QStringList keys = view.setKeys();
        const QList<QBarSet *> sets = view.series()->barSets();
        QCOMPARE(sets.size(), keys.size());
        auto measure = [&](const AgeBucket &b) { return bytes ? b.bytes : quint64(b.count); };
        for (qsizetype b = 0; b < totals.size(); ++b) {
            quint64 stacked = 0;
            quint64 named = 0;
            for (qsizetype s = 0; s < sets.size(); ++s) {
                QCOMPARE(sets[s]->count(), totals.size());
                const quint64 v = view.value(int(s), int(b));
                QCOMPARE(sets[s]->at(int(b)), double(v));
                stacked += v;
                if (keys[s].isEmpty())
                    continue;
                const auto f = std::find_if(families.cbegin(), families.cend(),
                                            [&](const FamilyAges &x) { return x.key == keys[s]; });
                QVERIFY2(f != families.cend(), qPrintable(keys[s]));
                QCOMPARE(v, measure(f->buckets[b]));
                named += v;
            }
            QCOMPARE(stacked, measure(totals[b]));
            if (keys.last().isEmpty())
                QCOMPARE(view.value(int(sets.size() - 1), int(b)), measure(totals[b]) - named);
        }
    }

private Q_SLOTS:
    void seriesAreTheInventorysBucketSums()
    {
        TreeFixture tree;
        makeMany(tree);
        const auto inv = tree.scan();
        QCOMPARE(inv->items().size(), Families * (Families + 1) / 2);
        AgeChartView view;
        const AgeRule rule = mtimeRule();
        view.setInventory(inv, rule);

        // The largest six families by bytes on their own, largest first, then "other".
        QStringList expected{QStringLiteral("lambda_*"),
                             QStringLiteral("kappa_*"),
                             QStringLiteral("iota_*"),
                             QStringLiteral("theta_*"),
                             QStringLiteral("eta_*"),
                             QStringLiteral("zeta_*"),
                             QString()};
        QCOMPARE(view.setKeys(), expected);
        QCOMPARE(view.series()->barSets().last()->label(), QStringLiteral("other (5 families)"));
        compareWithInventory(view, *inv, rule);

        // The size axis covers the tallest bar with round byte ticks.
        quint64 tallest = 0;
        for (const AgeBucket &b : inv->ageBuckets(rule.basis, rule.now))
            tallest = std::max(tallest, b.bytes);
        auto *y = qobject_cast<QCategoryAxis *>(view.chart()->axes(Qt::Vertical).first());
        QVERIFY(y);
        QVERIFY(y->max() >= double(tallest));
        QVERIFY(y->max() < 2.0 * double(tallest));
        QVERIFY(y->count() >= 2);
        QCOMPARE(y->categoriesLabels().first(), QStringLiteral("20 KiB"));

        view.countButton()->click();
        QCOMPARE(view.measure(), AgeChartView::Measure::Count);
        QCOMPARE(view.setKeys(), expected); // counts rank the same here
        compareWithInventory(view, *inv, rule);
    }

    // Narrow, the legend goes under the chart on as many lines as it needs:
    // every name whole; wide, it stands at the bars' right.
    void legendFitsANarrowWindow()
    {
        TreeFixture tree;
        makeMany(tree);
        AgeChartView view;
        view.setInventory(tree.scan(), mtimeRule());
        view.resize(480, 360);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        ChartLegend *below = view.legendBelow();
        QTRY_VERIFY(below->isVisible());
        QVERIFY(!view.chart()->legend()->isVisible());
        QCOMPARE(below->entries().size(), view.series()->barSets().size());
        QVERIFY(below->columns() < below->entries().size()); // more than one line
        QVERIFY(below->height() >= below->heightForWidth(below->width()));
        for (int i = 0; i < below->entries().size(); ++i) {
            QCOMPARE(below->shownText(i), below->entries()[i].text);
            QVERIFY(below->rect().contains(below->entryRect(i)));
        }
        QCOMPARE(below->entries().last().text, QStringLiteral("other (5 families)"));

        view.resize(1400, 360);
        QTRY_VERIFY(!below->isVisible());
        QVERIFY(view.chart()->legend()->isVisible());
        QCOMPARE(view.chart()->legend()->alignment(), Qt::AlignRight);
    }

    void fewFamiliesNeedNoOther()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        const auto inv = tree.scan();
        AgeChartView view;
        const AgeRule rule = mtimeRule();
        view.setInventory(inv, rule);
        QCOMPARE(view.setKeys(),
                 (QStringList{QStringLiteral("report.pdf"), QStringLiteral("upload_*.csv"),
                              QStringLiteral("tmp*")}));
        compareWithInventory(view, *inv, rule);
        // upload_*.csv: 12,000 bytes 30 days old (1 – 3 months), 1,000 one hour old.
        QCOMPARE(view.value(1, 4), 12000u);
        QCOMPARE(view.value(1, 1), 1000u);
        const QString tip = view.toolTipFor(1, 4);
        QVERIFY2(tip.contains(QStringLiteral("upload_*.csv, 1 – 3 months old")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("2 items, 11.7 KiB")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Past the stale threshold (7d)")), qPrintable(tip));
        QVERIFY2(!view.toolTipFor(1, 1).contains(QStringLiteral("stale")),
                 qPrintable(view.toolTipFor(1, 1)));
    }

    void basisChangeRegroups()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        const auto inv = tree.scan();
        AgeChartView view;
        AgeRule rule = mtimeRule();
        view.setInventory(inv, rule);
        QVERIFY(view.value(1, 4) > 0);
        // Every ctime is the moment the fixture wrote the file: all new.
        rule.basis = AgeBasis::Ctime;
        view.setAgeRule(rule);
        compareWithInventory(view, *inv, rule);
        for (int s = 0; s < view.series()->count(); ++s) {
            for (int b = 1; b < int(Inventory::emptyAgeBuckets().size()); ++b)
                QCOMPARE(view.value(s, b), 0u);
        }
    }

    void thresholdPosition_data()
    {
        QTest::addColumn<qint64>("threshold");
        QTest::addColumn<double>("position");
        QTest::newRow("zero") << qint64(0) << -0.5;
        QTest::newRow("30 min: middle of the first bucket") << qint64(1800) << 0.0;
        QTest::newRow("1 h: first boundary") << qint64(3600) << 0.5;
        QTest::newRow("1 d") << Day << 1.5;
        QTest::newRow("3 d: log inside 1 – 7 d") << 3 * Day << 1.5 + std::log(3.0) / std::log(7.0);
        QTest::newRow("7 d") << 7 * Day << 2.5;
        QTest::newRow("28 d") << 28 * Day << 3.5;
        QTest::newRow("1 y") << 365 * Day << 5.5;
        QTest::newRow("10 y: clamped") << 3650 * Day << 6.5;
    }

    void thresholdPosition()
    {
        QFETCH(qint64, threshold);
        QFETCH(double, position);
        QCOMPARE(AgeChartView::thresholdPosition(seconds(threshold)), position);
    }

    void markerFollowsTheRule()
    {
        TreeFixture tree;
        makeMany(tree);
        AgeChartView view;
        view.resize(900, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setInventory(tree.scan(), mtimeRule(days(7)));
        QTRY_VERIFY(view.chart()->plotArea().isValid());
        auto expectAt = [&](double categories) {
            const QRectF plot = view.chart()->plotArea();
            const qreal x = plot.left() + (categories + 0.5) / 7 * plot.width();
            QVERIFY(view.markerLine()->isVisible());
            QCOMPARE(view.markerLine()->line().x1(), x);
            QCOMPARE(view.markerLine()->line().x2(), x);
        };
        QCOMPARE(view.markerPosition().value_or(-1), 2.5);
        expectAt(2.5);
        QCOMPARE(view.markerLabel()->text(), QStringLiteral("stale after 7d"));
        // Between the bars of "1 – 7 d" and "1 – 4 w", where the chart draws them.
        const qreal x = view.markerLine()->line().x1();
        QStackedBarSeries *series = view.series();
        QVERIFY(view.chart()->mapToPosition(QPointF(2, 0), series).x() < x);
        QVERIFY(view.chart()->mapToPosition(QPointF(3, 0), series).x() > x);

        view.setAgeRule(mtimeRule(hours(1)));
        expectAt(0.5);
        QCOMPARE(view.markerLabel()->text(), QStringLiteral("stale after 1h"));
        view.resize(600, 300);
        QTRY_COMPARE(view.chartView()->size().width(), 600);
        expectAt(0.5);

        view.setAgeRule(mtimeRule(std::nullopt));
        QVERIFY(!view.markerPosition());
        QVERIFY(!view.markerLine()->isVisible());
        QVERIFY(!view.markerLabel()->isVisible());
    }

    void clickingASegmentAsksToFilter()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        AgeChartView view;
        view.resize(900, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setInventory(tree.scan(), mtimeRule());
        QTRY_VERIFY(view.chart()->plotArea().isValid());
        QSignalSpy activated(&view, &AgeChartView::segmentActivated);
        // What the series reports for a click on a segment: report.pdf in "< 1 h".
        QBarSet *report =
            view.series()->barSets().at(view.setKeys().indexOf(QStringLiteral("report.pdf")));
        Q_EMIT view.series()->clicked(0, report);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().at(0).toString(), QStringLiteral("report.pdf"));
        QCOMPARE(activated.first().at(1).toInt(), 0);
    }

    void followsThePalette()
    {
        AgeChartView view;
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        view.setPalette(dark);
        QCOMPARE(view.chart()->theme(), QChart::ChartThemeDark);
        QCOMPARE(view.chart()->backgroundBrush().color(), dark.color(QPalette::Base));
        QCOMPARE(view.markerLabel()->brush().color(), dark.color(QPalette::Text));

        QPalette light;
        light.setColor(QPalette::Window, QColor(0xf0, 0xf0, 0xf0));
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        view.setPalette(light);
        QCOMPARE(view.chart()->theme(), QChart::ChartThemeLight);
        QCOMPARE(view.chart()->backgroundBrush().color(), light.color(QPalette::Base));
    }

    void emptyWithoutInventory()
    {
        AgeChartView view;
        view.setInventory(nullptr, mtimeRule());
        QCOMPARE(view.series()->count(), 0);
        QVERIFY(!view.markerPosition());
    }
};

QTEST_MAIN(AgeChartViewTest)
#include "AgeChartViewTest.moc"
