#pragma once
// ScanService: runs scans off the GUI thread. Owns one QThread with a
// ScanWorker on it; requests are queued and run one at a time. Progress from
// the worker is coalesced and re-emitted on a 250 ms timer, so the GUI
// repaints about four times a second however fast the scanner counts.
//
// Lives on the GUI thread and is used only from there. Destroying it cancels
// the running scan, then quits and joins the thread.

#include "core/inventory/RootScan.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <atomic>
#include <memory>

class QThread;

namespace tempscope::gui {

class ScanWorker;

class ScanService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanService)

public:
    explicit ScanService(QObject *parent = nullptr);
    ~ScanService() override;

    // Queues a scan of root (ignored when it is already running); `first`
    // puts it at the head of the queue (the root the user is looking at).
    void scan(const QString &root, bool first = false);
    // Scans root again soon, first in the queue: when a scan of it is
    // running, another follows it (the running one may miss a change).
    void rescan(const QString &root);
    // Stops the running scan and drops the queue. The running one still
    // reports finished() with cancelled set.
    void cancel();
    bool busy() const { return !m_current.isEmpty(); }
    QString current() const { return m_current; }
    qsizetype queued() const { return m_queue.size(); }

    // User families (prefixes or globs) applied to scans started from now on.
    void setUserFamilies(const QStringList &families) { m_userFamilies = families; }

Q_SIGNALS:
    void started(const QString &root);
    // About four times a second while a scan runs.
    void progress(const QString &root, quint64 entries, quint64 directories);
    void finished(const tempscope::RootScan &result);
    // Nothing running and nothing queued.
    void idle();

private:
    void startNext();
    void onWorkerProgress(const QString &root, quint64 entries, quint64 directories);
    void onWorkerFinished(const RootScan &result);
    void flushProgress();

    struct ThreadStopper
    {
        void operator()(QThread *thread) const;
    };

    std::atomic<bool> m_cancel{false};
    std::unique_ptr<QThread, ThreadStopper> m_thread;
    ScanWorker *m_worker = nullptr; // deleted on its thread when the thread finishes
    QStringList m_queue;
    QString m_current;
    QStringList m_userFamilies;
    QTimer m_progressTimer;
    quint64 m_entries = 0;
    quint64 m_directories = 0;
    bool m_progressPending = false;
};

} // namespace tempscope::gui
