// RFC 4180 rows with byte-exact names.

#include "core/export/CsvWriter.h"
#include "core/export/CleanupExport.h"
#include "core/inventory/PathText.h"

#include <QTest>

using tempscope::CsvWriter;

class CsvWriterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotesOnlyWhatNeedsIt_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QByteArray>("written");
        QTest::newRow("plain") << QStringLiteral("tmpab3_x9zq") << QByteArray("tmpab3_x9zq");
        QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
        QTest::newRow("quote doubled")
            << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("two\nlines") << QByteArray("\"two\nlines\"");
        QTest::newRow("empty") << QString() << QByteArray();
        QTest::newRow("raw byte comes out as the byte")
            << tempscope::pathText(std::string_view("caf\xe9")) << QByteArray("caf\xe9");
        // OWASP CSV injection: a leading apostrophe, and quoted.
        QTest::newRow("equals") << QStringLiteral("=1+1") << QByteArray("\"'=1+1\"");
        QTest::newRow("hyperlink") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
                                   << QByteArray("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        QTest::newRow("plus") << QStringLiteral("+SUM(1)") << QByteArray("\"'+SUM(1)\"");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QByteArray("\"'-2+3\"");
        QTest::newRow("at") << QStringLiteral("@cmd") << QByteArray("\"'@cmd\"");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QByteArray("\"'\t=1\"");
        QTest::newRow("carriage return") << QStringLiteral("\r=1") << QByteArray("\"'\r=1\"");
        QTest::newRow("after spaces") << QStringLiteral("  =1") << QByteArray("\"'  =1\"");
        QTest::newRow("full-width equals") << QStringLiteral("\uff1d1")
                                           << QByteArray("\"'\xef\xbc\x9d"
                                                         "1\"");
        QTest::newRow("negative number stays") << QStringLiteral("-12") << QByteArray("-12");
        QTest::newRow("signed decimal stays") << QStringLiteral("+1.5") << QByteArray("+1.5");
        QTest::newRow("inside is harmless") << QStringLiteral("a=b") << QByteArray("a=b");
        QTest::newRow("raw byte after equals")
            << tempscope::pathText(std::string_view("=caf\xe9")) << QByteArray("\"'=caf\xe9\"");
    }

    // The cleanup report saved as CSV (the wizard's Save) goes through the
    // same writer: a rule or reason quoting a hostile name stays inert.
    void cleanupReportCellsAreNeutral()
    {
        tempscope::CleanupReport report;
        tempscope::CleanupResult r;
        r.path = QStringLiteral("/tmp/=HYPERLINK(x)");
        r.action = tempscope::CleanupOutcome::Skipped;
        r.reason = QStringLiteral("@SUM(1)");
        r.rule = QStringLiteral("=HYPER*");
        report.results.append(r);
        std::string out;
        {
            CsvWriter w([&](std::string_view chunk) { out.append(chunk); });
            tempscope::writeCleanupCsv(w, report);
        }
        const QList<QByteArray> lines = QByteArray::fromStdString(out).split('\n');
        QCOMPARE(lines.value(1),
                 QByteArray("/tmp/=HYPERLINK(x),skipped,\"'@SUM(1)\",\"'=HYPER*\",0,0,\r"));
    }

    void hexColumnForRawOrNeutralisedNames_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("cells");
        QTest::addColumn<QString>("hex");
        QTest::newRow("plain") << QStringLiteral("/tmp/a") << QStringList{QStringLiteral("a")}
                               << QString();
        QTest::newRow("raw byte") << tempscope::pathText(std::string_view("/t/\xff"))
                                  << QStringList() << QStringLiteral("2f742fff");
        QTest::newRow("neutralised name")
            << QStringLiteral("/t/=1") << QStringList{QStringLiteral("=1")}
            << QStringLiteral("2f742f3d31");
        QTest::newRow("neutralised family")
            << QStringLiteral("/t/x") << QStringList{QStringLiteral("x"), QStringLiteral("@x*")}
            << QStringLiteral("2f742f78");
    }
    void hexColumnForRawOrNeutralisedNames()
    {
        QFETCH(QString, path);
        QFETCH(QStringList, cells);
        QFETCH(QString, hex);
        QCOMPARE(CsvWriter::hexColumn(path, cells), hex);
    }
    void quotesOnlyWhatNeedsIt()
    {
        QFETCH(QString, field);
        QFETCH(QByteArray, written);
        std::string out;
        {
            CsvWriter w([&](std::string_view s) { out.append(s); });
            w.row({field, QStringLiteral("x")});
        }
        QCOMPARE(QByteArray::fromStdString(out), written + ",x\r\n");
    }
};

QTEST_APPLESS_MAIN(CsvWriterTest)
#include "CsvWriterTest.moc"
