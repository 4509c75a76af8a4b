// Lossless name text: bytes -> UTF-16 (surrogateescape) -> bytes is exact.

#include "core/native/NameCodec.h"

#include <QTest>

using namespace tempscope::native;

class NameCodecTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrips_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ascii") << QByteArray("tmpab3_x9zq") << true;
        QTest::newRow("utf-8 accents") << QByteArray("caf\xc3\xa9") << true;
        QTest::newRow("utf-8 astral") << QByteArray("\xf0\x9f\x98\x80.txt") << true;
        QTest::newRow("latin-1") << QByteArray("caf\xe9") << false;
        QTest::newRow("truncated sequence") << QByteArray("ab\xe2\x82") << false;
        QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << false;
        QTest::newRow("encoded surrogate") << QByteArray("\xed\xa0\x80") << false;
        QTest::newRow("0xff") << QByteArray("\xff\xfe") << false;
        QTest::newRow("newline and controls") << QByteArray("a\nb\x01") << true;
    }
    void roundTrips()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        const std::string b = bytes.toStdString();
        QCOMPARE(isValidUtf8(b), valid);
        const std::u16string text = decodeName(b);
        QCOMPARE(encodeName(text), b);
        bool escaped = false;
        for (char16_t u : text)
            escaped = escaped || (u >= 0xDC80 && u <= 0xDCFF);
        QCOMPARE(escaped, !valid);
    }

    void invalidBytesBecomeSurrogates()
    {
        const std::u16string text = decodeName("caf\xe9");
        QCOMPARE(text.size(), std::size_t(4));
        QCOMPARE(int(text[3]), 0xDCE9);
    }

    void printableEscapes()
    {
        QCOMPARE(printableName("a\nb"), std::string("a\\nb"));
        QCOMPARE(printableName("caf\xe9"), std::string("caf\\xe9"));
        QCOMPARE(printableName("x\x1b"), std::string("x\\x1b"));
        QCOMPARE(printableName("back\\slash"), std::string("back\\\\slash"));
        QCOMPARE(printableName("Gr\xc3\xbc\xc3\x9f"
                               "e"),
                 std::string("Gr\xc3\xbc\xc3\x9f"
                             "e"));
    }
};

QTEST_APPLESS_MAIN(NameCodecTest)
#include "NameCodecTest.moc"
