// Durations as typed on the command line, and ages/sizes as shown.

#include "core/inventory/Duration.h"

#include <QTest>

using namespace tempscope;
using namespace std::chrono;

class DurationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("seconds") << QStringLiteral("90s") << qint64(90);
        QTest::newRow("minutes") << QStringLiteral("15m") << qint64(900);
        QTest::newRow("hours") << QStringLiteral("12h") << qint64(43200);
        QTest::newRow("days") << QStringLiteral("7d") << qint64(604800);
        QTest::newRow("weeks") << QStringLiteral("2w") << qint64(1209600);
        QTest::newRow("combined") << QStringLiteral("1d12h") << qint64(129600);
        QTest::newRow("combined, any order") << QStringLiteral("30m1h") << qint64(5400);
        QTest::newRow("zero") << QStringLiteral("0s") << qint64(0);
        QTest::newRow("surrounding spaces") << QStringLiteral(" 3d ") << qint64(259200);
    }
    void parses()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        QString error;
        const auto d = parseDuration(text, &error);
        QVERIFY2(d.has_value(), qPrintable(error));
        QCOMPARE(d->count(), seconds);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown unit")
            << QStringLiteral("7x") << QStringLiteral("unknown unit \"x\"");
        QTest::newRow("negative") << QStringLiteral("-1d") << QStringLiteral("negative");
        QTest::newRow("no unit") << QStringLiteral("7") << QStringLiteral("missing unit");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("unit only") << QStringLiteral("d") << QStringLiteral("expected a number");
        QTest::newRow("unit twice") << QStringLiteral("1d2d") << QStringLiteral("given twice");
        QTest::newRow("overflow") << QStringLiteral("99999999999999999999w")
                                  << QStringLiteral("too large");
        QTest::newRow("fraction") << QStringLiteral("1.5d") << QStringLiteral("unknown unit \".\"");
        QTest::newRow("capital unit")
            << QStringLiteral("7D") << QStringLiteral("unknown unit \"D\"");
        QTest::newRow("non-ascii digit")
            << QStringLiteral("\u0667d") << QStringLiteral("expected a number");
    }
    void rejects()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!parseDuration(text, &error).has_value());
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void formatRoundTrips_data() { parses_data(); }
    void formatRoundTrips()
    {
        QFETCH(qint64, seconds);
        const QString text = formatDuration(std::chrono::seconds(seconds));
        QCOMPARE(parseDuration(text)->count(), seconds);
    }

    void ages()
    {
        QCOMPARE(formatAge(seconds(45)), QStringLiteral("45 s"));
        QCOMPARE(formatAge(minutes(12)), QStringLiteral("12 min"));
        QCOMPARE(formatAge(hours(5)), QStringLiteral("5 h"));
        QCOMPARE(formatAge(days(3)), QStringLiteral("3 d"));
        QCOMPARE(formatAge(days(21)), QStringLiteral("3 w"));
        QCOMPARE(formatAge(days(800)), QStringLiteral("2 y"));
        QCOMPARE(formatAge(seconds(-5)), QStringLiteral("0 s"));
    }

    void bytes()
    {
        QCOMPARE(formatBytes(0), QStringLiteral("0 B"));
        QCOMPARE(formatBytes(512), QStringLiteral("512 B"));
        QCOMPARE(formatBytes(1536), QStringLiteral("1.5 KiB"));
        QCOMPARE(formatBytes(5ull << 30), QStringLiteral("5.0 GiB"));
    }
};

QTEST_APPLESS_MAIN(DurationTest)
#include "DurationTest.moc"
