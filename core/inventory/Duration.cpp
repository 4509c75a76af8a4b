#include "core/inventory/Duration.h"

#include <QCoreApplication>
#include <QLocale>

#include <limits>

namespace tempscope {

std::optional<std::chrono::seconds> parseDuration(QStringView text, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<std::chrono::seconds> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return fail(
            QCoreApplication::translate("Duration", "empty duration (use e.g. 7d, 12h or 1d12h)"));
    if (t.startsWith(u'-'))
        return fail(QCoreApplication::translate("Duration", "negative duration \"%1\"").arg(t));

    constexpr qint64 max = std::numeric_limits<qint64>::max() / 1000;
    qint64 total = 0;
    qsizetype i = 0;
    QString seenUnits;
    while (i < t.size()) {
        const qsizetype start = i;
        qint64 value = 0;
        while (i < t.size() && t[i].isDigit() && t[i].unicode() < 128) {
            value = value * 10 + (t[i].unicode() - '0');
            if (value > max)
                return fail(
                    QCoreApplication::translate("Duration", "duration \"%1\" is too large").arg(t));
            ++i;
        }
        if (i == start)
            return fail(QCoreApplication::translate(
                            "Duration", "bad duration \"%1\": expected a number at \"%2\"")
                            .arg(t, t.mid(start)));
        if (i == t.size())
            return fail(
                QCoreApplication::translate(
                    "Duration", "bad duration \"%1\": missing unit after %2 (s, m, h, d or w)")
                    .arg(t)
                    .arg(value));
        const QChar unit = t[i++];
        qint64 factor = 0;
        switch (unit.unicode()) {
        case 's':
            factor = 1;
            break;
        case 'm':
            factor = 60;
            break;
        case 'h':
            factor = 3600;
            break;
        case 'd':
            factor = 86400;
            break;
        case 'w':
            factor = 7 * 86400;
            break;
        default:
            return fail(
                QCoreApplication::translate(
                    "Duration", "bad duration \"%1\": unknown unit \"%2\" (use s, m, h, d or w)")
                    .arg(t, unit));
        }
        if (seenUnits.contains(unit))
            return fail(QCoreApplication::translate("Duration",
                                                    "bad duration \"%1\": unit \"%2\" given twice")
                            .arg(t, unit));
        seenUnits += unit;
        if (value > (max - total) / factor)
            return fail(
                QCoreApplication::translate("Duration", "duration \"%1\" is too large").arg(t));
        total += value * factor;
    }
    return std::chrono::seconds(total);
}

std::chrono::seconds elapsedSeconds(native::TimeNs now, native::TimeNs then)
{
    if (then >= now)
        return std::chrono::seconds(0);
    // The true difference lies in (0, 2^64): exact in unsigned arithmetic.
    const quint64 ns = quint64(now) - quint64(then);
    return std::chrono::seconds(qint64(ns / 1'000'000'000u));
}

std::optional<native::TimeNs> staleCutoff(native::TimeNs now, std::chrono::seconds olderThan)
{
    constexpr native::TimeNs perSecond = 1'000'000'000;
    const qint64 seconds = olderThan.count();
    if (seconds < 0 || now < 0 || seconds > std::numeric_limits<native::TimeNs>::max() / perSecond)
        return std::nullopt;
    const native::TimeNs cutoff = now - seconds * perSecond; // both non-negative: no overflow
    if (cutoff < 0)
        return std::nullopt;
    return cutoff;
}

std::optional<std::chrono::seconds> parseAge(QStringView text, native::TimeNs now, QString *error)
{
    const auto d = parseDuration(text, error);
    if (!d)
        return std::nullopt;
    auto fail = [&](const QString &why) -> std::optional<std::chrono::seconds> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (d->count() == 0)
        return fail(QCoreApplication::translate(
            "Duration", "an age of zero would make everything stale (use e.g. 1h or 7d)"));
    if (!staleCutoff(now, *d))
        return fail(
            QCoreApplication::translate(
                "Duration", "age \"%1\" reaches back before 1970: nothing could be that old")
                .arg(text.trimmed()));
    return d;
}

QString formatDuration(std::chrono::seconds d)
{
    qint64 s = d.count();
    if (s <= 0)
        return QStringLiteral("0s");
    QString out;
    // Days, not weeks: "7d" and "30d" are how cleaning thresholds are written
    // (tmpfiles.d, tmpreaper), and they read back unchanged.
    const struct
    {
        qint64 size;
        char unit;
    } units[] = {{86400, 'd'}, {3600, 'h'}, {60, 'm'}, {1, 's'}};
    for (const auto &u : units) {
        if (s >= u.size) {
            out += QString::number(s / u.size) + QLatin1Char(u.unit);
            s %= u.size;
        }
    }
    return out;
}

QString formatAge(std::chrono::seconds age)
{
    const qint64 s = std::max<qint64>(0, age.count());
    if (s < 60)
        return QCoreApplication::translate("Duration", "%1 s").arg(s);
    if (s < 3600)
        return QCoreApplication::translate("Duration", "%1 min").arg(s / 60);
    if (s < 86400)
        return QCoreApplication::translate("Duration", "%1 h").arg(s / 3600);
    if (s < 14 * 86400)
        return QCoreApplication::translate("Duration", "%1 d").arg(s / 86400);
    if (s < 365 * 86400)
        return QCoreApplication::translate("Duration", "%1 w").arg(s / (7 * 86400));
    return QCoreApplication::translate("Duration", "%1 y").arg(s / (365 * 86400));
}

QString formatBytes(quint64 bytes)
{
    if (bytes < 1024)
        return QCoreApplication::translate("Duration", "%1 B").arg(bytes);
    return QLocale::c().formattedDataSize(
        qint64(std::min<quint64>(bytes, quint64(std::numeric_limits<qint64>::max()))), 1,
        QLocale::DataSizeIecFormat);
}

} // namespace tempscope
