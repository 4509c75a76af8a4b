// How the Windows root deletes and when it stops trying (SAFETY.md Windows
// rules 3-5), against real handles and a second process: the disposition
// through a handle and its fallback, the retry schedule on this platform,
// the Restart Manager naming a holder (or saying it cannot), a running
// program put aside at once and reported by the final pass without waits,
// and the final pass refusing what changed since the preview. Each case
// prints what it measured.

#include "CleanupDriver.h"
#include "TestSupport.h"

#include "core/native/RetryPolicy.h"
#include "core/native/win32/Disposition.h"
#include "core/native/win32/RestartManager.h"
#include "core/native/win32/Win32RemovalRoot.h"

using namespace tempscope::native;
using namespace testsupport;
using namespace cleanupdriver;
using Clock = std::chrono::steady_clock;

namespace {

// Opens `path` for DELETE with share mode 0 and marks it through `disposer`;
// 0 or the error. The file goes when the handle closes, here.
DWORD markForDelete(win32::Disposer &disposer, const NativeString &path,
                    win32::Disposer::Used &used)
{
    Handle h(::CreateFileW(win32::extendedPath(path).c_str(), DELETE | FILE_READ_ATTRIBUTES, 0,
                           nullptr, OPEN_EXISTING, FILE_FLAG_OPEN_REPARSE_POINT, nullptr));
    if (!h.valid())
        return ::GetLastError();
    BY_HANDLE_FILE_INFORMATION info{};
    if (!::GetFileInformationByHandle(h.get(), &info))
        return ::GetLastError();
    DWORD error = 0;
    return disposer.mark(h.get(), info.dwVolumeSerialNumber, used, error) ? 0 : error;
}

// A copy of the helper in `dir`, to run as a program whose image is in use.
NativeString copyOfHelper(const Scratch &dir, const wchar_t *name)
{
    const NativeString exe = dir / name;
    CHECK(::CopyFileW(win32::extendedPath(helperExe()).c_str(), win32::extendedPath(exe).c_str(),
                      FALSE));
    return exe;
}

} // namespace

TEST(retry_schedule_on_windows)
{
    // The pure policy also holds on this platform (the full table runs in RetryPolicyTest).
    Clock::time_point now{};
    std::vector<long long> sleeps;
    RetryPolicy policy({[&] { return now; },
                        [&](RetryPolicy::Ms d) {
                            sleeps.push_back(d.count());
                            now += d;
                        },
                        [] { return 0.5; }});
    RetryPolicy::Item item = policy.begin(1);
    while (policy.onFailure(item, win32::ErrorSharingViolation, {}).action ==
           RetryPolicy::Action::RetryAfterSleep) {
    }
    CHECK(sleeps == (std::vector<long long>{10, 20, 40, 80, 160, 320, 640}));
    CHECK_EQ(policy.deferred().size(), std::size_t(1));
}

TEST(disposition_ex_rejected_falls_back)
{
    Scratch dir(L"fallback");
    writeFile(dir / L"posix.txt");
    writeFile(dir / L"legacy.txt");
    win32::Disposer exFirst; // as every root's
    win32::Disposer::Used used{};
    CHECK_EQ(markForDelete(exFirst, dir / L"posix.txt", used), DWORD(0));
    CHECK(!exists(dir / L"posix.txt"));
    const bool ex = used == win32::Disposer::Used::PosixSemantics;
    testharness::note("FileDispositionInfoEx %s", ex ? "accepted" : "rejected: fell back");
    // Windows 10 1607+ on NTFS takes the Ex call; Wine answers 87 and the
    // fallback must have done the work.
    if (runningOnWine())
        CHECK(!ex);

    win32::Disposer legacyOnly(false);
    CHECK_EQ(markForDelete(legacyOnly, dir / L"legacy.txt", used), DWORD(0));
    CHECK(used == win32::Disposer::Used::Legacy);
    CHECK(!exists(dir / L"legacy.txt"));
}

