// Names as people read them: raw bytes, controls, and characters that are
// invisible or reorder the text (Trojan Source, CVE-2021-42574) escaped.

#include "core/inventory/PathText.h"

#include <QTest>

using namespace tempscope;

class PathTextTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printable_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << QByteArray("report.pdf") << QStringLiteral("report.pdf");
        QTest::newRow("accents stay") << QByteArray("Gr\xc3\xbc\xc3\x9f"
                                                    "e")
                                      << QStringLiteral("Gr\u00fc\u00dfe");
        QTest::newRow("CJK stays")
            << QByteArray("\xe6\x97\xa5\xe6\x9c\xac") << QStringLiteral("\u65e5\u672c");
        QTest::newRow("emoji stays")
            << QByteArray("\xf0\x9f\x98\x80") << QString::fromUtf8("\xf0\x9f\x98\x80");
        QTest::newRow("right-to-left override") << QByteArray("invoice\xe2\x80\xae"
                                                              "fdp.exe")
                                                << QStringLiteral("invoice\\u202efdp.exe");
        QTest::newRow("embeddings and pop")
            << QByteArray("\xe2\x80\xaa\xe2\x80\xab\xe2\x80\xac\xe2\x80\xad")
            << QStringLiteral("\\u202a\\u202b\\u202c\\u202d");
        QTest::newRow("isolates") << QByteArray("\xe2\x81\xa6\xe2\x81\xa7\xe2\x81\xa8\xe2\x81\xa9")
                                  << QStringLiteral("\\u2066\\u2067\\u2068\\u2069");
        QTest::newRow("marks") << QByteArray("a\xe2\x80\x8e\xe2\x80\x8f\xd8\x9c")
                               << QStringLiteral("a\\u200e\\u200f\\u061c");
        QTest::newRow("zero width")
            << QByteArray("a\xe2\x80\x8b\xe2\x80\x8c\xe2\x80\x8d\xe2\x81\xa0\xef\xbb\xbf")
            << QStringLiteral("a\\u200b\\u200c\\u200d\\u2060\\ufeff");
        QTest::newRow("soft hyphen") << QByteArray("a\xc2\xad"
                                                   "b")
                                     << QStringLiteral("a\\u00adb");
        QTest::newRow("variation selector")
            << QByteArray("a\xef\xb8\x8f") << QStringLiteral("a\\ufe0f");
        QTest::newRow("Hangul filler") << QByteArray("\xe3\x85\xa4") << QStringLiteral("\\u3164");
        QTest::newRow("tag beyond the BMP")
            << QByteArray("x\xf3\xa0\x81\x81") << QStringLiteral("x\\U000e0041");
        QTest::newRow("C1 control (CSI)") << QByteArray("a\xc2\x9b"
                                                        "2J")
                                          << QStringLiteral("a\\u009b2J");
        QTest::newRow("line separator") << QByteArray("a\xe2\x80\xa8"
                                                      "b")
                                        << QStringLiteral("a\\u2028b");
        // Existing rules stay: controls, raw bytes, and a backslash doubled,
        // so a name spelled "\u202e" is told apart from the character.
        QTest::newRow("newline") << QByteArray("a\nb") << QStringLiteral("a\\nb");
        QTest::newRow("raw byte") << QByteArray("caf\xe9") << QStringLiteral("caf\\xe9");
        QTest::newRow("literal backslash-u")
            << QByteArray("\\u202e") << QStringLiteral("\\\\u202e");
    }
    void printable()
    {
        QFETCH(QByteArray, name);
        QFETCH(QString, shown);
        QCOMPARE(
            printablePath(native::NativeStringView(name.constData(), std::size_t(name.size()))),
            shown);
        // A hidden character is escaped as \uXXXX or \UXXXXXXXX; a literal
        // backslash is doubled, so "\\u" is not one.
        const bool hidden = QString(shown)
                                .replace(QStringLiteral("\\\\"), QString())
                                .contains(QStringLiteral("\\u")) ||
                            shown.contains(QStringLiteral("\\U"));
        QCOMPARE(hasHiddenCharacters(pathText(
                     native::NativeStringView(name.constData(), std::size_t(name.size())))),
                 hidden);
    }
};

QTEST_APPLESS_MAIN(PathTextTest)
#include "PathTextTest.moc"
