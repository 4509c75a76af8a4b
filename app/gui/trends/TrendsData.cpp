#include "gui/trends/TrendsData.h"

#include "core/history/HistoryStore.h"

#include <algorithm>

namespace tempscope::gui {

TrendsData loadTrends(const QString &dbPath)
{
    TrendsData data;
    const auto store = HistoryStore::open(dbPath, HistoryStore::Access::Read, &data.error);
    if (!store)
        return data;
    const auto families = store->familySeries({}, &data.error);
    const auto roots = store->rootSeries(0, &data.error);
    if (!families || !roots)
        return data;
    data.error.clear();
    data.families = *families;
    data.roots = *roots;
    data.growing = rankGrowth(data.families);
    return data;
}

QList<TrendLine> rootLines(const TrendsData &data)
{
    QList<TrendLine> lines;
    for (const RootSeries &r : data.roots) {
        TrendLine line{r.root, {}};
        for (const RootPoint &p : r.points)
            line.points.append({p.time, p.bytes});
        lines.append(line);
    }
    return lines;
}

QList<TrendLine> familyLines(const TrendsData &data, const QString &root)
{
    QList<const FamilySeries *> inRoot;
    for (const FamilySeries &s : data.families) {
        if (s.root == root && !s.points.isEmpty())
            inRoot.append(&s);
    }
    std::stable_sort(inRoot.begin(), inRoot.end(),
                     [](const FamilySeries *a, const FamilySeries *b) {
                         return a->points.last().bytes > b->points.last().bytes;
                     });
    QList<TrendLine> lines;
    for (const FamilySeries *s : inRoot.first(std::min(inRoot.size(), MaxTrendLines))) {
        TrendLine line{s->family, {}};
        for (const SeriesPoint &p : s->points)
            line.points.append({p.time, p.bytes});
        lines.append(line);
    }
    return lines;
}

} // namespace tempscope::gui
