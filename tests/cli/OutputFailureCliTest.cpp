// Reports never lie: output that cannot be written is an error.
// Standard output on /dev/full and on a full tmpfs in a private mount
// namespace, and the files --man FILE and --export-tmpfiles FILE write: exit
// status 1 and one line on stderr, even when the work (a removal) was done,
// and never a file left behind that looks written.

#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <sys/stat.h>

namespace {

const QByteArray NoSpace = "No space left on device";

QString shellQuote(const QString &s)
{
    QString q = s;
    q.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + q + u'\'';
}

} // namespace

class OutputFailureCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stdoutOnDevFull_data()
    {
        QTest::addColumn<QStringList>("args"); // @root@ is the tree
        QTest::addColumn<bool>("removes");
        const QString root = QStringLiteral("@root@");
        const QStringList clean{QStringLiteral("clean"),        root,
                                QStringLiteral("--older-than"), QStringLiteral("1d"),
                                QStringLiteral("--by"),         QStringLiteral("mtime")};
        QTest::newRow("where") << QStringList{QStringLiteral("where")} << false;
        QTest::newRow("where --json")
            << QStringList{QStringLiteral("where"), QStringLiteral("--json")} << false;
        QTest::newRow("scan table") << QStringList{QStringLiteral("scan"), root} << false;
        QTest::newRow("scan --json")
            << QStringList{QStringLiteral("scan"), root, QStringLiteral("--json")} << false;
        QTest::newRow("scan --csv")
            << QStringList{QStringLiteral("scan"), root, QStringLiteral("--csv")} << false;
        QTest::newRow("scan --prometheus")
            << QStringList{QStringLiteral("scan"), root, QStringLiteral("--prometheus")} << false;
        QTest::newRow("clean --dry-run")
            << clean + QStringList{QStringLiteral("--dry-run")} << false;
        QTest::newRow("clean: removed, yet exit 1") << clean << true;
        QTest::newRow("clean --json: removed, yet exit 1")
            << clean + QStringList{QStringLiteral("--json")} << true;
        QTest::newRow("clean --export-tmpfiles -")
            << clean + QStringList{QStringLiteral("--export-tmpfiles"), QStringLiteral("-")}
            << false;
        QTest::newRow("--man") << QStringList{QStringLiteral("--man")} << false;
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << false;
    }

    void stdoutOnDevFull()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, removes);
        TreeDir tree;
        const QString stale = tree.filePath(QStringLiteral("stale.tmp"));
        QVERIFY(oldFile(stale, QByteArray(100, 'x')));
        args.replaceInStrings(QStringLiteral("@root@"), tree.path());
        const CliResult r = runCliTo(args, QStringLiteral("/dev/full"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.endsWith(QByteArray("tempscope-cli: cannot write the output: " + NoSpace + '\n')),
            r.err.constData());
        QCOMPARE(r.err.count("cannot write"), 1);
        QCOMPARE(QFile::exists(stale), !removes);
    }

    void stdoutOnFullFilesystem_data()
    {
        QTest::addColumn<QString>("command");     // sh; $FULL is the full tmpfs, $ROOT the tree
        QTest::addColumn<int>("free");            // bytes left free on it
        QTest::addColumn<QByteArray>("expected"); // what the script prints
        const QString clean = QStringLiteral("$CLI clean \"$ROOT\" --older-than 1d --by mtime "
                                             "--json > \"$FULL/report.json\"; echo rc=$?");
        QTest::newRow("clean --json, nothing free") << clean << 0 << QByteArray("rc=1\n");
        QTest::newRow("clean --json, 20 KiB free: cut mid-string")
            << clean << 20 * 1024 << QByteArray("rc=1\n");
        QTest::newRow("scan --json")
            << QStringLiteral("$CLI scan \"$ROOT\" --json > \"$FULL/scan.json\"; echo rc=$?") << 0
            << QByteArray("rc=1\n");
        // The README's recipe: the half-written file is never published.
        QTest::newRow("scan --prometheus recipe")
            << QStringLiteral("$CLI scan \"$ROOT\" --prometheus > \"$FULL/t.prom.new\" && mv "
                              "\"$FULL/t.prom.new\" \"$FULL/t.prom\"; "
                              "echo rc=$?; test -e \"$FULL/t.prom\" && echo published; true")
            << 0 << QByteArray("rc=1\n");
    }

    void stdoutOnFullFilesystem()
    {
        QFETCH(QString, command);
        QFETCH(int, free);
        QFETCH(QByteArray, expected);
        if (!canMountPrivately())
            QSKIP("needs root and unshare(1) to mount a small tmpfs in a private mount namespace");
        TreeDir tree;
        for (int i = 0; i < 300; ++i)
            QVERIFY(oldFile(
                tree.filePath(QStringLiteral("upload_%1_with_a_longer_name_to_fill_the_report.csv")
                                  .arg(i, 4, 10, QChar(u'0'))),
                QByteArray(100, 'x')));
        QTemporaryDir full;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FULL"), full.path());
        env.insert(QStringLiteral("ROOT"), tree.path());
        // The tmpfs is 64 KiB; "fill" takes all of it but `free` bytes.
        const QString script =
            QStringLiteral("mount -t tmpfs -o size=64k tempscope-full \"$FULL\" || exit 99; "
                           "head -c %1 /dev/zero > \"$FULL/fill\"; %2")
                .arg(free ? 64 * 1024 - free : 1 << 20)
                .arg(command);
        const CliResult r = runInMountNamespace(script, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, expected);
        QVERIFY2(
            r.err.contains(QByteArray("tempscope-cli: cannot write the output: " + NoSpace + '\n')),
            r.err.constData());
        if (command.contains(QStringLiteral("clean")))
            QCOMPARE(QDir(tree.path()).entryList(QDir::Files).size(),
                     0); // the removal itself was done
    }

    void filesOnFullFilesystem_data()
    {
        QTest::addColumn<QString>("option"); // --man or --export-tmpfiles
        QTest::addColumn<bool>("existing");  // a previous version of the file is there
        QTest::newRow("--man FILE, new") << QStringLiteral("--man") << false;
        QTest::newRow("--man FILE, replacing") << QStringLiteral("--man") << true;
        QTest::newRow("--export-tmpfiles FILE, new")
            << QStringLiteral("--export-tmpfiles") << false;
        QTest::newRow("--export-tmpfiles FILE, replacing")
            << QStringLiteral("--export-tmpfiles") << true;
    }

    void filesOnFullFilesystem()
    {
        QFETCH(QString, option);
        QFETCH(bool, existing);
        if (!canMountPrivately())
            QSKIP("needs root and unshare(1) to mount a small tmpfs in a private mount namespace");
        TreeDir tree;
        QTemporaryDir full;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FULL"), full.path());
        const QString command =
            option == u"--man"
                ? QStringLiteral("$CLI --man \"$FULL/out\"")
                : QStringLiteral("$CLI clean %1 --older-than 7d --export-tmpfiles \"$FULL/out\"")
                      .arg(shellQuote(tree.path()));
        // The file and what is left of the disk are listed from inside the
        // namespace, where the tmpfs is.
        const QString script =
            QStringLiteral("mount -t tmpfs -o size=64k tempscope-full \"$FULL\" || exit 99; %1"
                           "head -c 1048576 /dev/zero > \"$FULL/fill\" 2>/dev/null; %2; echo "
                           "rc=$?; ls -A \"$FULL\"; cat \"$FULL/out\" 2>/dev/null; true")
                .arg(existing ? QStringLiteral("echo previous > \"$FULL/out\"; ") : QString(),
                     command);
        const CliResult r = runInMountNamespace(script, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray expected =
            existing ? QByteArray("rc=1\nfill\nout\nprevious\n") : QByteArray("rc=1\nfill\n");
        QCOMPARE(r.out, expected);
        QVERIFY2(
            r.err.contains(QByteArray("tempscope-cli: cannot write " +
                                      QFile::encodeName(full.path()) + "/out: " + NoSpace + '\n')),
            r.err.constData());
    }

    void specialFileIsNotReplaced()
    {
        // A name that is a FIFO (or a device) is refused, never renamed over.
        TreeDir tree;
        const QString fifo = tree.filePath(QStringLiteral("policy.fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const CliResult r =
            runCli({QStringLiteral("clean"), tree.path(), QStringLiteral("--older-than"),
                    QStringLiteral("7d"), QStringLiteral("--export-tmpfiles"), fifo});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("policy.fifo: not a regular file"), r.err.constData());
        QVERIFY(!QFileInfo(fifo).isFile());
    }
};

QTEST_GUILESS_MAIN(OutputFailureCliTest)
#include "OutputFailureCliTest.moc"
