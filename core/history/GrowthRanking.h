#pragma once
// Which families keep growing: a robust trend of bytes over time per series.
//
// The slope is Theil–Sen's: the median of the slopes between every pair of
// points, so one spike (a large download left for an hour) or one cleanup
// moves it little, unlike a least-squares line or the first and last point.
// Long series are thinned evenly to at most MaxFitPoints first (the pairs
// grow quadratically). Plain functions, any thread.

#include "core/history/HistoryTypes.h"

#include <QList>

#include <optional>

namespace tempscope {

struct Growth
{
    QString family;
    QString root;
    double bytesPerDay = 0;
    qsizetype points = 0; // points the fit saw
    quint64 latestBytes = 0;
};

inline constexpr qsizetype MinFitPoints = 3;
inline constexpr qsizetype MaxFitPoints = 400;

// Bytes per day, or nullopt with fewer than MinFitPoints points or when all
// points share one time.
std::optional<double> theilSenBytesPerDay(const QList<SeriesPoint> &points);

// The series that grow (slope above zero), fastest first; ties by family,
// then root.
QList<Growth> rankGrowth(const QList<FamilySeries> &series);

} // namespace tempscope
