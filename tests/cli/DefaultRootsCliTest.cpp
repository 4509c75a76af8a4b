// What `clean` and `scan` use when no ROOT is named: real temp directories
// only, never a saved location that changed since it was saved. Each test runs tempscope-cli in a
// private mount namespace with tmpfs over /tmp and /var/tmp, so the machine's own are never
// touched, and keeps its directories outside them (the build tree).

#include "CliRunner.h"

#include "core/locations/ScratchRoots.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTest>

using namespace tempscope;

namespace {

// A directory outside /tmp, which the tests cover with a tmpfs.
QString outsideTmp()
{
    return QDir::currentPath() + QStringLiteral("/default-roots-XXXXXX");
}

// Fresh tmpfs on /tmp and /var/tmp (read-only when `usable` is false: then
// Python's rule falls back to the current directory), no user settings
// outside `config`.
QString mountTemps(bool usable)
{
    const QString options = usable ? QStringLiteral("size=1m") : QStringLiteral("ro,size=64k");
    return QStringLiteral("for d in /tmp /var/tmp /usr/tmp; do [ -d $d ] && { mount -t tmpfs -o %1 "
                          "tempscope-temp $d || exit 99; }; done; ")
        .arg(options);
}

QProcessEnvironment cleanEnvironment(const QString &config)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"TMPDIR", "TEMP", "TMP", "XDG_RUNTIME_DIR"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    env.insert(QStringLiteral("XDG_CACHE_HOME"), config + QStringLiteral("/cache"));
    return env;
}

} // namespace

class DefaultRootsCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        if (!canMountPrivately())
            QSKIP(
                "needs root and unshare(1) to mount tmpfs over /tmp in a private mount namespace");
    }

    // /tmp, /var/tmp and /usr/tmp unusable: Python's rule falls back to the
    // current directory. `clean` with no ROOT must not clean it.
    void currentDirectoryFallbackIsNeverCleaned()
    {
        QTemporaryDir cwd(outsideTmp());
        QTemporaryDir config(outsideTmp());
        QVERIFY(oldFile(cwd.filePath(QStringLiteral("sentinel.txt"))));
        QProcessEnvironment env = cleanEnvironment(config.path());
        env.insert(QStringLiteral("WORK"), cwd.path());
        const CliResult r = runInMountNamespace(
            mountTemps(false) + QStringLiteral("cd \"$WORK\" && $CLI where --json > where.json && "
                                               "$CLI clean --older-than 1d --by mtime; echo rc=$?"),
            env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.endsWith("rc=0\n"), r.out.constData());
        // Python's answer really was the current directory...
        QFile where(cwd.filePath(QStringLiteral("where.json")));
        QVERIFY(where.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(where.readAll())
                     .object()
                     .value(QStringLiteral("tempdir"))
                     .toString(),
                 cwd.path());
        // ...and it was left alone, saying why.
        QVERIFY(QFile::exists(cwd.filePath(QStringLiteral("sentinel.txt"))));
        QVERIFY2(
            r.err.contains(QByteArray("tempscope-cli: skipped " + QFile::encodeName(cwd.path()) +
                                      ": no temp directory is usable")),
            r.err.constData());
        QVERIFY(!r.out.contains("sentinel"));
    }

    // TMPDIR names the home directory: not a root cleaned by default; the
    // dry run says where each default root comes from.
    void tmpdirAtHomeIsNeverCleaned()
    {
        QTemporaryDir home(outsideTmp());
        QTemporaryDir config(outsideTmp());
        QVERIFY(oldFile(home.filePath(QStringLiteral("thesis.tex"))));
        QProcessEnvironment env = cleanEnvironment(config.path());
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("TMPDIR"), home.path());
        const CliResult r = runInMountNamespace(
            mountTemps(true) +
                QStringLiteral("$CLI clean --older-than 1d --by mtime --dry-run; echo rc=$?; "
                               "$CLI clean --older-than 1d --by mtime; echo rc=$?"),
            env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QFile::exists(home.filePath(QStringLiteral("thesis.tex"))));
        QVERIFY(!r.out.contains("thesis"));
        QCOMPARE(r.out.count("rc=0\n"), 2);
        QVERIFY2(r.err.contains(QByteArray("tempscope-cli: skipped refusing to clean " +
                                           QFile::encodeName(home.path()) +
                                           ": it is the home directory")),
                 r.err.constData());
        QVERIFY2(r.err.contains("(system temp directory, from $TMPDIR)"), r.err.constData());
        QVERIFY2(r.err.contains("tempscope-cli: root /var/tmp (secondary temp directory)\n"),
                 r.err.constData());
    }

    // A saved location in a shared directory, replaced by someone with a
    // symlink to the user's documents: neither planned nor scanned through it.
    void savedRootReplacedBySymlinkIsNotUsed()
    {
        QTemporaryDir base(outsideTmp());
        QTemporaryDir config(outsideTmp());
        const QString mine = base.filePath(QStringLiteral("x/mine"));
        const QString documents = base.filePath(QStringLiteral("Documents"));
        QVERIFY(QDir().mkpath(mine));
        QVERIFY(QDir().mkpath(documents));
        QVERIFY(oldFile(mine + QStringLiteral("/upload_1.csv")));
        QVERIFY(oldFile(documents + QStringLiteral("/thesis.tex")));
        {
            QSettings settings(config.filePath(QStringLiteral("Tempscope/tempscope.conf")),
                               QSettings::IniFormat);
            QCOMPARE(ScratchRoots::addUserRoot(settings, mine), QString());
        }
        const QProcessEnvironment env = cleanEnvironment(config.path());
        const QString run =
            mountTemps(true) +
            QStringLiteral("$CLI clean --older-than 1d --by mtime --dry-run; $CLI scan --json");

        // As saved: planned.
        CliResult r = runInMountNamespace(run, env);
        QVERIFY2(r.out.contains("would-delete") && r.out.contains("upload_1.csv"),
                 r.out.constData());

        QVERIFY(QFile::rename(mine, mine + QStringLiteral(".gone")));
        QVERIFY(QFile::link(documents, mine));
        r = runInMountNamespace(run, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(!r.out.contains("thesis.tex"), r.out.constData());
        QVERIFY2(!r.out.contains(QFile::encodeName(documents)), r.out.constData());
        QVERIFY2(
            r.err.contains(QByteArray(
                "tempscope-cli: skipped " + QFile::encodeName(mine) +
                ": the saved location changed since it was saved: it is now a symbolic link to ")),
            r.err.constData());
        QCOMPARE(r.err.count("saved location changed"), 2); // clean and scan
        QVERIFY(QFile::exists(documents + QStringLiteral("/thesis.tex")));
    }
};

QTEST_GUILESS_MAIN(DefaultRootsCliTest)
#include "DefaultRootsCliTest.moc"
