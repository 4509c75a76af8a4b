// Python's text mode (TextMode) against what /usr/bin/python3 does with the
// same text on a real TemporaryFile: the bytes on disk for every newline=
// choice, what reading them back gives, write()'s answer, and the TypeError
// messages for the wrong type.

#include "core/tempfile/TextMode.h"
#include "core/tempfile/TemporaryFile.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace tempscope::tempfile;

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");

// Python's repr()-free spelling of a newline= value for the script below.
QString pythonNewline(const std::optional<QString> &newline)
{
    if (!newline)
        return QStringLiteral("None");
    QString out = *newline;
    out.replace(u'\r', QStringLiteral("\\r")).replace(u'\n', QStringLiteral("\\n"));
    return u'"' + out + u'"';
}

} // namespace

class TextModeTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validNewlines()
    {
        for (const char *ok : {"", "\n", "\r", "\r\n"})
            QVERIFY(TextMode::validNewline(QString::fromLatin1(ok)));
        QVERIFY(TextMode::validNewline(std::nullopt));
        QVERIFY(!TextMode::validNewline(QStringLiteral("\n\r")));
        QVERIFY(!TextMode::validNewline(QStringLiteral("x")));
    }

    void sameBytesAndTextAsPython_data()
    {
        QTest::addColumn<std::optional<QString>>("newline");
        QTest::newRow("None") << std::optional<QString>();
        QTest::newRow("empty") << std::optional<QString>(QString());
        QTest::newRow("LF") << std::optional<QString>(QStringLiteral("\n"));
        QTest::newRow("CR") << std::optional<QString>(QStringLiteral("\r"));
        QTest::newRow("CRLF") << std::optional<QString>(QStringLiteral("\r\n"));
    }

    void sameBytesAndTextAsPython()
    {
        QFETCH(std::optional<QString>, newline);
        const QString text = QStringLiteral("Invoice h\u00e9\n2\r\n3\r4\n");
        const TextMode mode(newline);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        TemporaryFile file({.dir = dir.path(), .events = nullptr});
        QCOMPARE(mode.write(file, text), qint64(text.size()));
        QVERIFY(file.seek(0));
        const std::optional<QString> back = mode.readAll(file);
        QVERIFY(back);
        QVERIFY(file.seek(0));
        const QByteArray onDisk = file.readAll();

        if (!QFileInfo(kPython).isExecutable())
            QSKIP("no /usr/bin/python3 to compare with");
        const QString script =
            QStringLiteral("import sys, tempfile\n"
                           "with tempfile.TemporaryFile(mode='w+', encoding='utf-8', newline=%1) "
                           "as f:\n"
                           "    n = f.write('Invoice h\\u00e9\\n2\\r\\n3\\r4\\n')\n"
                           "    f.seek(0)\n"
                           "    back = f.read()\n"
                           "    f.buffer.seek(0)\n"
                           "    raw = f.buffer.read()\n"
                           "sys.stdout.buffer.write(b'%d\\0' % n + raw + b'\\0' + "
                           "back.encode('utf-8'))\n")
                .arg(pythonNewline(newline));
        QProcess python;
        python.start(kPython, {QStringLiteral("-c"), script});
        QVERIFY(python.waitForFinished(30'000));
        QCOMPARE(python.exitCode(), 0);
        const QList<QByteArray> parts = python.readAllStandardOutput().split('\0');
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts.at(0).toLongLong(), qint64(text.size()));
        QCOMPARE(onDisk, parts.at(1));
        QCOMPARE(*back, QString::fromUtf8(parts.at(2)));
    }

    // Not UTF-8: an error, as Python's strict decoding raises, not U+FFFD.
    void notUtf8IsAnError()
    {
        QVERIFY(!TextMode().decode(QByteArray("ok \xff\xfe")));
        QCOMPARE(TextMode().decode(QByteArray("ok")), std::optional<QString>(QStringLiteral("ok")));
    }

    // write() answers characters, not bytes (é is 2 bytes, the emoji 4 and
    // two UTF-16 units: one character each).
    void writeCountsCharacters()
    {
        QTemporaryDir dir;
        TemporaryFile file({.dir = dir.path(), .events = nullptr});
        const QString text = QStringLiteral("h\u00e9llo\U0001F600\n");
        QCOMPARE(TextMode().write(file, text), qint64(7));
        QCOMPARE(file.size(), qint64(text.toUtf8().size()));
    }

    void wrongTypeMessagesArePythons()
    {
        if (!QFileInfo(kPython).isExecutable())
            QSKIP("no /usr/bin/python3 to compare with");
        QProcess python;
        python.start(kPython, {QStringLiteral("-c"),
                               QStringLiteral("import tempfile\n"
                                              "for mode, data in (('w+b', 'x'), ('w+', b'x')):\n"
                                              "    with tempfile.TemporaryFile(mode=mode) as f:\n"
                                              "        try:\n"
                                              "            f.write(data)\n"
                                              "        except TypeError as e:\n"
                                              "            print(e)\n")});
        QVERIFY(python.waitForFinished(30'000));
        const QStringList said =
            QString::fromUtf8(python.readAllStandardOutput()).trimmed().split(u'\n');
        QCOMPARE(said.size(), 2);
        QCOMPARE(TextMode::wrongTypeMessage(TextMode::FileMode::Binary), said.at(0));
        QCOMPARE(TextMode::wrongTypeMessage(TextMode::FileMode::Text), said.at(1));
    }
};

QTEST_MAIN(TextModeTest)
#include "TextModeTest.moc"
