// End-to-end: the ways `tempscope-cli clean` was found to delete what it must
// not, or to report what did not happen, each tried as an attacker or a
// careless user would (SAFETY.md rules 11-14, cases 20-21). Bind mounts and
// read-only file systems are made in a private mount namespace (unshare -m),
// so nothing outlives the test; where the kernel refuses, the case says so
// and is skipped.

#include "CleanReportJson.h"
#include "CliRunner.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QtTest>

#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr qint64 Day = 86400;

QByteArray bytes(const QString &s)
{
    return QFile::encodeName(s);
}

bool setAge(const QByteArray &path, qint64 age)
{
    const qint64 t = QDateTime::currentSecsSinceEpoch() - age;
    const struct timespec times[2] = {{t, 0}, {t, 0}};
    return ::utimensat(AT_FDCWD, path.constData(), times, AT_SYMLINK_NOFOLLOW) == 0;
}

bool makeFile(const QByteArray &path, qint64 age, const QByteArray &content = "data")
{
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, content.constData(), size_t(content.size())) == content.size();
    ::close(fd);
    return ok && setAge(path, age);
}

bool exists(const QByteArray &path)
{
    struct stat st
    {
    };
    return ::lstat(path.constData(), &st) == 0;
}

QProcessEnvironment envWithHome(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("TEMPSCOPE_CLI"), cliPath());
    return env;
}

// Runs a shell script with $TEMPSCOPE_CLI set; $1... are `args`.
CliResult runShell(const QString &script, const QStringList &args = {},
                   QProcessEnvironment env = QProcessEnvironment::systemEnvironment())
{
    env.insert(QStringLiteral("TEMPSCOPE_CLI"), cliPath());
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("/bin/sh"),
            QStringList{QStringLiteral("-c"), script, QStringLiteral("sh")} + args);
    CliResult r;
    if (!p.waitForFinished(300'000)) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// Whether this process may make private mount namespaces with mounts in them.
bool canMount()
{
    static const bool ok =
        runShell(QStringLiteral("d=$(mktemp -d) && unshare -m --propagation private sh -c \"mount "
                                "-t tmpfs none $d\"; r=$?; rmdir $d; exit $r"))
            .exitCode == 0;
    return ok;
}

// A fake home with a precious old file; the real $HOME is not used.
struct Home
{
    TreeDir dir;
    QString home;
    QByteArray precious;
    Home()
    {
        home = dir.path() + QStringLiteral("/home/me");
        QDir().mkpath(home);
        precious = bytes(home + QStringLiteral("/thesis.tex"));
        makeFile(precious, 400 * Day);
        setAge(bytes(home), 400 * Day);
    }
};

} // namespace

class CleanSafetyCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void absurdAgesAreRefused_data();
    void absurdAgesAreRefused();
    void longButValidAgeKeepsFreshFiles();
    void homeReachedAnotherWayIsRefused_data();
    void homeReachedAnotherWayIsRefused();
    void bindMountsOfHomeAndRootAreRefused_data();
    void bindMountsOfHomeAndRootAreRefused();
    void nestedRootsAreNeverRemoved_data();
    void nestedRootsAreNeverRemoved();
    void rootThatIsNotUtf8IsCleaned();
    void signalStopsTheRunAndReportsWhatWasDone_data();
    void signalStopsTheRunAndReportsWhatWasDone();
    void twoCleanersNeverBothReportOnePath();
    void sparseFilesAndHardLinksFreeWhatTheyOccupy();
    void dryRunOnReadOnlyFileSystemSaysSo();
    void exactCountsPastTheListedDetail();
};

