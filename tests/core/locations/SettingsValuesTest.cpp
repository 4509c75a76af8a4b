// SettingsValues: values read from a settings file written by hand (or
// corrupt), each bounded and checked. The file's raw text is given here, as a
// person or a broken disk leaves it.

#include "core/locations/SettingsValues.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tempscope;

class SettingsValuesTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_file = 0;

    // A settings file with this text, read as Tempscope reads its own.
    std::unique_ptr<QSettings> settingsWith(const QByteArray &ini)
    {
        const QString path = m_dir.filePath(QStringLiteral("s%1.conf").arg(++m_file));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(ini) != ini.size())
            return nullptr;
        f.close();
        return std::make_unique<QSettings>(path, QSettings::IniFormat);
    }

private Q_SLOTS:
    void integers_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("expected"); // -1: refused
        QTest::newRow("in range") << QByteArray("7") << 7;
        QTest::newRow("the corrupt profile count") << QByteArray("2147483647") << -1;
        QTest::newRow("negative") << QByteArray("-3") << -1;
        QTest::newRow("not a number") << QByteArray("seven") << -1;
        QTest::newRow("a list") << QByteArray("1, 2") << -1;
        QTest::newRow("past 64 bits") << QByteArray("99999999999999999999999") << -1;
    }

    void integers()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, expected);
        const auto s = settingsWith("[gui]\noverviewTab=" + value + '\n');
        QVERIFY(s);
        const std::optional<int> n =
            settings::integer(*s, QStringLiteral("gui/overviewTab"), 0, 100);
        QCOMPARE(n.value_or(-1), expected);
    }

    void texts()
    {
        const auto s = settingsWith("[gui]\nlanguage=de\nlong=" + QByteArray(5000, 'x') +
                                    "\nlist=a, b\nbytes=@ByteArray(abc)\n");
        QCOMPARE(settings::text(*s, QStringLiteral("gui/language"), 32),
                 std::optional<QString>(QStringLiteral("de")));
        QCOMPARE(settings::text(*s, QStringLiteral("gui/long"), 4096), std::nullopt);
        QCOMPARE(settings::text(*s, QStringLiteral("gui/list"), 32), std::nullopt);
        QCOMPARE(settings::text(*s, QStringLiteral("gui/missing"), 32), std::nullopt);
        QCOMPARE(settings::bytes(*s, QStringLiteral("gui/bytes"), 16),
                 std::optional<QByteArray>("abc"));
        QCOMPARE(settings::bytes(*s, QStringLiteral("gui/bytes"), 2), std::nullopt);
        QCOMPARE(settings::bytes(*s, QStringLiteral("gui/language"), 16), std::nullopt);
    }

    void lists()
    {
        QByteArray many = "[families]\nuser=";
        for (int i = 0; i < 2000; ++i)
            many += "f" + QByteArray::number(i) + "-, ";
        many += "last-\n";
        auto s = settingsWith(
            many + "[locations]\nuserRoots=@Invalid()\none=/tmp/a\ntwo=/tmp/a, /tmp/b\n");
        QCOMPARE(
            settings::textList(*s, QStringLiteral("families/user"), settings::MaxListItems, 256),
            std::nullopt);
        // QSettings writes an empty list as @Invalid().
        QCOMPARE(settings::textList(*s, QStringLiteral("locations/userRoots"), 10, 256),
                 std::optional<QStringList>(QStringList()));
        QCOMPARE(settings::textList(*s, QStringLiteral("locations/one"), 10, 256),
                 std::optional<QStringList>(QStringList{QStringLiteral("/tmp/a")}));
        QCOMPARE(settings::textList(*s, QStringLiteral("locations/two"), 10, 256),
                 std::optional<QStringList>(
                     (QStringList{QStringLiteral("/tmp/a"), QStringLiteral("/tmp/b")})));
        QCOMPARE(settings::textList(*s, QStringLiteral("locations/two"), 1, 256), std::nullopt);
    }

    void booleans()
    {
        const auto s = settingsWith("[r]\na=true\nb=false\nc=yes\nd=1\n");
        QCOMPARE(settings::boolean(*s, QStringLiteral("r/a")), std::optional<bool>(true));
        QCOMPARE(settings::boolean(*s, QStringLiteral("r/b")), std::optional<bool>(false));
        QCOMPARE(settings::boolean(*s, QStringLiteral("r/c")), std::nullopt);
        QCOMPARE(settings::boolean(*s, QStringLiteral("r/d")), std::optional<bool>(true));
    }
};

QTEST_GUILESS_MAIN(SettingsValuesTest)
#include "SettingsValuesTest.moc"
