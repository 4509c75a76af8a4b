#pragma once
// Which families keep growing: a robust trend of bytes over time per series,
// and a cut-off that keeps noise out of the ranking.
//
// The slope is Theil–Sen's: the median of the slopes between every pair of
// points, so one spike (a large download left for an hour) or one cleanup
// moves it little, unlike a least-squares line or the first and last point.
// Long series are thinned evenly to at most MaxFitPoints first (the pairs
// grow quadratically). Its confidence interval is Sen's (1968): the slopes
// ranked (N - C)/2 and (N + C)/2 + 1 among the N pairwise slopes, with
// C = 1.96 · sqrt(n(n-1)(2n+5)/18) for n points, the 95 % interval of
// Kendall's S (without the correction for ties, which only widens it).
//
// A series counts as growing when all of these hold:
//   - at least MinGrowthPoints points over at least MinGrowthSpan,
//   - the lower end of the 95 % interval is above zero (the rise is not
//     noise: a flat, shrinking or back-and-forth series fails this),
//   - the slope is at least MinGrowthBytesPerDay (a real leak, not a few
//     kilobytes a day).
// Plain functions, any thread.

#include "core/history/HistoryTypes.h"

#include <QList>

#include <optional>

namespace tempscope {

struct TrendFit
{
    double bytesPerDay = 0;     // the Theil–Sen slope
    double lowBytesPerDay = 0;  // its 95 % interval; -inf / +inf when too few
    double highBytesPerDay = 0; // pairs for the interval to have an end there
    qsizetype points = 0;       // points the fit saw (after thinning)
    qint64 spanSeconds = 0;     // first to last point
};

struct Growth
{
    QString family;
    QString root;
    double bytesPerDay = 0;
    double lowBytesPerDay = 0; // lower end of the 95 % interval
    qsizetype points = 0;      // points the fit saw
    quint64 latestBytes = 0;
};

inline constexpr qsizetype MinFitPoints = 3;
inline constexpr qsizetype MaxFitPoints = 400;
inline constexpr qsizetype MinGrowthPoints = 6;
inline constexpr qint64 MinGrowthSpanSeconds = 86400; // one day
inline constexpr double MinGrowthBytesPerDay = 1024.0 * 1024.0;

// The fit, or nullopt with fewer than MinFitPoints points or when all points
// share one time.
std::optional<TrendFit> theilSenFit(const QList<SeriesPoint> &points);
// Its slope alone, in bytes per day.
std::optional<double> theilSenBytesPerDay(const QList<SeriesPoint> &points);
// The cut-off above.
bool isSignificantGrowth(const TrendFit &fit);

// The series that grow significantly (isSignificantGrowth), fastest first;
// ties by family, then root.
QList<Growth> rankGrowth(const QList<FamilySeries> &series);

} // namespace tempscope