// Regression: --older-than 999999d overflowed and made everything stale;
// 0s was accepted and made everything stale.
void CleanSafetyCliTest::absurdAgesAreRefused_data()
{
    QTest::addColumn<QString>("age");
    QTest::addColumn<QString>("says");
    QTest::newRow("zero seconds") << QStringLiteral("0s") << QStringLiteral("zero");
    QTest::newRow("zero days") << QStringLiteral("0d") << QStringLiteral("zero");
    QTest::newRow("zero, combined") << QStringLiteral("0d0h") << QStringLiteral("zero");
    QTest::newRow("999999d overflows")
        << QStringLiteral("999999d") << QStringLiteral("before 1970");
    QTest::newRow("before the epoch") << QStringLiteral("30000d") << QStringLiteral("before 1970");
    QTest::newRow("int64 nanoseconds") << QStringLiteral("15250w") << QStringLiteral("before 1970");
    QTest::newRow("huge") << QStringLiteral("9223372036s") << QStringLiteral("before 1970");
}

void CleanSafetyCliTest::absurdAgesAreRefused()
{
    QFETCH(QString, age);
    QFETCH(QString, says);
    TreeDir t;
    const QByteArray fresh = bytes(t.path() + QStringLiteral("/fresh"));
    const QByteArray old = bytes(t.path() + QStringLiteral("/old"));
    QVERIFY(makeFile(fresh, 1) && makeFile(old, 10 * Day));
    for (const QString &command : {QStringLiteral("clean"), QStringLiteral("scan")}) {
        const CliResult r = runCli({command, t.path(), QStringLiteral("--older-than"), age});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(says.toUtf8()), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.out.isEmpty());
    }
    QVERIFY(exists(fresh) && exists(old));
}

