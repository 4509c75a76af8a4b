#pragma once
// RetryPolicy: what to do when deleting an item fails on Windows — retry now,
// sleep and retry, put it aside until the end of the run, or give up
// (SAFETY.md, Windows rules 4 and 5). Pure logic without any OS call: the
// clock, the sleeper and the random source are injected, so the schedule is
// unit-tested exactly on every platform. Win32RemovalRoot drives it with the real
// ones (Environment::system()).
//
// One RetryPolicy serves one cleaning run: it owns the run's sleep budget and
// its deferred list. It is not thread-safe; the thread that runs the removals
// owns it. Items are tracked by a caller-chosen token (an index into the
// caller's own list).

#include <array>
#include <chrono>
#include <cstdint>
#include <functional>
#include <vector>

namespace tempscope::native {

// The Win32 error codes the policy reasons about (values from winerror.h,
// spelled out so that this file builds on every platform).
namespace win32 {
inline constexpr std::uint32_t ErrorFileNotFound = 2;
inline constexpr std::uint32_t ErrorPathNotFound = 3;
inline constexpr std::uint32_t ErrorAccessDenied = 5;
inline constexpr std::uint32_t ErrorWriteProtect = 19;
inline constexpr std::uint32_t ErrorSharingViolation = 32;
inline constexpr std::uint32_t ErrorLockViolation = 33;
inline constexpr std::uint32_t ErrorInvalidParameter = 87;
inline constexpr std::uint32_t ErrorInvalidName = 123;
inline constexpr std::uint32_t ErrorDirNotEmpty = 145;
inline constexpr std::uint32_t ErrorDeletePending = 303;
inline constexpr std::uint32_t ErrorUserMappedFile = 1224;
} // namespace win32

enum class ErrorClass : std::uint8_t {
    Gone,      // already deleted, or delete-pending: counts as done
    ReadOnly,  // the read-only attribute is in the way: clear it, retry at once
    Transient, // held briefly (scanner, indexer, a child still pending): back off
    LongLived, // mapped file or running executable: defer to the end of the run
    Permanent, // access control, write protection, bad name...: report it
};

const char *errorClassName(ErrorClass c);

// What the remover knew when the error happened. Windows maps several NTSTATUS
// values onto ERROR_ACCESS_DENIED (5), so the code alone is not enough.
struct ErrorContext
{
    // The item still carries FILE_ATTRIBUTE_READONLY (not yet cleared).
    bool readOnly = false;
    // The DELETE handle was opened and marking it failed: DELETE access was
    // granted, so a 5 here is STATUS_CANNOT_DELETE (a mapped image, i.e. a
    // running executable), not the ACL.
    bool atDisposition = false;
    // This item already failed with 5 after read-only was ruled out: a 5 that
    // persists is the ACL. (RetryPolicy::onFailure fills this from its Item.)
    bool accessDeniedBefore = false;
    // The NTSTATUS behind a 5 was STATUS_DELETE_PENDING.
    bool deletePending = false;
};

// SAFETY.md Windows rule 4 as a pure function.
ErrorClass classifyWin32Error(std::uint32_t code, const ErrorContext &context);

class RetryPolicy
{
public:
    using Ms = std::chrono::milliseconds;
    using Clock = std::chrono::steady_clock;

    // Sleeps before the 1st..7th retry of a transient failure (about 1.3 s).
    static constexpr std::array<int, 7> Backoff{10, 20, 40, 80, 160, 320, 640};
    static constexpr double Jitter = 0.25; // each sleep is Backoff[i] * [0.75, 1.25]
    static constexpr Ms DefaultBudget{15000};

    struct Environment
    {
        std::function<Clock::time_point()> now;
        std::function<void(Ms)> sleep;
        std::function<double()> random; // uniform in [0, 1)
        // steady_clock, std::this_thread::sleep_for and a seeded Mersenne twister.
        static Environment system();
    };

    enum class Action : std::uint8_t {
        Done,            // gone: count the item as removed
        RetryNow,        // clear the read-only attribute and try again without sleeping
        RetryAfterSleep, // the policy has slept; try again
        Defer,           // put aside (on the deferred list); retried once at the end
        GiveUp,          // report the failure
    };

    struct Decision
    {
        Action action = Action::GiveUp;
        ErrorClass errorClass = ErrorClass::Permanent;
        Ms slept{0}; // measured by the clock, 0 unless RetryAfterSleep
    };

    // Per-item bookkeeping; one per item and pass.
    struct Item
    {
        std::uint64_t token = 0;
        unsigned failures = 0;
        unsigned sleeps = 0;
        bool readOnlyCleared = false;
        bool accessDenied = false; // a 5 after read-only was ruled out
        Ms slept{0};
    };

    explicit RetryPolicy(Environment environment, Ms budget = DefaultBudget);

    Item begin(std::uint64_t token) const { return Item{token}; }
    // Classifies the failure and acts on it: sleeps (through the injected
    // sleeper) when the answer is RetryAfterSleep, appends the item's token
    // to the deferred list when it is Defer.
    Decision onFailure(Item &item, std::uint32_t code, ErrorContext context);

    // The sleep before retry `index` (0-based) with the jitter of `random`
    // (in [0, 1)), rounded to whole milliseconds.
    static Ms delay(unsigned index, double random);

    // Ends the normal pass: returns the deferred tokens in the order they were
    // deferred, once. From now on nothing is deferred or slept for: a failure
    // that would have been retried is given up.
    std::vector<std::uint64_t> beginFinalPass();
    bool finalPass() const { return m_finalPass; }

    Ms budget() const { return m_budget; }
    Ms slept() const { return m_slept; }
    const std::vector<std::uint64_t> &deferred() const { return m_deferred; }

private:
    Decision defer(Item &item, ErrorClass c);

    Environment m_env;
    Ms m_budget;
    Ms m_slept{0};
    std::vector<std::uint64_t> m_deferred;
    bool m_finalPass = false;
};

const char *retryActionName(RetryPolicy::Action a);

} // namespace tempscope::native
