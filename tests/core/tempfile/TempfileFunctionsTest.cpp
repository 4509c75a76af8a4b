// Behaviours 1-6 of TEMPFILE.md that need no special user: names, the
// candidate list, bad directories, mkstemp/mkdtemp collisions, absolute paths.
// Modes and unwritable directories are in TempfilePermissionsTest (run as
// nobody). Each test names the test_tempfile.py test it mirrors.

#include "TempfileTestSupport.h"

#include "core/locations/TempDirResolver.h"
#include "core/tempfile/NamedTemporaryFile.h"
#include "core/tempfile/TempFileError.h"
#include "core/tempfile/TempFileFunctions.h"
#include "core/tempfile/TemporaryDirectory.h"
#include "core/tempfile/TemporaryFile.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace tempscope;
using namespace tempscope::tempfile;
using tempscope::tempfile::test::fixedNames;
using tempscope::tempfile::test::listing;

class TempfileFunctionsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // 1. TestRandomNameSequence.test_get_eight_char_str / test_many
    void randomNames_areEightCharactersOfTheAlphabet();
    void randomNames_hundredAllDiffer();
    // TestRandomNameSequence.test_process_awareness
    void randomNames_forkedChildDoesNotRepeatParent();
    // TestGetTempPrefix.test_sane_template / mkstemp name = prefix + random + suffix
    void names_prefixRandomSuffix_data();
    void names_prefixRandomSuffix();

    // 2. TestCandidateTempdirList.test_wanted_dirs /
    // TestGetDefaultTempdir.test_no_files_left_behind
    void candidates_holdEnvironmentAndCwd();
    void candidates_probeLeavesNothingBehind();
    void gettempdir_isTheSharedResolverAnswer();

    // 3. TestBadTempdir.test_nonexisting_directory / test_non_directory
    void badDir_data();
    void badDir();

    // 4. TestMkstempInner.test_noinherit / test_collision_with_existing_file /
    //    test_collision_with_existing_directory; the TMP_MAX loop of _mkstemp_inner
    void mkstemp_notInheritable();
    void mkstemp_skipsExistingFile();
    void mkstemp_skipsExistingDirectory();
    void mkdtemp_skipsExistingFileAndDirectory();
    void mkstemp_givesUpAfterTmpMax();

    // 5. TestMkstemp.test_basic (dir=".") ; 6. TestMkdtemp.test_basic
    void mkstemp_absoluteForRelativeDir_data();
    void mkstemp_absoluteForRelativeDir();
    void mkdtemp_absoluteForRelativeDir();

    void mkstemp_reportsCreated();
    void errors_carryPathAndOsError();

private:
    QTemporaryDir m_scratch;
};

void TempfileFunctionsTest::randomNames_areEightCharactersOfTheAlphabet()
{
    const QRegularExpression pattern(QStringLiteral("^[a-z0-9_]{8}$"));
    RandomNameSequence sequence;
    for (int i = 0; i < 1000; ++i) {
        const QString name = sequence.next();
        QVERIFY2(pattern.match(name).hasMatch(), qPrintable(name));
    }
    QCOMPARE(RandomNameSequence::characters().size(), 37);
}

void TempfileFunctionsTest::randomNames_hundredAllDiffer()
{
    QSet<QString> seen;
    for (int i = 0; i < 100; ++i)
        seen.insert(RandomNameSequence::shared().next());
    QCOMPARE(seen.size(), 100);
}

