#pragma once
// Deleting through a handle on Windows, for the walk of Win32RemovalWalk.h
// (Windows backend only): marking an open handle for delete
// (FileDispositionInfoEx with POSIX semantics and ignore-read-only first,
// FileDispositionInfo where the volume refuses that, remembered per volume),
// the read-only attribute set and restored through the handle, and the retry
// loop that lets RetryPolicy decide after every failed attempt (SAFETY.md Windows rules
// 3-5). A Disposer belongs to one run on one thread; the rest is stateless.

#include "core/native/RetryPolicy.h"

#include <windows.h>

#include <chrono>
#include <cstdint>
#include <map>

namespace tempscope::native::win32 {

template <class Fn> Fn procAddress(HMODULE module, const char *name)
{
    // Through a generic function pointer: GCC warns about direct casts from FARPROC.
    return reinterpret_cast<Fn>(reinterpret_cast<void (*)()>(::GetProcAddress(module, name)));
}

// Sets a file's attributes through its handle (FILE_WRITE_ATTRIBUTES), times untouched.
bool setAttributes(HANDLE h, DWORD attributes);

std::uint64_t fileId(const BY_HANDLE_FILE_INFORMATION &info);

// One try at opening and deleting an entry.
struct Attempt
{
    bool ok = false;
    DWORD code = 0;
    ErrorContext context;
};

// What the retry loop ended with.
struct RetryStep
{
    enum Kind : std::uint8_t { Removed, Gone, Deferred, GaveUp };
    Kind kind = GaveUp;
    ErrorClass errorClass = ErrorClass::Permanent;
    DWORD code = 0;
    bool ok() const { return kind == Removed || kind == Gone; }
};

// Runs attempt(clearReadOnly) until it succeeds or the policy says stop;
// `tally` counts (attempts, slept) and keeps the last error (code).
template <class Tally, class F>
RetryStep retry(RetryPolicy &policy, std::uint64_t token, Tally &tally, F &&attempt)
{
    RetryPolicy::Item item = policy.begin(token);
    bool clearReadOnly = false;
    for (;;) {
        ++tally.attempts;
        const Attempt a = attempt(clearReadOnly);
        if (a.ok)
            return {RetryStep::Removed, ErrorClass::Gone, 0};
        tally.code = a.code;
        const RetryPolicy::Decision d = policy.onFailure(item, a.code, a.context);
        tally.slept += d.slept;
        switch (d.action) {
        case RetryPolicy::Action::Done:
            return {RetryStep::Gone, d.errorClass, a.code};
        case RetryPolicy::Action::RetryNow:
            clearReadOnly = true;
            break;
        case RetryPolicy::Action::RetryAfterSleep:
            break;
        case RetryPolicy::Action::Defer:
            return {RetryStep::Deferred, d.errorClass, a.code};
        case RetryPolicy::Action::GiveUp:
            return {RetryStep::GaveUp, d.errorClass, a.code};
        }
    }
}

// Marks open handles for delete, remembering per volume whether
// FileDispositionInfoEx is accepted.
class Disposer
{
public:
    enum class Used : std::uint8_t { PosixSemantics, Legacy };

    explicit Disposer(bool tryPosixSemantics = true) : m_tryPosix(tryPosixSemantics) {}

    // True when marked (`used` says how); else false with the error in `error`.
    bool mark(HANDLE handle, std::uint32_t volume, Used &used, DWORD &error);

private:
    bool m_tryPosix;
    std::map<std::uint32_t, bool> m_posixByVolume; // FileDispositionInfoEx accepted?
};

} // namespace tempscope::native::win32
