// Behaviour 12 of TEMPFILE.md, the parts every user sees (TestTemporaryDirectory
// in test_tempfile.py): cleanup does not follow symlinks, may be repeated,
// delete=False keeps the directory. Modes 000-700 and ignore_cleanup_errors
// need a non-root user: TempfilePermissionsTest.

#include "TempfileTestSupport.h"

#include "core/tempfile/TempFileError.h"
#include "core/tempfile/TemporaryDirectory.h"

#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace tempscope::tempfile;
using tempscope::tempfile::test::EventRecorder;
using tempscope::tempfile::test::existsNoFollow;
using tempscope::tempfile::test::listing;

class TemporaryDirectoryTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // test_explicit_cleanup / test_recursive
    void cleanupRemovesEverything();
    // test_cleanup_with_symlink_to_a_directory
    void cleanupDoesNotFollowSymlinkToDirectory();
    void cleanupDoesNotFollowSymlinkToFile();
    // test_exit_on_shutdown-style: repeated cleanup is safe (test_multiple_close)
    void repeatedCleanup();
    // test_delete_false (3.12+)
    void deleteFalseKeepsDirectory();
    void directoryReplacedBySymlinkIsRefused();
    void events();

private:
    QTemporaryDir m_scratch;
};

namespace {

// test_tempfile.py's do_create(recurse, dirs, files): a small tree.
void populate(const QString &root, int recurse, int dirs, int files)
{
    for (int f = 0; f < files; ++f) {
        QFile file(root + u"/test" + QString::number(f) + u".txt");
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Hello world!");
    }
    if (recurse <= 0)
        return;
    for (int d = 0; d < dirs; ++d) {
        const QString sub = root + u"/dir" + QString::number(d);
        QVERIFY(QDir().mkdir(sub));
        populate(sub, recurse - 1, dirs, files);
    }
}

} // namespace

void TemporaryDirectoryTest::cleanupRemovesEverything()
{
    QString path;
    {
        TemporaryDirectory dir({.dir = m_scratch.path()});
        path = dir.path();
        QVERIFY(QFileInfo(path).isDir());
        populate(path, 3, 2, 2);
        QVERIFY(QFileInfo::exists(path + u"/dir1/dir0/dir1/test1.txt"));
    }
    QVERIFY(!existsNoFollow(path));
    QCOMPARE(listing(m_scratch.path()), QStringList());
}

void TemporaryDirectoryTest::cleanupDoesNotFollowSymlinkToDirectory()
{
    TemporaryDirectory d1({.dir = m_scratch.path()});
    TemporaryDirectory d2({.dir = m_scratch.path()});
    populate(d1.path(), 1, 1, 1);
    populate(d2.path(), 0, 0, 1);
    QVERIFY(QFile::link(d2.path(), d1.path() + u"/foo"));
    QVERIFY(QFile::link(d2.path(), d1.path() + u"/dir0/bar"));
    d1.cleanup();
    QVERIFY(!existsNoFollow(d1.path()));
    QVERIFY(QFileInfo(d2.path()).isDir());
    QCOMPARE(listing(d2.path()), QStringList{QStringLiteral("test0.txt")});
}

void TemporaryDirectoryTest::cleanupDoesNotFollowSymlinkToFile()
{
    const QString outside = m_scratch.filePath(QStringLiteral("outside.txt"));
    {
        QFile file(outside);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
    }
    {
        TemporaryDirectory dir({.dir = m_scratch.path()});
        QVERIFY(QFile::link(outside, dir.path() + u"/link"));
        QVERIFY(
            QFile::link(m_scratch.filePath(QStringLiteral("dangling")), dir.path() + u"/dangling"));
    }
    QFile file(outside);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep me"));
    QVERIFY(file.remove());
}

void TemporaryDirectoryTest::repeatedCleanup()
{
    TemporaryDirectory dir({.dir = m_scratch.path()});
    populate(dir.path(), 1, 1, 1);
    dir.cleanup();
    QVERIFY(!existsNoFollow(dir.path()));
    dir.cleanup();
    dir.cleanup();
    // Recreated by someone after the first cleanup: Python removes it again.
    QVERIFY(QDir().mkdir(dir.path()));
    dir.cleanup();
    QVERIFY(!existsNoFollow(dir.path()));
}

void TemporaryDirectoryTest::deleteFalseKeepsDirectory()
{
    QString path;
    {
        TemporaryDirectory dir({.dir = m_scratch.path(), .autoDelete = false});
        path = dir.path();
        populate(path, 0, 0, 1);
    }
    QVERIFY(QFileInfo(path).isDir());
    QCOMPARE(listing(path), QStringList{QStringLiteral("test0.txt")});
    {
        TemporaryDirectory dir({.dir = m_scratch.path(), .autoDelete = false});
        dir.cleanup(); // explicit cleanup still removes
        QVERIFY(!existsNoFollow(dir.path()));
    }
    QVERIFY(QDir(path).removeRecursively());
}

void TemporaryDirectoryTest::directoryReplacedBySymlinkIsRefused()
{
    const QString target = m_scratch.filePath(QStringLiteral("target"));
    QVERIFY(QDir().mkdir(target));
    populate(target, 0, 0, 1);
    EventRecorder recorder;
    {
        TemporaryDirectory dir({.dir = m_scratch.path(), .events = recorder.hub()});
        QVERIFY(QDir().rmdir(dir.path()));
        QVERIFY(QFile::link(target, dir.path()));
        QVERIFY_THROWS_EXCEPTION(OSError, dir.cleanup());
        QVERIFY(QFile::remove(dir.path()));
    }
    QCOMPARE(listing(target), QStringList{QStringLiteral("test0.txt")});
}

void TemporaryDirectoryTest::events()
{
    EventRecorder recorder;
    QString path;
    {
        TemporaryDirectory dir({.dir = m_scratch.path(), .events = recorder.hub()});
        path = dir.path();
    }
    QCOMPARE(recorder.kinds(), QStringList({QStringLiteral("TemporaryDirectory created"),
                                            QStringLiteral("TemporaryDirectory removed")}));
    QCOMPARE(recorder.events().first().path, path);
    QVERIFY(recorder.events().first().detail.contains(u"0700"));
    QCOMPARE(recorder.events().last().path, path);
}

QTEST_GUILESS_MAIN(TemporaryDirectoryTest)
#include "TemporaryDirectoryTest.moc"
