// The growth ranking on synthetic series: a steady leak, a steady leak with
// one spike, a shrinking family, too few points.

#include "core/history/GrowthRanking.h"

#include <QTest>

#include <cmath>

using namespace tempscope;

namespace {

constexpr qint64 Day = 86400;
constexpr qint64 T0 = 1'700'000'000;

// Every 6 hours for `days` days: base + perDay * t, with a small
// deterministic wobble of about 1 % of perDay.
FamilySeries line(const QString &family, double perDay, int days, quint64 base = 1'000'000)
{
    FamilySeries s;
    s.family = family;
    s.root = QStringLiteral("/tmp");
    for (int i = 0; i <= days * 4; ++i) {
        const qint64 t = T0 + i * Day / 4;
        const double wobble = ((i * 7919) % 11 - 5) * perDay / 500.0;
        SeriesPoint p;
        p.time = t;
        p.bytes = quint64(std::max(0.0, double(base) + perDay * double(t - T0) / Day + wobble));
        s.points.append(p);
    }
    return s;
}

} // namespace

class GrowthRankingTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void steadyLeakHasItsRate()
    {
        const auto slope = theilSenBytesPerDay(line(QStringLiteral("leak*"), 50e6, 20).points);
        QVERIFY(slope);
        QVERIFY2(std::abs(*slope - 50e6) < 0.01 * 50e6, qPrintable(QString::number(*slope)));
    }

    void oneSpikeBarelyMovesTheSlope()
    {
        FamilySeries spiky = line(QStringLiteral("spiky*"), 1e6, 20);
        spiky.points[40].bytes += 20'000'000'000ull; // 20 GB for one snapshot
        const auto slope = theilSenBytesPerDay(spiky.points);
        QVERIFY(slope);
        QVERIFY2(std::abs(*slope - 1e6) < 0.05 * 1e6, qPrintable(QString::number(*slope)));

        // The spike at the very end: the first and last point would make it
        // the fastest grower; the robust fit does not.
        FamilySeries lateSpike = line(QStringLiteral("late*"), 1e6, 20);
        lateSpike.points.last().bytes += 20'000'000'000ull;
        const QList<Growth> ranked =
            rankGrowth({lateSpike, line(QStringLiteral("leak*"), 50e6, 20)});
        QCOMPARE(ranked.size(), 2);
        QCOMPARE(ranked[0].family, QStringLiteral("leak*"));
        QCOMPARE(ranked[1].family, QStringLiteral("late*"));
        QVERIFY(ranked[1].bytesPerDay < 2e6);
    }

    void shrinkingIsNotGrowing()
    {
        const FamilySeries shrinking = line(QStringLiteral("shrink*"), -2e6, 10, 100'000'000);
        const auto slope = theilSenBytesPerDay(shrinking.points);
        QVERIFY(slope);
        QVERIFY(*slope < -1.9e6 && *slope > -2.1e6);
        const QList<Growth> ranked = rankGrowth({shrinking, line(QStringLiteral("flat*"), 0, 10)});
        QVERIFY(ranked.isEmpty());
    }

    void rankedFastestFirst()
    {
        const QList<Growth> ranked = rankGrowth({line(QStringLiteral("slow*"), 1e3, 5),
                                                 line(QStringLiteral("fast*"), 1e9, 5),
                                                 line(QStringLiteral("mid*"), 1e6, 5)});
        QCOMPARE(ranked.size(), 3);
        QCOMPARE(ranked[0].family, QStringLiteral("fast*"));
        QCOMPARE(ranked[1].family, QStringLiteral("mid*"));
        QCOMPARE(ranked[2].family, QStringLiteral("slow*"));
        QCOMPARE(ranked[0].latestBytes, line(QStringLiteral("fast*"), 1e9, 5).points.last().bytes);
    }

    void tooFewPointsOrOneInstant()
    {
        FamilySeries two = line(QStringLiteral("two*"), 1e6, 5);
        two.points.resize(2);
        QVERIFY(!theilSenBytesPerDay(two.points));
        QVERIFY(rankGrowth({two}).isEmpty());
        QList<SeriesPoint> sameTime(5);
        for (int i = 0; i < 5; ++i)
            sameTime[i] = {T0, 1, quint64(i) * 1000, 0};
        QVERIFY(!theilSenBytesPerDay(sameTime));
    }

    void longSeriesAreThinnedNotTruncated()
    {
        // 4001 points: the fit sees at most MaxFitPoints, spread over all of them.
        const FamilySeries longLeak = line(QStringLiteral("long*"), 3e6, 1000);
        const auto slope = theilSenBytesPerDay(longLeak.points);
        QVERIFY(slope);
        QVERIFY(std::abs(*slope - 3e6) < 0.01 * 3e6);
        QCOMPARE(rankGrowth({longLeak}).first().points, MaxFitPoints);
    }
};

QTEST_GUILESS_MAIN(GrowthRankingTest)
#include "GrowthRankingTest.moc"
