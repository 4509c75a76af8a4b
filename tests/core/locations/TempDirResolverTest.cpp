// TempDirResolver against Python's tempfile.gettempdir() rule: candidate
// order, the probe, the reasons recorded for bad directories, caching, and
// Qt's answer beside it. The suite runs this as `nobody` when run as root,
// so the permission rows mean something.

#include "core/locations/TempDirResolver.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>

#include <sys/stat.h>
#include <unistd.h>

using namespace tempscope;

namespace {

using Expected = QList<QPair<QString, QString>>; // (source, path)

QProcessEnvironment envWith(const QList<QPair<QString, QString>> &vars)
{
    QProcessEnvironment env;
    for (const auto &[name, value] : vars)
        env.insert(name, value);
    return env;
}

Expected platformTail(const QString &cwd)
{
    return {{QStringLiteral("platform"), QStringLiteral("/tmp")},
            {QStringLiteral("platform"), QStringLiteral("/var/tmp")},
            {QStringLiteral("platform"), QStringLiteral("/usr/tmp")},
            {QStringLiteral("cwd"), cwd}};
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System |
                               QDir::NoDotAndDotDot);
}

} // namespace

class TempDirResolverTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void candidateOrder_data()
    {
        QTest::addColumn<QProcessEnvironment>("environment");
        QTest::addColumn<QString>("cwd");
        QTest::addColumn<Expected>("expected");
        const QString cwd = QStringLiteral("/srv/work");
        const auto tail = platformTail(cwd);
        const auto row = [&](const char *name, const QList<QPair<QString, QString>> &vars,
                             const Expected &head) {
            QTest::newRow(name) << envWith(vars) << cwd << (head + tail);
        };
        const QString TMPDIR = QStringLiteral("TMPDIR");
        const QString TEMP = QStringLiteral("TEMP");
        const QString TMP = QStringLiteral("TMP");

        row("nothing set: platform list then cwd", {}, {});
        row("TMPDIR, TEMP, TMP in that order regardless of insertion",
            {{TMP, QStringLiteral("/c")},
             {TEMP, QStringLiteral("/b")},
             {TMPDIR, QStringLiteral("/a")}},
            {{TMPDIR, QStringLiteral("/a")},
             {TEMP, QStringLiteral("/b")},
             {TMP, QStringLiteral("/c")}});
        row("empty TMPDIR is skipped", {{TMPDIR, QString()}, {TMP, QStringLiteral("/c")}},
            {{TMP, QStringLiteral("/c")}});
        row("only TEMP", {{TEMP, QStringLiteral("/b")}}, {{TEMP, QStringLiteral("/b")}});
        row("nonexistent TMPDIR is still a candidate", {{TMPDIR, QStringLiteral("/no/such/dir")}},
            {{TMPDIR, QStringLiteral("/no/such/dir")}});
        row("relative TMPDIR joined to the cwd", {{TMPDIR, QStringLiteral("scratch/t")}},
            {{TMPDIR, QStringLiteral("/srv/work/scratch/t")}});
        row("dot segments, doubled and trailing slashes normalised",
            {{TMPDIR, QStringLiteral("/a/./b//../c/")}}, {{TMPDIR, QStringLiteral("/a/c")}});
        row("dot-dot above the root stays at the root", {{TMPDIR, QStringLiteral("/../../x")}},
            {{TMPDIR, QStringLiteral("/x")}});
        row("exactly two leading slashes kept (POSIX)", {{TMPDIR, QStringLiteral("//net/tmp")}},
            {{TMPDIR, QStringLiteral("//net/tmp")}});
        row("three leading slashes become one", {{TMPDIR, QStringLiteral("///net/tmp")}},
            {{TMPDIR, QStringLiteral("/net/tmp")}});
        row("the same directory twice is listed twice", {{TMPDIR, QStringLiteral("/tmp")}},
            {{TMPDIR, QStringLiteral("/tmp")}});
    }

    void candidateOrder()
    {
        QFETCH(QProcessEnvironment, environment);
        QFETCH(QString, cwd);
        QFETCH(Expected, expected);
        const QList<TempDirCandidate> list = TempDirResolver::candidates({environment, cwd});
        Expected got;
        for (const TempDirCandidate &c : list)
            got.append({candidateSourceName(c.source), c.path});
        QCOMPARE(got, expected);
    }

    void sourceNames()
    {
        QCOMPARE(candidateSourceName(CandidateSource::TmpDir), QStringLiteral("TMPDIR"));
        QCOMPARE(candidateSourceName(CandidateSource::Temp), QStringLiteral("TEMP"));
        QCOMPARE(candidateSourceName(CandidateSource::Tmp), QStringLiteral("TMP"));
        QCOMPARE(candidateSourceName(CandidateSource::Platform), QStringLiteral("platform"));
        QCOMPARE(candidateSourceName(CandidateSource::Cwd), QStringLiteral("cwd"));
    }

    void probeLeavesNothingBehind()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (int i = 0; i < 50; ++i) {
            const ProbeResult p = TempDirResolver::probe(dir.path());
            QVERIFY2(p.usable, qPrintable(p.reason));
            QCOMPARE(p.error, 0);
        }
        QCOMPARE(entries(dir.path()), QStringList());

        // The whole resolution leaves the chosen directory as it found it.
        const TempDirResolution r = TempDirResolver::resolve(
            {envWith({{QStringLiteral("TMPDIR"), dir.path()}}), dir.path()});
        QCOMPARE(r.tempDir, dir.path());
        QCOMPARE(entries(dir.path()), QStringList());
    }

    void probeKeepsExistingFiles()
    {
        // Existing entries are never touched: O_EXCL refuses them.
        QTemporaryDir dir;
        QFile keep(dir.filePath(QStringLiteral("keep")));
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.write("data");
        keep.close();
        QVERIFY(TempDirResolver::probe(dir.path()).usable);
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("keep")});
        QVERIFY(keep.open(QIODevice::ReadOnly));
        QCOMPARE(keep.readAll(), QByteArray("data"));
    }

    void badDirectory_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<bool>("usable");
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("reasonStart");
        QTest::addColumn<bool>("needsNonRoot");
        QTest::newRow("nonexistent directory") << QStringLiteral("missing") << false << ENOENT
                                               << QStringLiteral("does not exist") << false;
        QTest::newRow("regular file as directory") << QStringLiteral("file") << false << ENOTDIR
                                                   << QStringLiteral("not a directory") << false;
        QTest::newRow("path through a regular file")
            << QStringLiteral("file/sub") << false << ENOTDIR << QStringLiteral("not a directory")
            << false;
        QTest::newRow("dangling symlink as directory")
            << QStringLiteral("dangling") << false << ENOENT << QStringLiteral("does not exist")
            << false;
        QTest::newRow("symlink to a directory is fine")
            << QStringLiteral("linkdir") << true << 0 << QStringLiteral("probe file created")
            << false;
        QTest::newRow("read-only directory (0555)") << QStringLiteral("readonly") << false << EACCES
                                                    << QStringLiteral("permission denied") << true;
        QTest::newRow("directory without search permission (0600)")
            << QStringLiteral("nosearch") << false << EACCES << QStringLiteral("permission denied")
            << true;
    }

    void badDirectory()
    {
        QFETCH(QString, setup);
        QFETCH(bool, usable);
        QFETCH(int, error);
        QFETCH(QString, reasonStart);
        QFETCH(bool, needsNonRoot);
        if (needsNonRoot && ::geteuid() == 0)
            QSKIP("root bypasses permission checks; ctest runs this test as nobody");

        QTemporaryDir base;
        QVERIFY(base.isValid());
        const QString b = base.path();
        QVERIFY(QDir(b).mkdir(QStringLiteral("real")));
        QFile file(b + QStringLiteral("/file"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(QFile::link(b + QStringLiteral("/nowhere"), b + QStringLiteral("/dangling")));
        QVERIFY(QFile::link(b + QStringLiteral("/real"), b + QStringLiteral("/linkdir")));
        QVERIFY(QDir(b).mkdir(QStringLiteral("readonly")));
        QVERIFY(QDir(b).mkdir(QStringLiteral("nosearch")));
        QCOMPARE(::chmod(QFile::encodeName(b + QStringLiteral("/readonly")).constData(), 0555), 0);
        QCOMPARE(::chmod(QFile::encodeName(b + QStringLiteral("/nosearch")).constData(), 0600), 0);

        const QString dir = b + u'/' + setup;
        const ProbeResult p = TempDirResolver::probe(dir);
        // In a resolution the bad directory is recorded and the next one wins.
        QTemporaryDir next;
        QVERIFY(next.isValid());
        const TempDirResolution r = TempDirResolver::resolve(
            {envWith({{QStringLiteral("TMPDIR"), dir}, {QStringLiteral("TMP"), next.path()}}), b});
        ::chmod(QFile::encodeName(b + QStringLiteral("/readonly")).constData(), 0755);
        ::chmod(QFile::encodeName(b + QStringLiteral("/nosearch")).constData(), 0755);

        QCOMPARE(p.usable, usable);
        QCOMPARE(p.error, error);
        QVERIFY2(p.reason.startsWith(reasonStart), qPrintable(p.reason));
        QCOMPARE(entries(b + QStringLiteral("/real")), QStringList());
        QCOMPARE(entries(b + QStringLiteral("/readonly")), QStringList());
        QCOMPARE(entries(b + QStringLiteral("/nosearch")), QStringList());

        QCOMPARE(r.candidates.size(), 6);
        QCOMPARE(r.candidates[0].source, CandidateSource::TmpDir);
        QVERIFY(r.candidates[0].probed);
        QCOMPARE(r.candidates[0].usable, usable);
        QVERIFY2(r.candidates[0].reason.startsWith(reasonStart),
                 qPrintable(r.candidates[0].reason));
        if (usable) {
            QCOMPARE(r.tempDir, dir); // a symlink is kept as written, like Python
            QVERIFY(!r.candidates[1].probed);
        } else {
            QCOMPARE(r.tempDir, next.path());
            QVERIFY(r.candidates[1].probed);
            QVERIFY(r.candidates[1].usable);
        }
        for (qsizetype i = 2; i < r.candidates.size(); ++i) {
            QVERIFY(!r.candidates[i].probed);
            QVERIFY(!r.candidates[i].usable);
        }
    }

    void firstUsableWinsAndLaterOnesAreNotProbed()
    {
        QTemporaryDir a;
        QTemporaryDir b;
        const TempDirResolution r = TempDirResolver::resolve(
            {envWith({{QStringLiteral("TEMP"), a.path()}, {QStringLiteral("TMP"), b.path()}}),
             a.path()});
        QCOMPARE(r.tempDir, a.path());
        QVERIFY(r.error.isEmpty());
        QVERIFY(r.candidates[0].probed && r.candidates[0].usable);
        QVERIFY(!r.candidates[1].probed && !r.candidates[1].usable);
        QVERIFY(r.candidates[1].reason.contains(QStringLiteral("not probed")));
    }

    void cachedIsResolvedOnce()
    {
        QTemporaryDir first;
        QTemporaryDir second;
        const QByteArray saved = qgetenv("TMPDIR");
        const bool had = qEnvironmentVariableIsSet("TMPDIR");
        qputenv("TMPDIR", QFile::encodeName(first.path()));
        const TempDirResolution &one = TempDirResolver::cached();
        qputenv("TMPDIR", QFile::encodeName(second.path()));
        const TempDirResolution &two = TempDirResolver::cached();
        const TempDirResolution fresh = TempDirResolver::resolve();
        if (had)
            qputenv("TMPDIR", saved);
        else
            qunsetenv("TMPDIR");

        QCOMPARE(&one, &two);
        QCOMPARE(one.tempDir, first.path());
        QCOMPARE(two.tempDir, first.path());
        QCOMPARE(fresh.tempDir, second.path()); // resolve() itself is not cached
    }

    void qtTempPath_data()
    {
        QTest::addColumn<QString>("tmpdir"); // "<unset>" or a name under the fixture
        QTest::addColumn<QString>("expectedPath");
        QTest::addColumn<bool>("same");
        QTest::addColumn<QString>("explanationHas");
        QTest::newRow("TMPDIR unset: /tmp") << QStringLiteral("<unset>") << QStringLiteral("/tmp")
                                            << true << QStringLiteral("not set");
        QTest::newRow("TMPDIR good: same answer")
            << QStringLiteral("real") << QStringLiteral("real") << true
            << QStringLiteral("same directory");
        QTest::newRow("TMPDIR missing: Qt 6.4 returns empty")
            << QStringLiteral("missing") << QString() << false << QStringLiteral("empty path");
        QTest::newRow("TMPDIR symlink: Qt resolves it")
            << QStringLiteral("linkdir") << QStringLiteral("real") << true
            << QStringLiteral("symbolic links");
        QTest::newRow("TMPDIR regular file: Qt returns it")
            << QStringLiteral("file") << QStringLiteral("file") << false
            << QStringLiteral("not a directory");
        QTest::newRow("TEMP only: Qt ignores it")
            << QStringLiteral("<unset>;TEMP=real") << QStringLiteral("/tmp") << false
            << QStringLiteral("Qt ignores TEMP");
    }

    void qtTempPath()
    {
        QFETCH(QString, tmpdir);
        QFETCH(QString, expectedPath);
        QFETCH(bool, same);
        QFETCH(QString, explanationHas);

        QTemporaryDir fixture;
        const QString base = QFileInfo(fixture.path()).canonicalFilePath();
        QVERIFY(QDir(base).mkdir(QStringLiteral("real")));
        QFile file(base + QStringLiteral("/file"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(QFile::link(base + QStringLiteral("/real"), base + QStringLiteral("/linkdir")));

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *v : {"TMPDIR", "TEMP", "TMP"})
            env.remove(QString::fromLatin1(v));
        QString tmpdirValue;
        if (tmpdir.startsWith(u"<unset>;TEMP=")) {
            env.insert(QStringLiteral("TEMP"), base + u'/' + tmpdir.mid(13));
        } else if (tmpdir != u"<unset>") {
            tmpdirValue = base + u'/' + tmpdir;
            env.insert(QStringLiteral("TMPDIR"), tmpdirValue);
        }
        const QByteArray saved[] = {qgetenv("TMPDIR"), qgetenv("TEMP"), qgetenv("TMP")};
        const bool had[] = {qEnvironmentVariableIsSet("TMPDIR"), qEnvironmentVariableIsSet("TEMP"),
                            qEnvironmentVariableIsSet("TMP")};
        const char *names[] = {"TMPDIR", "TEMP", "TMP"};
        for (const char *n : names) {
            const QString value = env.value(QString::fromLatin1(n));
            if (env.contains(QString::fromLatin1(n)))
                qputenv(n, QFile::encodeName(value));
            else
                qunsetenv(n);
        }
        const TempDirResolution python = TempDirResolver::resolve({env, base});
        const QtTempPath qt = TempDirResolver::qtTempPath(python);
        for (int i = 0; i < 3; ++i) {
            if (had[i])
                qputenv(names[i], saved[i]);
            else
                qunsetenv(names[i]);
        }

        const QString expected = expectedPath.isEmpty() || expectedPath.startsWith(u'/')
                                     ? expectedPath
                                     : base + u'/' + expectedPath;
        QCOMPARE(qt.path, expected);
        QCOMPARE(qt.sameAsPython, same);
        QVERIFY2(qt.explanation.contains(explanationHas, Qt::CaseInsensitive),
                 qPrintable(qt.explanation));
    }
};

QTEST_GUILESS_MAIN(TempDirResolverTest)
#include "TempDirResolverTest.moc"