void CleanSafetyCliTest::longButValidAgeKeepsFreshFiles()
{
    TreeDir t;
    const QByteArray fresh = bytes(t.path() + QStringLiteral("/fresh"));
    QVERIFY(makeFile(fresh, 1));
    const CliResult r = runCli({QStringLiteral("clean"), t.path(), QStringLiteral("--older-than"),
                                QStringLiteral("20000d")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(exists(fresh));
}

// Roots were compared by path text.
void CleanSafetyCliTest::homeReachedAnotherWayIsRefused_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("symlink chain") << QStringLiteral("chain");
    QTest::newRow("dot-dot") << QStringLiteral("dotdot");
    QTest::newRow("/proc/self/cwd") << QStringLiteral("cwd");
    QTest::newRow("parent via symlink") << QStringLiteral("parent");
}

void CleanSafetyCliTest::homeReachedAnotherWayIsRefused()
{
    QFETCH(QString, how);
    Home h;
    const QString base = h.dir.path();
    QVERIFY(QDir().mkpath(h.home + QStringLiteral("/sub")));
    QVERIFY(::symlink(bytes(h.home).constData(), bytes(base + QStringLiteral("/l1")).constData()) ==
            0);
    QVERIFY(::symlink(bytes(base + QStringLiteral("/l1")).constData(),
                      bytes(base + QStringLiteral("/l2")).constData()) == 0);
    QVERIFY(::symlink(bytes(base + QStringLiteral("/home")).constData(),
                      bytes(base + QStringLiteral("/lp")).constData()) == 0);
    QString root;
    QProcess p;
    if (how == u"chain")
        root = base + QStringLiteral("/l2");
    else if (how == u"dotdot")
        root = h.home + QStringLiteral("/sub/..");
    else if (how == u"cwd")
        root = QStringLiteral("/proc/self/cwd");
    else
        root = base + QStringLiteral("/lp");
    p.setWorkingDirectory(h.home);
    p.setProcessEnvironment(envWithHome(h.home));
    p.start(cliPath(),
            {QStringLiteral("clean"), root, QStringLiteral("--by"), QStringLiteral("mtime"),
             QStringLiteral("--older-than"), QStringLiteral("1d")});
    QVERIFY(p.waitForFinished(60'000));
    const QByteArray err = p.readAllStandardError();
    QCOMPARE(p.exitCode(), 2);
    QVERIFY2(err.contains("home directory"), err.constData());
    QVERIFY(exists(h.precious));
}

void CleanSafetyCliTest::bindMountsOfHomeAndRootAreRefused_data()
{
    QTest::addColumn<QString>("source"); // "home", "parent" or an absolute path
    QTest::addColumn<QString>("says");
    QTest::newRow("home") << QStringLiteral("home") << QStringLiteral("it is the home directory");
    QTest::newRow("parent of home")
        << QStringLiteral("parent") << QStringLiteral("contains the home directory");
    QTest::newRow("/") << QStringLiteral("/") << QStringLiteral("file system root");
    QTest::newRow("/usr") << QStringLiteral("/usr") << QStringLiteral("system directory");
}

void CleanSafetyCliTest::bindMountsOfHomeAndRootAreRefused()
{
    QFETCH(QString, source);
    QFETCH(QString, says);
    if (!canMount())
        QSKIP("no private mount namespace with mounts here (needs root): bind mounts not tried");
    Home h;
    const QString src = source == u"home"     ? h.home
                        : source == u"parent" ? h.dir.path() + QStringLiteral("/home")
                                              : source;
    const QString tmp = h.dir.path() + QStringLiteral("/tmp");
    QVERIFY(QDir().mkpath(tmp + QStringLiteral("/bind")));
    const CliResult run = runShell(
        QStringLiteral(
            "exec unshare -m --propagation private sh -c '"
            "mount --bind \"$1\" \"$2\" || exit 99;"
            " \"$TEMPSCOPE_CLI\" clean \"$2\" --by mtime --older-than 1d --dry-run >/dev/null "
            "2>&1; [ $? = 2 ] || exit 98;"
            " exec \"$TEMPSCOPE_CLI\" clean \"$2\" --by mtime --older-than 1d' sh \"$1\" \"$2\""),
        {src, tmp + QStringLiteral("/bind")}, envWithHome(h.home));
    QVERIFY2(run.exitCode != 99, "mount --bind failed");
    QVERIFY2(run.exitCode != 98, "the dry run did not refuse the root");
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(says.toUtf8()), run.err.constData());
    QVERIFY(exists(h.precious));
}

// Regression: `clean A A/sub` removed A/sub as an item of A.
void CleanSafetyCliTest::nestedRootsAreNeverRemoved_data()
{
    QTest::addColumn<bool>("innerFirst");
    QTest::newRow("outer first") << false;
    QTest::newRow("inner first") << true;
}

void CleanSafetyCliTest::nestedRootsAreNeverRemoved()
{
    QFETCH(bool, innerFirst);
    TreeDir t;
    const QString a = t.path();
    QVERIFY(QDir().mkpath(a + QStringLiteral("/sub/deeper")));
    QVERIFY(QDir().mkpath(a + QStringLiteral("/x/inner")));
    QVERIFY(makeFile(bytes(a + QStringLiteral("/sub/deeper/old")), 30 * Day));
    QVERIFY(makeFile(bytes(a + QStringLiteral("/x/inner/old")), 30 * Day));
    QVERIFY(makeFile(bytes(a + QStringLiteral("/x/old")), 30 * Day));
    for (const char *d : {"/sub/deeper", "/sub", "/x/inner", "/x"})
        QVERIFY(setAge(bytes(a + QLatin1StringView(d)), 30 * Day));
    QStringList roots{a, a + QStringLiteral("/sub"), a + QStringLiteral("/x/inner")};
    if (innerFirst)
        std::reverse(roots.begin(), roots.end());
    const CliResult r = runCli(QStringList{QStringLiteral("clean")} + roots +
                               QStringList{QStringLiteral("--by"), QStringLiteral("mtime"),
                                           QStringLiteral("--older-than"), QStringLiteral("1d"),
                                           QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(QFileInfo(a + QStringLiteral("/sub")).isDir(), r.out.constData());
    QVERIFY2(QFileInfo(a + QStringLiteral("/x/inner")).isDir(), r.out.constData());
    // Each root's own stale items still go, through that root.
    QVERIFY(!exists(bytes(a + QStringLiteral("/sub/deeper"))));
    QVERIFY(!exists(bytes(a + QStringLiteral("/x/inner/old"))));
    QVERIFY(!exists(bytes(a + QStringLiteral("/x/old"))));
}

// A root whose name is not UTF-8 was reported missing.
void CleanSafetyCliTest::rootThatIsNotUtf8IsCleaned()
{
    TreeDir t;
    const QByteArray root = bytes(t.path()) + "/r\xff\xfe";
    QVERIFY(::mkdir(root.constData(), 0755) == 0);
    QVERIFY(makeFile(root + "/old\x80", 10 * Day));
    QVERIFY(makeFile(root + "/fresh", 1));
    const CliResult r =
        runShell(QStringLiteral("cd \"$1\" && exec \"$TEMPSCOPE_CLI\" clean \"$(printf "
                                "'r\\377\\376')\" --by mtime --older-than 1d"),
                 {t.path()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(!exists(root + "/old\x80"));
    QVERIFY(exists(root + "/fresh"));
}

// SIGINT and SIGTERM lost the whole report.
void CleanSafetyCliTest::signalStopsTheRunAndReportsWhatWasDone_data()
{
    QTest::addColumn<int>("sig");
    QTest::addColumn<bool>("json");
    QTest::newRow("SIGINT, JSON") << int(SIGINT) << true;
    QTest::newRow("SIGTERM, text") << int(SIGTERM) << false;
    QTest::newRow("SIGHUP, JSON") << int(SIGHUP) << true;
}

void CleanSafetyCliTest::signalStopsTheRunAndReportsWhatWasDone()
{
    QFETCH(int, sig);
    QFETCH(bool, json);
    TreeDir t;
    const int n = 30000;
    const QByteArray base = bytes(t.path());
    for (int i = 0; i < n; ++i)
        QVERIFY(makeFile(base + "/f" + QByteArray::number(100000 + i), 10 * Day));
    QVERIFY(setAge(base, 5 * Day));
    struct stat before
    {
    };
    QVERIFY(::stat(base.constData(), &before) == 0);
    QProcess p;
    QStringList args{QStringLiteral("clean"),        t.path(),
                     QStringLiteral("--by"),         QStringLiteral("mtime"),
                     QStringLiteral("--older-than"), QStringLiteral("1d")};
    if (json)
        args << QStringLiteral("--json");
    p.start(cliPath(), args);
    QVERIFY(p.waitForStarted());
    // Items go in name order: once the first is gone, the run is under way.
    const QByteArray first = base + "/f100000";
    QElapsedTimer clock;
    clock.start();
    while (exists(first) && clock.elapsed() < 60'000)
        QThread::usleep(200);
    QVERIFY(!exists(first));
    ::kill(pid_t(p.processId()), sig);
    QVERIFY(p.waitForFinished(60'000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 128 + sig);
    const QByteArray out = p.readAllStandardOutput();
    int left = 0;
    for (int i = 0; i < n; ++i)
        left += exists(base + "/f" + QByteArray::number(100000 + i)) ? 1 : 0;
    QVERIFY2(left > 0, "the run finished before the signal: make the tree larger");
    if (json) {
        const QJsonObject report = parse(out);
        QCOMPARE(report.value(QStringLiteral("cancelled")).toBool(), true);
        QCOMPARE(pathsWith(report, QStringLiteral("deleted")).size(), n - left);
        QCOMPARE(report.value(QStringLiteral("summary"))
                     .toObject()
                     .value(QStringLiteral("deleted"))
                     .toInt(),
                 n - left);
    } else {
        QVERIFY2(
            out.contains(QByteArray("Cancelled. " + QByteArray::number(n - left) + " deleted")),
            out.right(300).constData());
    }
    // The root's timestamps are as they were: it is judged by its own age next time.
    struct stat after
    {
    };
    QVERIFY(::stat(base.constData(), &after) == 0);
    QCOMPARE(qint64(after.st_mtim.tv_sec), qint64(before.st_mtim.tv_sec));
}

// Two cleaners on one root both reported the same paths deleted.
void CleanSafetyCliTest::twoCleanersNeverBothReportOnePath()
{
    TreeDir t;
    const int n = 4000;
    const QByteArray base = bytes(t.path());
    for (int i = 0; i < n; ++i) {
        if (i % 4 == 0) {
            const QByteArray d = base + "/d" + QByteArray::number(i);
            QVERIFY(::mkdir(d.constData(), 0755) == 0);
            QVERIFY(makeFile(d + "/x", 10 * Day) && makeFile(d + "/y", 10 * Day));
            QVERIFY(setAge(d, 10 * Day));
        } else {
            QVERIFY(makeFile(base + "/f" + QByteArray::number(i), 10 * Day));
        }
    }
    QProcess a, b;
    const QStringList args{QStringLiteral("clean"),        t.path(),
                           QStringLiteral("--by"),         QStringLiteral("mtime"),
                           QStringLiteral("--older-than"), QStringLiteral("1d"),
                           QStringLiteral("--json")};
    a.start(cliPath(), args);
    b.start(cliPath(), args);
    QVERIFY(a.waitForFinished(120'000) && b.waitForFinished(120'000));
    const QJsonObject ra = parse(a.readAllStandardOutput());
    const QJsonObject rb = parse(b.readAllStandardOutput());
    const QStringList da = pathsWith(ra, QStringLiteral("deleted"));
    const QStringList db = pathsWith(rb, QStringLiteral("deleted"));
    const QSet<QString> sa(da.cbegin(), da.cend());
    const QSet<QString> sb(db.cbegin(), db.cend());
    // A path both report deleted is one they shared: each removed part of it,
    // and the first to finish says what it had to keep inside.
    const auto reasonOf = [](const QJsonObject &report, const QString &path) {
        for (const QJsonValue &v : report.value(QStringLiteral("results")).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("path")).toString() == path &&
                o.value(QStringLiteral("action")).toString() == u"deleted")
                return o.value(QStringLiteral("reason")).toString();
        }
        return QString();
    };
    for (const QString &p : sa &sb) {
        QVERIFY2(reasonOf(ra, p).startsWith(QStringLiteral("kept ")) ||
                     reasonOf(rb, p).startsWith(QStringLiteral("kept ")),
                 qPrintable(p + QStringLiteral(" reported deleted whole by both")));
    }
    // Every item that is gone was reported deleted by exactly one of them (one
    // may have found another's lock and kept an item: that is not a lie).
    int gone = 0;
    const QStringList left =
        QDir(t.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    const QSet<QString> leftSet(left.cbegin(), left.cend());
    for (const QString &p : sa | sb) {
        if (!leftSet.contains(QFileInfo(p).fileName()))
            ++gone;
    }
    QCOMPARE(gone + left.size(), n);
    QVERIFY2(left.size() < n / 2, qPrintable(QString::number(left.size())));
    // What one found gone is "already gone", never "deleted", and frees nothing.
    for (const QJsonObject &r : {ra, rb}) {
        for (const QJsonValue &v : r.value(QStringLiteral("results")).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("action")).toString() == u"already-gone")
                QCOMPARE(o.value(QStringLiteral("bytes_freed")).toInteger(), 0);
        }
    }
}

// A sparse file and a hard link to a file outside the root
// reported "1.0 TiB freed".
void CleanSafetyCliTest::sparseFilesAndHardLinksFreeWhatTheyOccupy()
{
    TreeDir t;
    const QByteArray root = bytes(t.path()) + "/root";
    const QByteArray outside = bytes(t.path()) + "/outside";
    QVERIFY(::mkdir(root.constData(), 0755) == 0 && ::mkdir(outside.constData(), 0755) == 0);
    QVERIFY(makeFile(root + "/sparse", 10 * Day, ""));
    QVERIFY(::truncate(QByteArray(root + "/sparse").constData(), 1LL << 40) == 0);
    QVERIFY(setAge(root + "/sparse", 10 * Day));
    QVERIFY(makeFile(outside + "/precious", 10 * Day, QByteArray(200 * 1024, 'p')));
    QVERIFY(::link(QByteArray(outside + "/precious").constData(),
                   QByteArray(root + "/link").constData()) == 0);
    const CliResult r =
        runCli({QStringLiteral("clean"), QString::fromUtf8(root), QStringLiteral("--by"),
                QStringLiteral("mtime"), QStringLiteral("--older-than"), QStringLiteral("1d"),
                QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject summary = parse(r.out).value(QStringLiteral("summary")).toObject();
    QVERIFY2(summary.value(QStringLiteral("bytes_freed")).toInteger() < 1024 * 1024,
             r.out.constData());
    QCOMPARE(summary.value(QStringLiteral("linked_files")).toInt(), 1);
    QVERIFY(exists(outside + "/precious"));
    const CliResult text =
        runCli({QStringLiteral("clean"), QString::fromUtf8(root), QStringLiteral("--by"),
                QStringLiteral("mtime"), QStringLiteral("--older-than"), QStringLiteral("1d")});
    QCOMPARE(text.exitCode, 0);
}

// A dry run on a read-only file system promised deletions.
void CleanSafetyCliTest::dryRunOnReadOnlyFileSystemSaysSo()
{
    if (!canMount())
        QSKIP(
            "no private mount namespace with mounts here (needs root): read-only mount not tried");
    TreeDir t;
    const QString ro = t.path() + QStringLiteral("/ro");
    QVERIFY(QDir().mkpath(ro));
    const CliResult r =
        runShell(QStringLiteral("exec unshare -m --propagation private sh -c '"
                                "mount -t tmpfs none \"$1\" && touch -d \"10 days ago\" \"$1/old\" "
                                "&& mount -o remount,ro \"$1\" || exit 99;"
                                " \"$TEMPSCOPE_CLI\" clean \"$1\" --by mtime --older-than 1d "
                                "--dry-run --json' sh \"$1\""),
                 {ro});
    QVERIFY2(r.exitCode != 99, r.err.constData());
    QCOMPARE(r.exitCode, 1);
    const QJsonObject report = parse(r.out);
    QVERIFY(pathsWith(report, QStringLiteral("would-delete")).isEmpty());
    const QJsonArray errors = report.value(QStringLiteral("root_errors")).toArray();
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.at(0).toString().contains(QStringLiteral("read-only")), r.out.constData());
}

// Regression: "1 deleted, 256 skipped" with 2000 entries kept.
void CleanSafetyCliTest::exactCountsPastTheListedDetail()
{
    TreeDir t;
    const QByteArray item = bytes(t.path()) + "/item";
    QVERIFY(::mkdir(item.constData(), 0755) == 0);
    for (int i = 0; i < 2000; ++i)
        QVERIFY(makeFile(item + "/k" + QByteArray::number(i) + ".lock", 10 * Day));
    QVERIFY(makeFile(item + "/goes", 10 * Day));
    QVERIFY(setAge(item, 10 * Day));
    const CliResult r =
        runCli({QStringLiteral("clean"), t.path(), QStringLiteral("--by"), QStringLiteral("mtime"),
                QStringLiteral("--older-than"), QStringLiteral("1d"), QStringLiteral("--exclude"),
                QStringLiteral("*.lock"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject summary = parse(r.out).value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("skipped")).toInt(), 2000);
    QCOMPARE(summary.value(QStringLiteral("deleted")).toInt(), 1);
    QVERIFY(!exists(item + "/goes"));
}

QTEST_GUILESS_MAIN(CleanSafetyCliTest)
#include "CleanSafetyCliTest.moc"
