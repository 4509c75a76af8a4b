// Differential test: `tempscope-cli clean --per-file --by mtime --older-than D`
// must remove the same files as `tmpreaper --mtime D` and as
// `systemd-tmpfiles --clean` with "e ROOT - - - mM:D", on random trees of
// regular files and directories. Each tree is built three times with identical
// names and timestamps, one copy per tool.
//
// And the other way round: the tmpfiles.d file `clean --export-tmpfiles`
// writes, applied by systemd-tmpfiles to a copy, removes exactly what the
// per-file dry run plans.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr qint64 Day = 86400;
constexpr qint64 Threshold = 7 * Day; // D = 7d

struct Node
{
    QString path; // relative
    bool dir = false;
    qint64 age = 0; // seconds before now
};

// A random tree; ages keep at least an hour away from the threshold so the
// seconds between the three runs cannot tip anything over it.
QList<Node> randomTree(QRandomGenerator &rng)
{
    QList<Node> nodes;
    auto age = [&] {
        return rng.bounded(2) ? Threshold + 3600 + qint64(rng.bounded(30 * Day))
                              : qint64(rng.bounded(int(Threshold - 3600)));
    };
    QStringList dirs{QString()};
    const int count = 20 + int(rng.bounded(60));
    for (int i = 0; i < count; ++i) {
        const QString parent = dirs.at(int(rng.bounded(dirs.size())));
        const QString name = QStringLiteral("n%1").arg(i);
        const QString path = parent.isEmpty() ? name : parent + u'/' + name;
        const bool dir = parent.count(u'/') < 3 && rng.bounded(4) == 0;
        nodes.append({path, dir, age()});
        if (dir)
            dirs.append(path);
    }
    return nodes;
}

void setTimes(const QString &path, qint64 age)
{
    const qint64 t = QDateTime::currentSecsSinceEpoch() - age;
    const struct timespec times[2] = {{t, 0}, {t, 0}};
    QVERIFY(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times,
                        AT_SYMLINK_NOFOLLOW) == 0);
}

void build(const QString &root, const QList<Node> &nodes)
{
    QVERIFY(QDir().mkpath(root));
    for (const Node &n : nodes) {
        const QString p = root + u'/' + n.path;
        if (n.dir) {
            QVERIFY(QDir().mkdir(p));
        } else {
            QFile f(p);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(int(n.path.size()), 'x'));
        }
    }
    // Deepest first, so setting a child's times does not disturb its parent's.
    QList<Node> sorted = nodes;
    std::sort(sorted.begin(), sorted.end(),
              [](const Node &a, const Node &b) { return a.path.count(u'/') > b.path.count(u'/'); });
    for (const Node &n : std::as_const(sorted))
        setTimes(root + u'/' + n.path, n.age);
}

// Files (and, separately, directories) left below root.
QSet<QString> remaining(const QString &root, bool dirs)
{
    QSet<QString> out;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (it.fileInfo().isDir() == dirs)
            out.insert(it.filePath().mid(root.size() + 1));
    }
    return out;
}

