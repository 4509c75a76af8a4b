// What a plan decides for every item, and why: candidates with their rule,
// bytes and age; kept items with their reason.

#include "CleanupFixture.h"

#include "core/cleanup/CleanupPlan.h"

#include <QTemporaryDir>
#include <QtTest>
#include <atomic>

#include <sys/sysmacros.h>
#include <unistd.h>

using namespace tempscope;
using namespace tempscope::test;

namespace {

native::FileId idOf(const QString &path)
{
    struct stat st
    {
    };
    ::lstat(nativePath(path).c_str(), &st);
    return {(std::uint64_t(major(st.st_dev)) << 32) | minor(st.st_dev),
            std::uint64_t(st.st_ino)}; // the scanner's encoding
}

const PlanEntry *find(const CleanupPlan &plan, const QString &path)
{
    for (const PlanRoot &r : plan.roots()) {
        for (const PlanEntry &e : r.entries) {
            if (e.path == path)
                return &e;
        }
    }
    return nullptr;
}

} // namespace

class CleanupPlanTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::shared_ptr<const Inventory> m_inventory;
    std::shared_ptr<native::InUseIndex> m_inUse;
    QString m_root;

    QString at(const QString &rel) const { return m_root + u'/' + rel; }

    CleanupPlan plan(CleanupUnit unit, quint32 uid = ::geteuid(), QStringList includes = {}) const
    {
        CleanupRule rule;
        rule.olderThan = std::chrono::days(7);
        rule.basis = AgeBasis::Mtime;
        rule.unit = unit;
        rule.excludes = {QStringLiteral("*.me")};
        rule.includes = includes;
        CleanupPlan::Context ctx;
        ctx.now = Inventory::nowNs();
        ctx.uid = uid;
        ctx.inUse = m_inUse;
        CleanupPlan p({rule}, ctx);
        p.addRoot(*m_inventory);
        return p;
    }

    void table()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason"); // empty: a candidate; else the start of the reason
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_root = QFileInfo(m_tmp.path()).canonicalFilePath();
        QVERIFY(makeFile(at(QStringLiteral("old.txt")), 10 * Day, 123));
        QVERIFY(makeFile(at(QStringLiteral("new.txt")), 3600));
        QVERIFY(makeDir(at(QStringLiteral(".X11-unix")), 10 * Day));
        QVERIFY(::mkfifo(nativePath(at(QStringLiteral("fifo"))).c_str(), 0600) == 0);
        QVERIFY(setAge(at(QStringLiteral("fifo")), 10 * Day));
        QVERIFY(makeFile(at(QStringLiteral("keep.me")), 10 * Day));
        QVERIFY(makeFile(at(QStringLiteral("held.txt")), 10 * Day));
        QVERIFY(makeFile(at(QStringLiteral("olddir/a")), 10 * Day, 5));
        QVERIFY(makeFile(at(QStringLiteral("olddir/sub/b")), 12 * Day, 7));
        QVERIFY(setAge(at(QStringLiteral("olddir/sub")), 10 * Day));
        QVERIFY(setAge(at(QStringLiteral("olddir")), 10 * Day));
        QVERIFY(makeFile(at(QStringLiteral("mixed/old")), 10 * Day));
        QVERIFY(makeFile(at(QStringLiteral("mixed/new")), 60));
        QVERIFY(setAge(at(QStringLiteral("mixed")), 10 * Day));
        QVERIFY(makeFile(at(QStringLiteral("deep/inner/x")), 10 * Day));
        QVERIFY(setAge(at(QStringLiteral("deep/inner")), 10 * Day));
        QVERIFY(setAge(at(QStringLiteral("deep")), 10 * Day));
        QVERIFY(makeFile(at(QStringLiteral("box/.X0-lock")), 10 * Day));
        QVERIFY(makeFile(at(QStringLiteral("box/data")), 10 * Day));
        QVERIFY(setAge(at(QStringLiteral("box")), 10 * Day));
        QVERIFY(makeDir(at(QStringLiteral("newdir")), 60));
        QVERIFY(makeFile(at(QStringLiteral("newdir/old")), 10 * Day));
        QVERIFY(setAge(at(QStringLiteral("newdir")), 60));

        m_inUse = std::make_shared<native::InUseIndex>();
        m_inUse->add(idOf(at(QStringLiteral("held.txt"))), {4242, "python3"});
        m_inUse->add(idOf(at(QStringLiteral("deep/inner/x"))), {77, "vim"});
        m_inventory = scanRoot(m_root);
        QVERIFY(m_inventory);
    }

    void itemMode_data()
    {
        table();
        QTest::newRow("old file") << QStringLiteral("old.txt") << QString();
        QTest::newRow("new file") << QStringLiteral("new.txt")
                                  << QStringLiteral("too new (1 h old, rule: older than 7d)");
        QTest::newRow("built-in protection")
            << QStringLiteral(".X11-unix") << QStringLiteral("protected: .X11-unix");
        QTest::newRow("fifo") << QStringLiteral("fifo") << QStringLiteral("special file (fifo)");
        QTest::newRow("excluded") << QStringLiteral("keep.me") << QStringLiteral("excluded: *.me");
        QTest::newRow("in use") << QStringLiteral("held.txt")
                                << QStringLiteral("in use by PID 4242 (python3)");
        QTest::newRow("old directory") << QStringLiteral("olddir") << QString();
        QTest::newRow("directory holding a new file")
            << QStringLiteral("mixed") << QStringLiteral("too new (1 min old");
        QTest::newRow("new directory holding an old file")
            << QStringLiteral("newdir") << QStringLiteral("too new");
        QTest::newRow("in use deep inside")
            << QStringLiteral("deep") << QStringLiteral("in use by PID 77 (vim)");
        QTest::newRow("protected name inside: the remover keeps it")
            << QStringLiteral("box") << QString();
    }
    void itemMode()
    {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        const CleanupPlan p = plan(CleanupUnit::Item);
        const PlanEntry *e = find(p, at(path));
        QVERIFY2(e, qPrintable(path));
        QCOMPARE(e->candidate, reason.isEmpty());
        QVERIFY2(e->reason.startsWith(reason), qPrintable(e->reason));
        QCOMPARE(e->ruleLabel, QStringLiteral("* older than 7d by mtime"));
        // Item mode lists top-level items only.
        for (const PlanEntry &x : p.roots().first().entries)
            QVERIFY2(!x.path.mid(m_root.size() + 1).contains(u'/'), qPrintable(x.path));
    }

    void perFileMode_data()
    {
        table();
        QTest::newRow("old file") << QStringLiteral("old.txt") << QString();
        QTest::newRow("new file") << QStringLiteral("new.txt") << QStringLiteral("too new");
        QTest::newRow("old directory goes whole") << QStringLiteral("olddir") << QString();
        QTest::newRow("old file in a directory with a new one")
            << QStringLiteral("mixed/old") << QString();
        QTest::newRow("new file in it")
            << QStringLiteral("mixed/new") << QStringLiteral("too new (1 min old");
        QTest::newRow("old file in a new directory") << QStringLiteral("newdir/old") << QString();
        QTest::newRow("in use deep inside")
            << QStringLiteral("deep/inner/x") << QStringLiteral("in use by PID 77 (vim)");
        QTest::newRow("protected inside")
            << QStringLiteral("box/.X0-lock") << QStringLiteral("protected: .X*-lock");
        QTest::newRow("its neighbour") << QStringLiteral("box/data") << QString();
        QTest::newRow("fifo") << QStringLiteral("fifo") << QStringLiteral("special file (fifo)");
        QTest::newRow("in use") << QStringLiteral("held.txt")
                                << QStringLiteral("in use by PID 4242");
    }
    void perFileMode()
    {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        const CleanupPlan p = plan(CleanupUnit::PerFile);
        const PlanEntry *e = find(p, at(path));
        QVERIFY2(e, qPrintable(path));
        QCOMPARE(e->candidate, reason.isEmpty());
        QVERIFY2(e->reason.startsWith(reason), qPrintable(e->reason));
        QCOMPARE(p.roots().first().targetOf(*e).relativePath, nativePath(path));
    }

    void perFileNeverListsWhatGoesWithItsDirectory()
    {
        const CleanupPlan p = plan(CleanupUnit::PerFile);
        QVERIFY(find(p, at(QStringLiteral("olddir"))));
        QVERIFY(!find(p, at(QStringLiteral("olddir/a"))));
        QVERIFY(!find(p, at(QStringLiteral("olddir/sub/b"))));
        // Directories that stay because of what they hold are not rows of their own.
        QVERIFY(!find(p, at(QStringLiteral("mixed"))));
        QVERIFY(!find(p, at(QStringLiteral("box"))));
    }

    void perFilePathsDeepDown()
    {
        // Per-file paths are built step by step down the walk (not from the
        // root for every entry): at depth, and across siblings and back up,
        // each entry still gets its own path, target and protection verdict,
        // also from patterns with a '/' (matched against the whole path).
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString root = QFileInfo(tmp.path()).canonicalFilePath();
        QString rel = QStringLiteral("chain");
        QStringList dirs{rel};
        for (int i = 0; i < 60; ++i) {
            rel += (i % 2 ? QStringLiteral("/c") : QStringLiteral("/dir"));
            dirs << rel;
        }
        QVERIFY(makeFile(root + u'/' + rel + QStringLiteral("/x.lock"), 10 * Day));
        QVERIFY(makeFile(root + u'/' + rel + QStringLiteral("/y.tmp"), 10 * Day));
        QVERIFY(makeFile(root + u'/' + rel + QStringLiteral("/new"), 60));
        QVERIFY(makeFile(root + QStringLiteral("/chain/dir/a.lock"), 10 * Day));
        QVERIFY(makeFile(root + QStringLiteral("/chain/dir/c/b.tmp"), 10 * Day));
        for (auto it = dirs.crbegin(); it != dirs.crend(); ++it)
            QVERIFY(setAge(root + u'/' + *it, 10 * Day));
        const auto inventory = scanRoot(root);
        QVERIFY(inventory);

        CleanupRule rule;
        rule.olderThan = std::chrono::days(7);
        rule.basis = AgeBasis::Mtime;
        rule.unit = CleanupUnit::PerFile;
        rule.excludes = {QStringLiteral("*.lock"), QStringLiteral("chain/dir/c/*.tmp")};
        CleanupPlan::Context ctx;
        ctx.now = Inventory::nowNs();
        ctx.uid = ::geteuid();
        CleanupPlan p({rule}, ctx);
        p.addRoot(*inventory);

        const auto check = [&](const QString &path, const QString &reason) {
            const PlanEntry *e = find(p, root + u'/' + path);
            QVERIFY2(e, qPrintable(path));
            QCOMPARE(e->candidate, reason.isEmpty());
            QVERIFY2(e->reason.startsWith(reason), qPrintable(e->reason));
            QCOMPARE(p.roots().first().targetOf(*e).relativePath, nativePath(path));
        };
        check(rel + QStringLiteral("/x.lock"), QStringLiteral("excluded: *.lock"));
        check(rel + QStringLiteral("/y.tmp"), QStringLiteral("excluded: chain/dir/c/*.tmp"));
        check(rel + QStringLiteral("/new"), QStringLiteral("too new"));
        check(QStringLiteral("chain/dir/a.lock"), QStringLiteral("excluded: *.lock"));
        check(QStringLiteral("chain/dir/c/b.tmp"), QStringLiteral("excluded: chain/dir/c/*.tmp"));
        QCOMPARE(p.roots().size(), 1);
        QCOMPARE(p.roots().first().entries.size(), 5);
        QCOMPARE(p.candidateCount(), 0);
    }

    void candidateFacts()
    {
        const CleanupPlan p = plan(CleanupUnit::Item);
        const PlanEntry *dir = find(p, at(QStringLiteral("olddir")));
        QVERIFY(dir);
        QCOMPARE(dir->bytes, quint64(5 + 7));
        QCOMPARE(dir->kind, native::Kind::Directory);
        QVERIFY(dir->age >= std::chrono::seconds(10 * Day) &&
                dir->age < std::chrono::seconds(10 * Day + 600));
        QCOMPARE(dir->id, idOf(at(QStringLiteral("olddir"))));
        const native::RemovalTarget target = p.roots().first().targetOf(*dir);
        QCOMPARE(target.relativePath, native::NativeString("olddir"));
        QCOMPARE(target.id, dir->id);
        QCOMPARE(target.kind, native::Kind::Directory);
        QCOMPARE(target.newest, dir->newest);
        const PlanEntry *file = find(p, at(QStringLiteral("old.txt")));
        QVERIFY(file);
        QCOMPARE(file->bytes, quint64(123));
        QCOMPARE(p.roots().first().candidates, 3); // old.txt, olddir, box
        QCOMPARE(p.candidateCount(), 3);
        QCOMPARE(p.roots().first().id, idOf(m_root));
    }

    void planFromTheScanAloneIsTheSame()
    {
        // A plan made from the tree (each item totalled as it is decided)
        // decides as the one made from the inventory's items.
        for (const CleanupUnit unit : {CleanupUnit::Item, CleanupUnit::PerFile}) {
            const CleanupPlan fromItems = plan(unit);
            CleanupPlan fromTree(fromItems.rules(), fromItems.context());
            fromTree.addRoot(m_inventory->tree());
            const QList<PlanEntry> &a = fromItems.roots().first().entries;
            const QList<PlanEntry> &b = fromTree.roots().first().entries;
            QCOMPARE(b.size(), a.size());
            QVERIFY(a.size() > 10);
            for (qsizetype i = 0; i < a.size(); ++i) {
                QCOMPARE(b[i].path, a[i].path);
                QCOMPARE(b[i].candidate, a[i].candidate);
                QCOMPARE(b[i].reason, a[i].reason);
                QCOMPARE(b[i].ruleLabel, a[i].ruleLabel);
                QCOMPARE(b[i].bytes, a[i].bytes);
                QCOMPARE(b[i].age, a[i].age);
                QCOMPARE(b[i].kind, a[i].kind);
                QCOMPARE(b[i].id, a[i].id);
                QCOMPARE(b[i].newest, a[i].newest);
            }
            QCOMPARE(fromTree.candidateCount(), fromItems.candidateCount());
            QCOMPARE(fromTree.candidateBytes(), fromItems.candidateBytes());
            QCOMPARE(fromTree.roots().first().id, fromItems.roots().first().id);
            QCOMPARE(fromTree.roots().first().path, fromItems.roots().first().path);
        }
    }

    void notYours()
    {
        const CleanupPlan p = plan(CleanupUnit::Item, ::geteuid() + 1);
        const PlanEntry *e = find(p, at(QStringLiteral("old.txt")));
        QVERIFY(e);
        QVERIFY(!e->candidate);
        QVERIFY2(e->reason.startsWith(QStringLiteral("not yours (owner ")), qPrintable(e->reason));
        QCOMPARE(p.candidateCount(), 0);
    }

    void othersIncludedOnlyWhenAsked()
    {
        CleanupRule rule;
        rule.olderThan = std::chrono::days(7);
        rule.basis = AgeBasis::Mtime;
        rule.includeOthers = true;
        CleanupPlan::Context ctx;
        ctx.now = Inventory::nowNs();
        ctx.uid = ::geteuid() + 1;
        CleanupPlan p({rule}, ctx);
        p.addRoot(*m_inventory);
        QVERIFY(find(p, at(QStringLiteral("old.txt")))->candidate);
    }

    void notSelected()
    {
        const CleanupPlan p = plan(CleanupUnit::Item, ::geteuid(), {QStringLiteral("old")});
        QVERIFY(find(p, at(QStringLiteral("old.txt")))->candidate);
        QVERIFY(find(p, at(QStringLiteral("olddir")))->candidate);
        const PlanEntry *e = find(p, at(QStringLiteral("new.txt")));
        QCOMPARE(e->reason, QStringLiteral("not selected by any rule"));
        QCOMPARE(e->rule, -1);
        QVERIFY(e->ruleLabel.isEmpty());
    }

    void firstMatchingRuleDecides()
    {
        CleanupRule strict;
        strict.name = QStringLiteral("txt after 30 days");
        strict.includes = {QStringLiteral("*.txt")};
        strict.olderThan = std::chrono::days(30);
        strict.basis = AgeBasis::Mtime;
        CleanupRule loose;
        loose.name = QStringLiteral("rest after a week");
        loose.olderThan = std::chrono::days(7);
        loose.basis = AgeBasis::Mtime;
        CleanupRule elsewhere;
        elsewhere.roots = {QStringLiteral("/nonexistent")};
        elsewhere.olderThan = std::chrono::seconds(0);
        CleanupPlan::Context ctx;
        ctx.now = Inventory::nowNs();
        ctx.uid = ::geteuid();
        CleanupPlan p({elsewhere, strict, loose}, ctx);
        p.addRoot(*m_inventory);
        const PlanEntry *txt = find(p, at(QStringLiteral("old.txt")));
        QCOMPARE(txt->ruleLabel, QStringLiteral("txt after 30 days"));
        QVERIFY(!txt->candidate);
        const PlanEntry *dir = find(p, at(QStringLiteral("olddir")));
        QCOMPARE(dir->ruleLabel, QStringLiteral("rest after a week"));
        QVERIFY(dir->candidate);
    }

    void newestBasisIgnoresDirectoryAtime()
    {
        // The scan itself moves directory atimes; the newest basis must still
        // see an old directory as old (files: ctime counts, so use a fresh tree).
        QTemporaryDir tmp;
        const QString root = QFileInfo(tmp.path()).canonicalFilePath();
        QVERIFY(makeDir(root + QStringLiteral("/d"), 10 * Day));
        QVERIFY(scanRoot(root)); // the first listing moves d's atime on relatime mounts
        const auto inv = scanRoot(root);
        CleanupRule rule;
        rule.olderThan = std::chrono::days(7);
        CleanupPlan::Context ctx;
        ctx.now = Inventory::nowNs();
        ctx.uid = ::geteuid();
        CleanupPlan p({rule}, ctx);
        p.addRoot(*inv);
        const PlanEntry *e = find(p, root + QStringLiteral("/d"));
        QVERIFY(e);
        QVERIFY2(e->candidate, qPrintable(e->reason));
    }
    void keepTurnsUncheckedCandidatesIntoKept()
    {
        CleanupPlan p = plan(CleanupUnit::Item);
        const qsizetype count = p.candidateCount();
        const quint64 bytes = p.candidateBytes();
        const quint64 oldBytes = find(p, at(QStringLiteral("old.txt")))->bytes;
        QVERIFY(oldBytes > 0);
        const QString reason = QStringLiteral("unchecked in the preview");
        QCOMPARE(p.keep({at(QStringLiteral("old.txt")), at(QStringLiteral("new.txt"))}, reason), 1);
        const PlanEntry *old = find(p, at(QStringLiteral("old.txt")));
        QVERIFY(!old->candidate);
        QCOMPARE(old->reason, reason);
        QVERIFY(
            find(p, at(QStringLiteral("new.txt")))->reason.startsWith(QStringLiteral("too new")));
        QCOMPARE(p.candidateCount(), count - 1);
        QCOMPARE(p.candidateBytes(), bytes - oldBytes);
        QCOMPARE(p.roots().first().candidates, count - 1);
    }

    void restrictToListsOnlyThePickedEntries()
    {
        CleanupPlan p = plan(CleanupUnit::PerFile);
        // "old" is a prefix of old.txt and olddir but neither of them.
        p.restrictTo({at(QStringLiteral("old")), at(QStringLiteral("mixed"))});
        QStringList paths;
        for (const PlanEntry &e : p.roots().first().entries)
            paths << e.path;
        QCOMPARE(paths,
                 (QStringList{at(QStringLiteral("mixed/new")), at(QStringLiteral("mixed/old"))}));
        QCOMPARE(p.candidateCount(), 1);
        QVERIFY(find(p, at(QStringLiteral("mixed/old")))->candidate);
        QCOMPARE(p.candidateBytes(), find(p, at(QStringLiteral("mixed/old")))->bytes);
    }
};

QTEST_GUILESS_MAIN(CleanupPlanTest)
#include "CleanupPlanTest.moc"
