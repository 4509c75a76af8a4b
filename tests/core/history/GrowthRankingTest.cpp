// The growth ranking on synthetic series: a steady leak, a steady leak with
// one spike, a shrinking family, too few points; and the cut-off that keeps
// noise out (isSignificantGrowth): a steady leak is listed, one spike on a
// flat line, a shrinking family, a flat noisy one, a sawtooth, a leak too
// small or seen too briefly are not.

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

// `points` snapshots over `days` days: a flat `base` with uniform noise of
// +-`noise` bytes (a deterministic generator seeded by `seed`).
FamilySeries noisy(const QString &family, double base, double noise, int points, int days,
                   quint32 seed)
{
    FamilySeries s;
    s.family = family;
    s.root = QStringLiteral("/tmp");
    quint32 state = seed * 2654435761u + 1;
    for (int i = 0; i < points; ++i) {
        state = state * 1664525u + 1013904223u;
        const double u = double(state >> 8) / double(1u << 24) * 2.0 - 1.0; // [-1, 1)
        SeriesPoint p;
        p.time = T0 + qint64(i) * days * Day / (points - 1);
        p.bytes = quint64(base + noise * u);
        s.points.append(p);
    }
    return s;
}

bool listed(const FamilySeries &s)
{
    return !rankGrowth({s}).isEmpty();
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
        FamilySeries lateSpike = line(QStringLiteral("late*"), 3e6, 20);
        lateSpike.points.last().bytes += 20'000'000'000ull;
        const QList<Growth> ranked =
            rankGrowth({lateSpike, line(QStringLiteral("leak*"), 50e6, 20)});
        QCOMPARE(ranked.size(), 2);
        QCOMPARE(ranked[0].family, QStringLiteral("leak*"));
        QCOMPARE(ranked[1].family, QStringLiteral("late*"));
        QVERIFY(ranked[1].bytesPerDay < 3.1e6);
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
        const QList<Growth> ranked = rankGrowth({line(QStringLiteral("slow*"), 2e6, 5),
                                                 line(QStringLiteral("fast*"), 1e9, 5),
                                                 line(QStringLiteral("mid*"), 50e6, 5)});
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

    void steadyLeakIsListed()
    {
        const FamilySeries leak = line(QStringLiteral("leak*"), 5e6, 10);
        const auto fit = theilSenFit(leak.points);
        QVERIFY(fit);
        QVERIFY(fit->lowBytesPerDay > 0 && fit->lowBytesPerDay <= fit->bytesPerDay);
        QVERIFY(fit->highBytesPerDay >= fit->bytesPerDay);
        QCOMPARE(fit->spanSeconds, 10 * Day);
        QVERIFY(isSignificantGrowth(*fit));
        const QList<Growth> ranked = rankGrowth({leak});
        QCOMPARE(ranked.size(), 1);
        QCOMPARE(ranked[0].lowBytesPerDay, fit->lowBytesPerDay);

        // A leak buried in noise larger than a day's growth is still found.
        FamilySeries buried = noisy(QStringLiteral("buried*"), 1e9, 20e6, 60, 15, 7);
        for (qsizetype i = 0; i < buried.points.size(); ++i)
            buried.points[i].bytes += quint64(10e6 * double(buried.points[i].time - T0) / Day);
        QVERIFY(listed(buried));
    }

    void oneSpikeIsNotGrowth()
    {
        FamilySeries spike = noisy(QStringLiteral("spike*"), 5e8, 1e6, 40, 10, 1);
        spike.points[30].bytes += 40'000'000'000ull;
        QVERIFY(!listed(spike));
        // Without the noise the median slope is exactly zero.
        FamilySeries flatSpike = line(QStringLiteral("flat*"), 0, 10, 5e8);
        flatSpike.points[30].bytes += 40'000'000'000ull;
        QVERIFY(!listed(flatSpike));
        // The old rule (any positive slope) would have let this noisy one in.
        QVERIFY(theilSenBytesPerDay(spike.points).value() > 0);
    }

    void shrinkingIsNotListed()
    {
        QVERIFY(!listed(line(QStringLiteral("shrink*"), -2e6, 10, 100'000'000)));
        QVERIFY(!listed(line(QStringLiteral("shrink*"), -5e9, 10, 100'000'000'000)));
    }

    void flatWithNoiseIsNotListed()
    {
        // Noise of +-400 MB on a 1 GB family, 12 snapshots in 10 days: the
        // fitted slope is often megabytes a day, and the interval says it
        // means nothing.
        int aboveMinimum = 0;
        for (quint32 seed = 1; seed <= 20; ++seed) {
            const FamilySeries s = noisy(QStringLiteral("noise*"), 1e9, 4e8, 12, 10, seed);
            const auto fit = theilSenFit(s.points);
            QVERIFY(fit);
            if (fit->bytesPerDay >= MinGrowthBytesPerDay)
                ++aboveMinimum;
            QVERIFY2(!listed(s), qPrintable(QStringLiteral("seed %1: %2 (%3 .. %4)")
                                                .arg(seed)
                                                .arg(fit->bytesPerDay)
                                                .arg(fit->lowBytesPerDay)
                                                .arg(fit->highBytesPerDay)));
        }
        QVERIFY2(aboveMinimum >= 5, qPrintable(QString::number(aboveMinimum)));
    }

    void sawtoothIsNotListed()
    {
        // Filled during the day, cleaned every night: 20 days, 6 points a day.
        FamilySeries saw;
        saw.family = QStringLiteral("saw*");
        saw.root = QStringLiteral("/tmp");
        for (int i = 0; i < 120; ++i)
            saw.points.append({T0 + i * Day / 6, 1, quint64(1e8 + 5e8 * (i % 6)), 0});
        const auto fit = theilSenFit(saw.points);
        QVERIFY(fit);
        QVERIFY(fit->lowBytesPerDay <= 0);
        QVERIFY(!listed(saw));
    }

    void tinyOrBriefLeaksAreNotListed()
    {
        // Steady and certain, but 200 KB a day is not a leak worth a line.
        const FamilySeries tiny = line(QStringLiteral("tiny*"), 200e3, 20);
        const auto fit = theilSenFit(tiny.points);
        QVERIFY(fit && fit->lowBytesPerDay > 0);
        QVERIFY(!isSignificantGrowth(*fit));
        QVERIFY(!listed(tiny));
        QVERIFY(listed(line(QStringLiteral("small*"), 2 * MinGrowthBytesPerDay, 20)));

        // 50 MB a day seen for 12 hours, or in five snapshots: too little to say.
        FamilySeries brief;
        for (int i = 0; i < 12; ++i)
            brief.points.append({T0 + i * 3600, 1, quint64(1e6 + 50e6 * i / 24.0), 0});
        QVERIFY(!listed(brief));
        FamilySeries five = line(QStringLiteral("five*"), 50e6, 20);
        five.points = {five.points[0], five.points[20], five.points[40], five.points[60],
                       five.points[80]};
        QVERIFY(!listed(five));
        five.points.append(line(QStringLiteral("five*"), 50e6, 21).points.last());
        QVERIFY(listed(five));
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