bool haveTool(const QString &name)
{
    return !QStandardPaths::findExecutable(name).isEmpty() ||
           !QStandardPaths::findExecutable(name,
                                           {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")})
                .isEmpty();
}

QString toolPath(const QString &name)
{
    const QString p = QStandardPaths::findExecutable(name);
    return p.isEmpty() ? QStandardPaths::findExecutable(
                             name, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")})
                       : p;
}

// Installs the Debian package when running as root with apt-get available.
bool ensureTool(const QString &tool, const QString &package, QString *why)
{
    if (haveTool(tool))
        return true;
    if (::geteuid() != 0 || QStandardPaths::findExecutable(QStringLiteral("apt-get")).isEmpty()) {
        *why = QStringLiteral(
                   "%1 is not installed and cannot be installed here (not root or no apt-get); "
                   "install the Debian package %2")
                   .arg(tool, package);
        return false;
    }
    QProcess apt;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DEBIAN_FRONTEND"), QStringLiteral("noninteractive"));
    apt.setProcessEnvironment(env);
    apt.start(QStringLiteral("apt-get"),
              {QStringLiteral("install"), QStringLiteral("-y"), QStringLiteral("-qq"),
               QStringLiteral("--no-install-recommends"), package});
    apt.waitForFinished(600'000);
    if (haveTool(tool))
        return true;
    *why = QStringLiteral("%1 could not be installed with apt-get (package %2): %3")
               .arg(tool, package, QString::fromLocal8Bit(apt.readAllStandardError()).trimmed());
    return false;
}

int run(const QString &program, const QStringList &args, QByteArray *err = nullptr,
        QByteArray *out = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120'000))
        return -1;
    if (err)
        *err = p.readAllStandardError();
    if (out)
        *out = p.readAllStandardOutput();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

class DifferentialCleanTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!ensureTool(QStringLiteral("tmpreaper"), QStringLiteral("tmpreaper"), &why))
            QSKIP(qPrintable(why));
        if (!ensureTool(QStringLiteral("systemd-tmpfiles"), QStringLiteral("systemd"), &why))
            QSKIP(qPrintable(why));
    }

    void sameFilesAsTmpreaperAndSystemd_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 25; ++seed)
            QTest::addRow("seed %u", seed) << seed;
    }

    void sameFilesAsTmpreaperAndSystemd()
    {
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        const QList<Node> nodes = randomTree(rng);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString ours = tmp.filePath(QStringLiteral("ours"));
        const QString reaper = tmp.filePath(QStringLiteral("tmpreaper"));
        const QString systemd = tmp.filePath(QStringLiteral("systemd"));
        build(ours, nodes);
        build(reaper, nodes);
        build(systemd, nodes);
        const QSet<QString> before = remaining(ours, false);

        QByteArray err;
        QCOMPARE(run(QStringLiteral(TEMPSCOPE_CLI),
                     {QStringLiteral("clean"), ours, QStringLiteral("--per-file"),
                      QStringLiteral("--by"), QStringLiteral("mtime"),
                      QStringLiteral("--older-than"), QStringLiteral("7d")},
                     &err),
                 0);
        QCOMPARE(run(toolPath(QStringLiteral("tmpreaper")),
                     {QStringLiteral("--mtime"), QStringLiteral("7d"), reaper}, &err),
                 0);

        const QString conf = tmp.filePath(QStringLiteral("differential.conf"));
        {
            QFile f(conf);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("e %1 - - - mM:7d\n").arg(systemd).toUtf8());
        }
        const int rc = run(toolPath(QStringLiteral("systemd-tmpfiles")),
                           {QStringLiteral("--clean"), conf}, &err);
        QVERIFY2(rc == 0, err.constData());

        const QSet<QString> oursLeft = remaining(ours, false);
        const QSet<QString> reaperLeft = remaining(reaper, false);
        const QSet<QString> systemdLeft = remaining(systemd, false);
        // The oracle of the semantics itself: exactly the files younger than D stay.
        QSet<QString> young;
        for (const Node &n : nodes) {
            if (!n.dir && n.age < Threshold)
                young.insert(n.path);
        }
        QVERIFY(young.size() < before.size()); // every seed's tree has stale files
        QCOMPARE(oursLeft, young);
        QCOMPARE(oursLeft, reaperLeft);
        QCOMPARE(oursLeft, systemdLeft);

        // Directories: the same as systemd-tmpfiles (tmpreaper judges them by atime).
        QCOMPARE(remaining(ours, true), remaining(systemd, true));
    }

    void exportedTmpfilesRemovesThePlan_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 101; seed <= 120; ++seed)
            QTest::addRow("seed %u", seed) << seed;
    }

    void exportedTmpfilesRemovesThePlan()
    {
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        const QList<Node> nodes = randomTree(rng);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString ours = tmp.filePath(QStringLiteral("ours"));
        const QString copy = tmp.filePath(QStringLiteral("copy"));
        build(ours, nodes);
        build(copy, nodes);

        QStringList options{QStringLiteral("--per-file"), QStringLiteral("--by"),
                            QStringLiteral("mtime"), QStringLiteral("--older-than"),
                            QStringLiteral("7d")};
        // Every other seed keeps one entry below the top level (and, for a
        // directory, all it holds): an exclude tmpfiles.d expresses as an x line.
        QList<Node> deep;
        for (const Node &n : nodes) {
            if (n.path.contains(u'/'))
                deep.append(n);
        }
        if (seed % 2 == 0 && !deep.isEmpty())
            options << QStringLiteral("--exclude") << deep.at(int(rng.bounded(deep.size()))).path;

        // The plan.
        QByteArray err, out;
        QCOMPARE(run(QStringLiteral(TEMPSCOPE_CLI),
                     QStringList{QStringLiteral("clean"), ours} + options +
                         QStringList{QStringLiteral("--dry-run"), QStringLiteral("--json")},
                     &err, &out),
                 0);
        const QJsonDocument report = QJsonDocument::fromJson(out);
        QVERIFY2(report.isObject(), out.constData());
        QSet<QString> planned;
        for (const QJsonValue &v : report[QStringLiteral("results")].toArray()) {
            const QJsonObject r = v.toObject();
            if (r[QStringLiteral("action")].toString() == u"would-delete") {
                const QString path = r[QStringLiteral("path")].toString();
                QVERIFY2(path.startsWith(ours + u'/'), qPrintable(path));
                planned.insert(path.mid(ours.size() + 1));
            }
        }
        QVERIFY(!planned.isEmpty()); // every seed's tree has stale files

        // The policy, for the copy, applied by systemd-tmpfiles.
        const QString conf = tmp.filePath(QStringLiteral("tempscope.conf"));
        QCOMPARE(run(QStringLiteral(TEMPSCOPE_CLI),
                     QStringList{QStringLiteral("clean"), copy} + options +
                         QStringList{QStringLiteral("--export-tmpfiles"), conf},
                     &err),
                 0);
        QFile policy(conf);
        QVERIFY(policy.open(QIODevice::ReadOnly));
        const QByteArray text = policy.readAll();
        QVERIFY2(text.contains(QStringLiteral("\ne %1 - - - mM:7d\n").arg(copy).toUtf8()),
                 text.constData());
        const QSet<QString> files = remaining(copy, false), dirs = remaining(copy, true);
        const int rc = run(toolPath(QStringLiteral("systemd-tmpfiles")),
                           {QStringLiteral("--clean"), conf}, &err);
        QVERIFY2(rc == 0, err.constData());
        QVERIFY2(err.isEmpty(), err.constData()); // the file parses without complaints

        // A directory that goes as a whole is one result of the plan; what it
        // holds goes with it.
        QSet<QString> plannedPaths;
        for (const QString &path : files + dirs) {
            for (const QString &p : std::as_const(planned)) {
                if (path == p || path.startsWith(p + u'/'))
                    plannedPaths.insert(path);
            }
        }
        const QSet<QString> removed =
            (files - remaining(copy, false)) + (dirs - remaining(copy, true));
        QCOMPARE(removed, plannedPaths);
        // The dry run itself removed nothing.
        QCOMPARE(remaining(ours, false), files);
    }
};

QTEST_GUILESS_MAIN(DifferentialCleanTest)
#include "DifferentialCleanTest.moc"
