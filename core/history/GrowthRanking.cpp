#include "core/history/GrowthRanking.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace tempscope {

namespace {

// The k-th smallest (0-based) of the slopes; reorders them.
double kthSmallest(std::vector<double> &slopes, std::size_t k)
{
    std::nth_element(slopes.begin(), slopes.begin() + std::ptrdiff_t(k), slopes.end());
    return slopes[k];
}

} // namespace

std::optional<TrendFit> theilSenFit(const QList<SeriesPoint> &points)
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
            slopes.push_back(dy / double(dt) * 86400.0);
        }
    }
    if (slopes.empty())
        return std::nullopt;

    TrendFit fit;
    fit.points = n;
    fit.spanSeconds = used.back()->time - used.front()->time;
    const std::size_t count = slopes.size();
    const std::size_t mid = count / 2;
    fit.bytesPerDay = kthSmallest(slopes, mid);
    if (count % 2 == 0) {
        const double below =
            *std::max_element(slopes.begin(), slopes.begin() + std::ptrdiff_t(mid));
        fit.bytesPerDay = (fit.bytesPerDay + below) / 2;
    }

    // Sen's interval: ranks (N - C)/2 and (N + C)/2 + 1 (1-based), taken
    // outward when they fall between two slopes.
    const double nn = double(n);
    const double c = 1.96 * std::sqrt(nn * (nn - 1) * (2 * nn + 5) / 18.0);
    const double lowRank = std::floor((double(count) - c) / 2);
    const double highRank = std::ceil((double(count) + c) / 2) + 1;
    constexpr double inf = std::numeric_limits<double>::infinity();
    fit.lowBytesPerDay = lowRank >= 1 ? kthSmallest(slopes, std::size_t(lowRank) - 1) : -inf;
    fit.highBytesPerDay =
        highRank <= double(count) ? kthSmallest(slopes, std::size_t(highRank) - 1) : inf;
    return fit;
}

std::optional<double> theilSenBytesPerDay(const QList<SeriesPoint> &points)
{
    const auto fit = theilSenFit(points);
    return fit ? std::optional(fit->bytesPerDay) : std::nullopt;
}

bool isSignificantGrowth(const TrendFit &fit)
{
    return fit.points >= MinGrowthPoints && fit.spanSeconds >= MinGrowthSpanSeconds &&
           fit.lowBytesPerDay > 0 && fit.bytesPerDay >= MinGrowthBytesPerDay;
}

QList<Growth> rankGrowth(const QList<FamilySeries> &series)
{
    QList<Growth> out;
    for (const FamilySeries &s : series) {
        const auto fit = theilSenFit(s.points);
        if (!fit || !isSignificantGrowth(*fit))
            continue;
        out.append({s.family, s.root, fit->bytesPerDay, fit->lowBytesPerDay, fit->points,
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