TEST(restart_manager_names_the_holder_or_degrades)
{
    Scratch dir(L"rm");
    const NativeString file = dir / L"held.txt";
    writeFile(file);
    Helper holder(helperExe(), L"hold \"" + file + L"\" 60000");
    const auto start = Clock::now();
    const std::vector<LockingProcess> who = win32::lockingProcesses(file);
    const long long ms = msSince(start);
    std::string names;
    for (const LockingProcess &p : who)
        names += p.name + " (pid " + std::to_string(p.pid) + ") ";
    testharness::note("Restart Manager answered in %lld ms: %s", ms,
                      who.empty() ? "nobody/unknown" : names.c_str());
    CHECK(ms < 5000);
    if (runningOnWine())
        return; // Wine's rstrtmgr is a stub: an empty answer, quickly, is all it can show
    bool found = false;
    for (const LockingProcess &p : who)
        found = found || p.pid == holder.pid();
    CHECK(found);
}

TEST(running_executable_is_deferred_not_retried_forever)
{
    Scratch dir(L"runningexe");
    const NativeString exe = copyOfHelper(dir, L"busy.exe");
    int error = 0;
    auto root = Win32RemovalRoot::openWith(dir.path(), &error, RetryPolicy::Environment::system());
    CHECK(root);
    {
        Helper running(exe, L"sleep 120000");
        // Running it reads it (its access time moves): planned afterwards.
        const Plan plan = planCleanup(dir.path(), farFuture());
        const auto start = Clock::now();
        const RemovalOutcome first =
            root->remove(itemOf(plan, L"busy.exe").target, policyFor(plan));
        const std::vector<FinalOutcome> finals = root->finishDeferred();
        const long long total = msSince(start);
        CHECK(first.deferred); // put aside at once...
        CHECK_EQ(first.entriesRemoved, std::uint64_t(0));
        CHECK_EQ(finals.size(), std::size_t(1));
        const RemovalOutcome &last = finals[0].outcome;
        testharness::note("running busy.exe: %s after %lld ms (%s), slept %lld ms",
                          statusName(last.status), total, last.reason.c_str(),
                          static_cast<long long>(root->retryPolicy().slept().count()));
        CHECK(!last.deferred); // ...and reported, not retried forever
        CHECK_EQ(std::string(statusName(last.status)), std::string("skipped"));
        CHECK(last.code == KeepReason::InUse);
        CHECK(last.reason.find("in use") == 0);
        CHECK(total < 1000); // no backoff for a long-lived use
        CHECK_EQ(root->retryPolicy().slept().count(), 0);
        CHECK(exists(exe)); // never forced
    }
    // Once the program has ended the same file goes: it was the running image.
    const Plan after = planCleanup(dir.path(), farFuture());
    const RemovalOutcome o = root->remove(itemOf(after, L"busy.exe").target, policyFor(after));
    CHECK_EQ(std::string(statusName(o.status)), std::string("removed"));
    CHECK(!exists(exe));
}

TEST(final_pass_skips_what_changed_since_preview)
{
    Scratch dir(L"changed");
    const NativeString exe = copyOfHelper(dir, L"changed.exe");
    int error = 0;
    auto root = Win32RemovalRoot::openWith(dir.path(), &error, RetryPolicy::Environment::system());
    CHECK(root);
    Helper running(exe, L"sleep 120000");
    const Plan plan = planCleanup(dir.path(), farFuture());
    const RemovalOutcome first = root->remove(itemOf(plan, L"changed.exe").target, policyFor(plan));
    CHECK(first.deferred);
    running.stop(); // now it could be deleted...
    ::Sleep(20);
    writeFile(exe, "written after the preview"); // ...but it is not what the user confirmed
    const std::vector<FinalOutcome> finals = root->finishDeferred();
    CHECK_EQ(finals.size(), std::size_t(1));
    const RemovalOutcome &last = finals[0].outcome;
    testharness::note("final pass: %s (%s)", statusName(last.status), last.reason.c_str());
    CHECK(finals[0].relativePath == L"changed.exe");
    CHECK(!last.deferred);
    CHECK(last.code == KeepReason::ChangedSincePreview);
    CHECK_EQ(last.reason, std::string("changed since preview"));
    CHECK_EQ(last.entriesRemoved, std::uint64_t(0));
    CHECK(exists(exe));
}

TEST_MAIN()
