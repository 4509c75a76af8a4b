#pragma once
// The Windows RemovalRoot (Remover.h): the root opened once as a handle
// (FILE_FLAG_BACKUP_SEMANTICS|FILE_FLAG_OPEN_REPARSE_POINT, sharing
// everything) and identified by volume serial number + file id, rechecked by
// path and by handle before every item. An item is reached from the root
// handle component by component (RelativeOpen.h) for the shared steps of
// WalkingRemovalRoot.h, which check it against the plan and walk it with the
// walk of Win32RemovalWalk.h. One
// RetryPolicy serves the whole run on this root: its lock-retry schedule and
// its budget (about 15 s of sleeping), and the deferred items that
// finishDeferred() retries once at the end. Windows backend only; one thread
// at a time (remove() sleeps while backing off: never the GUI thread).

#include "core/native/RetryPolicy.h"
#include "core/native/WalkingRemovalRoot.h"
#include "core/native/win32/Disposition.h"
#include "core/native/win32/Handle.h"

namespace tempscope::native {

class Win32RemovalRoot final : public WalkingRemovalRoot
{
public:
    // RemovalRoot::open() with the system clock and the default budget;
    // tests give their own environment and a shorter budget.
    static std::unique_ptr<Win32RemovalRoot>
    openWith(NativeStringView path, int *error, RetryPolicy::Environment environment,
             RetryPolicy::Ms budget = RetryPolicy::DefaultBudget);
    ~Win32RemovalRoot() override;

    bool stillSame() const override;
    bool readOnly() const override;
    RemovalOutcome remove(const RemovalTarget &target, const RemovalPolicy &policy) override;
    // No trash on Windows yet (the Recycle Bin is not this one): Skipped.
    RemovalOutcome moveToTrash(const RemovalTarget &target, const RemovalPolicy &policy,
                               const TrashDir &trash) override;
    std::vector<FinalOutcome> finishDeferred() override;

    const RetryPolicy &retryPolicy() const { return m_retry; }

private:
    Win32RemovalRoot(NativeString path, FileId id, win32::Handle root, RetryPolicy retry);
    std::unique_ptr<ItemWalk> reach(const RemovalTarget &target, const RemovalPolicy &policy,
                                    const std::vector<NativeString> &parts,
                                    RemovalOutcome &refused) override;

    // An item remove() left partial: what the final pass needs to try again.
    struct Deferred
    {
        RemovalTarget target;
        RemovalPolicy policy; // without inUse and progress, which need not outlive remove()
        RemovalOutcome first;
    };

    win32::Handle m_root;
    RetryPolicy m_retry;
    win32::Disposer m_disposer;
    std::vector<Deferred> m_deferred;
    std::uint64_t m_token = 0;
};

} // namespace tempscope::native
