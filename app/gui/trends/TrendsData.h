#pragma once
// What the Trends window shows, read from the history database in one go
// (on a worker thread: loadTrends opens its own connection), and the lines
// of the chart picked from it.

#include "core/history/GrowthRanking.h"
#include "core/history/HistoryTypes.h"

#include <QList>
#include <QString>

namespace tempscope::gui {

struct TrendsData
{
    QList<FamilySeries> families;
    QList<RootSeries> roots;
    QList<Growth> growing;
    QString error; // why nothing could be read; empty when all went well
};

TrendsData loadTrends(const QString &dbPath);

struct TrendLine
{
    QString name;
    QList<std::pair<qint64, quint64>> points; // Unix seconds, bytes
};

inline constexpr qsizetype MaxTrendLines = 8;

// Per root: its total bytes over time. Per family (root given): the
// MaxTrendLines families of that root largest at their latest point.
QList<TrendLine> rootLines(const TrendsData &data);
QList<TrendLine> familyLines(const TrendsData &data, const QString &root);

} // namespace tempscope::gui
