// End-to-end: tempscope-cli clean on real trees, as a user runs it.

#include "CleanReportJson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr qint64 Day = 86400;

struct CliRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

CliRun cli(const QStringList &args,
           const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TEMPSCOPE_CLI), QStringList{QStringLiteral("clean")} + args);
    CliRun r;
    if (!p.waitForFinished(120'000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

bool setAge(const QByteArray &path, qint64 age)
{
    const qint64 t = QDateTime::currentSecsSinceEpoch() - age;
    const struct timespec times[2] = {{t, 0}, {t, 0}};
    return ::utimensat(AT_FDCWD, path.constData(), times, AT_SYMLINK_NOFOLLOW) == 0;
}

bool makeFile(const QString &path, qint64 age, int size = 10)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(QByteArray(size, 'x'));
    f.close();
    return setAge(QFile::encodeName(path), age);
}

// A tree with stale and fresh items, files and directories; times by mtime.
void makeTree(const QString &root)
{
    QVERIFY(QDir(root).mkpath(QStringLiteral("olddir/sub")));
    QVERIFY(QDir(root).mkpath(QStringLiteral("mixed")));
    QVERIFY(makeFile(root + QStringLiteral("/upload_k2j3h4g5.csv"), 10 * Day, 100));
    QVERIFY(makeFile(root + QStringLiteral("/tmpab3_x9zq"), 9 * Day, 200));
    QVERIFY(makeFile(root + QStringLiteral("/fresh.txt"), 3600));
    QVERIFY(makeFile(root + QStringLiteral("/olddir/sub/a"), 20 * Day));
    QVERIFY(makeFile(root + QStringLiteral("/olddir/b"), 20 * Day));
    QVERIFY(makeFile(root + QStringLiteral("/mixed/old"), 20 * Day));
    QVERIFY(makeFile(root + QStringLiteral("/mixed/new"), 60));
    QVERIFY(setAge(QFile::encodeName(root + QStringLiteral("/olddir/sub")), 20 * Day));
    QVERIFY(setAge(QFile::encodeName(root + QStringLiteral("/olddir")), 20 * Day));
    QVERIFY(setAge(QFile::encodeName(root + QStringLiteral("/mixed")), 20 * Day));
}

// Every path below root with its type, size and mtime: what "nothing changed" means.
QStringList snapshot(const QString &root)
{
    QStringList out;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        struct stat st
        {
        };
        ::lstat(QFile::encodeName(it.filePath()).constData(), &st);
        out << QStringLiteral("%1 %2 %3 %4")
                   .arg(it.filePath())
                   .arg(st.st_mode)
                   .arg(st.st_size)
                   .arg(st.st_mtim.tv_sec);
    }
    out.sort();
    return out;
}

QJsonObject resultFor(const QJsonObject &report, const QString &path)
{
    for (const QJsonValue &v : report.value(QStringLiteral("results")).toArray()) {
        if (v.toObject().value(QStringLiteral("path")).toString() == path)
            return v.toObject();
    }
    return {};
}

const QStringList ByMtime{QStringLiteral("--by"), QStringLiteral("mtime"),
                          QStringLiteral("--older-than"), QStringLiteral("7d")};

} // namespace

class CleanCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dryRunChangesNothing_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("items") << QStringList{};
        QTest::newRow("per-file") << QStringList{QStringLiteral("--per-file")};
        QTest::newRow("trash") << QStringList{QStringLiteral("--trash")};
        QTest::newRow("json") << QStringList{QStringLiteral("--json")};
    }
    void dryRunChangesNothing()
    {
        QFETCH(QStringList, extra);
        QTemporaryDir tmp;
        makeTree(tmp.path());
        const QStringList before = snapshot(tmp.path());
        const CliRun r =
            cli(QStringList{tmp.path(), QStringLiteral("--dry-run")} + ByMtime + extra);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("would-delete"), r.out.constData());
        QCOMPARE(snapshot(tmp.path()), before);
    }

    void runRemovesExactlyThePlan_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QStringList>("expected"); // relative paths the plan removes
        QTest::newRow("items") << QStringList{}
                               << QStringList{QStringLiteral("olddir"),
                                              QStringLiteral("tmpab3_x9zq"),
                                              QStringLiteral("upload_k2j3h4g5.csv")};
        QTest::newRow("per-file") << QStringList{QStringLiteral("--per-file")}
                                  << QStringList{QStringLiteral("mixed/old"),
                                                 QStringLiteral("olddir"),
                                                 QStringLiteral("tmpab3_x9zq"),
                                                 QStringLiteral("upload_k2j3h4g5.csv")};
        QTest::newRow("prefix") << QStringList{QStringLiteral("--prefix"),
                                               QStringLiteral("upload_")}
                                << QStringList{QStringLiteral("upload_k2j3h4g5.csv")};
        QTest::newRow("prefix glob")
            << QStringList{QStringLiteral("--prefix"), QStringLiteral("tmp*")}
            << QStringList{QStringLiteral("tmpab3_x9zq")};
        QTest::newRow("exclude") << QStringList{QStringLiteral("--exclude"),
                                                QStringLiteral("*.csv")}
                                 << QStringList{QStringLiteral("olddir"),
                                                QStringLiteral("tmpab3_x9zq")};
    }
    void runRemovesExactlyThePlan()
    {
        QFETCH(QStringList, extra);
        QFETCH(QStringList, expected);
        QTemporaryDir tmp;
        makeTree(tmp.path());
        const QStringList args =
            QStringList{tmp.path(), QStringLiteral("--json")} + ByMtime + extra;
        const CliRun preview = cli(args + QStringList{QStringLiteral("--dry-run")});
        QCOMPARE(preview.code, 0);
        const QJsonObject plan = parse(preview.out);
        QCOMPARE(plan.value(QStringLiteral("dry_run")).toBool(), true);
        QStringList expectedPaths;
        for (const QString &e : std::as_const(expected))
            expectedPaths << tmp.path() + u'/' + e;
        QCOMPARE(pathsWith(plan, QStringLiteral("would-delete")), expectedPaths);

        const QStringList before = snapshot(tmp.path());
        const CliRun run = cli(args);
        QCOMPARE(run.code, 0);
        const QJsonObject done = parse(run.out);
        QCOMPARE(done.value(QStringLiteral("dry_run")).toBool(), false);
        QCOMPARE(pathsWith(done, QStringLiteral("deleted")), expectedPaths);
        // On disk: exactly the planned paths (and what was under them) are gone.
        QStringList expectedAfter;
        for (const QString &line : before) {
            const QString path = line.section(u' ', 0, 0);
            const bool planned =
                std::any_of(expectedPaths.cbegin(), expectedPaths.cend(), [&](const QString &p) {
                    return path == p || path.startsWith(p + u'/');
                });
            if (!planned)
                expectedAfter << line;
        }
        // Directories that lost children get their times restored, so the
        // snapshot compares whole lines.
        QCOMPARE(snapshot(tmp.path()), expectedAfter);
    }

    void fileTouchedBetweenPreviewAndRunIsKept()
    {
        QTemporaryDir tmp;
        makeTree(tmp.path());
        const QString victim = tmp.filePath(QStringLiteral("upload_k2j3h4g5.csv"));
        const QStringList args = QStringList{tmp.path(), QStringLiteral("--json")} + ByMtime;
        const QJsonObject plan = parse(cli(args + QStringList{QStringLiteral("--dry-run")}).out);
        QCOMPARE(resultFor(plan, victim).value(QStringLiteral("action")).toString(),
                 QStringLiteral("would-delete"));

        QVERIFY(setAge(QFile::encodeName(victim), 0)); // someone uses it again
        const CliRun run = cli(args);
        QCOMPARE(run.code, 0);
        QVERIFY(QFile::exists(victim));
        const QJsonObject kept = resultFor(parse(run.out), victim);
        QCOMPARE(kept.value(QStringLiteral("action")).toString(), QStringLiteral("skipped"));
        QVERIFY2(
            kept.value(QStringLiteral("reason")).toString().startsWith(QStringLiteral("too new")),
            qPrintable(kept.value(QStringLiteral("reason")).toString()));
        QVERIFY(!QFile::exists(tmp.filePath(QStringLiteral("tmpab3_x9zq"))));
    }

    void refusedRootsExitTwoAndTouchNothing_data()
    {
        QTest::addColumn<QString>("root"); // relative to the fixture, or absolute
        QTest::addColumn<QString>("home"); // relative to the fixture
        QTest::addColumn<QString>("message");
        QTest::newRow("/") << QStringLiteral("/") << QStringLiteral("home")
                           << QStringLiteral("file system root");
        QTest::newRow("/ spelled /tmp/..") << QStringLiteral("/tmp/..") << QStringLiteral("home")
                                           << QStringLiteral("file system root");
        QTest::newRow("home") << QStringLiteral("home") << QStringLiteral("home")
                              << QStringLiteral("home directory");
        QTest::newRow("ancestor of home") << QStringLiteral(".") << QStringLiteral("home")
                                          << QStringLiteral("contains the home directory");
        QTest::newRow("symlink to home") << QStringLiteral("link-to-home") << QStringLiteral("home")
                                         << QStringLiteral("home directory");
        QTest::newRow("not a directory") << QStringLiteral("stale/file") << QStringLiteral("home")
                                         << QStringLiteral("not a directory");
        QTest::newRow("missing") << QStringLiteral("nowhere") << QStringLiteral("home")
                                 << QStringLiteral("does not exist");
    }
    void refusedRootsExitTwoAndTouchNothing()
    {
        QFETCH(QString, root);
        QFETCH(QString, home);
        QFETCH(QString, message);
        QTemporaryDir tmp;
        const QString fixture = tmp.path();
        QVERIFY(QDir(fixture).mkpath(home));
        QVERIFY(QDir(fixture).mkpath(QStringLiteral("stale")));
        QVERIFY(makeFile(fixture + QStringLiteral("/stale/file"), 30 * Day));
        QVERIFY(makeFile(fixture + u'/' + home + QStringLiteral("/old-in-home"), 30 * Day));
        QVERIFY(QFile::link(fixture + u'/' + home, fixture + QStringLiteral("/link-to-home")));
        const QStringList before = snapshot(fixture);

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), fixture + u'/' + home);
        const QString rootPath = root.startsWith(u'/') ? root : fixture + u'/' + root;
        // A good root first: it must stay untouched as well.
        const CliRun r = cli({fixture + QStringLiteral("/stale"), rootPath,
                              QStringLiteral("--older-than"), QStringLiteral("1d")},
                             env);
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QCOMPARE(snapshot(fixture), before);
    }

    void badUsageExitsTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("7x") << QStringList{QStringLiteral("--older-than"), QStringLiteral("7x")}
                            << QStringLiteral("unknown unit");
        QTest::newRow("-1d") << QStringList{QStringLiteral("--older-than=-1d")}
                             << QStringLiteral("negative");
        QTest::newRow("-1d separate")
            << QStringList{QStringLiteral("--older-than"), QStringLiteral("-1d")}
            << QStringLiteral("older-than");
        QTest::newRow("no unit") << QStringList{QStringLiteral("--older-than"), QStringLiteral("7")}
                                 << QStringLiteral("missing unit");
        QTest::newRow("empty") << QStringList{QStringLiteral("--older-than=")}
                               << QStringLiteral("empty duration");
        QTest::newRow("missing --older-than") << QStringList{} << QStringLiteral("--older-than");
        QTest::newRow("bad --by") << QStringList{QStringLiteral("--older-than"),
                                                 QStringLiteral("7d"), QStringLiteral("--by"),
                                                 QStringLiteral("birth")}
                                  << QStringLiteral("--by");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--older-than"), QStringLiteral("7d"),
                           QStringLiteral("--force")}
            << QStringLiteral("force");
    }
    void badUsageExitsTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir tmp;
        makeTree(tmp.path());
        const QStringList before = snapshot(tmp.path());
        const CliRun r = cli(QStringList{tmp.path()} + args);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.startsWith("tempscope-cli: ") && r.err.contains(message.toUtf8()),
                 r.err.constData());
        QCOMPARE(snapshot(tmp.path()), before);
    }

    void jsonShape()
    {
        QTemporaryDir tmp;
        makeTree(tmp.path());
        const CliRun r = cli(QStringList{tmp.path(), QStringLiteral("--json")} + ByMtime);
        QCOMPARE(r.code, 0);
        const QJsonObject o = parse(r.out);
        QVERIFY(o.value(QStringLiteral("dry_run")).isBool());
        const QJsonArray results = o.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 5); // every top-level item appears
        const QSet<QString> actions{QStringLiteral("deleted"), QStringLiteral("would-delete"),
                                    QStringLiteral("trashed"), QStringLiteral("skipped"),
                                    QStringLiteral("failed")};
        qint64 deleted = 0, skipped = 0, failed = 0, bytes = 0;
        for (const QJsonValue &v : results) {
            const QJsonObject e = v.toObject();
            for (const char *k : {"path", "action", "reason", "rule", "bytes"})
                QVERIFY2(e.contains(QLatin1StringView(k)), k);
            const QString action = e.value(QStringLiteral("action")).toString();
            QVERIFY(actions.contains(action));
            QVERIFY(e.value(QStringLiteral("bytes")).isDouble());
            if (action == u"deleted") {
                ++deleted;
                bytes += e.value(QStringLiteral("bytes")).toInteger();
                QVERIFY(e.value(QStringLiteral("rule"))
                            .toString()
                            .contains(QStringLiteral("older than 7d by mtime")));
            } else if (action == u"skipped") {
                ++skipped;
                QVERIFY(!e.value(QStringLiteral("reason")).toString().isEmpty());
            } else if (action == u"failed") {
                ++failed;
            }
        }
        const QJsonObject s = o.value(QStringLiteral("summary")).toObject();
        QCOMPARE(s.value(QStringLiteral("deleted")).toInteger(), deleted);
        QCOMPARE(s.value(QStringLiteral("skipped")).toInteger(), skipped);
        QCOMPARE(s.value(QStringLiteral("failed")).toInteger(), failed);
        // Freed is disk space: at least what the deleted files occupy, in blocks.
        QVERIFY(s.value(QStringLiteral("bytes_freed")).toInteger() >= bytes);
        QCOMPARE(deleted, 3);
        QCOMPARE(bytes, 100 + 200 + 10 + 10);
    }

    // What goes to the trash is reported as moved there, never as freed.
    void trashIsNotFreed()
    {
        QTemporaryDir tmp, data; // the data home beside the root: the same file system
        makeTree(tmp.path());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
        const QStringList args = QStringList{tmp.path(), QStringLiteral("--trash")} + ByMtime;
        const CliRun r = cli(args + QStringList{QStringLiteral("--json")}, env);
        QCOMPARE(r.code, 0);
        const QJsonObject s = parse(r.out).value(QStringLiteral("summary")).toObject();
        QCOMPARE(s.value(QStringLiteral("trashed")).toInteger(), 3);
        QCOMPARE(s.value(QStringLiteral("bytes_trashed")).toInteger(), 100 + 200 + 10 + 10);
        QCOMPARE(s.value(QStringLiteral("bytes_freed")).toInteger(), 0);
        QVERIFY(QFile::exists(data.filePath(QStringLiteral("Trash/files/olddir/sub/a"))));
        QVERIFY(QFile::exists(data.filePath(QStringLiteral("Trash/info/olddir.trashinfo"))));
        QVERIFY(!QFile::exists(tmp.filePath(QStringLiteral("olddir"))));

        makeTree(tmp.path() + QStringLiteral("/again")); // text summary, the same split
        const CliRun text = cli(
            QStringList{tmp.path() + QStringLiteral("/again"), QStringLiteral("--trash")} + ByMtime,
            env);
        QCOMPARE(text.code, 0);
#if TEMPSCOPE_PORTABLE_POSIX && !defined(__APPLE__)
        // No process's open files are seen here: the report says so, in its place.
        const QByteArray inUse = "In use: unknown (this system does not show which processes "
                                 "have files open; only locks were checked)\n";
#else
        const QByteArray inUse;
#endif
        const QByteArray expected = QByteArray(", 0 B freed\n") + inUse +
                                    QByteArray("3 moved to the trash (320 B, not freed until the "
                                               "trash is emptied)\n");
        QVERIFY2(text.out.contains(expected), text.out.constData());
    }

    void nothingStaleIsSuccess()
    {
        QTemporaryDir tmp;
        QVERIFY(makeFile(tmp.filePath(QStringLiteral("new")), 10));
        const CliRun r = cli({tmp.path(), QStringLiteral("--older-than"), QStringLiteral("1d")});
        QCOMPARE(r.code, 0);
        QVERIFY(QFile::exists(tmp.filePath(QStringLiteral("new"))));
        QVERIFY2(r.out.contains("0 deleted"), r.out.constData());
    }

    // Trojan Source (CVE-2021-42574): the dry-run table shows bidi controls
    // and zero-width characters escaped; the name itself is what is removed.
    void tableEscapesBidiNames()
    {
        QTemporaryDir tmp;
        const QString spoof = QStringLiteral("invoice\u202efdp.exe");
        const QString zeroWidth = QStringLiteral("rep\u200bort");
        QVERIFY(makeFile(tmp.filePath(spoof), 30 * Day));
        QVERIFY(makeFile(tmp.filePath(zeroWidth), 30 * Day));
        const CliRun dry = cli(QStringList{tmp.path(), QStringLiteral("--dry-run")} + ByMtime);
        QCOMPARE(dry.code, 0);
        const QString out = QString::fromUtf8(dry.out);
        QVERIFY2(out.contains(QStringLiteral("/invoice\\u202efdp.exe")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("/rep\\u200bort")), qPrintable(out));
        QVERIFY(!out.contains(QChar(0x202e)) && !out.contains(QChar(0x200b)));
        const CliRun run = cli(QStringList{tmp.path()} + ByMtime);
        QCOMPARE(run.code, 0);
        QVERIFY(!QFile::exists(tmp.filePath(spoof)));
        QVERIFY(!QFile::exists(tmp.filePath(zeroWidth)));
    }

    void nonUtf8NameIsRemovedAndReportedLosslessly()
    {
        QTemporaryDir tmp;
        const QByteArray name = QFile::encodeName(tmp.path()) + "/bad\xff\xfename";
        const int fd = ::open(name.constData(), O_CREAT | O_WRONLY, 0600);
        QVERIFY(fd >= 0);
        ::close(fd);
        QVERIFY(setAge(name, 30 * Day));
        const CliRun r = cli(QStringList{tmp.path(), QStringLiteral("--json")} + ByMtime);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("bad\\udcff\\udcfename"), r.out.constData());
        QVERIFY(r.out.contains("\"deleted\""));
        struct stat st
        {
        };
        QCOMPARE(::lstat(name.constData(), &st), -1);
    }

    void builtinProtectionIsOverriddenOnlyExplicitly()
    {
        QTemporaryDir tmp;
        QVERIFY(QDir(tmp.path()).mkpath(QStringLiteral(".X11-unix")));
        QVERIFY(makeFile(tmp.filePath(QStringLiteral(".X0-lock")), 30 * Day));
        QVERIFY(makeFile(tmp.filePath(QStringLiteral(".X11-unix/X0")), 30 * Day));
        QVERIFY(
            QDir(tmp.path()).mkpath(QStringLiteral("systemd-private-0123abcd-foo.service-Ab12Cd")));
        for (const char *p : {".X11-unix", "systemd-private-0123abcd-foo.service-Ab12Cd"})
            QVERIFY(setAge(QFile::encodeName(tmp.filePath(QLatin1StringView(p))), 30 * Day));

        CliRun r = cli(QStringList{tmp.path()} + ByMtime);
        QCOMPARE(r.code, 0);
        QVERIFY(QFile::exists(tmp.filePath(QStringLiteral(".X0-lock"))));
        QVERIFY(QFile::exists(tmp.filePath(QStringLiteral(".X11-unix/X0"))));
        QVERIFY(QFile::exists(
            tmp.filePath(QStringLiteral("systemd-private-0123abcd-foo.service-Ab12Cd"))));
        QVERIFY2(r.out.contains("protected: .X11-unix"), r.out.constData());

        r = cli(QStringList{tmp.path(), QStringLiteral("--no-builtin-protection")} + ByMtime);
        QCOMPARE(r.code, 0);
        QVERIFY(
            QDir(tmp.path())
                .isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot));
    }

    void exportTmpfilesWritesThePolicyAndRemovesNothing()
    {
        QTemporaryDir tmp;
        makeTree(tmp.path());
        const QStringList before = snapshot(tmp.path());
        QTemporaryDir out;
        const QString conf = out.filePath(QStringLiteral("tempscope.conf"));
        const CliRun r = cli({tmp.path(), QStringLiteral("--per-file"), QStringLiteral("--by"),
                              QStringLiteral("mtime"), QStringLiteral("--older-than"),
                              QStringLiteral("3d"), QStringLiteral("--exclude"),
                              QStringLiteral("keep/*"), QStringLiteral("--export-tmpfiles"), conf});
        QCOMPARE(r.code, 0);
        QCOMPARE(snapshot(tmp.path()), before);
        QFile f(conf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        const QByteArray root = QFile::encodeName(tmp.path());
        QVERIFY2(text.contains(QByteArray("\ne " + root + " - - - mM:3d\n")), text.constData());
        QVERIFY(text.contains(QByteArray("\nx " + root + "/keep/*\n")));
        QVERIFY(text.contains(QByteArray("\nx " + root + "/systemd-private-*\n")));
        // What tmpfiles.d cannot express: in the file and on stderr.
        QVERIFY(r.err.contains("tmpfiles.d: Other users' entries"));
        QVERIFY(text.contains("#  - Other users' entries"));
        QVERIFY(!r.err.contains("Whole items")); // --per-file is what tmpfiles.d does

        const CliRun toStdout =
            cli({tmp.path(), QStringLiteral("--older-than"), QStringLiteral("3d"),
                 QStringLiteral("--export-tmpfiles"), QStringLiteral("-")});
        QCOMPARE(toStdout.code, 0);
        QVERIFY(toStdout.out.contains(QByteArray("\ne " + root + " - - - acmM:3d\n")));
        QVERIFY(toStdout.err.contains("Whole items"));

        const CliRun combined =
            cli({tmp.path(), QStringLiteral("--older-than"), QStringLiteral("3d"),
                 QStringLiteral("--dry-run"), QStringLiteral("--export-tmpfiles"), conf});
        QCOMPARE(combined.code, 2);
        QCOMPARE(snapshot(tmp.path()), before);
    }

    void helpListsProtectionsAndOptIns()
    {
        const CliRun r = cli({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const char *s : {"--include-others", "--no-builtin-protection", "systemd-private-*",
                              ".X*-lock", "--dry-run"})
            QVERIFY2(r.out.contains(s), s);
    }
};

QTEST_GUILESS_MAIN(CleanCliTest)
#include "CleanCliTest.moc"
