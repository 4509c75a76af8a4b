// The scan report's hand-written formatting: the same text as Qt's.

#include "core/export/ScanExport.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using tempscope::isoTime;
using tempscope::modeText;
using tempscope::native::TimeNs;

class ScanExportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isoTimeIsQtsIsoDateWithMs()
    {
        constexpr TimeNs Ms = 1'000'000;
        QList<TimeNs> times{0,
                            999'999, // below a millisecond
                            -1,      // before the epoch
                            -86'400'000 * Ms - 1,
                            951'782'400'000 * Ms,           // 2000-02-29
                            951'868'799'999 * Ms + 999'999, // its last instant
                            4'107'542'400'000 * Ms,         // 2100-03-01, not a leap year
                            7'258'118'400'000 * Ms,         // 2200-01-01
                            std::numeric_limits<TimeNs>::max(),
                            std::numeric_limits<TimeNs>::min()};
        QRandomGenerator rnd(21);
        for (int i = 0; i < 20000; ++i)
            times.append(TimeNs(rnd.generate64() >> 1)); // all of 1970-2262
        for (TimeNs t : std::as_const(times)) {
            const QString expected = QDateTime::fromMSecsSinceEpoch(t / 1'000'000, QTimeZone::utc())
                                         .toString(Qt::ISODateWithMs);
            QCOMPARE(isoTime(t), expected);
        }
        QCOMPARE(isoTime(951'782'400'123 * Ms), QStringLiteral("2000-02-29T00:00:00.123+00:00"));
    }

    void modeTextIsFourOctalDigits()
    {
        for (quint32 mode = 0; mode < 0200000; mode += 7)
            QCOMPARE(modeText(mode),
                     QStringLiteral("%1").arg(mode & 07777, 4, 8, QLatin1Char('0')));
        QCOMPARE(modeText(0100644), QStringLiteral("0644"));
        QCOMPARE(modeText(041777), QStringLiteral("1777"));
    }
};

QTEST_APPLESS_MAIN(ScanExportTest)
#include "ScanExportTest.moc"
