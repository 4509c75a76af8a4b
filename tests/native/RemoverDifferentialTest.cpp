// Per-file mode against the tools it imitates: on identical random trees of
// regular files and directories, the remover (mtime basis, 7 days) leaves
// exactly what `tmpreaper --mtime 7d` and systemd-tmpfiles `e PATH - - - mM:7d`
// leave. Skips, naming the tool, when one is not installed.

#include "RemoverFixture.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <functional>
#include <random>

using namespace fixture;

namespace {

// Builds the same tree for the same seed: names, depth and timestamps.
void buildTree(const Scratch &s, const std::string &top, unsigned seed)
{
    std::mt19937 rng(seed);
    const TimeNs day = 24 * Hour;
    const TimeNs ages[] = {1 * day, 3 * day, 10 * day, 30 * day};
    auto age = [&] { return ages[rng() % 4]; };
    std::vector<std::pair<std::string, TimeNs>> dirs;
    std::function<void(const std::string &, int)> make = [&](const std::string &dir, int depth) {
        s.dir(dir);
        const int files = int(rng() % 6);
        for (int i = 0; i < files; ++i) {
            const std::string f = dir + "/f" + std::to_string(i);
            s.file(f);
            s.age(f, age());
        }
        const int subdirs = depth < 4 ? int(rng() % 4) : 0;
        for (int j = 0; j < subdirs; ++j)
            make(dir + "/d" + std::to_string(j), depth + 1);
        dirs.emplace_back(dir, age());
    };
    s.dir(top);
    for (int k = 0; k < 6; ++k)
        make(top + "/top" + std::to_string(k), 1);
    for (int i = 0; i < 5; ++i) {
        const std::string f = top + "/file" + std::to_string(i);
        s.file(f);
        s.age(f, age());
    }
    for (const auto &[d, a] : dirs) // after their contents, like cp -a
        s.age(d, a);
}

std::vector<std::string> listing(const std::string &root)
{
    static thread_local std::vector<std::string> *out;
    static thread_local std::size_t skip;
    std::vector<std::string> names;
    out = &names;
    skip = root.size();
    ::nftw(
        root.c_str(),
        [](const char *p, const struct stat *, int, struct FTW *) {
            out->emplace_back(p + skip);
            return 0;
        },
        32, FTW_PHYS);
    std::sort(names.begin(), names.end());
    return names;
}

QString tool(const QString &name)
{
    return QStandardPaths::findExecutable(name,
                                          {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"),
                                           QStringLiteral("/sbin"), QStringLiteral("/bin")});
}

} // namespace

class RemoverDifferentialTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsTmpreaperAndSystemdTmpfiles_data();
    void sameAsTmpreaperAndSystemdTmpfiles();
};

void RemoverDifferentialTest::sameAsTmpreaperAndSystemdTmpfiles_data()
{
    QTest::addColumn<unsigned>("seed");
    for (unsigned seed : {1u, 7u, 11u, 42u, 1234u})
        QTest::addRow("seed %u", seed) << seed;
}

void RemoverDifferentialTest::sameAsTmpreaperAndSystemdTmpfiles()
{
    QFETCH(unsigned, seed);
    const QString tmpreaper = tool(QStringLiteral("tmpreaper"));
    const QString tmpfiles = tool(QStringLiteral("systemd-tmpfiles"));
    if (tmpreaper.isEmpty() && tmpfiles.isEmpty())
        QSKIP("neither tmpreaper nor systemd-tmpfiles is installed (apt-get install tmpreaper "
              "systemd)");
    Scratch s(fastBase());
    QVERIFY(s.ok());
    buildTree(s, "ours", seed);
    const auto before = listing(s.path("ours"));
    QVERIFY(before.size() > 20);

    auto root = RemovalRoot::open(s.path("ours"), nullptr);
    QVERIFY(root);
    RemovalPolicy p;
    p.basis = TimeBasis::Mtime;
    p.cutoff = nowNs() - 7 * 24 * Hour;
    p.perFile = true;
    p.uid = ::geteuid();
    for (const auto &name : listNames(s.path("ours"))) {
        RemovalTarget t = targetFor(s, "ours/" + name, TimeBasis::Mtime);
        t.relativePath = name;
        const auto o = root->remove(t, p);
        QVERIFY(o.status != RemovalStatus::Failed);
    }
    const auto ours = listing(s.path("ours"));
    QVERIFY(ours.size() < before.size()); // the trees do hold stale entries

    if (!tmpreaper.isEmpty()) {
        buildTree(s, "tmpreaper", seed);
        QCOMPARE(listing(s.path("tmpreaper")), before);
        QProcess proc;
        proc.start(tmpreaper, {QStringLiteral("--mtime"), QStringLiteral("7d"),
                               QString::fromStdString(s.path("tmpreaper"))});
        QVERIFY(proc.waitForFinished(60000));
        QCOMPARE(proc.exitCode(), 0);
        QVERIFY2(listing(s.path("tmpreaper")) == ours, "differs from tmpreaper --mtime 7d");
    }
    if (!tmpfiles.isEmpty()) {
        buildTree(s, "tmpfiles", seed);
        const std::string conf = s.path("clean.conf");
        QVERIFY(s.file("clean.conf", "e " + s.path("tmpfiles") + " - - - mM:7d\n"));
        QProcess proc;
        proc.start(tmpfiles, {QStringLiteral("--clean"), QString::fromStdString(conf)});
        QVERIFY(proc.waitForFinished(60000));
        QCOMPARE(proc.exitCode(), 0);
        QVERIFY2(listing(s.path("tmpfiles")) == ours, "differs from systemd-tmpfiles mM:7d");
    }
    if (tmpreaper.isEmpty() || tmpfiles.isEmpty())
        QSKIP(tmpreaper.isEmpty() ? "tmpreaper not installed: compared with systemd-tmpfiles only"
                                  : "systemd-tmpfiles not installed: compared with tmpreaper only");
}

QTEST_APPLESS_MAIN(RemoverDifferentialTest)
#include "RemoverDifferentialTest.moc"
