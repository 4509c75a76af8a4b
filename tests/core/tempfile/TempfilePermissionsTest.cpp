// The permission behaviours of TEMPFILE.md (4, 6 and 12): modes 0600/0700
// under different umasks, TemporaryDirectory removing trees of every owner
// mode 000-700 without touching symlink targets, unwritable directories and
// ignore_cleanup_errors, and QTemporaryDir failing where Python succeeds.
// Root ignores permissions, so CTest runs this as `nobody` (AS_NOBODY).

#include "TempfileTestSupport.h"

#include "core/tempfile/NamedTemporaryFile.h"
#include "core/tempfile/TempFileError.h"
#include "core/tempfile/TempFileFunctions.h"
#include "core/tempfile/TemporaryDirectory.h"
#include "core/tempfile/TemporaryFile.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

using namespace tempscope::tempfile;
using tempscope::tempfile::test::EventRecorder;
using tempscope::tempfile::test::existsNoFollow;
using tempscope::tempfile::test::mode;

class TempfilePermissionsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // TestMkstempInner.test_file_mode / TestMkdtemp.test_mode (umask applies)
    void createdModes_data();
    void createdModes();
    // TestTemporaryDirectory.test_modes
    void cleanupRemovesEveryOwnerMode_data();
    void cleanupRemovesEveryOwnerMode();
    // TestTemporaryDirectory.test_cleanup_with_symlink_modes (3.13)
    void cleanupLeavesSymlinkTargetModes_data();
    void cleanupLeavesSymlinkTargetModes();
    // TestBadTempdir-style: a directory the user cannot write to
    void unwritableDir_data();
    void unwritableDir();
    // TestTemporaryDirectory.test_cleanup_with_ignore_cleanup_errors-style
    void ignoreCleanupErrors();
    // Qt: QTemporaryDir::remove() gives up on a 0500 subdirectory.
    void qtTemporaryDirFailsOnReadOnlySubdirectory();

private:
    std::unique_ptr<TemporaryDirectory> m_scratch;
    mode_t m_umask = 022;
};

void TempfilePermissionsTest::initTestCase()
{
    if (::geteuid() == 0)
        QSKIP("root ignores permissions: run through CTest, which runs this as nobody");
}

void TempfilePermissionsTest::init()
{
    m_umask = ::umask(022);
    m_scratch = std::make_unique<TemporaryDirectory>(TemporaryDirectoryOptions{});
}

void TempfilePermissionsTest::cleanup()
{
    ::umask(m_umask);
    m_scratch.reset(); // our own cleanup repairs whatever a test left read-only
}

void TempfilePermissionsTest::createdModes_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("umask");
    QTest::addColumn<int>("expected");
    for (int mask : {0, 022, 077}) {
        QTest::addRow("mkstemp, umask %03o", mask) << QStringLiteral("mkstemp") << mask << 0600;
        QTest::addRow("NamedTemporaryFile, umask %03o", mask)
            << QStringLiteral("NamedTemporaryFile") << mask << 0600;
        QTest::addRow("mkdtemp, umask %03o", mask) << QStringLiteral("mkdtemp") << mask << 0700;
        QTest::addRow("TemporaryDirectory, umask %03o", mask)
            << QStringLiteral("TemporaryDirectory") << mask << 0700;
    }
    QTest::newRow("mkstemp, umask 277") << QStringLiteral("mkstemp") << 0277 << 0400;
    QTest::newRow("mkdtemp, umask 277") << QStringLiteral("mkdtemp") << 0277 << 0500;
}

void TempfilePermissionsTest::createdModes()
{
    QFETCH(QString, what);
    QFETCH(int, umask);
    QFETCH(int, expected);
    ::umask(mode_t(umask));
    const QString dir = m_scratch->path();
    int got = -1;
    if (what == u"mkstemp") {
        const MkstempResult file = mkstemp({.dir = dir});
        got = mode(file.path);
        ::close(file.fd);
    } else if (what == u"NamedTemporaryFile") {
        NamedTemporaryFile file({.dir = dir});
        got = mode(file.name());
    } else if (what == u"mkdtemp") {
        got = mode(mkdtemp({.dir = dir}));
    } else {
        TemporaryDirectory tmp({.dir = dir});
        got = mode(tmp.path());
    }
    QCOMPARE(QString::number(got, 8), QString::number(expected, 8));
}

void TempfilePermissionsTest::cleanupRemovesEveryOwnerMode_data()
{
    QTest::addColumn<int>("mode");
    for (int m = 0; m < 8; ++m)
        QTest::addRow("%03o", m << 6) << (m << 6);
}

void TempfilePermissionsTest::cleanupRemovesEveryOwnerMode()
{
    QFETCH(int, mode);
    TemporaryDirectory d({.dir = m_scratch->path()});
    // do_create(recurse=3, dirs=2, files=2)
    const std::function<void(const QString &, int)> populate = [&](const QString &root, int depth) {
        for (int f = 0; f < 2; ++f) {
            QFile file(root + u"/test" + QString::number(f) + u".txt");
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        if (depth == 0)
            return;
        for (int s = 0; s < 2; ++s) {
            QVERIFY(QDir().mkdir(root + u"/dir" + QString::number(s)));
            populate(root + u"/dir" + QString::number(s), depth - 1);
        }
    };
    populate(d.path(), 3);
    // os.walk(topdown=False): files and directories, deepest first, then the root.
    QStringList all;
    QDirIterator it(d.path(), QDir::AllEntries | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        all.append(it.next());
    std::sort(all.begin(), all.end(),
              [](const QString &a, const QString &b) { return a.count(u'/') > b.count(u'/'); });
    all.append(d.path());
    for (const QString &path : std::as_const(all))
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode_t(mode)), 0);
    d.cleanup();
    QVERIFY(!existsNoFollow(d.path()));
}

