// The top-level listing on POSIX (core/native/Listing.h): one directory's
// direct entries with the scanner's facts, nothing below them; symlinks and
// special files as themselves; a root that is a link, a file or gone is an
// error, not an empty listing; entries that vanish are left out.

#include "RemoverFixture.h"

#include "core/native/Listing.h"
#include "core/native/Scanner.h"

#include <QTest>

#include <map>
#include <sys/socket.h>
#include <sys/un.h>

using namespace tempscope::native;
using namespace fixture;

namespace {

std::map<std::string, Entry> byName(const TopLevel &listed)
{
    std::map<std::string, Entry> out;
    for (const ListedEntry &l : listed.entries)
        out[l.name] = l.entry;
    return out;
}

} // namespace

class ListingTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheTopLevelWithTheScannersFacts()
    {
        Scratch s;
        QVERIFY(s.file("a.txt", "hello") && s.dir("sub") && s.file("sub/deep", "x") &&
                s.link("link", "a.txt") && ::mkfifo(s.path("fifo").c_str(), 0600) == 0);
        const TopLevel listed = listTopLevel(s.root());
        QVERIFY(listed.ok());
        const auto names = byName(listed);
        QCOMPARE(names.size(), std::size_t(4)); // not "deep", not "." or ".."
        QCOMPARE(names.at("a.txt").kind, Kind::File);
        QCOMPARE(names.at("sub").kind, Kind::Directory);
        QCOMPARE(names.at("link").kind, Kind::Symlink); // the link, not its target
        QCOMPARE(names.at("fifo").kind, Kind::Fifo);

        // The same facts as the scanner's, field by field.
        const ScanResult scanned = scan(s.root());
        QVERIFY(scanned.ok());
        const ScanTree &tree = scanned.tree;
        QCOMPARE(listed.directory.id(), tree[ScanTree::Root].id());
        const Entry &root = tree[ScanTree::Root];
        for (std::uint32_t i = root.firstChild; i < root.firstChild + root.childCount; ++i) {
            const Entry &want = tree[i];
            const Entry &got = names.at(std::string(tree.name(i)));
            QCOMPARE(got.id(), want.id());
            QCOMPARE(got.kind, want.kind);
            QCOMPARE(got.size, want.size);
            QCOMPARE(got.diskBytes, want.diskBytes);
            QCOMPARE(got.mtime, want.mtime);
            QCOMPARE(got.ctime, want.ctime);
            QCOMPARE(got.mode, want.mode);
            QCOMPARE(got.uid, want.uid);
            QCOMPARE(got.flags & Entry::MountPoint, want.flags & Entry::MountPoint);
            QCOMPARE(got.childCount, 0u); // a listing has no tree structure
        }
    }

    void emptyDirectory()
    {
        Scratch s;
        const TopLevel listed = listTopLevel(s.root());
        QVERIFY(listed.ok());
        QVERIFY(listed.entries.empty());
        QCOMPARE(listed.directory.kind, Kind::Directory);
    }

    void rootErrors_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("error");
        QTest::newRow("gone") << QStringLiteral("gone") << ENOENT;
        QTest::newRow("file") << QStringLiteral("file") << ENOTDIR;
        // Never followed: O_DIRECTORY | O_NOFOLLOW on a symlink says ENOTDIR.
        QTest::newRow("link") << QStringLiteral("link") << ENOTDIR;
    }
    void rootErrors()
    {
        QFETCH(QString, what);
        QFETCH(int, error);
        Scratch s;
        QVERIFY(s.dir("target") && s.file("target/x") && s.file("file") &&
                s.link("link", "target"));
        const TopLevel listed = listTopLevel(s.path(what.toStdString()));
        QVERIFY(!listed.ok());
        QCOMPARE(listed.error, error);
        QVERIFY(listed.entries.empty());
    }

    void mountPointIsFlagged()
    {
        if (::geteuid() != 0)
            QSKIP("needs root for a tmpfs mount");
        Scratch s;
        QVERIFY(s.dir("mnt"));
        if (::system(("mount -t tmpfs none " + s.path("mnt") + " 2>/dev/null").c_str()) != 0)
            QSKIP("cannot mount tmpfs here");
        const TopLevel listed = listTopLevel(s.root());
        ::system(("umount " + s.path("mnt")).c_str());
        QVERIFY(listed.ok());
        QVERIFY(byName(listed).at("mnt").flags & Entry::MountPoint);
    }
};

QTEST_GUILESS_MAIN(ListingTest)
#include "ListingTest.moc"
