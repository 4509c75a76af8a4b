// InventoryDiff: a scanned root's top level against a fresh listing of it,
// and the tree merged from both. Built trees and listings (exact maps,
// errors, what gets scanned again) and one real directory changed on disk.

#include "core/inventory/InventoryDiff.h"
#include "core/native/Listing.h"
#include "core/native/Scanner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <map>
#include <set>

using namespace tempscope;
using native::Entry;
using native::Kind;
using native::NativeString;
using native::ScanTree;

namespace {

NativeString n(const char *s)
{
    return NativeString(s, s + std::char_traits<char>::length(s));
}

Entry entry(Kind kind, std::uint64_t inode, std::uint64_t size = 0, native::TimeNs mtime = 1000)
{
    Entry e;
    e.kind = kind;
    e.inode = inode;
    e.device = 7;
    e.size = size;
    e.mtime = mtime;
    return e;
}

// root/
//   a (file, inode 10)
//   d/ (inode 20): x (30), s/ (40): y (50)
//   gone (file, 60)
//   e/ (inode 70): z (80), with a read error on d/s
ScanTree baseTree()
{
    ScanTree tree;
    native::TreeBuilder b(tree);
    b.setRoot(n("/r"), entry(Kind::Directory, 1));
    std::vector<native::TreeBuilder::Pending> top{{entry(Kind::File, 10, 5), n("a"), 0},
                                                  {entry(Kind::Directory, 20), n("d"), 0},
                                                  {entry(Kind::File, 60, 1), n("gone"), 0},
                                                  {entry(Kind::Directory, 70), n("e"), 0}};
    const std::uint32_t first = b.appendChildren(ScanTree::Root, top);
    std::vector<native::TreeBuilder::Pending> d{{entry(Kind::File, 30, 3), n("x"), 0},
                                                {entry(Kind::Directory, 40), n("s"), 0}};
    const std::uint32_t dFirst = b.appendChildren(first + 1, d);
    std::vector<native::TreeBuilder::Pending> e{{entry(Kind::File, 80, 8), n("z"), 0}};
    b.appendChildren(first + 3, e);
    std::vector<native::TreeBuilder::Pending> s{{entry(Kind::File, 50, 2), n("y"), 0}};
    b.appendChildren(dFirst + 1, s);
    b.addError(dFirst + 1, native::ScanOp::Read, EIO);
    return tree;
}

native::TopLevel listing(std::vector<native::ListedEntry> entries)
{
    native::TopLevel t;
    t.directory = entry(Kind::Directory, 1);
    t.entries = std::move(entries);
    return t;
}

std::map<NativeString, std::uint32_t> byPath(const ScanTree &tree)
{
    std::map<NativeString, std::uint32_t> out;
    for (std::uint32_t i = 1; i < tree.size(); ++i)
        out[tree.relativePath(i)] = i;
    return out;
}

// A scanner stand-in: records what it is asked and returns a one-file tree.
struct FakeScan
{
    std::vector<NativeString> asked;
    native::ScanResult operator()(native::NativeStringView path)
    {
        asked.emplace_back(path);
        native::ScanResult r;
        native::TreeBuilder b(r.tree);
        b.setRoot(path, entry(Kind::Directory, 900));
        std::vector<native::TreeBuilder::Pending> c{{entry(Kind::File, 901, 4), n("fresh"), 0}};
        b.appendChildren(ScanTree::Root, c);
        b.addError(ScanTree::Root + 1, native::ScanOp::Stat, EACCES);
        return r;
    }
};

} // namespace

class InventoryDiffTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameListingIsNoChange()
    {
        const ScanTree base = baseTree();
        const auto p = byPath(base);
        const auto diff = InventoryDiff::compare(
            base, listing({{n("e"), base[p.at(n("e"))]},
                           {n("a"), base[p.at(n("a"))]}, // another order is no change
                           {n("gone"), base[p.at(n("gone"))]},
                           {n("d"), base[p.at(n("d"))]}}));
        QVERIFY(diff.isEmpty());
        QCOMPARE(diff.baseEntry(1), p.at(n("a")));
    }

    void findsAddedRemovedChanged()
    {
        const ScanTree base = baseTree();
        const auto p = byPath(base);
        Entry a = base[p.at(n("a"))];
        a.size = 6; // written to
        Entry e = base[p.at(n("e"))];
        e.atime = 99; // read: not a change
        Entry d = base[p.at(n("d"))];
        d.inode = 21; // replaced by another directory of the same name
        const auto diff = InventoryDiff::compare(
            base,
            listing({{n("a"), a}, {n("new"), entry(Kind::File, 90)}, {n("d"), d}, {n("e"), e}}));
        QVERIFY(!diff.isEmpty());
        QCOMPARE(diff.added(), std::vector<std::size_t>{1});
        QCOMPARE(diff.changed(), (std::vector<std::size_t>{0, 2}));
        QCOMPARE(diff.removed(), std::vector<std::uint32_t>{p.at(n("gone"))});
        QCOMPARE(diff.baseEntry(1), InventoryDiff::NoEntry);
        QCOMPARE(diff.baseEntry(2), p.at(n("d")));

        // mtime and kind count too; so does an error in the scan of the item.
        Entry m = a;
        m.size = 5;
        m.mtime = 2000;
        QCOMPARE(InventoryDiff::compare(base, listing({{n("a"), m}})).changed().size(),
                 std::size_t(1));
        Entry k = base[p.at(n("a"))];
        k.kind = Kind::Symlink;
        QCOMPARE(InventoryDiff::compare(base, listing({{n("a"), k}})).changed().size(),
                 std::size_t(1));
    }

    void mergedTreeCarriesAndRescans()
    {
        const ScanTree base = baseTree();
        const auto p = byPath(base);
        Entry d = base[p.at(n("d"))];
        d.mtime = 5000; // something changed inside
        const native::TopLevel now = listing({{n("e"), base[p.at(n("e"))]},
                                              {n("d"), d},
                                              {n("newdir"), entry(Kind::Directory, 95)},
                                              {n("newfile"), entry(Kind::File, 96, 1)},
                                              {n("a"), base[p.at(n("a"))]}});
        const InventoryDiff diff = InventoryDiff::compare(base, now);
        FakeScan fake;
        const InventoryDiff::Merged m =
            diff.apply(base, now, [&](native::NativeStringView path) { return fake(path); });
        // Only the added and changed directories are scanned again.
        QCOMPARE(fake.asked, (std::vector<NativeString>{n("/r/d"), n("/r/newdir")}));
        QCOMPARE(m.rescanned, (std::vector<std::size_t>{1, 2, 3}));

        const ScanTree &tree = *m.tree;
        const auto q = byPath(tree);
        const std::set<NativeString> want{n("e"),       n("e/z"),    n("d"),
                                          n("d/fresh"), n("newdir"), n("newdir/fresh"),
                                          n("newfile"), n("a")};
        std::set<NativeString> got;
        for (const auto &[path, i] : q)
            got.insert(path);
        QCOMPARE(got, want);
        QCOMPARE(tree.rootPath(), n("/r"));
        // The top level in listing order.
        const Entry &root = tree[ScanTree::Root];
        QCOMPARE(root.childCount, 5u);
        QCOMPARE(m.firstItem, root.firstChild);
        for (std::uint32_t k = 0; k < 5; ++k)
            QCOMPARE(tree.name(m.firstItem + k), native::NativeStringView(now.entries[k].name));
        // A changed item's facts are the listing's; a carried one keeps the scan's.
        QCOMPARE(tree[q.at(n("d"))].mtime, native::TimeNs(5000));
        QCOMPARE(tree[q.at(n("e/z"))].size, std::uint64_t(8));

        // base entry -> new entry: items and carried subtrees map, what is
        // gone and what lay below a re-scanned item do not.
        QCOMPARE(m.entryMap.size(), std::size_t(base.size()));
        QCOMPARE(m.entryMap[p.at(n("a"))], q.at(n("a")));
        QCOMPARE(m.entryMap[p.at(n("e"))], q.at(n("e")));
        QCOMPARE(m.entryMap[p.at(n("e/z"))], q.at(n("e/z")));
        QCOMPARE(m.entryMap[p.at(n("d"))], q.at(n("d")));
        QCOMPARE(m.entryMap[p.at(n("d/x"))], InventoryDiff::NoEntry);
        QCOMPARE(m.entryMap[p.at(n("d/s"))], InventoryDiff::NoEntry);
        QCOMPARE(m.entryMap[p.at(n("gone"))], InventoryDiff::NoEntry);
        QCOMPARE(m.entryMap[ScanTree::Root], InventoryDiff::NoEntry);

        // Errors: the old one inside the re-scanned d stays behind; the
        // fresh scans' come along, each on its own entry.
        std::set<NativeString> errorPaths;
        for (const native::ScanError &e : tree.errors())
            errorPaths.insert(tree.relativePath(e.entry));
        QCOMPARE(errorPaths, (std::set<NativeString>{n("d/fresh"), n("newdir/fresh")}));
        QVERIFY(tree[q.at(n("d/fresh"))].has(Entry::HasError));
    }

    void carriedErrorsStay()
    {
        const ScanTree base = baseTree();
        const auto p = byPath(base);
        // Only `a` changes: d (with the error on d/s) is carried whole.
        Entry a = base[p.at(n("a"))];
        a.size = 1;
        const native::TopLevel now =
            listing({{n("a"), a}, {n("d"), base[p.at(n("d"))]}, {n("e"), base[p.at(n("e"))]}});
        FakeScan fake;
        const InventoryDiff::Merged m = InventoryDiff::compare(base, now).apply(
            base, now, [&](native::NativeStringView path) { return fake(path); });
        QVERIFY(fake.asked.empty()); // a file is not scanned
        const ScanTree &tree = *m.tree;
        QCOMPARE(tree.errors().size(), std::size_t(1));
        QCOMPARE(tree.relativePath(tree.errors()[0].entry), n("d/s"));
        QCOMPARE(tree.errors()[0].code, EIO);
        QCOMPARE(tree.size(), base.size() - 1); // less `gone`
    }

    void mountPointsAndFailedScansStayEmpty()
    {
        const ScanTree base = baseTree();
        Entry mount = entry(Kind::Directory, 97);
        mount.flags = Entry::MountPoint;
        const native::TopLevel now =
            listing({{n("mnt"), mount}, {n("unreadable"), entry(Kind::Directory, 98)}});
        std::vector<NativeString> asked;
        const InventoryDiff::Merged m =
            InventoryDiff::compare(base, now).apply(base, now, [&](native::NativeStringView path) {
                asked.emplace_back(path);
                native::ScanResult r;
                r.rootError = {EACCES, "permission denied"};
                return r;
            });
        QCOMPARE(asked, std::vector<NativeString>{n("/r/unreadable")}); // never the mount
        QCOMPARE(m.tree->size(), 3u);
        QVERIFY((*m.tree)[m.firstItem].has(Entry::MountPoint));
        QCOMPARE((*m.tree)[m.firstItem + 1].childCount, 0u);
    }

    // On disk: scan, change, list, diff, merge; the merged tree equals a new scan.
    void realDirectory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString r = dir.path();
        const auto write = [&](const QString &rel, const QByteArray &data) {
            QFile f(r + u'/' + rel);
            return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
        };
        QVERIFY(write(QStringLiteral("keep.txt"), "k") && write(QStringLiteral("grow.txt"), "g") &&
                write(QStringLiteral("drop.txt"), "d"));
        QVERIFY(QDir(r).mkpath(QStringLiteral("sub/deeper")));
        QVERIFY(write(QStringLiteral("sub/deeper/f"), "f"));
        const native::ScanResult before = native::scan(QFile::encodeName(r).toStdString());
        QVERIFY(before.ok());

        QVERIFY(write(QStringLiteral("grow.txt"), "grown"));
        QVERIFY(QFile::remove(r + QStringLiteral("/drop.txt")));
        QVERIFY(write(QStringLiteral("added.txt"), "a"));
        const native::TopLevel now = native::listTopLevel(before.tree.rootPath());
        QVERIFY(now.ok());
        const InventoryDiff diff = InventoryDiff::compare(before.tree, now);
        QCOMPARE(diff.added().size(), std::size_t(1));
        QCOMPARE(diff.changed().size(), std::size_t(1));
        QCOMPARE(diff.removed().size(), std::size_t(1));
        const InventoryDiff::Merged m = diff.apply(
            before.tree, now, [](native::NativeStringView p) { return native::scan(p); });

        const native::ScanResult after = native::scan(before.tree.rootPath());
        QVERIFY(after.ok());
        const auto got = byPath(*m.tree);
        const auto want = byPath(after.tree);
        QCOMPARE(got.size(), want.size());
        for (const auto &[path, i] : want) {
            QVERIFY(got.count(path));
            const Entry &g = (*m.tree)[got.at(path)];
            QCOMPARE(g.inode, after.tree[i].inode);
            QCOMPARE(g.size, after.tree[i].size);
            QCOMPARE(g.kind, after.tree[i].kind);
        }
    }
};

QTEST_GUILESS_MAIN(InventoryDiffTest)
#include "InventoryDiffTest.moc"