void TempfilePermissionsTest::cleanupLeavesSymlinkTargetModes_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("target");
    for (int m = 0; m < 8; ++m) {
        for (const char *target : {"nonexisting", "file", "dir"})
            QTest::addRow("%03o, %s", m << 6, target) << (m << 6) << QString::fromLatin1(target);
    }
}

void TempfilePermissionsTest::cleanupLeavesSymlinkTargetModes()
{
    QFETCH(int, mode);
    QFETCH(QString, target);
    const QString d2 = m_scratch->path();
    QString targetPath = d2 + u"/nonexisting";
    if (target == u"file") {
        targetPath = d2 + u"/file1";
        QFile file(targetPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
    } else if (target == u"dir") {
        targetPath = d2 + u"/dir1";
        QVERIFY(QDir().mkdir(targetPath));
    }
    TemporaryDirectory d1({.dir = m_scratch->path()});
    const QString link = d1.path() + u"/symlink";
    QVERIFY(QFile::link(targetPath, link));
    ::chmod(QFile::encodeName(link).constData(), mode_t(mode)); // follows: the target's mode
    const int before = tempscope::tempfile::test::mode(targetPath);
    QCOMPARE(::chmod(QFile::encodeName(d1.path()).constData(), mode_t(mode)), 0);
    d1.cleanup();
    QVERIFY(!existsNoFollow(d1.path()));
    QCOMPARE(tempscope::tempfile::test::mode(targetPath), before);
    if (target != u"nonexisting")
        QCOMPARE(QString::number(before, 8), QString::number(mode, 8));
}

void TempfilePermissionsTest::unwritableDir_data()
{
    QTest::addColumn<QString>("what");
    for (const char *what :
         {"mkstemp", "mkdtemp", "NamedTemporaryFile", "TemporaryFile", "TemporaryDirectory"})
        QTest::newRow(what) << QString::fromLatin1(what);
}

void TempfilePermissionsTest::unwritableDir()
{
    QFETCH(QString, what);
    const QString dir = m_scratch->path() + u"/readonly";
    QVERIFY(QDir().mkdir(dir));
    QCOMPARE(::chmod(QFile::encodeName(dir).constData(), 0500), 0);
    try {
        if (what == u"mkstemp")
            mkstemp({.dir = dir});
        else if (what == u"mkdtemp")
            mkdtemp({.dir = dir});
        else if (what == u"NamedTemporaryFile")
            NamedTemporaryFile file({.dir = dir});
        else if (what == u"TemporaryFile")
            TemporaryFile file({.dir = dir});
        else
            TemporaryDirectory tmp({.dir = dir});
        QFAIL("no PermissionError");
    } catch (const PermissionError &error) {
        QCOMPARE(error.osError(), EACCES);
        QVERIFY2(error.path().startsWith(dir + u'/'), qPrintable(error.path()));
    }
    QCOMPARE(QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
}

void TempfilePermissionsTest::ignoreCleanupErrors()
{
    const QString parent = m_scratch->path() + u"/parent";
    QVERIFY(QDir().mkdir(parent));
    const QByteArray parentBytes = QFile::encodeName(parent);
    for (bool ignore : {true, false}) {
        EventRecorder recorder;
        {
            TemporaryDirectory d(
                {.dir = parent, .ignoreCleanupErrors = ignore, .events = recorder.hub()});
            QFile file(d.path() + u"/inside.txt");
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.close();
            // The parent is not ours to repair: removing d itself must fail.
            QCOMPARE(::chmod(parentBytes.constData(), 0500), 0);
            if (ignore) {
                d.cleanup();
            } else {
                try {
                    d.cleanup();
                    QFAIL("no PermissionError");
                } catch (const PermissionError &error) {
                    QCOMPARE(error.path(), d.path());
                    QCOMPARE(error.operation(), QStringLiteral("rmdir"));
                }
            }
            QVERIFY(QFileInfo(d.path()).isDir());
            QVERIFY(!QFileInfo::exists(d.path() + u"/inside.txt"));
        } // the destructor tries again and reports instead of throwing
        QCOMPARE(recorder.events().last().kind, TempFileEvent::Kind::Failed);
        QCOMPARE(::chmod(parentBytes.constData(), 0700), 0);
        QCOMPARE(QDir(parent).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
        QVERIFY(QDir(parent).removeRecursively());
        QVERIFY(QDir().mkdir(parent));
    }
}

void TempfilePermissionsTest::qtTemporaryDirFailsOnReadOnlySubdirectory()
{
    const auto makeTree = [](const QString &root) {
        QVERIFY(QDir().mkdir(root + u"/sub"));
        QFile file(root + u"/sub/data.txt");
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QCOMPARE(::chmod(QFile::encodeName(root + u"/sub").constData(), 0500), 0);
    };
    QTemporaryDir qt(m_scratch->path() + u"/qt-XXXXXX");
    QVERIFY(qt.isValid());
    makeTree(qt.path());
    qt.setAutoRemove(false);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("QTemporaryDir: Unable to remove")));
    QVERIFY(!qt.remove());
    QVERIFY(QFileInfo::exists(qt.path() + u"/sub/data.txt"));
    // m_scratch's cleanup removes Qt's leftovers.

    TemporaryDirectory ours({.dir = m_scratch->path()});
    makeTree(ours.path());
    ours.cleanup();
    QVERIFY(!existsNoFollow(ours.path()));
}

QTEST_GUILESS_MAIN(TempfilePermissionsTest)
#include "TempfilePermissionsTest.moc"
