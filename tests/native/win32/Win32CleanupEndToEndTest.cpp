// The Windows cleanup end to end, without Qt: a real tree is scanned into a
// plan (CleanupDriver.h), the plan is run through the platform's RemovalRoot
// from the one factory with the final pass, and the tree afterwards is
// compared with what the report says. What the GUI and the CLI do through
// core/cleanup, minus the Qt layer that mingw-w64 has no build of here.

#include "CleanupDriver.h"
#include "TestSupport.h"

using namespace tempscope::native;
using namespace testsupport;
using namespace cleanupdriver;

namespace {

constexpr TimeNs Hour = 3600LL * 1'000'000'000;

// Sets an entry's write and access times to 2020-01-01 (a directory's too).
void makeOld(const NativeString &path)
{
    Handle h(::CreateFileW(win32::extendedPath(path).c_str(), FILE_WRITE_ATTRIBUTES,
                           FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                           OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, nullptr));
    if (!h.valid())
        testharness::fail(__FILE__, __LINE__, "cannot open " + utf8(path));
    const std::uint64_t ticks = 132223104000000000ULL; // 2020-01-01T00:00:00Z
    FILETIME old{static_cast<DWORD>(ticks), static_cast<DWORD>(ticks >> 32)};
    CHECK(::SetFileTime(h.get(), nullptr, &old, &old));
}

std::string status(const RemovalOutcome &o)
{
    return statusName(o.status);
}

} // namespace

TEST(stale_items_go_fresh_ones_stay)
{
    Scratch dir(L"e2e-ages");
    for (int i = 0; i < 5; ++i) {
        const NativeString job = dir / (L"old" + std::to_wstring(i));
        makeDir(job);
        writeFile(job + L"\\data.bin", std::string(1000, 'd'));
        makeOld(job + L"\\data.bin");
        makeOld(job);
        writeFile(dir / (L"fresh" + std::to_wstring(i) + L".tmp"));
    }
    writeFile(dir / L"old.log");
    makeOld(dir / L"old.log");
    // Wine keeps a Unix change time, which any attribute change renews:
    // judge by the write time, as systemd-tmpfiles' "mM" does.
    const Plan plan = planCleanup(dir.path(), nowNs() - Hour, TimeBasis::Mtime);
    testharness::note("plan: %zu to remove, %zu too new", plan.items.size(), plan.tooNew.size());
    CHECK(plan.error.empty());
    CHECK_EQ(plan.items.size(), std::size_t(6));
    CHECK_EQ(plan.tooNew.size(), std::size_t(5));
    const RunReport report = runCleanup(plan);
    testharness::note("run: %llu entries, %llu bytes freed, %lld ms",
                      static_cast<unsigned long long>(report.entriesRemoved),
                      static_cast<unsigned long long>(report.bytesFreed), report.ms);
    for (const ItemReport &r : report.items)
        CHECK_EQ(status(r.outcome), std::string("removed"));
    CHECK_EQ(report.entriesRemoved, std::uint64_t(11));
    for (int i = 0; i < 5; ++i) {
        CHECK(!exists(dir / (L"old" + std::to_wstring(i))));
        CHECK(exists(dir / (L"fresh" + std::to_wstring(i) + L".tmp")));
    }
    CHECK(!exists(dir / L"old.log"));
}

TEST(locks_across_a_run_of_many_items)
{
    Scratch dir(L"e2e-locks");
    const int items = 20;
    for (int i = 0; i < items; ++i) {
        const NativeString job = dir / (L"job" + std::to_wstring(100 + i));
        makeDir(job);
        writeFile(job + L"\\a.txt");
        writeFile(job + L"\\b.txt");
    }
    const Plan plan = planCleanup(dir.path(), nowNs() + Hour);
    CHECK_EQ(plan.items.size(), std::size_t(items));
    // job103: held for good. job110: held while job103's schedule runs,
    // released during its own.
    Helper forGood(helperExe(), L"hold \"" + (dir / L"job103\\a.txt") + L"\" 120000");
    Helper forAWhile(helperExe(), L"hold \"" + (dir / L"job110\\b.txt") + L"\" 1800");
    const RunReport report = runCleanup(plan);
    testharness::note("%d items in %lld ms", items, report.ms);
    int removed = 0;
    for (const ItemReport &r : report.items) {
        if (r.outcome.status == RemovalStatus::Removed)
            ++removed;
        else
            testharness::note("%s: %s (%s)", utf8(r.path).c_str(), status(r.outcome).c_str(),
                              r.outcome.reason.c_str());
    }
    const ItemReport *held = report.find(L"job103");
    CHECK(held && held->wasDeferred);
    CHECK_EQ(status(held->outcome), std::string("partial"));
    CHECK_EQ(held->outcome.entriesKept, std::uint64_t(1));
    CHECK(held->outcome.kept.front().relativePath == L"job103\\a.txt");
    CHECK(exists(dir / L"job103\\a.txt"));
    CHECK(!exists(dir / L"job103\\b.txt"));
    const ItemReport *late = report.find(L"job110");
    CHECK(late != nullptr);
    CHECK_EQ(status(late->outcome), std::string("removed"));
    CHECK(!exists(dir / L"job110"));
    CHECK_EQ(removed, items - 1);
    CHECK(report.ms < 15000);
}

