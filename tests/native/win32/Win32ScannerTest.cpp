// The Windows scanner on real directories: the tree's structure and facts,
// paths beyond 260 characters, names only `\\?\` can reach, root errors and
// the error texts, the same answer on one thread and on four.

#include "TestSupport.h"

#include "core/native/Scanner.h"
#include "tests/native/SubtreeCount.h"

#include <algorithm>
#include <map>
#include <mutex>
#include <vector>

using namespace tempscope::native;
using namespace testsupport;
using Clock = std::chrono::steady_clock;

namespace {

// relative path -> entry index
std::map<NativeString, std::uint32_t> byPath(const ScanTree &tree)
{
    std::map<NativeString, std::uint32_t> out;
    for (std::uint32_t i = 1; i < tree.size(); ++i)
        out[tree.relativePath(i)] = i;
    return out;
}

// Checks the ScanTree invariants the rest of the program relies on.
void checkStructure(const ScanTree &tree)
{
    for (std::uint32_t i = 0; i < tree.size(); ++i) {
        const Entry &e = tree[i];
        if (i != ScanTree::Root)
            CHECK(e.parent < i); // every entry after its parent
        for (std::uint32_t c = e.firstChild; c < e.firstChild + e.childCount; ++c)
            CHECK_EQ(tree[c].parent, i);
    }
}

} // namespace

TEST(lists_a_tree)
{
    Scratch dir(L"scan");
    writeFile(dir / L"a.txt", "hello");
    makeDir(dir / L"sub");
    writeFile(dir / L"sub\\b.bin", std::string(1000, 'b'));
    makeDir(dir / L"sub\\deeper");
    writeFile(dir / L"sub\\deeper\\c");
    makeDir(dir / L"empty");
    CHECK(
        ::SetFileAttributesW(win32::extendedPath(dir / L"a.txt").c_str(), FILE_ATTRIBUTE_READONLY));

    const auto start = Clock::now();
    const ScanResult result = scan(dir.path());
    testharness::note("scanned %u entries in %lld ms", result.tree.size(), msSince(start));
    CHECK(result.ok());
    const ScanTree &tree = result.tree;
    CHECK_EQ(tree.size(), 7u);
    CHECK(tree.errors().empty());
    CHECK(!tree.cancelled());
    checkStructure(tree);
    CHECK_EQ(utf8(tree.rootPath()), utf8(win32::displayPath(tree.rootPath())));

    const auto paths = byPath(tree);
    for (const wchar_t *p :
         {L"a.txt", L"sub", L"sub\\b.bin", L"sub\\deeper", L"sub\\deeper\\c", L"empty"})
        CHECK(paths.count(p) == 1);
    const Entry &a = tree[paths.at(L"a.txt")];
    CHECK(a.kind == Kind::File);
    CHECK_EQ(a.size, std::uint64_t(5));
    CHECK_EQ(a.mode & 0777, 0444u); // read-only shows in the synthesised mode
    CHECK(a.mtime > 1'600'000'000LL * 1'000'000'000LL);
    CHECK(a.inode != 0);
    CHECK_EQ(a.device, tree[ScanTree::Root].device);
    const Entry &b = tree[paths.at(L"sub\\b.bin")];
    CHECK_EQ(b.size, std::uint64_t(1000));
    CHECK_EQ(b.mode & 0777, 0644u);
    const Entry &sub = tree[paths.at(L"sub")];
    CHECK(sub.kind == Kind::Directory);
    CHECK_EQ(sub.childCount, 2u);
    CHECK_EQ(tree[paths.at(L"empty")].childCount, 0u);
    CHECK(!(tree[paths.at(L"empty")].flags & Entry::NotListed));
    CHECK(tree[paths.at(L"sub\\deeper\\c")].kind == Kind::File);
    CHECK_EQ(utf8(tree.absolutePath(paths.at(L"sub\\b.bin"))), utf8(dir.path() + L"\\sub\\b.bin"));
    // Distinct file ids for distinct files.
    CHECK(a.inode != b.inode);
}

TEST(same_tree_on_one_and_four_threads)
{
    Scratch dir(L"parallel");
    for (int d = 0; d < 20; ++d) {
        const NativeString sub = dir / (L"d" + std::to_wstring(d));
        makeDir(sub);
        for (int f = 0; f < 25; ++f)
            writeFile(sub + L"\\f" + std::to_wstring(f));
    }
    ScanOptions one;
    one.threads = 1;
    ScanOptions four;
    four.threads = 4;
    auto start = Clock::now();
    const ScanResult a = scan(dir.path(), one);
    const long long oneMs = msSince(start);
    start = Clock::now();
    const ScanResult b = scan(dir.path(), four);
    testharness::note("521 entries: %lld ms on 1 thread, %lld ms on 4", oneMs, msSince(start));
    CHECK_EQ(a.tree.size(), 521u);
    CHECK_EQ(b.tree.size(), 521u);
    checkStructure(b.tree);
    const auto pa = byPath(a.tree);
    const auto pb = byPath(b.tree);
    CHECK(pa.size() == pb.size());
    for (const auto &[path, index] : pa) {
        CHECK(pb.count(path) == 1);
        CHECK_EQ(a.tree[index].inode, b.tree[pb.at(path)].inode);
    }
}

