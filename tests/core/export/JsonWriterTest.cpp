// The streaming JSON writer: valid documents, exact escapes, lossless names.
// (No raw string literals here: moc's tokenizer does not take them.)

#include "core/export/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using tempscope::JsonWriter;

namespace {

std::string write(const std::function<void(JsonWriter &)> &body)
{
    std::string out;
    JsonWriter w([&](std::string_view s) { out.append(s); });
    body(w);
    w.finish();
    return out;
}

} // namespace

class JsonWriterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nestedDocumentParses()
    {
        const std::string json = write([](JsonWriter &w) {
            w.beginObject();
            w.field("name", QStringLiteral("tmp*"));
            w.field("count", 3);
            w.field("bytes", quint64(1) << 40);
            w.field("stale", true);
            w.nullField("error");
            w.key("items");
            w.beginArray();
            w.value(QStringLiteral("a"));
            w.beginObject();
            w.endObject();
            w.beginArray();
            w.endArray();
            w.endArray();
            w.endObject();
        });
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(json), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject o = doc.object();
        QCOMPARE(o[QStringLiteral("name")].toString(), QStringLiteral("tmp*"));
        QCOMPARE(o[QStringLiteral("bytes")].toInteger(), qint64(1) << 40);
        QVERIFY(o[QStringLiteral("error")].isNull());
        QCOMPARE(o[QStringLiteral("items")].toArray().size(), 3);
        QVERIFY(json.ends_with("}\n"));
    }

    void escapes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("literal");
        QTest::newRow("quote and backslash")
            << QStringLiteral("a\"b\\c") << QByteArray("\"a\\\"b\\\\c\"");
        QTest::newRow("newline, tab, CR")
            << QStringLiteral("a\nb\tc\rd") << QByteArray("\"a\\nb\\tc\\rd\"");
        QTest::newRow("control character") << QString(QChar(0x01)) << QByteArray("\"\\u0001\"");
        QTest::newRow("DEL") << QString(QChar(0x7F)) << QByteArray("\"\\u007f\"");
        QTest::newRow("UTF-8 text stays text") << QStringLiteral("Grüße 日本")
                                               << QByteArray("\"Gr\xc3\xbc\xc3\x9f"
                                                             "e \xe6\x97\xa5\xe6\x9c\xac\"");
        QTest::newRow("astral character")
            << QString::fromUtf8("\xf0\x9f\x98\x80") << QByteArray("\"\xf0\x9f\x98\x80\"");
        QTest::newRow("escaped raw byte (non-UTF-8 name)")
            << QString(QChar(0xDCE9)) << QByteArray("\"\\udce9\"");
        QTest::newRow("slash untouched") << QStringLiteral("/tmp/x") << QByteArray("\"/tmp/x\"");
    }
    void escapes()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, literal);
        std::string out;
        tempscope::appendJsonString(out, text);
        QCOMPARE(QByteArray::fromStdString(out), literal);
    }

    void largeOutputIsStreamedInChunks()
    {
        int chunks = 0;
        std::size_t total = 0;
        {
            JsonWriter w([&](std::string_view s) {
                ++chunks;
                total += s.size();
            });
            w.beginArray();
            for (int i = 0; i < 20000; ++i)
                w.value(QStringLiteral("entry-%1").arg(i));
            w.endArray();
            w.finish();
        }
        QVERIFY(chunks > 2);
        QVERIFY(total > 300000);
    }
};

QTEST_APPLESS_MAIN(JsonWriterTest)
#include "JsonWriterTest.moc"
