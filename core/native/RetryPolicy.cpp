#include "core/native/RetryPolicy.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <random>
#include <thread>
#include <utility>

namespace tempscope::native {

const char *errorClassName(ErrorClass c)
{
    switch (c) {
    case ErrorClass::Gone:
        return "gone";
    case ErrorClass::ReadOnly:
        return "read-only";
    case ErrorClass::Transient:
        return "transient";
    case ErrorClass::LongLived:
        return "long-lived";
    case ErrorClass::Permanent:
        return "permanent";
    }
    return "?";
}

const char *retryActionName(RetryPolicy::Action a)
{
    switch (a) {
    case RetryPolicy::Action::Done:
        return "done";
    case RetryPolicy::Action::RetryNow:
        return "retry-now";
    case RetryPolicy::Action::RetryAfterSleep:
        return "retry-after-sleep";
    case RetryPolicy::Action::Defer:
        return "defer";
    case RetryPolicy::Action::GiveUp:
        return "give-up";
    }
    return "?";
}

ErrorClass classifyWin32Error(std::uint32_t code, const ErrorContext &context)
{
    switch (code) {
    case win32::ErrorFileNotFound:
    case win32::ErrorPathNotFound:
    case win32::ErrorDeletePending:
        return ErrorClass::Gone;
    case win32::ErrorAccessDenied:
        // Windows folds STATUS_DELETE_PENDING, STATUS_CANNOT_DELETE (read-only
        // or mapped image) and the ACL's STATUS_ACCESS_DENIED into 5. Tell
        // them apart by what is known, most specific first.
        if (context.deletePending)
            return ErrorClass::Gone;
        if (context.readOnly)
            return ErrorClass::ReadOnly;
        if (context.atDisposition)
            return ErrorClass::LongLived;
        if (context.accessDeniedBefore)
            return ErrorClass::Permanent;
        return ErrorClass::Transient;
    case win32::ErrorSharingViolation:
    case win32::ErrorLockViolation:
    case win32::ErrorDirNotEmpty:
        return ErrorClass::Transient;
    case win32::ErrorUserMappedFile:
        return ErrorClass::LongLived;
    case win32::ErrorWriteProtect:
    case win32::ErrorInvalidName:
    default:
        return ErrorClass::Permanent;
    }
}

RetryPolicy::Environment RetryPolicy::Environment::system()
{
    auto engine = std::make_shared<std::mt19937_64>(std::random_device{}());
    return {
        [] { return Clock::now(); },
        [](Ms d) { std::this_thread::sleep_for(d); },
        [engine] { return std::uniform_real_distribution<double>(0.0, 1.0)(*engine); },
    };
}

RetryPolicy::RetryPolicy(Environment environment, Ms budget)
    : m_env(std::move(environment)), m_budget(budget)
{
}

RetryPolicy::Ms RetryPolicy::delay(unsigned index, double random)
{
    const double base = Backoff.at(index);
    const double factor = (1.0 - Jitter) + 2.0 * Jitter * random;
    return Ms(std::llround(base * factor));
}

RetryPolicy::Decision RetryPolicy::defer(Item &item, ErrorClass c)
{
    if (m_finalPass)
        return {Action::GiveUp, c, Ms(0)};
    m_deferred.push_back(item.token);
    return {Action::Defer, c, Ms(0)};
}

RetryPolicy::Decision RetryPolicy::onFailure(Item &item, std::uint32_t code, ErrorContext context)
{
    ++item.failures;
    if (code == win32::ErrorAccessDenied && item.accessDenied)
        context.accessDeniedBefore = true;
    const ErrorClass c = classifyWin32Error(code, context);
    switch (c) {
    case ErrorClass::Gone:
        return {Action::Done, c, Ms(0)};
    case ErrorClass::ReadOnly:
        // Clearing the attribute is worth exactly one immediate retry; if it
        // comes back, something else keeps setting it.
        if (item.readOnlyCleared)
            return {Action::GiveUp, ErrorClass::Permanent, Ms(0)};
        item.readOnlyCleared = true;
        return {Action::RetryNow, c, Ms(0)};
    case ErrorClass::LongLived:
        return defer(item, c);
    case ErrorClass::Permanent:
        return {Action::GiveUp, c, Ms(0)};
    case ErrorClass::Transient:
        break;
    }

    if (code == win32::ErrorAccessDenied)
        item.accessDenied = true;
    if (m_finalPass)
        return {Action::GiveUp, c, Ms(0)};
    if (item.sleeps >= Backoff.size())
        return defer(item, c); // the per-item schedule is used up
    const Ms wanted = delay(item.sleeps, m_env.random());
    if (m_slept + wanted > m_budget)
        return defer(item, c); // the run's budget is used up: no partial sleeps
    const Clock::time_point start = m_env.now();
    m_env.sleep(wanted);
    // Count what the clock says, not what was asked: an oversleeping system
    // must not stretch the budget.
    const Ms took = std::max(Ms(0), std::chrono::duration_cast<Ms>(m_env.now() - start));
    ++item.sleeps;
    item.slept += took;
    m_slept += took;
    return {Action::RetryAfterSleep, c, took};
}

std::vector<std::uint64_t> RetryPolicy::beginFinalPass()
{
    m_finalPass = true;
    return std::exchange(m_deferred, {});
}

} // namespace tempscope::native
