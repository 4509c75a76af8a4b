// RFC 4180 rows with byte-exact names.

#include "export/CsvWriter.h"
#include "inventory/PathText.h"

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
        QTest::newRow("quote doubled") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("two\nlines") << QByteArray("\"two\nlines\"");
        QTest::newRow("empty") << QString() << QByteArray();
        QTest::newRow("raw byte comes out as the byte")
            << tempscope::pathText(std::string_view("caf\xe9")) << QByteArray("caf\xe9");
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
