// Families that hold together: names made at test time by real generators
// (Python's tempfile, coreutils mktemp with application templates, Qt's
// QTemporaryFile/QTemporaryDir) fall into one family per generator, judged
// over the whole root as a scan sees it.

#include "core/inventory/Inventory.h"
#include "core/inventory/PathText.h"
#include "core/inventory/TokenGroups.h"
#include "core/native/Scanner.h"

#include <QDir>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <sys/resource.h>

using namespace tempscope;

namespace {

constexpr int PerGenerator = 5;

// The process's peak memory so far.
long peakKiB()
{
    struct rusage usage
    {
    };
    ::getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// Python generators: name -> (function, prefix or None, suffix or None).
const char *const PythonScript = R"PY(
import os, sys, tempfile
d = sys.argv[1]
gens = [
    ("python mkstemp default", "f", None, None),
    ("python mkdtemp default", "d", None, None),
    ("python prefix upload_ suffix .csv", "f", "upload_", ".csv"),
    ("python prefix report- suffix .pdf", "f", "report-", ".pdf"),
    ("python empty prefix suffix .json", "f", "", ".json"),
    ("python empty prefix", "f", "", None),
    ("python glued prefix myapp", "f", "myapp", None),
    ("python prefix job-", "d", "job-", None),
    ("python prefix cache. suffix -part", "f", "cache.", "-part"),
    ("python prefix sess_", "f", "sess_", None),
    ("python glued prefix img suffix .png", "f", "img", ".png"),
    ("python prefix build- suffix _data.bin", "f", "build-", "_data.bin"),
]
for label, kind, prefix, suffix in gens:
    for _ in range(int(sys.argv[2])):
        kw = {"dir": d}
        if prefix is not None: kw["prefix"] = prefix
        if suffix is not None: kw["suffix"] = suffix
        if kind == "f":
            fd, path = tempfile.mkstemp(**kw); os.close(fd)
        else:
            path = tempfile.mkdtemp(**kw)
        print(label + "\t" + os.path.basename(path))
)PY";

// mktemp templates: the default, plain ones, and those applications use.
struct Template
{
    const char *label;
    QStringList args;
};

} // namespace

class GeneratorFamiliesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneFamilyPerGenerator()
    {
        QTemporaryDir dir;
        QMap<QString, QStringList> made; // generator -> names

        QProcess py;
        py.start(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromUtf8(PythonScript),
                                             dir.path(), QString::number(PerGenerator)});
        QVERIFY2(py.waitForFinished(60'000) && py.exitCode() == 0,
                 py.readAllStandardError().constData());
        for (const QByteArray &line : py.readAllStandardOutput().split('\n')) {
            const qsizetype tab = line.indexOf('\t');
            if (tab > 0)
                made[QString::fromUtf8(line.left(tab))].append(
                    QString::fromUtf8(line.mid(tab + 1)));
        }

        const QList<Template> templates{
            {"mktemp default", {}},
            {"mktemp -d default", {QStringLiteral("-d")}},
            {"mktemp job.XXXXXX", {QStringLiteral("job.XXXXXX")}},
            {"mktemp cacheXXXXXXXX", {QStringLiteral("cacheXXXXXXXX")}},
            {"mktemp run-XXXXXXXX --suffix .log",
             {QStringLiteral("--suffix=.log"), QStringLiteral("run-XXXXXXXX")}},
            {"mktemp XXXXXX", {QStringLiteral("XXXXXX")}},
            {"mktemp build_XXXXXXXXXXXX", {QStringLiteral("build_XXXXXXXXXXXX")}},
            {"chrome .com.google.Chrome.XXXXXX", {QStringLiteral(".com.google.Chrome.XXXXXX")}},
            {"gcc ccXXXXXX.s", {QStringLiteral("--suffix=.s"), QStringLiteral("ccXXXXXX")}},
            {"ssh-agent ssh-XXXXXXXXXX", {QStringLiteral("-d"), QStringLiteral("ssh-XXXXXXXXXX")}},
            {"dbus dbus-XXXXXXXXXX", {QStringLiteral("-d"), QStringLiteral("dbus-XXXXXXXXXX")}},
            {"R RtmpXXXXXX", {QStringLiteral("-d"), QStringLiteral("RtmpXXXXXX")}},
            {"xvfb-run xvfb-run.XXXXXX", {QStringLiteral("-d"), QStringLiteral("xvfb-run.XXXXXX")}},
            {"rustc rustcXXXXXX", {QStringLiteral("-d"), QStringLiteral("rustcXXXXXX")}},
            {"php phpXXXXXX", {QStringLiteral("phpXXXXXX")}},
        };
        for (const Template &t : templates) {
            for (int i = 0; i < PerGenerator; ++i) {
                QProcess mk;
                mk.start(QStringLiteral("mktemp"),
                         QStringList{QStringLiteral("-p"), dir.path()} + t.args);
                QVERIFY(mk.waitForFinished(10'000) && mk.exitCode() == 0);
                made[QString::fromUtf8(t.label)].append(
                    QFileInfo(QString::fromUtf8(mk.readAllStandardOutput().trimmed())).fileName());
            }
        }
        // Qt's own generators.
        for (int i = 0; i < PerGenerator; ++i) {
            QTemporaryFile f(dir.filePath(QStringLiteral("tempscope.XXXXXX")));
            f.setAutoRemove(false);
            QVERIFY(f.open());
            made[QStringLiteral("Qt QTemporaryFile app default")].append(
                QFileInfo(f.fileName()).fileName());
            QTemporaryDir d(dir.filePath(QStringLiteral("scan-XXXXXX")));
            d.setAutoRemove(false);
            made[QStringLiteral("Qt QTemporaryDir scan-XXXXXX")].append(
                QFileInfo(d.path()).fileName());
        }
        // mktemp -d and mktemp are one template, Python's mkstemp and mkdtemp
        // one generator: their names belong together.
        made[QStringLiteral("mktemp default")] += made.take(QStringLiteral("mktemp -d default"));
        made[QStringLiteral("python mkstemp default")] +=
            made.take(QStringLiteral("python mkdtemp default"));

        // The root as a scan sees it.
        native::ScanResult r = native::scan(nativePath(dir.path()), {});
        QVERIFY(r.ok());
        const Inventory inv(std::make_shared<const native::ScanTree>(std::move(r.tree)),
                            PrefixFamilies());
        QHash<QString, QString> familyOf;
        for (const Item &item : inv.items())
            familyOf.insert(item.name, item.family);

        QHash<QString, QStringList> generatorsOfFamily;
        for (auto it = made.cbegin(); it != made.cend(); ++it) {
            QSet<QString> fams;
            for (const QString &n : it.value())
                fams.insert(familyOf.value(n));
            for (const QString &f : std::as_const(fams))
                generatorsOfFamily[f].append(it.key());
        }
        int together = 0;
        for (auto it = made.cbegin(); it != made.cend(); ++it) {
            QSet<QString> fams;
            for (const QString &n : it.value())
                fams.insert(familyOf.value(n));
            const bool one =
                fams.size() == 1 && generatorsOfFamily.value(*fams.cbegin()).size() == 1;
            together += one ? 1 : 0;
            if (!one) {
                QStringList shown;
                for (const QString &n : it.value())
                    shown << n + u" -> " + familyOf.value(n);
                qInfo("split or shared: %s: %s", qPrintable(it.key()),
                      qPrintable(shown.join(QStringLiteral(", "))));
            }
        }
        const double share = double(together) / double(made.size());
        qInfo("%d of %d generators make one family of their own (%.1f %%)", together,
              int(made.size()), share * 100);
        QVERIFY2(share >= 0.95, qPrintable(QString::number(share)));
    }

    void manyBareTokensStayOneFamily()
    {
        // 400 names of Python's tempfile with no prefix: among so many, some
        // share their first characters by chance ("ka" + 6 more), which is no stem.
        QTemporaryDir dir;
        QProcess py;
        py.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import os,sys,tempfile\n"
                                 "for _ in range(400): os.close(tempfile.mkstemp("
                                 "dir=sys.argv[1], prefix='', suffix='.csv')[0])"),
                  dir.path()});
        QVERIFY(py.waitForFinished(60'000) && py.exitCode() == 0);
        native::ScanResult r = native::scan(nativePath(dir.path()), {});
        const Inventory inv(std::make_shared<const native::ScanTree>(std::move(r.tree)),
                            PrefixFamilies());
        QCOMPARE(inv.items().size(), 400);
        QSet<QString> families;
        for (const Item &item : inv.items())
            families.insert(item.family);
        QCOMPARE(families, QSet<QString>{QStringLiteral("????????.csv")});
    }

    void lettersOnlyTokensJoinTheirFamily()
    {
        // One name alone cannot show "abcdef" is random; its neighbours can.
        const QList<QString> names{QStringLiteral("job-abcdef"), QStringLiteral("job-a1b2c3"),
                                   QStringLiteral("job-qwXyzp"), QStringLiteral("job-zzkqmr")};
        const QList<QString> keys = PrefixFamilies().keysFor(names);
        for (const QString &k : keys)
            QCOMPARE(k, QStringLiteral("job-*"));
        // Alone, it is a name of its own.
        QCOMPARE(PrefixFamilies().keysFor({QStringLiteral("job-abcdef")}).first(),
                 QStringLiteral("job-abcdef"));
    }

    void wordsStayApart()
    {
        // Same stem and length, but words: no digits, no mixed case.
        const QList<QString> names{QStringLiteral("report-final.txt"),
                                   QStringLiteral("report-draft.txt")};
        const QList<QString> keys = PrefixFamilies().keysFor(names);
        QCOMPARE(keys[0], QStringLiteral("report-final.txt"));
        QCOMPARE(keys[1], QStringLiteral("report-draft.txt"));
    }

    void handNamedFilesStayApart()
    {
        // Same length and tail, and two carry a digit, but they are words.
        const QList<QString> names{QStringLiteral("build.log"), QStringLiteral("fresh.log"),
                                   QStringLiteral("full1.log"), QStringLiteral("full2.log"),
                                   QStringLiteral("setup.log"), QStringLiteral("start.log")};
        const QList<QString> keys = PrefixFamilies().keysFor(names);
        // Numbered siblings share their stem; the words keep their names.
        const QList<QString> expected{QStringLiteral("build.log"), QStringLiteral("fresh.log"),
                                      QStringLiteral("full*.log"), QStringLiteral("full*.log"),
                                      QStringLiteral("setup.log"), QStringLiteral("start.log")};
        QCOMPARE(keys, expected);
    }

    void aRootOfManyNamesNeedsNoKeyStrings()
    {
        // Tokens are judged in place: 300,000 names cost a few bytes each,
        // not the ten key strings each they once built (over 500 MiB here).
        QList<QString> names;
        const QString stems[] = {QStringLiteral("upload_"), QStringLiteral("report-"),
                                 QStringLiteral("qt_temp.")};
        const QString alphabet = QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789_");
        quint32 seed = 1;
        const auto next = [&seed] { return (seed = seed * 1664525u + 1013904223u) >> 8; };
        for (int i = 0; i < 300'000; ++i) {
            QString name = stems[i % 3];
            for (int k = 0; k < 8; ++k)
                name += alphabet[qsizetype(next() % quint32(alphabet.size()))];
            names.append(name + QString::number(i, 16));
        }
        const long before = peakKiB();
        const QList<QString> keys = PrefixFamilies().keysFor(names);
        [[maybe_unused]] const long grown = peakKiB() - before;
        QMap<QString, int> count;
        for (const QString &k : keys)
            ++count[k];
        QCOMPARE(count.value(QStringLiteral("upload_*")), 100'000);
        QCOMPARE(count.value(QStringLiteral("report-*")), 100'000);
        QCOMPARE(count.value(QStringLiteral("qt_temp.*")), 100'000);
#if !defined(__SANITIZE_ADDRESS__)
        QVERIFY2(grown < 120 * 1024, qPrintable(QStringLiteral("grew by %1 KiB").arg(grown)));
#endif
    }

    void collidingHashesGroupTheSame()
    {
        // Groups are found by hashes of their keys, then checked: were every
        // key to hash alike, each would still be judged with its own kind.
        QList<QString> names{QStringLiteral("job-abcdef"),       QStringLiteral("job-a1b2c3"),
                             QStringLiteral("job-qwXyzp"),       QStringLiteral("job-zzkqmr"),
                             QStringLiteral("report-final.txt"), QStringLiteral("report-draft.txt"),
                             QStringLiteral("full1.log"),        QStringLiteral("full2.log"),
                             QStringLiteral("k2j3h4g5.csv"),     QStringLiteral("x9zq_ab3.csv"),
                             QStringLiteral("a*b-x1y2z3"),       QStringLiteral("a-b*x1y2z3")};
        for (const char *token : {"k2j3h4g5", "x9zq8ab3", "p0o9i8u7", "m3n4b5v6"})
            names.append(QStringLiteral("upload_%1.bin").arg(QLatin1StringView(token)));
        QList<qsizetype> all;
        for (qsizetype i = 0; i < names.size(); ++i)
            all.append(i);
        const auto alike = [](QStringView, QStringView) -> std::uint64_t { return 42; };
        const std::vector<TokenKey> hashed = randomTokenKeys(names, all);
        const std::vector<TokenKey> colliding = randomTokenKeys(names, all, alike);
        QCOMPARE(colliding.size(), hashed.size());
        qsizetype found = 0;
        for (std::size_t i = 0; i < hashed.size(); ++i) {
            const QString name = names[qsizetype(i)];
            QCOMPARE(colliding[i].found, hashed[i].found);
            if (!hashed[i].found)
                continue;
            ++found;
            QCOMPARE(tokenKeyText(name, colliding[i]), tokenKeyText(name, hashed[i]));
        }
        QCOMPARE(tokenKeyText(names[0], hashed[0]), QStringLiteral("job-*"));
        QVERIFY(!hashed[4].found);      // words stay apart
        QCOMPARE(found, qsizetype(10)); // job-*, upload_*.bin and two more
    }

    void catalogueWins()
    {
        const QList<QString> keys = PrefixFamilies().keysFor({QStringLiteral("tmpk2j3h4g5.csv"),
                                                              QStringLiteral("tmpab3_x9zq"),
                                                              QStringLiteral("npm-4182-abcdef12")});
        QCOMPARE(keys, (QList<QString>{QStringLiteral("tmp*"), QStringLiteral("tmp*"),
                                       QStringLiteral("npm-*")}));
    }
};

QTEST_GUILESS_MAIN(GeneratorFamiliesTest)
#include "GeneratorFamiliesTest.moc"
