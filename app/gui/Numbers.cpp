#include "gui/Numbers.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace tempscope::gui {

QString sizeText(quint64 bytes)
{
    // Below 1 KiB the unit is core's ("B", "o" in French: the same word as
    // Qt's "Kio" there), so the table reads "512 B" beside "1.5 KiB".
    if (bytes < 1024)
        return QCoreApplication::translate("Duration", "%1 B").arg(countText(bytes));
    return QLocale().formattedDataSize(
        qint64(std::min<quint64>(bytes, quint64(std::numeric_limits<qint64>::max()))), 1,
        QLocale::DataSizeIecFormat);
}

QString countText(quint64 count)
{
    return QLocale().toString(count);
}

QStringList sizeSamples()
{
    // Each unit's widest number: 1023 bytes, then 1024.0 of a unit just
    // below the next (1023.99 rounds up), up to the 8 EiB of a qint64.
    QStringList samples{sizeText(1023)};
    for (quint64 unit = 1024; unit <= (quint64(1) << 50); unit *= 1024)
        samples << sizeText(unit * 1024 - 1);
    samples << sizeText(std::numeric_limits<quint64>::max());
    return samples;
}

int widestText(const QFontMetrics &metrics, const QStringList &samples)
{
    QChar widest = u'0';
    for (char16_t d = u'0'; d <= u'9'; ++d) {
        if (metrics.horizontalAdvance(QChar(d)) > metrics.horizontalAdvance(widest))
            widest = QChar(d);
    }
    int width = 0;
    for (QString s : samples) {
        for (QChar &c : s) {
            if (c.isDigit())
                c = widest;
        }
        width = std::max(width, metrics.horizontalAdvance(s));
    }
    return width;
}

} // namespace tempscope::gui