TEST(long_paths_and_special_names)
{
    Scratch dir(L"scanlong");
    NativeString deep = dir.path();
    for (int i = 0; i < 8; ++i) {
        deep += L"\\" + NativeString(40, wchar_t(L'k' + i));
        makeDir(deep);
    }
    const std::vector<NativeString> names = {L"NUL.txt", L"CON", L"trailing.", L"space "};
    for (const NativeString &n : names)
        writeFile(deep + L"\\" + n, "1234");
    const auto start = Clock::now();
    const ScanResult result = scan(dir.path());
    testharness::note("%u entries, deepest path %zu characters, in %lld ms", result.tree.size(),
                      (deep + L"\\trailing.").size(), msSince(start));
    CHECK(result.ok());
    CHECK(result.tree.errors().empty());
    CHECK_EQ(result.tree.size(), 1u + 8u + 4u);
    std::vector<NativeString> found;
    std::size_t longest = 0;
    for (std::uint32_t i = 1; i < result.tree.size(); ++i) {
        longest = std::max(longest, result.tree.absolutePath(i).size());
        if (result.tree[i].kind == Kind::File) {
            found.emplace_back(result.tree.name(i));
            CHECK_EQ(result.tree[i].size, std::uint64_t(4));
        }
    }
    std::sort(found.begin(), found.end());
    std::vector<NativeString> expected = names;
    std::sort(expected.begin(), expected.end());
    CHECK(found == expected); // exactly as spelled: no rewriting of NUL or dots
    CHECK(longest > 300);
}

TEST(root_errors_are_clear)
{
    Scratch dir(L"rooterr");
    const ScanResult missing = scan(dir / L"nope");
    CHECK(!missing.ok());
    CHECK_EQ(missing.rootError.message, std::string("does not exist"));
    writeFile(dir / L"file.txt");
    const ScanResult file = scan(dir / L"file.txt");
    CHECK(!file.ok());
    CHECK_EQ(file.rootError.message, std::string("is not a directory"));
    const ScanResult empty = scan(NativeStringView());
    CHECK(!empty.ok());
    testharness::note("missing: %d %s; file: %d %s", missing.rootError.code,
                      missing.rootError.message.c_str(), file.rootError.code,
                      file.rootError.message.c_str());
}

TEST(error_text_from_the_system)
{
    const std::string sharing = errorText(32);
    const std::string denied = errorText(5);
    testharness::note("32: \"%s\"; 5: \"%s\"; 145: \"%s\"", sharing.c_str(), denied.c_str(),
                      errorText(145).c_str());
    CHECK(!sharing.empty());
    CHECK(sharing != "Windows error 32");
    CHECK(sharing.back() != '\n');
    CHECK(errorText(0x7fffffff) == "Windows error 2147483647");
}

TEST(cancelled_scan_says_so)
{
    Scratch dir(L"cancel");
    makeDir(dir / L"x");
    writeFile(dir / L"x\\y");
    std::atomic<bool> cancel{true};
    ScanOptions options;
    options.cancel = &cancel;
    const ScanResult result = scan(dir.path(), options);
    CHECK(result.ok());
    CHECK(result.tree.cancelled());
    CHECK(result.tree[ScanTree::Root].flags & Entry::NotListed);
}

TEST(directory_link_is_a_symlink_not_descended)
{
    // The link: directoryLinkFixture (TestSupport.h).
    Scratch dir(L"scanlink");
    const NativeString root = directoryLinkFixture(dir);
    if (root.empty())
        return;
    const ScanResult result = scan(root + L"\\tree");
    CHECK(result.ok());
    const auto paths = byPath(result.tree);
    CHECK(paths.count(L"link") == 1);
    CHECK(result.tree[paths.at(L"link")].kind == Kind::Symlink);
    CHECK_EQ(result.tree[paths.at(L"link")].childCount, 0u);
    CHECK(paths.count(L"link\\keep.txt") == 0);
    testharness::note("link listed as %s, %zu entries",
                      kindName(result.tree[paths.at(L"link")].kind), paths.size());
}

TEST(reports_the_top_level_then_each_subtree)
{
    Scratch dir(L"progressive");
    for (int d = 0; d < 8; ++d) {
        const NativeString sub = dir / (L"d" + std::to_wstring(d));
        makeDir(sub);
        for (int f = 0; f < d * 3; ++f) {
            makeDir(sub + L"\\s" + std::to_wstring(f));
            writeFile(sub + L"\\s" + std::to_wstring(f) + L"\\x");
        }
    }
    writeFile(dir / L"file.txt", "abc");
    std::mutex mutex;
    int listedCalls = 0;
    bool listedAlone = false;
    bool doneBeforeListed = false;
    std::map<NativeString, std::uint32_t> done; // child name -> entries in its subtree then
    ScanOptions options;
    options.threads = 4;
    options.topLevelListed = [&](const ScanTree &t) {
        std::lock_guard lock(mutex);
        ++listedCalls;
        doneBeforeListed = !done.empty();
        listedAlone = t.size() == 1 + t[ScanTree::Root].childCount;
    };
    options.subtreeDone = [&](const ScanTree &t, std::uint32_t child) {
        std::lock_guard lock(mutex);
        done[NativeString(t.name(child))] += test::subtreeCount(t, child);
    };
    const ScanResult result = scan(dir.path(), options);
    CHECK(result.ok());
    CHECK_EQ(listedCalls, 1);
    CHECK(listedAlone);
    CHECK(!doneBeforeListed);
    CHECK_EQ(done.size(), std::size_t(8)); // every directory once; not the file
    for (int d = 0; d < 8; ++d)
        CHECK_EQ(done[L"d" + std::to_wstring(d)], std::uint32_t(1 + d * 3 * 2));
}

TEST_MAIN()