void TempfileFunctionsTest::randomNames_forkedChildDoesNotRepeatParent()
{
    RandomNameSequence &sequence = RandomNameSequence::shared();
    sequence.next(); // seeded in this process
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    const pid_t pid = ::fork();
    QVERIFY(pid >= 0);
    if (pid == 0) {
        const QByteArray name = sequence.next().toLatin1();
        const ssize_t ignored = ::write(fds[1], name.constData(), size_t(name.size()));
        static_cast<void>(ignored);
        ::_exit(0);
    }
    ::close(fds[1]);
    char buffer[16] = {};
    const ssize_t got = ::read(fds[0], buffer, sizeof buffer);
    ::close(fds[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    QCOMPARE(got, ssize_t(8));
    const QString child = QString::fromLatin1(buffer, 8);
    const QString parent = sequence.next();
    QVERIFY2(child != parent, qPrintable(child + u" == " + parent));
}

void TempfileFunctionsTest::names_prefixRandomSuffix_data()
{
    QTest::addColumn<std::optional<QString>>("prefix");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("pattern");
    QTest::newRow("defaults: tmp + random")
        << std::optional<QString>() << QString() << QStringLiteral("^tmp[a-z0-9_]{8}$");
    QTest::newRow("prefix and suffix, no separator")
        << std::optional<QString>(QStringLiteral("upload_")) << QStringLiteral(".csv")
        << QStringLiteral("^upload_[a-z0-9_]{8}\\.csv$");
    QTest::newRow("empty prefix is no prefix")
        << std::optional<QString>(QString()) << QString() << QStringLiteral("^[a-z0-9_]{8}$");
}

void TempfileFunctionsTest::names_prefixRandomSuffix()
{
    QFETCH(std::optional<QString>, prefix);
    QFETCH(QString, suffix);
    QFETCH(QString, pattern);
    QCOMPARE(gettempprefix(), QStringLiteral("tmp"));
    const MkstempResult file =
        mkstemp({.suffix = suffix, .prefix = prefix, .dir = m_scratch.path()});
    ::close(file.fd);
    const QString dirName = mkdtemp({.suffix = suffix, .prefix = prefix, .dir = m_scratch.path()});
    for (const QString &path : {file.path, dirName}) {
        const QString name = QFileInfo(path).fileName();
        QVERIFY2(QRegularExpression(pattern).match(name).hasMatch(), qPrintable(name));
    }
    QFile::remove(file.path);
    QDir().rmdir(dirName);
}

void TempfileFunctionsTest::candidates_holdEnvironmentAndCwd()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("TMPDIR"), m_scratch.filePath(QStringLiteral("a")));
    env.insert(QStringLiteral("TEMP"), m_scratch.filePath(QStringLiteral("b")));
    env.insert(QStringLiteral("TMP"), m_scratch.filePath(QStringLiteral("c")));
    TempDirResolver::Inputs inputs;
    inputs.environment = env;
    inputs.currentDir = m_scratch.path();
    const TempDirResolution resolution = TempDirResolver::resolve(inputs);
    QStringList paths;
    for (const TempDirCandidate &candidate : resolution.candidates)
        paths.append(candidate.path);
    QCOMPARE(paths.value(0), m_scratch.filePath(QStringLiteral("a")));
    QCOMPARE(paths.value(1), m_scratch.filePath(QStringLiteral("b")));
    QCOMPARE(paths.value(2), m_scratch.filePath(QStringLiteral("c")));
    QVERIFY(paths.contains(QStringLiteral("/tmp")));
    QCOMPARE(paths.last(), m_scratch.path());
    // None of a, b, c exists: the platform list wins, the cwd is not reached.
    QCOMPARE(resolution.tempDir, QStringLiteral("/tmp"));
}

void TempfileFunctionsTest::candidates_probeLeavesNothingBehind()
{
    QTemporaryDir dir;
    QProcessEnvironment env;
    env.insert(QStringLiteral("TMPDIR"), dir.path());
    TempDirResolver::Inputs inputs;
    inputs.environment = env;
    const TempDirResolution resolution = TempDirResolver::resolve(inputs);
    QCOMPARE(resolution.tempDir, dir.path());
    QCOMPARE(listing(dir.path()), QStringList());
}

void TempfileFunctionsTest::gettempdir_isTheSharedResolverAnswer()
{
    QCOMPARE(gettempdir(), TempDirResolver::cached().tempDir);
    QVERIFY(QFileInfo(gettempdir()).isAbsolute());
    const MkstempResult file = mkstemp();
    ::close(file.fd);
    QCOMPARE(QFileInfo(file.path).absolutePath(), gettempdir());
    QVERIFY(QFile::remove(file.path));
}

