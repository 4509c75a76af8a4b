// The Windows holder query (core/native/Holders.h) through the Restart
// Manager: another process holding a file is named for the path and for the
// tree entry, nobody holds the rest, a gone path says so. Wine's Restart
// Manager is a stub: there the answer must be empty (unknown) and quick.

#include "TestSupport.h"

#include "core/native/Holders.h"
#include "core/native/Remover.h"
#include "core/native/Scanner.h"

#include <algorithm>

using namespace tempscope::native;
using namespace testsupport;
using Clock = std::chrono::steady_clock;

namespace {

bool names(const std::vector<FileHolder> &holders, DWORD pid)
{
    return std::any_of(holders.begin(), holders.end(), [&](const FileHolder &h) {
        return h.pid == static_cast<int>(pid) && h.via == FileHolder::Via::Handle &&
               !h.command.empty();
    });
}

} // namespace

TEST(paths_held_free_and_gone)
{
    Scratch dir(L"holders");
    writeFile(dir / L"held.txt");
    writeFile(dir / L"free.txt");
    Helper holder(helperExe(), L"hold \"" + (dir / L"held.txt") + L"\" 60000");
    const std::vector<NativeString> paths{dir / L"held.txt", dir / L"free.txt",
                                          dir / L"missing.txt"};
    const auto start = Clock::now();
    const std::vector<PathHolders> who = holdersOf(paths);
    const long long ms = msSince(start);
    testharness::note("three paths answered in %lld ms; held.txt: %zu holder(s)", ms,
                      who.size() == 3 ? who[0].holders.size() : std::size_t(0));
    CHECK_EQ(who.size(), std::size_t(3));
    CHECK_EQ(who[0].error, 0);
    CHECK_EQ(who[1].error, 0);
    CHECK(who[1].holders.empty());
    CHECK(who[2].error == ERROR_FILE_NOT_FOUND || who[2].error == ERROR_PATH_NOT_FOUND);
    CHECK(who[2].holders.empty());
    CHECK(ms < 10000);
    CHECK(holdersOf({}).empty());
    if (runningOnWine()) {
        CHECK(who[0].holders.empty()); // the stub knows nobody: unknown, not a wrong name
        return;
    }
    CHECK(names(who[0].holders, holder.pid()));
}

TEST(tree_entries_held)
{
    Scratch dir(L"holdtree");
    makeDir(dir / L"sub");
    for (int i = 0; i < 40; ++i)
        writeFile(dir / (L"sub\\f" + std::to_wstring(i)));
    writeFile(dir / L"sub\\held.bin");
    Helper holder(helperExe(), L"hold \"" + (dir / L"sub\\held.bin") + L"\" 60000");
    const ScanResult scanned = scan(dir.path());
    CHECK(scanned.ok());
    const auto start = Clock::now();
    const TreeHolders held = holdersInTree(scanned.tree);
    const long long ms = msSince(start);
    testharness::note("%u entries answered in %lld ms: %zu held", scanned.tree.size(), ms,
                      held.size());
    CHECK(ms < 20000);
    if (runningOnWine()) {
        CHECK(held.empty());
        return;
    }
    // Narrowed down to the one held file: nothing else is named.
    CHECK_EQ(held.size(), std::size_t(1));
    const auto it = held.begin();
    CHECK(scanned.tree.relativePath(it->first) == L"sub\\held.bin");
    CHECK(names(it->second, holder.pid()));
}

TEST(in_use_index_of_a_tree_for_the_preview)
{
    // What the cleanup preview asks on both platforms (InUseIndex::ofTree):
    // the held entries of the scanned tree by file id, with their holder.
    Scratch dir(L"indextree");
    writeFile(dir / L"held.log");
    writeFile(dir / L"free.log");
    Helper holder(helperExe(), L"hold \"" + (dir / L"held.log") + L"\" 60000");
    const ScanResult scanned = scan(dir.path());
    CHECK(scanned.ok());
    const auto start = Clock::now();
    const InUseIndex index = InUseIndex::ofTree(scanned.tree);
    testharness::note("index of %u entries in %lld ms: %zu held", scanned.tree.size(),
                      msSince(start), index.size());
    std::uint32_t held = 0;
    std::uint32_t free = 0;
    for (std::uint32_t i = 1; i < scanned.tree.size(); ++i)
        (scanned.tree.name(i) == L"held.log" ? held : free) = i;
    CHECK(held != 0 && free != 0);
    CHECK(index.holder(scanned.tree[free].id()) == nullptr);
    CHECK(InUseIndex::scan().size() == 0); // Windows cannot list every open file
    if (runningOnWine()) {
        CHECK_EQ(index.size(), std::size_t(0)); // unknown, never a wrong name
        return;
    }
    const Holder *h = index.holder(scanned.tree[held].id());
    CHECK(h != nullptr);
    CHECK_EQ(h->pid, static_cast<int>(holder.pid()));
}

TEST(many_paths_one_answer_each_in_order)
{
    // More paths than one Restart Manager batch (512): every path gets its
    // own answer, in the order asked, the missing ones with their error.
    Scratch dir(L"manypaths");
    std::vector<NativeString> paths;
    for (int i = 0; i < 600; ++i) {
        paths.push_back(dir / (L"f" + std::to_wstring(i)));
        if (i % 100 != 7)
            writeFile(paths.back());
    }
    const auto start = Clock::now();
    const std::vector<PathHolders> who = holdersOf(paths);
    testharness::note("600 paths answered in %lld ms", msSince(start));
    CHECK_EQ(who.size(), paths.size());
    for (std::size_t i = 0; i < paths.size(); ++i) {
        if (i % 100 == 7)
            CHECK_EQ(who[i].error, int(ERROR_FILE_NOT_FOUND));
        else
            CHECK_EQ(who[i].error, 0);
        CHECK(who[i].holders.empty()); // nobody holds these
    }
}

TEST_MAIN()
