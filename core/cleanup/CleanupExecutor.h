#pragma once
// CleanupExecutor: carries out a CleanupPlan on a worker thread it owns.
//
// Every candidate is revalidated at delete time by the native remover
// (identity, age against the confirmed plan, ownership, locks, in-use), so an
// item touched since the preview is kept ("changed since preview"). A dry run
// is the same walk with the remover's dryRun flag set. Trash moves an entry
// into the freedesktop.org trash of its root (native/Trash.h), from the
// remover's verified descriptors after the same revalidation; where there is
// no safe trash (inside the root, another file system, not the user's own)
// the entry is kept with the reason. Trashed bytes are not counted as freed.
//
// Threading: create, start(), cancel() and wait() on one thread (the owner's).
// Signals are emitted from the worker thread; connect with queued (automatic)
// connections to objects of the owner's thread. progressed() is throttled to
// about ten per second. cancel() is an atomic flag checked between entries
// and inside the remover's walk; whatever was not reached stays intact and is
// reported as skipped ("cancelled"). The destructor cancels and joins.

#include "core/cleanup/CleanupPlan.h"
#include "core/cleanup/CleanupReport.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace tempscope {

struct CleanupProgress
{
    qsizetype done = 0;  // candidates handled
    qsizetype total = 0; // candidates in the plan
    quint64 bytesFreed = 0;
    QString current; // the entry just handled
};

class CleanupExecutor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CleanupExecutor)

public:
    using ProgressCallback = std::function<void(const CleanupProgress &)>;

    explicit CleanupExecutor(QObject *parent = nullptr);
    ~CleanupExecutor() override;

    // Optional; called on the worker thread after every entry (unthrottled).
    // Set before start().
    void setProgressCallback(ProgressCallback callback) { m_callback = std::move(callback); }

    // Starts the worker; false when a run is still going.
    bool start(std::shared_ptr<const CleanupPlan> plan, bool dryRun);
    void cancel() { m_cancel.store(true); }
    bool isRunning() const { return m_running.load(); }
    // Blocks until the worker is done; returns its report (for the CLI and
    // tests; a GUI uses finished()).
    CleanupReport wait();

    // The platform's RemovalRoot for a root path; empty: native::RemovalRoot::open.
    using RootOpener =
        std::function<std::unique_ptr<native::RemovalRoot>(native::NativeStringView, int *)>;

    // The work itself, on the calling thread: what the worker runs. Every
    // root's items go through its RemovalRoot, then its final pass
    // (finishDeferred), whose outcomes replace the provisional ones in place.
    static CleanupReport execute(const CleanupPlan &plan, bool dryRun,
                                 const std::atomic<bool> &cancel,
                                 const ProgressCallback &progress = {},
                                 const RootOpener &openRoot = {});

Q_SIGNALS:
    void progressed(qsizetype done, qsizetype total, quint64 bytesFreed);
    void finished(const tempscope::CleanupReport &report);

private:
    void join();

    std::thread m_thread;
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_running{false};
    std::mutex m_mutex; // guards m_report
    CleanupReport m_report;
    ProgressCallback m_callback;
};

} // namespace tempscope
