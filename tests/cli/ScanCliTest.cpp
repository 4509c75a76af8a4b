// tempscope-cli scan, end to end on real trees: hostile names, links, depth,
// unreadable directories (when run as an unprivileged user), every output
// format, and bad input.

#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

void rawFile(const QByteArray &path, qint64 bytes = 0, qint64 ageSeconds = 0)
{
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    QVERIFY2(fd >= 0, path.constData());
    const QByteArray data(bytes, 'x');
    QCOMPARE(::write(fd, data.constData(), size_t(data.size())), ssize_t(data.size()));
    ::close(fd);
    if (ageSeconds) {
        const time_t t = time(nullptr) - ageSeconds;
        const struct timespec ts[2] = {{t, 0}, {t, 0}};
        QCOMPARE(::utimensat(AT_FDCWD, path.constData(), ts, AT_SYMLINK_NOFOLLOW), 0);
    }
}

QByteArray rootBytes(const QTemporaryDir &d)
{
    return QFile::encodeName(d.path());
}

// The set of item names, as exact bytes, that Python reads back from the JSON
// (json.load + os.fsencode): proves the JSON is lossless for any name.
QSet<QByteArray> namesViaPython(const QByteArray &json)
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("out.json")));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(json);
    f.close();
    QProcess py;
    py.start(
        QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"),
         QStringLiteral("import json,os,sys\n"
                        "d=json.load(open(sys.argv[1],encoding='utf-8'))\n"
                        "for i in d['roots'][0]['items']: print(os.fsencode(i['name']).hex())\n"),
         f.fileName()});
    py.waitForFinished(60'000);
    QSet<QByteArray> out;
    for (const QByteArray &line : py.readAllStandardOutput().split('\n')) {
        if (!line.isEmpty())
            out.insert(QByteArray::fromHex(line));
    }
    return out;
}

QJsonObject firstRoot(const QByteArray &json)
{
    return QJsonDocument::fromJson(json)
        .object()[QStringLiteral("roots")]
        .toArray()
        .first()
        .toObject();
}

} // namespace

class ScanCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Directories that could not be read for want of descriptors
    // (EMFILE) make the scan incomplete: "complete": false and exit 1. The
    // CLI is started with all but a few descriptors taken; how few it takes
    // to fail depends on the scanner's budget, so several are tried, and
    // every run must tell the truth about its own errors.
    void scanShortOfDescriptorsIsIncomplete()
    {
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
        // UBSan's vptr check opens a pipe to read memory safely: with no
        // descriptor left it reports every virtual call. The release build runs this.
        QSKIP("sanitizer runtimes need descriptors of their own; this case runs in the release "
              "build");
#endif
        TreeDir dir;
        for (int i = 0; i < 40; ++i)
            QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("d%1/a/b/c/d").arg(i)));
        int incompleteRuns = 0;
        for (int free = 0; free <= 12; ++free) {
            // bash, before exec: a small limit, descriptors taken until
            // none is left, then `free` of them given back.
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("CLI"), cliPath());
            env.insert(QStringLiteral("ROOT"), dir.path());
            env.insert(QStringLiteral("FREE"), QString::number(free));
            p.setProcessEnvironment(env);
            p.setProgram(QStringLiteral("bash"));
            p.setArguments(
                {QStringLiteral("-c"),
                 QStringLiteral(
                     "ulimit -n 64 || exit 99; for n in 3 4 5 6 7 8 9; do eval \"exec "
                     "$n</dev/null\"; done; "
                     "while exec {fd}</dev/null; do last=$fd; done 2>/dev/null; "
                     "for ((i = 0; i < FREE; ++i)); do exec {last}<&-; last=$((last - 1)); done; "
                     "exec \"$CLI\" scan \"$ROOT\" --json")});
            p.start();
            QVERIFY(p.waitForFinished(60'000));
            const QByteArray out = p.readAllStandardOutput();
            const QByteArray err = p.readAllStandardError();
            if (p.exitCode() == 2)
                continue; // not even the root could be opened
            const QJsonObject root = firstRoot(out);
            QVERIFY2(!root.isEmpty(), err.constData());
            int emfile = 0;
            for (const QJsonValue &e : root[QStringLiteral("errors")].toArray())
                emfile +=
                    e.toObject()[QStringLiteral("message")].toString() == u"Too many open files";
            QCOMPARE(root[QStringLiteral("complete")].toBool(), emfile == 0);
            QCOMPARE(p.exitCode(), emfile == 0 ? 0 : 1);
            if (emfile > 0) {
                ++incompleteRuns;
                QVERIFY2(
                    err.contains(QByteArray("tempscope-cli: the scan of " +
                                            QFile::encodeName(dir.path()) + " is incomplete: ")),
                    err.constData());
            }
        }
        QVERIFY2(incompleteRuns > 0, "no run was short of descriptors");
    }

    void hostileTreeIsListedCompletely()
    {
        TreeDir dir;
        const QByteArray r = rootBytes(dir);
        const QList<QByteArray> names = {
            "caf\xe9.txt", "two\nlines", "-rf",  "ctl\x01\x1b", QByteArray(255, 'L'), "dangling",
            "loop-a",      "loop-b",     "deep", "locked",      "tmpab3_x9zq"};
        rawFile(r + "/caf\xe9.txt", 10);
        rawFile(r + "/two\nlines", 20);
        rawFile(r + "/-rf", 30);
        rawFile(r + "/ctl\x01\x1b", 40);
        rawFile(r + "/" + QByteArray(255, 'L'), 50);
        QCOMPARE(::symlink("/nonexistent/target", QByteArray(r + "/dangling").constData()), 0);
        QCOMPARE(::symlink("loop-b", QByteArray(r + "/loop-a").constData()), 0);
        QCOMPARE(::symlink("loop-a", QByteArray(r + "/loop-b").constData()), 0);
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("tmpab3_x9zq")));
        rawFile(r + "/tmpab3_x9zq/inner", 5);

        // 5000 levels deep: the path is ~10,000 bytes, past PATH_MAX.
        int fd = ::open(r.constData(), O_RDONLY | O_DIRECTORY);
        QCOMPARE(::mkdirat(fd, "deep", 0755), 0);
        int cur = ::openat(fd, "deep", O_RDONLY | O_DIRECTORY);
        ::close(fd);
        for (int i = 0; i < 5000; ++i) {
            QCOMPARE(::mkdirat(cur, "d", 0755), 0);
            const int next = ::openat(cur, "d", O_RDONLY | O_DIRECTORY);
            ::close(cur);
            cur = next;
        }
        QCOMPARE(::close(::openat(cur, "bottom", O_WRONLY | O_CREAT, 0644)), 0);
        ::close(cur);

        // Unreadable for anyone but root.
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("locked")));
        rawFile(r + "/locked/secret", 1);
        QCOMPARE(::chmod(QByteArray(r + "/locked").constData(), 0), 0);
        const bool asRoot = ::geteuid() == 0;

        const CliResult res =
            runCli({QStringLiteral("scan"), dir.path(), QStringLiteral("--json")});
        ::chmod(QByteArray(r + "/locked").constData(), 0755);
        QVERIFY2(res.exitCode == 0, res.err.constData());

        const QSet<QByteArray> seen = namesViaPython(res.out);
        QCOMPARE(seen, QSet<QByteArray>(names.begin(), names.end()));

        const QJsonObject root = firstRoot(res.out);
        QVERIFY(!root.isEmpty());
        QCOMPARE(root[QStringLiteral("items_total")].toInt(), names.size());
        QJsonObject deep, locked, dangling;
        for (const QJsonValue &v : root[QStringLiteral("items")].toArray()) {
            const QJsonObject o = v.toObject();
            const QString n = o[QStringLiteral("name")].toString();
            if (n == u"deep")
                deep = o;
            else if (n == u"locked")
                locked = o;
            else if (n == u"dangling")
                dangling = o;
        }
        QCOMPARE(deep[QStringLiteral("entries")].toInt(), 5002); // deep, 5000 d's, bottom
        QCOMPARE(deep[QStringLiteral("errors")].toInt(), 0);
        QCOMPARE(dangling[QStringLiteral("kind")].toString(), QStringLiteral("symlink"));
        const QJsonArray errors = root[QStringLiteral("errors")].toArray();
        if (asRoot) {
            QCOMPARE(errors.size(), 0);
            QCOMPARE(locked[QStringLiteral("entries")].toInt(), 2);
        } else {
            // Recorded and shown, never fatal.
            QCOMPARE(errors.size(), 1);
            const QJsonObject e = errors.first().toObject();
            QVERIFY(e[QStringLiteral("path")].toString().endsWith(QStringLiteral("/locked")));
            QCOMPARE(e[QStringLiteral("op")].toString(), QStringLiteral("open"));
            QCOMPARE(e[QStringLiteral("message")].toString(), QStringLiteral("Permission denied"));
            QCOMPARE(locked[QStringLiteral("errors")].toInt(), 1);
        }

        // The human table shows every item, escaping what a terminal should not see.
        const CliResult table = runCli({QStringLiteral("scan"), dir.path()});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("caf\\xe9.txt"));
        QVERIFY(table.out.contains("two\\nlines"));
        QVERIFY(table.out.contains("ctl\\x01\\x1b"));
        QVERIFY(!table.out.contains("two\nlines"));
        QVERIFY(table.out.contains("tmp*"));

        QCOMPARE(std::system(QByteArray("rm -rf -- '" + r + "/deep'").constData()), 0);
    }

    void csvIsCompleteAndMarksRawNames()
    {
        TreeDir dir;
        const QByteArray r = rootBytes(dir);
        rawFile(r + "/caf\xe9.txt", 10);
        rawFile(r + "/plain, with comma", 20);
        const CliResult res = runCli({QStringLiteral("scan"), dir.path(), QStringLiteral("--csv")});
        QCOMPARE(res.exitCode, 0);
        const QList<QByteArray> lines = res.out.split('\n');
        QVERIFY(lines[0].startsWith("root,path,name,family,kind,bytes"));
        QCOMPARE(res.out.count("\r\n"), 3); // header + 2 items
        QVERIFY(res.out.contains("\"plain, with comma\""));
        // The raw name is written byte-exact, and its hex is given for text-only readers.
        QVERIFY(res.out.contains("caf\xe9.txt"));
        QVERIFY(res.out.contains(QByteArray(r + "/caf\xe9.txt").toHex()));
    }

    // OWASP CSV injection: read back with Python's csv module, no cell starts
    // a formula, and path_hex gives every neutralised name's exact bytes.
    void csvCellsNeverStartAFormula()
    {
        TreeDir dir;
        const QByteArray r = rootBytes(dir);
        const QList<QByteArray> hostile = {"=HYPERLINK(\"http:\\\\evil\",\"x\")",
                                           "+SUM(1)",
                                           "-2+3",
                                           "@cmd",
                                           "\tTAB=1",
                                           "\rCR=1",
                                           " =SPACED()",
                                           "\xef\xbc\x9d"
                                           "1+1" /* full-width = */,
                                           "=raw\xff"};
        for (const QByteArray &name : hostile)
            rawFile(r + '/' + name, 3);
        rawFile(r + "/-12", 1); // a number: a spreadsheet reads it as one, never as a formula
        rawFile(r + "/report.pdf", 2);
        const CliResult res = runCli({QStringLiteral("scan"), dir.path(), QStringLiteral("--csv")});
        QCOMPARE(res.exitCode, 0);
        TreeDir work;
        QFile f(work.filePath(QStringLiteral("scan.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(res.out);
        f.close();
        QProcess py;
        py.start(
            QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"),
             QStringLiteral(
                 "import csv,sys\n"
                 "rows=list(csv.DictReader(open(sys.argv[1],newline='',encoding='utf-8',errors='"
                 "surrogateescape')))\n"
                 "bad=[(k,v) for r in rows for k,v in r.items() if v and v.lstrip(' \\n')[:1] in "
                 "('=','+','-','@','\\t','\\r','\\uff1d','\\uff0b','\\uff0d','\\uff20') "
                 "and not v.lstrip('+-').replace('.','',1).isdigit()]\n"
                 "print('BAD',bad) if bad else None\n"
                 "for r in rows: print(r['name'].encode('utf-8','surrogateescape').hex(), "
                 "r['path_hex'])\n"),
             f.fileName()});
        QVERIFY(py.waitForFinished(60'000));
        const QByteArray out = py.readAllStandardOutput();
        QVERIFY2(py.exitCode() == 0 && !out.contains("BAD"),
                 QByteArray(out + py.readAllStandardError()).constData());
        QMap<QByteArray, QByteArray> hexOf; // cell as read -> path_hex
        for (const QByteArray &line : out.split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 2)
                hexOf.insert(QByteArray::fromHex(parts[0]), parts[1]);
        }
        QCOMPARE(hexOf.size(), hostile.size() + 2);
        for (const QByteArray &name : hostile) {
            // The cell carries a leading apostrophe; path_hex the exact bytes.
            QVERIFY2(hexOf.contains('\'' + name), name.constData());
            QCOMPARE(QByteArray::fromHex(hexOf.value('\'' + name)), QByteArray(r + '/' + name));
        }
        QVERIFY(hexOf.contains("-12")); // not neutralised
        QCOMPARE(hexOf.value("report.pdf"), QByteArray());
    }

    // Trojan Source (CVE-2021-42574): bidi controls and invisible characters
    // are shown escaped in the table, so a name reads as what it is.
    void tableEscapesBidiAndInvisibleCharacters()
    {
        TreeDir dir;
        const QByteArray r = rootBytes(dir);
        rawFile(r + "/invoice\xe2\x80\xae"
                    "fdp.exe",
                1);                                          // U+202E RIGHT-TO-LEFT OVERRIDE
        rawFile(r + "/zero\xe2\x80\x8bwidth", 2);            // U+200B ZERO WIDTH SPACE
        rawFile(r + "/isolate\xe2\x81\xa7x\xe2\x81\xa9", 3); // U+2067 RLI .. U+2069 PDI
        rawFile(r + "/tag\xf3\xa0\x81\x81", 4);              // U+E0041 TAG LATIN CAPITAL LETTER A
        rawFile(r + "/Gr\xc3\xbc\xc3\x9f"
                    "e",
                5); // ordinary non-ASCII stays as it is
        const CliResult res = runCli({QStringLiteral("scan"), dir.path()});
        QCOMPARE(res.exitCode, 0);
        const QString out = QString::fromUtf8(res.out);
        for (const char *shown : {"invoice\\u202efdp.exe", "zero\\u200bwidth",
                                  "isolate\\u2067x\\u2069", "tag\\U000e0041", "Gr\u00fc\u00dfe"})
            QVERIFY2(out.contains(QString::fromUtf8(shown)),
                     qPrintable(QString::fromUtf8(shown) + QStringLiteral(" in\n") + out));
        for (const char16_t hidden : {u'\u202e', u'\u200b', u'\u2067', u'\u2069'})
            QVERIFY2(!out.contains(QChar(hidden)), qPrintable(out));
        QVERIFY(!res.out.contains("\xf3\xa0\x81\x81"));
    }

    void prometheusFamiliesAreBounded()
    {
        TreeDir dir;
        const QByteArray r = rootBytes(dir);
        // Names without a random part: (nearly) a family each.
        const QList<QByteArray> words = {"alpha", "bravo", "charlie", "delta",  "echo", "foxtrot",
                                         "golf",  "hotel", "india",   "juliet", "kilo", "lima"};
        int size = 1;
        for (const QByteArray &a : words) {
            for (const QByteArray &b : words)
                rawFile(r + '/' + a + '-' + b + ".log", size++);
        }
        // What the families are, from the complete report.
        const CliResult json =
            runCli({QStringLiteral("scan"), dir.path(), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QList<std::pair<qint64, QString>> families; // bytes, key
        for (const QJsonValue &v : firstRoot(json.out)[QStringLiteral("families")].toArray()) {
            const QJsonObject f = v.toObject();
            families.append(
                {f[QStringLiteral("bytes")].toInteger(), f[QStringLiteral("family")].toString()});
        }
        QVERIFY2(families.size() > 100, qPrintable(QString::number(families.size())));
        std::sort(families.begin(), families.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });

        const auto familySeries = [](const QByteArray &text) {
            return text.count("\ntempscope_family_bytes{");
        };
        const QByteArray root = "root=\"" + r + "\"";
        const CliResult byDefault =
            runCli({QStringLiteral("scan"), dir.path(), QStringLiteral("--prometheus")});
        QCOMPARE(byDefault.exitCode, 0);
        QCOMPARE(familySeries(byDefault.out), 51); // 50 and (other)
        QVERIFY(byDefault.out.contains(QByteArray("\ntempscope_root_families{" + root + "} " +
                                                  QByteArray::number(families.size()) + "\n")));

        const CliResult three =
            runCli({QStringLiteral("scan"), dir.path(), QStringLiteral("--prometheus"),
                    QStringLiteral("--max-families"), QStringLiteral("3")});
        QCOMPARE(three.exitCode, 0);
        QCOMPARE(familySeries(three.out), 4);
        qint64 rest = 0;
        for (qsizetype i = 0; i < families.size(); ++i) {
            const QByteArray series = "\ntempscope_family_bytes{" + root + ",family=\"" +
                                      families[i].second.toUtf8() + "\"} " +
                                      QByteArray::number(families[i].first) + '\n';
            QVERIFY2(three.out.contains(series) == (i < 3), series.constData());
            if (i >= 3)
                rest += families[i].first;
        }
        QVERIFY2(three.out.contains(QByteArray("\ntempscope_family_bytes{" + root +
                                               ",family=\"(other)\"} " + QByteArray::number(rest) +
                                               '\n')),
                 three.out.constData());
    }

    void filtersByPrefixAndAge()
    {
        TreeDir dir;
        const QByteArray r = rootBytes(dir);
        rawFile(r + "/upload_aaaa1111.csv", 1, 10 * 86400);
        rawFile(r + "/upload_bbbb2222.csv", 1, 3600);
        rawFile(r + "/report_cccc3333.pdf", 1, 10 * 86400);
        const CliResult res = runCli({QStringLiteral("scan"), dir.path(), QStringLiteral("--json"),
                                      QStringLiteral("--prefix"), QStringLiteral("upload_"),
                                      QStringLiteral("--older-than"), QStringLiteral("7d"),
                                      QStringLiteral("--by"), QStringLiteral("mtime")});
        QCOMPARE(res.exitCode, 0);
        const QJsonObject root = firstRoot(res.out);
        const QJsonArray items = root[QStringLiteral("items")].toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].toObject()[QStringLiteral("name")].toString(),
                 QStringLiteral("upload_aaaa1111.csv"));
        QCOMPARE(items[0].toObject()[QStringLiteral("stale")].toBool(), true);
        QCOMPARE(root[QStringLiteral("items_total")].toInt(), 3);
        const QJsonObject doc = QJsonDocument::fromJson(res.out).object();
        QCOMPARE(doc[QStringLiteral("older_than_seconds")].toInt(), 7 * 86400);
        QCOMPARE(doc[QStringLiteral("basis")].toString(), QStringLiteral("mtime"));
        // The user's prefix becomes a tracked family.
        bool found = false;
        for (const QJsonValue &v : root[QStringLiteral("families")].toArray()) {
            const QJsonObject f = v.toObject();
            if (f[QStringLiteral("family")].toString() == u"upload_*") {
                found = true;
                QCOMPARE(f[QStringLiteral("count")].toInt(), 2);
                QCOMPARE(f[QStringLiteral("stale_count")].toInt(), 1);
            }
        }
        QVERIFY(found);
    }

    void badInputIsOneClearLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString tmp = QDir::tempPath();
        QTest::newRow("unknown unit")
            << QStringList{QStringLiteral("--older-than"), QStringLiteral("7x"), tmp}
            << QStringLiteral("unknown unit \"x\"");
        QTest::newRow("negative duration")
            << QStringList{QStringLiteral("--older-than"), QStringLiteral("-1d"), tmp}
            << QStringLiteral("negative duration");
        QTest::newRow("unknown flag") << QStringList{QStringLiteral("--frobnicate"), tmp}
                                      << QStringLiteral("Unknown option 'frobnicate'");
        QTest::newRow("missing root")
            << QStringList{QStringLiteral("/nonexistent/tempscope-root")}
            << QStringLiteral("cannot scan /nonexistent/tempscope-root: does not exist");
        QTest::newRow("file as root")
            << QStringList{QStringLiteral("/etc/hostname")}
            << QStringLiteral("cannot scan /etc/hostname: is not a directory");
        QTest::newRow("bad basis")
            << QStringList{QStringLiteral("--by"), QStringLiteral("birth"), tmp}
            << QStringLiteral("unknown --by \"birth\"");
        QTest::newRow("two formats")
            << QStringList{QStringLiteral("--json"), QStringLiteral("--csv"), tmp}
            << QStringLiteral("--json and --csv cannot be combined");
        QTest::newRow("prometheus and json")
            << QStringList{QStringLiteral("--prometheus"), QStringLiteral("--json"), tmp}
            << QStringLiteral("--prometheus cannot be combined");
        QTest::newRow("missing value") << QStringList{tmp, QStringLiteral("--older-than")}
                                       << QStringLiteral("Missing value after '--older-than'");
        QTest::newRow("max-families 0")
            << QStringList{QStringLiteral("--prometheus"), QStringLiteral("--max-families"),
                           QStringLiteral("0"), tmp}
            << QStringLiteral("--max-families must be a whole number of at least 1, not \"0\"");
        QTest::newRow("max-families word")
            << QStringList{QStringLiteral("--prometheus"), QStringLiteral("--max-families"),
                           QStringLiteral("all"), tmp}
            << QStringLiteral("--max-families must be a whole number of at least 1, not \"all\"");
        QTest::newRow("max-families without prometheus")
            << QStringList{QStringLiteral("--csv"), QStringLiteral("--max-families"),
                           QStringLiteral("5"), tmp}
            << QStringLiteral("--max-families applies only to --prometheus");
    }
    void badInputIsOneClearLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliResult res = runCli(QStringList{QStringLiteral("scan")} + args);
        QCOMPARE(res.exitCode, 2);
        QVERIFY(res.out.isEmpty());
        QCOMPARE(res.err.count('\n'), 1);
        QVERIFY2(res.err.startsWith("tempscope-cli: "), res.err.constData());
        QVERIFY2(QString::fromUtf8(res.err).contains(message), res.err.constData());
    }

    void prometheusMetricsOfTheRoot()
    {
        TreeDir dir;
        rawFile(rootBytes(dir) + "/upload_a.csv", 1000, 10 * 86400);
        rawFile(rootBytes(dir) + "/upload_b.csv", 24, 60);
        rawFile(rootBytes(dir) + "/raw\xff", 5, 60);
        const CliResult res =
            runCli({QStringLiteral("scan"), dir.path(), QStringLiteral("--prometheus"),
                    QStringLiteral("--older-than"), QStringLiteral("7d"), QStringLiteral("--by"),
                    QStringLiteral("mtime")});
        QCOMPARE(res.exitCode, 0);
        QVERIFY2(res.err.isEmpty(), res.err.constData());
        const QByteArray root = "{root=\"" + rootBytes(dir) + "\"}";
        QVERIFY2(res.out.contains(QByteArray("\ntempscope_root_bytes" + root + " 1029\n")),
                 res.out.constData());
        QVERIFY(res.out.contains(QByteArray("\ntempscope_root_items" + root + " 3\n")));
        QVERIFY(res.out.contains(QByteArray("\ntempscope_root_stale_bytes" + root + " 1000\n")));
        QVERIFY(res.out.contains(QByteArray("\ntempscope_scan_success" + root + " 1\n")));
        QVERIFY(res.out.contains("# TYPE tempscope_family_stale_bytes gauge\n"));
        QVERIFY(
            res.out.contains("raw\\\\xff")); // the raw byte as text, escaped; never the byte itself
        QVERIFY(!res.out.contains('\xff'));
    }

    void unknownCommand()
    {
        const CliResult res = runCli({QStringLiteral("frob")});
        QCOMPARE(res.exitCode, 2);
        QCOMPARE(
            res.err,
            QByteArray("tempscope-cli: unknown command \"frob\" (try 'tempscope-cli --help')\n"));
    }
};

QTEST_GUILESS_MAIN(ScanCliTest)
#include "ScanCliTest.moc"
