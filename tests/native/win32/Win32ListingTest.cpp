// The Windows top-level listing (core/native/Listing.h) on real directories:
// the direct entries with the scanner's facts, nothing below them; a
// directory link listed as a link; a root that is gone, a file or a link is
// an error, not an empty listing.

#include "TestSupport.h"

#include "core/native/Listing.h"
#include "core/native/Scanner.h"

#include <map>
#include <set>

using namespace tempscope::native;
using namespace testsupport;
using Clock = std::chrono::steady_clock;

namespace {

std::map<NativeString, Entry> byName(const TopLevel &listed)
{
    std::map<NativeString, Entry> out;
    for (const ListedEntry &l : listed.entries)
        out[l.name] = l.entry;
    return out;
}

} // namespace

TEST(lists_the_top_level_with_the_scanners_facts)
{
    Scratch dir(L"list");
    writeFile(dir / L"a.txt", "hello");
    makeDir(dir / L"sub");
    writeFile(dir / L"sub\\deep.bin", std::string(1000, 'b'));
    writeFile(dir / L"NUL.txt"); // a name only `\\?\` reaches
    const auto start = Clock::now();
    const TopLevel listed = listTopLevel(dir.path());
    testharness::note("listed %zu entries in %lld ms", listed.entries.size(), msSince(start));
    CHECK(listed.ok());
    const auto names = byName(listed);
    CHECK_EQ(names.size(), std::size_t(3)); // not sub\deep.bin
    CHECK(names.count(L"a.txt") == 1 && names.count(L"sub") == 1 && names.count(L"NUL.txt") == 1);
    CHECK(names.at(L"a.txt").kind == Kind::File);
    CHECK_EQ(names.at(L"a.txt").size, std::uint64_t(5));
    CHECK(names.at(L"sub").kind == Kind::Directory);
    CHECK(listed.directory.kind == Kind::Directory);

    const ScanResult scanned = scan(dir.path());
    CHECK(scanned.ok());
    const ScanTree &tree = scanned.tree;
    CHECK_EQ(listed.directory.id() == tree[ScanTree::Root].id(), true);
    const Entry &root = tree[ScanTree::Root];
    CHECK_EQ(root.childCount, 3u);
    for (std::uint32_t i = root.firstChild; i < root.firstChild + root.childCount; ++i) {
        const NativeString name(tree.name(i));
        CHECK(names.count(name) == 1);
        const Entry &got = names.at(name);
        CHECK_EQ(got.inode, tree[i].inode);
        CHECK_EQ(got.device, tree[i].device);
        CHECK_EQ(got.size, tree[i].size);
        CHECK_EQ(got.mtime, tree[i].mtime);
        CHECK_EQ(got.mode, tree[i].mode);
        CHECK(got.kind == tree[i].kind);
    }
}

TEST(empty_directory)
{
    Scratch dir(L"listempty");
    const TopLevel listed = listTopLevel(dir.path());
    CHECK(listed.ok());
    CHECK(listed.entries.empty());
}

TEST(root_errors)
{
    Scratch dir(L"listerr");
    writeFile(dir / L"file");
    const TopLevel gone = listTopLevel(dir / L"missing");
    CHECK(!gone.ok());
    CHECK(gone.error == ERROR_FILE_NOT_FOUND || gone.error == ERROR_PATH_NOT_FOUND);
    CHECK(gone.entries.empty());
    const TopLevel file = listTopLevel(dir / L"file");
    CHECK(!file.ok());
    testharness::note("a file as root: error %d", file.error);
    const TopLevel empty = listTopLevel(L"");
    CHECK(!empty.ok());
}

TEST(directory_link_is_listed_as_a_link)
{
    // The link: directoryLinkFixture (TestSupport.h).
    Scratch dir(L"listlink");
    const NativeString root = directoryLinkFixture(dir);
    if (root.empty())
        return;
    const TopLevel listed = listTopLevel(root + L"\\tree");
    CHECK(listed.ok());
    const auto names = byName(listed);
    CHECK(names.count(L"link") == 1);
    CHECK(names.at(L"link").kind == Kind::Symlink);
}

TEST(changes_between_listings_are_seen)
{
    // What the live view relies on: a second listing shows what was added,
    // removed, grown or replaced since the first, by name and file id.
    Scratch dir(L"changes");
    writeFile(dir / L"stays.txt", "1");
    writeFile(dir / L"goes.txt");
    writeFile(dir / L"grows.log", "a");
    writeFile(dir / L"replaced.bin");
    const TopLevel before = listTopLevel(dir.path());
    CHECK(before.ok());
    removeAll(dir / L"goes.txt");
    writeFile(dir / L"new.txt");
    writeFile(dir / L"grows.log", std::string(3000, 'b'));
    makeDir(dir / L"replaced.tmp");
    removeAll(dir / L"replaced.bin");
    CHECK(::MoveFileW(win32::extendedPath(dir / L"replaced.tmp").c_str(),
                      win32::extendedPath(dir / L"replaced.bin").c_str()));
    const auto start = std::chrono::steady_clock::now();
    const TopLevel after = listTopLevel(dir.path());
    testharness::note("second listing in %lld ms", msSince(start));
    CHECK(after.ok());
    const std::map<NativeString, Entry> a = byName(before);
    const std::map<NativeString, Entry> b = byName(after);
    CHECK(a.count(L"goes.txt") == 1 && b.count(L"goes.txt") == 0);
    CHECK(a.count(L"new.txt") == 0 && b.count(L"new.txt") == 1);
    CHECK_EQ(b.at(L"grows.log").size, std::uint64_t(3000));
    CHECK(b.at(L"grows.log").inode == a.at(L"grows.log").inode); // the same file, grown
    CHECK(a.at(L"replaced.bin").kind == Kind::File);
    CHECK(b.at(L"replaced.bin").kind == Kind::Directory);
    CHECK(b.at(L"stays.txt").inode == a.at(L"stays.txt").inode);
    CHECK_EQ(b.size(), std::size_t(4));
}

TEST(wide_directory_listed_in_one_pass)
{
    Scratch dir(L"wide");
    const int n = 1000;
    for (int i = 0; i < n; ++i)
        writeFile(dir / (L"f" + std::to_wstring(i)));
    const auto start = std::chrono::steady_clock::now();
    const TopLevel listed = listTopLevel(dir.path());
    testharness::note("%d entries listed in %lld ms", n, msSince(start));
    CHECK(listed.ok());
    CHECK_EQ(listed.entries.size(), std::size_t(n));
    std::set<std::uint64_t> ids;
    for (const ListedEntry &e : listed.entries)
        ids.insert(e.entry.inode);
    CHECK_EQ(ids.size(), std::size_t(n)); // every entry its own file id
}

TEST_MAIN()
