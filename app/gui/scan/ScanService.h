#pragma once
// ScanService: runs scans off the GUI thread, several roots at once. Owns a
// few QThreads (by default one per core, at most four), each with a
// ScanWorker; requests are queued, the root the user is looking at first,
// and each free thread takes the next one. Progress from the workers is
// coalesced and re-emitted on a 250 ms timer, so the GUI repaints about four
// times a second however fast the scanners count. The items of a root are
// passed on as soon as the root is listed, and their totals as they complete
// (batched by the worker).
//
// Lives on the GUI thread and is used only from there. Destroying it cancels
// the running scans, then quits and joins the threads.

#include "core/inventory/RootScan.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <atomic>
#include <memory>
#include <vector>

class QThread;

namespace tempscope::gui {

class ScanWorker;

class ScanService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanService)

public:
    // parallel: how many roots are scanned at once; 0: one per core, at most 4.
    explicit ScanService(QObject *parent = nullptr, int parallel = 0);
    ~ScanService() override;

    // Queues a scan of root (ignored when it is already running or queued,
    // except that `first` moves a queued one to the head of the queue: the
    // root the user is looking at).
    void scan(const QString &root, bool first = false);
    // Scans root again soon, first in the queue: when a scan of it is
    // running, another follows it (the running one may miss a change).
    void rescan(const QString &root);
    // Stops the running scans and drops the queue. The running ones still
    // report finished() with cancelled set.
    void cancel();
    bool busy() const;
    bool isRunning(const QString &root) const;
    QStringList running() const;
    qsizetype queued() const { return m_queue.size(); }
    int parallel() const { return int(m_slots.size()); }

    // User families (prefixes or globs) applied to scans started from now on.
    // A root being scanned with other families is scanned again after its
    // running scan (queued like rescan(), behind the roots queued already).
    void setUserFamilies(const QStringList &families);

Q_SIGNALS:
    void started(const QString &root);
    // About four times a second for each running scan.
    void progress(const QString &root, quint64 entries, quint64 directories);
    // The items of a root being scanned, before their sizes are known, and
    // then their totals as each completes (see ScanWorker).
    void topLevelListed(const QString &root, const std::shared_ptr<tempscope::Inventory> &items);
    void subtreesCounted(const QString &root, const QList<tempscope::ItemTotals> &totals);
    void finished(const tempscope::RootScan &result);
    // Nothing running and nothing queued.
    void idle();

private:
    struct Slot;

    void startNext();
    void onWorkerProgress(Slot *slot, quint64 entries, quint64 directories);
    void onWorkerFinished(Slot *slot, const RootScan &result);
    void flushProgress();

    std::vector<std::unique_ptr<Slot>> m_slots;
    QStringList m_queue;
    QStringList m_userFamilies;
    QTimer m_progressTimer;
};

} // namespace tempscope::gui