TEST(dry_run_then_real_run_agree)
{
    Scratch dir(L"e2e-dry");
    for (int i = 0; i < 4; ++i) {
        makeDir(dir / (L"d" + std::to_wstring(i)));
        for (int k = 0; k < 10; ++k)
            writeFile(dir / (L"d" + std::to_wstring(i) + L"\\f" + std::to_wstring(k)));
    }
    const Plan plan = planCleanup(dir.path(), nowNs() + Hour);
    RunOptions dry;
    dry.dryRun = true;
    const RunReport preview = runCleanup(plan, dry);
    CHECK(exists(dir / L"d0\\f0"));
    const RunReport real = runCleanup(plan);
    CHECK_EQ(preview.items.size(), real.items.size());
    for (std::size_t i = 0; i < real.items.size(); ++i) {
        CHECK_EQ(status(preview.items[i].outcome), status(real.items[i].outcome));
        CHECK_EQ(preview.items[i].outcome.entriesRemoved, real.items[i].outcome.entriesRemoved);
        CHECK_EQ(preview.items[i].outcome.bytesFreed, real.items[i].outcome.bytesFreed);
    }
    CHECK_EQ(real.entriesRemoved, std::uint64_t(44));
    testharness::note("dry %lld ms, real %lld ms", preview.ms, real.ms);
}

TEST(second_run_finds_everything_gone)
{
    Scratch dir(L"e2e-twice");
    makeDir(dir / L"job");
    writeFile(dir / L"job\\x");
    writeFile(dir / L"y");
    const Plan plan = planCleanup(dir.path(), nowNs() + Hour);
    const RunReport first = runCleanup(plan);
    CHECK_EQ(first.entriesRemoved, std::uint64_t(3));
    const RunReport second = runCleanup(plan);
    for (const ItemReport &r : second.items) {
        CHECK_EQ(status(r.outcome), std::string("removed"));
        CHECK(r.outcome.alreadyGone);
        CHECK_EQ(r.outcome.entriesRemoved, std::uint64_t(0));
    }
}

TEST(wide_directory_timed)
{
    Scratch dir(L"e2e-wide");
    makeDir(dir / L"wide");
    const int n = 500;
    for (int i = 0; i < n; ++i)
        writeFile(dir / (L"wide\\entry-" + std::to_wstring(i)));
    const auto start = std::chrono::steady_clock::now();
    const Plan plan = planCleanup(dir.path(), nowNs() + Hour);
    const long long planMs = msSince(start);
    const RunReport report = runCleanup(plan);
    testharness::note("%d files: plan %lld ms, run %lld ms", n, planMs, report.ms);
    CHECK_EQ(report.entriesRemoved, std::uint64_t(n + 1));
    CHECK(!exists(dir / L"wide"));
}

TEST(root_that_is_not_the_planned_one_is_refused)
{
    Scratch dir(L"e2e-root");
    makeDir(dir / L"root");
    writeFile(dir / L"root\\a");
    const Plan plan = planCleanup(dir / L"root", nowNs() + Hour);
    // Moved away, not deleted: under Wine file ids are inode numbers, which a
    // directory made right after a deletion may reuse.
    CHECK(::MoveFileW(win32::extendedPath(dir / L"root").c_str(),
                      win32::extendedPath(dir / L"old").c_str()));
    makeDir(dir / L"root");
    writeFile(dir / L"root\\a");
    const RunReport report = runCleanup(plan);
    CHECK_EQ(report.rootErrors.size(), std::size_t(1));
    CHECK_EQ(report.rootErrors[0], std::string("the root was replaced since the preview"));
    CHECK(exists(dir / L"root\\a"));
    CHECK_EQ(report.entriesRemoved, std::uint64_t(0));
}

TEST(deep_tree_reached_relative_to_handles)
{
    // Depth 150 (about 1,700 characters from the drive): every level is
    // opened by name relative to its parent's handle, with an explicit stack.
    Scratch dir(L"e2e-deep");
    const int depth = 150;
    const NativeString p = makeDeepTree(dir / L"deep", depth);
    const Plan plan = planCleanup(dir.path(), nowNs() + Hour);
    const RunReport report = runCleanup(plan);
    testharness::note("depth %d, %zu characters: %lld ms", depth, p.size() + 11, report.ms);
    CHECK_EQ(status(report.items.front().outcome), std::string("removed"));
    CHECK_EQ(report.entriesRemoved, std::uint64_t(1 + depth + 1));
    CHECK(!exists(dir / L"deep"));
}

TEST(directory_with_a_delete_pending_child_is_waited_for)
{
    // SAFETY.md case 19: another program deleted a file inside but still has
    // it open (delete-pending): it is listed, cannot be opened, and keeps its
    // directory from going (145) until released. Waited for, not failed on.
    Scratch dir(L"e2e-pending");
    makeDir(dir / L"work");
    writeFile(dir / L"work\\pending.tmp");
    writeFile(dir / L"work\\other.tmp");
    const Plan plan = planCleanup(dir.path(), nowNs() + Hour);
    Helper pending(helperExe(), L"pending \"" + (dir / L"work\\pending.tmp") + L"\" 400");
    const RunReport report = runCleanup(plan);
    const RemovalOutcome &o = report.find(L"work")->outcome;
    testharness::note("work\\ with a delete-pending child: %s in %lld ms (%s)", status(o).c_str(),
                      msSince(pending.readyAt()), o.reason.c_str());
    CHECK_EQ(status(o), std::string("removed"));
    CHECK(!exists(dir / L"work"));
    CHECK(msSince(pending.readyAt()) < 400 + 2000);
}

TEST_MAIN()
