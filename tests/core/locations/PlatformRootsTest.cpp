// PlatformRoots: every platform's scratch-root rules, run here whatever the
// build platform, with the platform, the home and the environment given
// (macOS's against a fake home in a QTemporaryDir).

#include "core/locations/PlatformRoots.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace tempscope;

namespace {

struct Row
{
    QString path;
    QString kind;
    bool cleanByDefault;
};

QList<Row> rowsOf(const QList<ScratchRoot> &roots)
{
    QList<Row> rows;
    for (const ScratchRoot &r : roots)
        rows.append({r.path, rootKindName(r.kind), r.cleanByDefault});
    return rows;
}

QString show(const QList<Row> &rows)
{
    QStringList lines;
    for (const Row &r : rows)
        lines.append(QStringLiteral("%1 %2%3").arg(
            r.kind, r.path, r.cleanByDefault ? QString() : QStringLiteral(" (kept)")));
    return lines.join(u'\n');
}

} // namespace

class PlatformRootsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void macOS_data()
    {
        QTest::addColumn<QString>("tmpdir");      // "<unset>" for none
        QTest::addColumn<QStringList>("perUser"); // the roots before /private/tmp
        const QString folders = QStringLiteral("/var/folders/zz/zyxvpxvq6csfxvn_n0000000000000");
        QTest::newRow("launchd's per-user TMPDIR: it and its cache beside it")
            << folders + QStringLiteral("/T/")
            << QStringList{QStringLiteral("secondary-temp ") + folders + QStringLiteral("/T"),
                           QStringLiteral("cache ") + folders + QStringLiteral("/C (kept)")};
        QTest::newRow("the same under /private")
            << QStringLiteral("/private") + folders + QStringLiteral("/T")
            << QStringList{
                   QStringLiteral("secondary-temp /private") + folders + QStringLiteral("/T"),
                   QStringLiteral("cache /private") + folders + QStringLiteral("/C (kept)")};
        QTest::newRow("another TMPDIR: no per-user cache guessed")
            << QStringLiteral("/Volumes/Scratch/tmp")
            << QStringList{QStringLiteral("secondary-temp /Volumes/Scratch/tmp")};
        QTest::newRow("a folder that only looks like it")
            << QStringLiteral("/var/folders/zz/T")
            << QStringList{QStringLiteral("secondary-temp /var/folders/zz/T")};
        QTest::newRow("TMPDIR unset (sudo, launchd daemons)")
            << QStringLiteral("<unset>") << QStringList{};
        QTest::newRow("a relative TMPDIR is ignored") << QStringLiteral("tmp") << QStringList{};
    }

    void macOS()
    {
        QFETCH(QString, tmpdir);
        QFETCH(QStringList, perUser);
        PlatformPlaces places;
        places.platform = Platform::MacOS;
        places.home = m_home.path();
        places.cacheDir = QStringLiteral("/not/used/on/macOS");
        if (tmpdir != u"<unset>")
            places.environment.insert(QStringLiteral("TMPDIR"), tmpdir);
        // XDG_RUNTIME_DIR means nothing on macOS.
        places.environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), QStringLiteral("/run/user/1"));
        QStringList expected = perUser;
        expected << QStringLiteral("secondary-temp /private/tmp")
                 << QStringLiteral("secondary-temp /private/var/tmp")
                 << QStringLiteral("cache ") + m_home.path() +
                        QStringLiteral("/Library/Caches (kept)");
        QCOMPARE(show(rowsOf(platformScratchRoots(places))), expected.join(u'\n'));
    }

    void macOSCachesOfTheFakeHomeAreDescribed()
    {
        QVERIFY(QDir(m_home.path()).mkpath(QStringLiteral("Library/Caches")));
        PlatformPlaces places;
        places.platform = Platform::MacOS;
        places.home = m_home.path();
        const QList<ScratchRoot> roots = platformScratchRoots(places);
        const ScratchRoot &caches = roots.last();
        QCOMPARE(caches.kind, RootKind::Cache);
        QVERIFY(!caches.cleanByDefault);
        QCOMPARE(caches.origin, QStringLiteral("your cache directory"));
        const ScratchRoot described =
            ScratchRoots::describe(caches.path, caches.kind, caches.cleanByDefault);
        QVERIFY(described.exists);
        QVERIFY(described.volume.valid);
    }

    void macOSWithoutAHome()
    {
        PlatformPlaces places;
        places.platform = Platform::MacOS;
        places.home = QStringLiteral("relative/home"); // never a cache below the current dir
        QCOMPARE(show(rowsOf(platformScratchRoots(places))),
                 QStringLiteral("secondary-temp /private/tmp\nsecondary-temp /private/var/tmp"));
    }

    void unixAndLinux()
    {
        PlatformPlaces places;
        places.platform = Platform::Unix;
        places.home = m_home.path();
        places.cacheDir = m_home.path() + QStringLiteral("/.cache");
        places.environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), QStringLiteral("/run/user/7"));
        places.environment.insert(QStringLiteral("TMPDIR"), QStringLiteral("/scratch"));
        QCOMPARE(show(rowsOf(platformScratchRoots(places))),
                 QStringLiteral("secondary-temp /var/tmp\nruntime /run/user/7 (kept)\ncache ") +
                     m_home.path() + QStringLiteral("/.cache (kept)"));
    }

    void windows()
    {
        PlatformPlaces places;
        places.platform = Platform::Windows;
        places.cacheDir = QStringLiteral("C:/Users/ann/AppData/Local/cache");
        places.environment.insert(QStringLiteral("SystemRoot"), QStringLiteral("C:\\Windows"));
        QCOMPARE(show(rowsOf(platformScratchRoots(places))),
                 QStringLiteral("secondary-temp C:\\Windows\\Temp\n"
                                "cache C:\\Users\\ann\\AppData\\Local\\cache (kept)"));
    }

    void thisProcessUsesTheRunningPlatform()
    {
        const PlatformPlaces places =
            PlatformPlaces::ofThisProcess(QProcessEnvironment::systemEnvironment());
#if defined(Q_OS_MACOS)
        QCOMPARE(places.platform, Platform::MacOS);
#elif defined(Q_OS_WIN)
        QCOMPARE(places.platform, Platform::Windows);
#else
        QCOMPARE(places.platform, Platform::Unix);
#endif
        QCOMPARE(places.home, QDir::homePath());
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(PlatformRootsTest)
#include "PlatformRootsTest.moc"