void TempfileFunctionsTest::badDir_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<bool>("regularFile");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("osError");
    const auto notFound = int(TempFileError::Kind::FileNotFound);
    const auto notDir = int(TempFileError::Kind::NotADirectory);
    for (const char *what :
         {"mkstemp", "mkdtemp", "NamedTemporaryFile", "TemporaryFile", "TemporaryDirectory"}) {
        QTest::addRow("%s, nonexistent dir", what)
            << QString::fromLatin1(what) << false << notFound << ENOENT;
        QTest::addRow("%s, regular file as dir", what)
            << QString::fromLatin1(what) << true << notDir << ENOTDIR;
    }
}

void TempfileFunctionsTest::badDir()
{
    QFETCH(QString, what);
    QFETCH(bool, regularFile);
    QFETCH(int, kind);
    QFETCH(int, osError);
    const QString dir =
        m_scratch.filePath(regularFile ? QStringLiteral("afile") : QStringLiteral("missing"));
    if (regularFile) {
        QFile file(dir);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const QStringList before = listing(m_scratch.path());
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
        QFAIL("no error");
    } catch (const TempFileError &error) {
        QCOMPARE(int(error.kind()), kind);
        QCOMPARE(error.osError(), osError);
        QVERIFY2(error.path().startsWith(dir), qPrintable(error.path()));
    }
    QCOMPARE(listing(m_scratch.path()), before);
    QFile::remove(dir);
}

void TempfileFunctionsTest::mkstemp_notInheritable()
{
    const MkstempResult file = mkstemp({.dir = m_scratch.path()});
    const int flags = ::fcntl(file.fd, F_GETFD);
    QVERIFY(flags >= 0);
    QVERIFY(flags & FD_CLOEXEC);
    ::close(file.fd);
    QVERIFY(QFile::remove(file.path));
}

void TempfileFunctionsTest::mkstemp_skipsExistingFile()
{
    QTemporaryDir dir;
    const NameSource names =
        fixedNames({QStringLiteral("aaa"), QStringLiteral("aaa"), QStringLiteral("bbb")});
    const MkstempResult first = mkstemp({.prefix = QString(), .dir = dir.path(), .names = names});
    ::close(first.fd);
    QVERIFY(first.path.endsWith(u"/aaa"));
    const MkstempResult second = mkstemp({.prefix = QString(), .dir = dir.path(), .names = names});
    ::close(second.fd);
    QVERIFY(second.path.endsWith(u"/bbb"));
    QCOMPARE(listing(dir.path()), QStringList({QStringLiteral("aaa"), QStringLiteral("bbb")}));
}

void TempfileFunctionsTest::mkstemp_skipsExistingDirectory()
{
    QTemporaryDir dir;
    const NameSource names =
        fixedNames({QStringLiteral("aaa"), QStringLiteral("aaa"), QStringLiteral("bbb")});
    const QString first = mkdtemp({.prefix = QString(), .dir = dir.path(), .names = names});
    QVERIFY(first.endsWith(u"/aaa"));
    const MkstempResult second = mkstemp({.prefix = QString(), .dir = dir.path(), .names = names});
    ::close(second.fd);
    QVERIFY(second.path.endsWith(u"/bbb"));
    QVERIFY(QFileInfo(first).isDir());
    QVERIFY(QFileInfo(second.path).isFile());
}

void TempfileFunctionsTest::mkdtemp_skipsExistingFileAndDirectory()
{
    QTemporaryDir dir;
    const NameSource names =
        fixedNames({QStringLiteral("aaa"), QStringLiteral("bbb"), QStringLiteral("aaa"),
                    QStringLiteral("bbb"), QStringLiteral("ccc")});
    const MkstempResult file = mkstemp({.prefix = QString(), .dir = dir.path(), .names = names});
    ::close(file.fd);
    const QString sub = mkdtemp({.prefix = QString(), .dir = dir.path(), .names = names});
    QVERIFY(sub.endsWith(u"/bbb"));
    const QString third = mkdtemp({.prefix = QString(), .dir = dir.path(), .names = names});
    QVERIFY(third.endsWith(u"/ccc"));
}

