// Scanner behaviour that only shows for an unprivileged user (CI runs this
// as `nobody`): unreadable directories are recorded and skipped, never fatal.

#include "TreeFixture.h"
#include "core/native/Scanner.h"

#include <QTemporaryDir>
#include <QTest>

#include <cerrno>

using namespace tempscope::native;
using namespace fixture;

class ScannerPermissionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (::geteuid() == 0)
            QSKIP("permission checks do not apply to root; the suite runs this as nobody");
    }

    void unreadableDirectoryIsRecordedAndSkipped()
    {
        QTemporaryDir dir;
        const std::string r = dir.path().toStdString();
        QVERIFY(makeDir(r + "/locked"));
        QVERIFY(writeFile(r + "/locked/hidden", 1));
        QVERIFY(writeFile(r + "/visible", 1));
        QCOMPARE(::chmod((r + "/locked").c_str(), 0), 0);

        const ScanResult result = scan(r);
        ::chmod((r + "/locked").c_str(), 0755);
        QVERIFY(result.ok());
        const ScanTree &t = result.tree;
        QCOMPARE(paths(t), (std::set<std::string>{"locked", "visible"}));
        const std::uint32_t locked = find(t, "locked");
        QVERIFY(t[locked].has(Entry::HasError));
        QVERIFY(t[locked].has(Entry::NotListed));
        QCOMPARE(t.errors().size(), std::size_t(1));
        QCOMPARE(t.errors()[0].entry, locked);
        QCOMPARE(t.errors()[0].code, EACCES);
        QCOMPARE(t.errors()[0].op, ScanOp::Open);
    }

    void listableButNotSearchableDirectory()
    {
        // r-- without x: names can be read, but nothing can be stat'ed.
        QTemporaryDir dir;
        const std::string r = dir.path().toStdString();
        QVERIFY(makeDir(r + "/noexec"));
        QVERIFY(writeFile(r + "/noexec/a", 1));
        QCOMPARE(::chmod((r + "/noexec").c_str(), 0444), 0);
        const ScanResult result = scan(r);
        ::chmod((r + "/noexec").c_str(), 0755);
        QVERIFY(result.ok());
        const std::uint32_t a = find(result.tree, "noexec/a");
        QVERIFY(a != 0); // the name is kept even though it cannot be stat'ed
        QCOMPARE(result.tree[a].kind, Kind::Unknown);
        QVERIFY(result.tree[a].has(Entry::HasError));
        QCOMPARE(result.tree.errors().size(), std::size_t(1));
        QCOMPARE(result.tree.errors()[0].op, ScanOp::Stat);
        QCOMPARE(result.tree.errors()[0].code, EACCES);
    }

    void unreadableRootIsAClearError()
    {
        QTemporaryDir dir;
        const std::string r = dir.path().toStdString() + "/closed";
        QVERIFY(makeDir(r));
        QCOMPARE(::chmod(r.c_str(), 0), 0);
        const ScanResult result = scan(r);
        ::chmod(r.c_str(), 0755);
        QVERIFY(!result.ok());
        QCOMPARE(result.rootError.code, EACCES);
        QCOMPARE(result.rootError.message, std::string("permission denied"));
    }
};

QTEST_APPLESS_MAIN(ScannerPermissionTest)
#include "ScannerPermissionTest.moc"
