// The Windows backend's reading of attributes and times, checked on every
// platform: Wine cannot create junctions, symbolic links or mount points, so
// the rule "a reparse point is a link and is never entered" is pinned here.

#include "core/native/win32/WinAttributes.h"

#include <QTest>

#include <limits>

using namespace tempscope::native;
using namespace tempscope::native::win32;

class WinAttributesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kinds_data();
    void kinds();
    void modes();
    void fileTimes();
    void fileIndexes();
};

void WinAttributesTest::kinds_data()
{
    QTest::addColumn<uint>("attributes");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("entered");
    // Values as Windows reports them (winnt.h).
    QTest::newRow("plain file (ARCHIVE)") << 0x20u << QStringLiteral("file") << false;
    QTest::newRow("read-only hidden file") << 0x23u << QStringLiteral("file") << false;
    QTest::newRow("directory") << 0x10u << QStringLiteral("dir") << true;
    QTest::newRow("read-only directory") << 0x11u << QStringLiteral("dir") << true;
    QTest::newRow("junction or mount point (DIRECTORY|REPARSE_POINT)")
        << 0x410u << QStringLiteral("symlink") << false;
    QTest::newRow("directory symlink, hidden system")
        << 0x416u << QStringLiteral("symlink") << false;
    QTest::newRow("file symlink (ARCHIVE|REPARSE_POINT)")
        << 0x420u << QStringLiteral("symlink") << false;
    QTest::newRow("cloud placeholder (OFFLINE|REPARSE_POINT|RECALL_ON_DATA_ACCESS)")
        << 0x401420u << QStringLiteral("symlink") << false;
}

void WinAttributesTest::kinds()
{
    QFETCH(uint, attributes);
    QFETCH(QString, kind);
    QFETCH(bool, entered);
    QCOMPARE(QString::fromLatin1(kindName(kindFromAttributes(attributes))), kind);
    QCOMPARE(isDirectoryNotLink(attributes), entered);
}

void WinAttributesTest::modes()
{
    QCOMPARE(synthesisedMode(Kind::File, 0x20), 0100644u);
    QCOMPARE(synthesisedMode(Kind::File, 0x21), 0100444u);
    QCOMPARE(synthesisedMode(Kind::Directory, 0x11), 0040755u);
    QCOMPARE(synthesisedMode(Kind::Symlink, 0x410), 0120777u);
}

void WinAttributesTest::fileTimes()
{
    // 1970-01-01 in FILETIME ticks, and one second and 100 ns after it.
    QCOMPARE(fileTimeToNs(116444736000000000LL), TimeNs(0));
    QCOMPARE(fileTimeToNs(116444736000000000LL + 10'000'000), TimeNs(1'000'000'000));
    QCOMPARE(fileTimeToNs(116444736000000000LL + 1), TimeNs(100));
    // 2026-01-01T00:00:00Z = 1767225600 s.
    QCOMPARE(fileTimeToNs(116444736000000000LL + 1767225600LL * 10'000'000),
             TimeNs(1767225600LL * 1'000'000'000));
    QCOMPARE(fileTimeToNs(0), TimeNs(0)); // not recorded stays "not recorded"
    // 1601 is before what nanoseconds can hold: clamped, still "long ago",
    // and no overflow (UBSan would catch one).
    QCOMPARE(fileTimeToNs(1), TimeNs(-(std::numeric_limits<std::int64_t>::max() / 100) * 100));
    QCOMPARE(fileTimeToNs(std::numeric_limits<std::int64_t>::max()),
             TimeNs((std::numeric_limits<std::int64_t>::max() / 100) * 100));
    QVERIFY(fileTimeToNs(std::numeric_limits<std::int64_t>::min()) < 0);
}

void WinAttributesTest::fileIndexes()
{
    QCOMPARE(fileIndex(0, 0xA8E023), std::uint64_t(0xA8E023));
    QCOMPARE(fileIndex(0x00010000, 0x00000005), std::uint64_t(0x0001000000000005ULL));
}

QTEST_GUILESS_MAIN(WinAttributesTest)
#include "WinAttributesTest.moc"
