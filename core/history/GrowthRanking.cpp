#include "core/history/GrowthRanking.h"

#include <algorithm>
#include <vector>

namespace tempscope {

std::optional<double> theilSenBytesPerDay(const QList<SeriesPoint> &points)
{
    if (points.size() < MinFitPoints)
        return std::nullopt;
    // Evenly thinned, first and last kept.
    std::vector<const SeriesPoint *> used;
    const qsizetype n = std::min(points.size(), MaxFitPoints);
    used.reserve(std::size_t(n));
    for (qsizetype i = 0; i < n; ++i)
        used.push_back(&points[n == points.size() ? i : i * (points.size() - 1) / (n - 1)]);

    std::vector<double> slopes;
    slopes.reserve(used.size() * (used.size() - 1) / 2);
    for (std::size_t i = 0; i < used.size(); ++i) {
        for (std::size_t j = i + 1; j < used.size(); ++j) {
            const qint64 dt = used[j]->time - used[i]->time;
            if (dt == 0)
                continue;
            const double dy = double(used[j]->bytes) - double(used[i]->bytes);
            slopes.push_back(dy / double(dt));
        }
    }
    if (slopes.empty())
        return std::nullopt;
    const std::size_t mid = slopes.size() / 2;
    std::nth_element(slopes.begin(), slopes.begin() + std::ptrdiff_t(mid), slopes.end());
    double median = slopes[mid];
    if (slopes.size() % 2 == 0) {
        const double below =
            *std::max_element(slopes.begin(), slopes.begin() + std::ptrdiff_t(mid));
        median = (median + below) / 2;
    }
    return median * 86400.0;
}

QList<Growth> rankGrowth(const QList<FamilySeries> &series)
{
    QList<Growth> out;
    for (const FamilySeries &s : series) {
        const auto slope = theilSenBytesPerDay(s.points);
        if (!slope || *slope <= 0)
            continue;
        out.append({s.family, s.root, *slope, std::min(s.points.size(), MaxFitPoints),
                    s.points.last().bytes});
    }
    std::sort(out.begin(), out.end(), [](const Growth &a, const Growth &b) {
        if (a.bytesPerDay != b.bytesPerDay)
            return a.bytesPerDay > b.bytesPerDay;
        if (a.family != b.family)
            return a.family < b.family;
        return a.root < b.root;
    });
    return out;
}

} // namespace tempscope
