// The node_exporter textfile format: label escaping, the numbers per root and
// family, and `promtool check metrics` on a real scan with hostile names.

#include "core/export/PrometheusExport.h"
#include "core/inventory/Inventory.h"
#include "core/inventory/PathText.h"
#include "core/native/Scanner.h"

#include <QDateTime>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace tempscope;

namespace {

// Creates a file of `size` bytes with a raw (possibly non-UTF-8) name and the
// given mtime/atime age.
void makeFile(const QByteArray &path, qsizetype size, qint64 ageSeconds)
{
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
    QVERIFY2(fd >= 0, path.constData());
    const QByteArray data(size, 'x');
    QCOMPARE(::write(fd, data.constData(), std::size_t(size)), ssize_t(size));
    ::close(fd);
    const qint64 t = QDateTime::currentSecsSinceEpoch() - ageSeconds;
    const struct timespec times[2] = {{t, 0}, {t, 0}};
    QVERIFY(::utimensat(AT_FDCWD, path.constData(), times, 0) == 0);
}

QString promtool()
{
    const QString p = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    return p;
}

// Value of the sample whose line starts with `series` ("name{labels}").
QString sample(const QByteArray &text, const QString &series)
{
    for (const QByteArray &line : text.split('\n')) {
        const QString l = QString::fromUtf8(line);
        if (l.startsWith(series + u' '))
            return l.mid(series.size() + 1);
    }
    return QStringLiteral("<missing>");
}

} // namespace

class PrometheusExportTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_root;

    QByteArray metrics(std::optional<std::chrono::seconds> olderThan,
                       const QStringList &extraRoots = {})
    {
        QList<PrometheusRoot> roots;
        for (const QString &path : QStringList{QString::fromUtf8(m_root)} + extraRoots) {
            PrometheusRoot r;
            r.scan.requested = path;
            native::ScanResult result = native::scan(nativePath(path));
            if (result.ok()) {
                auto tree = std::make_shared<const native::ScanTree>(std::move(result.tree));
                r.scan.inventory = std::make_shared<const Inventory>(tree, PrefixFamilies());
            } else {
                r.scan.error = QString::fromStdString(result.rootError.message);
            }
            r.duration = std::chrono::milliseconds(250);
            roots.append(r);
        }
        ScanReportOptions options;
        options.age.now = Inventory::nowNs();
        options.age.threshold = olderThan;
        options.age.basis = AgeBasis::Mtime; // a file's ctime is always now here
        return prometheusMetrics(roots, options);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_root = QFile::encodeName(m_dir.filePath(QStringLiteral("root")));
        QVERIFY(QDir().mkdir(QString::fromUtf8(m_root)));
        makeFile(m_root + "/upload_1.csv", 100, 10 * 86400);
        makeFile(m_root + "/upload_2.csv", 200, 60);
        makeFile(m_root + "/quote\"back\\slash", 7, 60);
        makeFile(m_root + "/line\nbreak", 5, 60);
        makeFile(m_root + "/raw\xff\xfe", 3, 20 * 86400);
    }

    void cleanupTestCase()
    {
        // QTemporaryDir cannot remove names that are not UTF-8.
        QProcess::execute(QStringLiteral("rm"),
                          {QStringLiteral("-rf"), QStringLiteral("--"), m_dir.path()});
    }

    void labelEscaping_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("label");
        QTest::addRow("plain") << QStringLiteral("/tmp") << QStringLiteral("/tmp");
        QTest::addRow("quote") << QStringLiteral("a\"b") << QStringLiteral("a\\\"b");
        // Names appear as Tempscope prints them (printablePath): a backslash
        // doubled, so that it cannot be mistaken for a raw byte's \xHH; the
        // exposition format escapes each of the two again.
        QTest::addRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("a\\\\\\\\b");
        QTest::addRow("unicode") << QStringLiteral("caf\u00e9") << QStringLiteral("caf\u00e9");
        // A raw byte (lossless text U+DCFF) becomes the four characters \xff,
        // whose backslash the format escapes.
        QTest::addRow("raw byte") << pathText(native::NativeStringView("x\xff", 2))
                                  << QStringLiteral("x\\\\xff");
    }

    void labelEscaping()
    {
        QFETCH(QString, text);
        QFETCH(QString, label);
        QCOMPARE(prometheusLabelValue(text), label);
    }

    void newlinesNeverReachTheOutput()
    {
        const QString label = prometheusLabelValue(QStringLiteral("line\nbreak"));
        QVERIFY2(!label.contains(u'\n'), qPrintable(label));
        QVERIFY2(label.contains(u'\\'), qPrintable(label));
    }

    void numbersPerRootAndFamily()
    {
        const QByteArray text = metrics(std::chrono::hours(24 * 7));
        const QString root = u"root=\"" + prometheusLabelValue(QString::fromUtf8(m_root)) + u'"';
        QCOMPARE(sample(text, u"tempscope_root_bytes{" + root + u'}'), QStringLiteral("315"));
        QCOMPARE(sample(text, u"tempscope_root_items{" + root + u'}'), QStringLiteral("5"));
        QCOMPARE(sample(text, u"tempscope_root_stale_bytes{" + root + u'}'), QStringLiteral("103"));
        QCOMPARE(sample(text, u"tempscope_root_stale_items{" + root + u'}'), QStringLiteral("2"));
        QCOMPARE(sample(text, u"tempscope_scan_success{" + root + u'}'), QStringLiteral("1"));
        QCOMPARE(sample(text, u"tempscope_scan_errors{" + root + u'}'), QStringLiteral("0"));
        QCOMPARE(sample(text, u"tempscope_scan_duration_seconds{" + root + u'}'),
                 QStringLiteral("0.25"));
        QCOMPARE(sample(text, QStringLiteral("tempscope_stale_threshold_seconds{basis=\"mtime\"}")),
                 QStringLiteral("604800"));
        // The two upload_N.csv files form one family (*.csv).
        const QRegularExpression family(
            QStringLiteral(
                "^tempscope_family_bytes\\{root=\"[^\"]*\",family=\"([^\"]*csv)\"\\} 300$"),
            QRegularExpression::MultilineOption);
        const QRegularExpressionMatch m = family.match(QString::fromUtf8(text));
        QVERIFY2(m.hasMatch(), text.constData());
        QCOMPARE(sample(text, u"tempscope_family_stale_bytes{" + root + u",family=\"" +
                                  m.captured(1) + u"\"}"),
                 QStringLiteral("100"));
        QCOMPARE(sample(text,
                        u"tempscope_family_items{" + root + u",family=\"" + m.captured(1) + u"\"}"),
                 QStringLiteral("2"));
        // Valid UTF-8 throughout, although one name is not.
        QVERIFY(QString::fromUtf8(text).toUtf8() == text);
        QVERIFY(text.contains("\\\\xff\\\\xfe"));
    }

    void staleMetricsNeedAThreshold()
    {
        const QByteArray text = metrics(std::nullopt);
        QVERIFY(text.contains("tempscope_root_bytes{"));
        QVERIFY(!text.contains("stale"));
    }

    void unscannableAndDuplicateRoots()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing"));
        const QByteArray text =
            metrics(std::chrono::hours(1), {missing, QString::fromUtf8(m_root)});
        const QString missingLabel = u"root=\"" + prometheusLabelValue(missing) + u'"';
        QCOMPARE(sample(text, u"tempscope_scan_success{" + missingLabel + u'}'),
                 QStringLiteral("0"));
        QCOMPARE(sample(text, u"tempscope_root_bytes{" + missingLabel + u'}'),
                 QStringLiteral("<missing>"));
        QCOMPARE(text.count("\ntempscope_root_bytes{"), 1); // the root given twice is reported once
    }

    void helpAndTypeOncePerMetric()
    {
        const QByteArray text = metrics(std::chrono::hours(1));
        QSet<QByteArray> typed;
        QByteArray current;
        for (const QByteArray &line : text.split('\n')) {
            if (line.startsWith("# TYPE ")) {
                current = line.split(' ').at(2);
                QVERIFY2(!typed.contains(current), current.constData());
                typed.insert(current);
                QVERIFY(line.endsWith(" gauge"));
            } else if (!line.isEmpty() && !line.startsWith('#')) {
                QVERIFY2(line.startsWith(QByteArray(current + '{')) ||
                             line.startsWith(QByteArray(current + ' ')),
                         line.constData());
            }
        }
        QVERIFY(typed.size() >= 12);
    }

    // Anyone can make names: 3,000 names without a random part are more than
    // a thousand families, but only the largest 50 (or --max-families) get
    // series, the rest is "(other)", and the total is told.
    void familySeriesAreBounded()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray root = QFile::encodeName(dir.path());
        const QList<QByteArray> words = {"alpha",   "bravo", "charlie", "delta",    "echo",
                                         "foxtrot", "golf",  "hotel",   "india",    "juliet",
                                         "kilo",    "lima",  "mike",    "november", "oscar"};
        int n = 0;
        for (const QByteArray &a : words) {
            for (const QByteArray &b : words) {
                for (const QByteArray &c : words) {
                    if (n < 3000)
                        makeFile(root + '/' + a + '-' + b + '.' + c, n % 97, 60);
                    ++n;
                }
            }
        }
        makeFile(root + "/(other)", 1000, 60); // a real family named like the sum
        PrometheusRoot r;
        r.scan.requested = dir.path();
        native::ScanResult result = native::scan(nativePath(dir.path()));
        QVERIFY(result.ok());
        r.scan.inventory = std::make_shared<const Inventory>(
            std::make_shared<const native::ScanTree>(std::move(result.tree)), PrefixFamilies());
        ScanReportOptions options;
        options.age.now = Inventory::nowNs();
        options.age.threshold = std::chrono::seconds(10);
        options.age.basis = AgeBasis::Mtime;
        const QList<FamilyStats> all = r.scan.inventory->families(options.age);
        QVERIFY2(all.size() > 1000, qPrintable(QString::number(all.size())));
        quint64 allBytes = 0;
        for (const FamilyStats &f : all)
            allBytes += f.bytes;

        const QString rootLabel = u"root=\"" + prometheusLabelValue(dir.path()) + u'"';
        for (const int max : {DefaultMaxPrometheusFamilies, 1, 7}) {
            const QByteArray text = prometheusMetrics({r}, options, max);
            QCOMPARE(sample(text, u"tempscope_root_families{" + rootLabel + u'}'),
                     QString::number(all.size()));
            for (const char *metric :
                 {"tempscope_family_bytes{", "tempscope_family_items{",
                  "tempscope_family_stale_bytes{", "tempscope_family_stale_items{"})
                QCOMPARE(text.count(QByteArray(QByteArray("\n") + metric)), max + 1);
            // Nothing is lost: the series add up to the root's families.
            quint64 sum = 0;
            for (const QByteArray &line : text.split('\n')) {
                if (line.startsWith("tempscope_family_bytes{"))
                    sum += line.mid(line.lastIndexOf(' ') + 1).toULongLong();
            }
            QCOMPARE(sum, allBytes);
            // "(other)" is the sum, and the one real family of that name is in it.
            QCOMPARE(text.count(",family=\"(other)\"} "), 4);
            QVERIFY(sample(text, u"tempscope_family_items{" + rootLabel + u",family=\"(other)\"}")
                        .toLongLong() > 1);
        }
        // The largest family is the real "(other)" (1000 bytes), which is
        // summed: the largest of the others gets the one series.
        FamilyStats largest;
        for (const FamilyStats &f : all) {
            if (f.key != u"(other)" &&
                (f.bytes > largest.bytes || (f.bytes == largest.bytes && f.key < largest.key)))
                largest = f;
        }
        const QByteArray one = prometheusMetrics({r}, options, 1);
        QCOMPARE(sample(one, u"tempscope_family_bytes{" + rootLabel + u",family=\"" +
                                 prometheusLabelValue(largest.key) + u"\"}"),
                 QString::number(largest.bytes));
        QCOMPARE(sample(one, u"tempscope_family_bytes{" + rootLabel + u",family=\"(other)\"}"),
                 QString::number(allBytes - largest.bytes));
        if (!promtool().isEmpty()) {
            QProcess p;
            p.start(promtool(), {QStringLiteral("check"), QStringLiteral("metrics")});
            QVERIFY(p.waitForStarted());
            p.write(prometheusMetrics({r}, options));
            p.closeWriteChannel();
            QVERIFY(p.waitForFinished(60'000));
            const QByteArray out = p.readAllStandardOutput() + p.readAllStandardError();
            QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, out.constData());
            QVERIFY2(out.trimmed().isEmpty(), out.constData());
        }
    }

    void promtoolAcceptsIt()
    {
        if (promtool().isEmpty())
            QSKIP("promtool is not installed (Debian package prometheus; see .ci/setup --test)");
        for (const auto &threshold :
             {std::optional<std::chrono::seconds>(), std::optional(std::chrono::seconds(3600))}) {
            QProcess p;
            p.start(promtool(), {QStringLiteral("check"), QStringLiteral("metrics")});
            QVERIFY(p.waitForStarted());
            p.write(metrics(threshold, {m_dir.filePath(QStringLiteral("missing"))}));
            p.closeWriteChannel();
            QVERIFY(p.waitForFinished(60'000));
            const QByteArray out = p.readAllStandardOutput() + p.readAllStandardError();
            QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, out.constData());
            QVERIFY2(out.trimmed().isEmpty(), out.constData());
        }
    }
};

QTEST_GUILESS_MAIN(PrometheusExportTest)
#include "PrometheusExportTest.moc"