void TempfileFunctionsTest::mkstemp_givesUpAfterTmpMax()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("taken")));
    int asked = 0;
    const NameSource always = [&asked]() {
        ++asked;
        return QStringLiteral("taken");
    };
    try {
        mkstemp({.prefix = QString(), .dir = dir.path(), .names = always});
        QFAIL("no FileExistsError");
    } catch (const FileExistsError &error) {
        QCOMPARE(error.osError(), EEXIST);
        QCOMPARE(error.pythonName(), QStringLiteral("FileExistsError"));
    }
    QCOMPARE(asked, kTmpMax);
    asked = 0;
    QVERIFY_THROWS_EXCEPTION(FileExistsError,
                             mkdtemp({.prefix = QString(), .dir = dir.path(), .names = always}));
    QCOMPARE(asked, kTmpMax);
    QCOMPARE(listing(dir.path()), QStringList{QStringLiteral("taken")});
}

void TempfileFunctionsTest::mkstemp_absoluteForRelativeDir_data()
{
    QTest::addColumn<QString>("dir");
    QTest::addColumn<QString>("expectedDir"); // relative to the scratch dir
    QTest::newRow("dot") << QStringLiteral(".") << QString();
    QTest::newRow("empty string: current directory") << QStringLiteral("") << QString();
    QTest::newRow("subdir/..") << QStringLiteral("sub/..") << QString();
    QTest::newRow("subdir") << QStringLiteral("sub") << QStringLiteral("/sub");
}

void TempfileFunctionsTest::mkstemp_absoluteForRelativeDir()
{
    QFETCH(QString, dir);
    QFETCH(QString, expectedDir);
    QDir(m_scratch.path()).mkpath(QStringLiteral("sub"));
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_scratch.path()));
    const MkstempResult file = mkstemp({.dir = dir});
    QDir::setCurrent(previous);
    ::close(file.fd);
    QVERIFY2(QFileInfo(file.path).isAbsolute(), qPrintable(file.path));
    QCOMPARE(QFileInfo(file.path).absolutePath(), m_scratch.path() + expectedDir);
    QCOMPARE(QDir::cleanPath(file.path), file.path);
    QVERIFY(QFile::remove(file.path));
}

void TempfileFunctionsTest::mkdtemp_absoluteForRelativeDir()
{
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_scratch.path()));
    const QString path = mkdtemp({.dir = QStringLiteral(".")});
    QDir::setCurrent(previous);
    QVERIFY(QFileInfo(path).isAbsolute());
    QCOMPARE(QFileInfo(path).absolutePath(), m_scratch.path());
    QVERIFY(QFileInfo(path).isDir());
    QVERIFY(QDir().rmdir(path));
}

void TempfileFunctionsTest::mkstemp_reportsCreated()
{
    test::EventRecorder recorder;
    const MkstempResult file = mkstemp({.dir = m_scratch.path(), .events = recorder.hub()});
    ::close(file.fd);
    QCOMPARE(recorder.kinds(), QStringList{QStringLiteral("mkstemp created")});
    QCOMPARE(recorder.events().first().path, file.path);
    QVERIFY(recorder.events().first().detail.contains(u"O_EXCL|O_NOFOLLOW|O_CLOEXEC"));
    QFile::remove(file.path);
}

void TempfileFunctionsTest::errors_carryPathAndOsError()
{
    const QString missing = m_scratch.filePath(QStringLiteral("nope"));
    try {
        mkdtemp({.dir = missing});
        QFAIL("no error");
    } catch (const FileNotFoundError &error) {
        QCOMPARE(error.pythonName(), QStringLiteral("FileNotFoundError"));
        QCOMPARE(error.operation(), QStringLiteral("mkdir"));
        QVERIFY(error.message().startsWith(u"[Errno 2] "));
        QVERIFY(error.message().contains(missing));
        QVERIFY(QString::fromUtf8(error.what()).contains(missing));
    }
}

QTEST_GUILESS_MAIN(TempfileFunctionsTest)
#include "TempfileFunctionsTest.moc"
