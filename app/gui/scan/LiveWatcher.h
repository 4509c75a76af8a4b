#pragma once
// LiveWatcher: keeps the shown scans of roots current without rescanning
// them. A QFileSystemWatcher watches each root's top level; changes are
// coalesced (500 ms) and then, on the watcher's own thread, the root's top
// level is listed again (native::listTopLevel) and compared with the scan
// (InventoryDiff: by name, inode, mtime and size). Only new and changed
// top-level entries are scanned again with the native scanner; everything
// else is carried over from the previous tree. The result is a LiveUpdate
// that ItemsModel applies row by row.
//
// What the watch hears of is what the directory reports: entries created,
// removed, renamed, and attribute changes of its entries (touch, chmod, the
// timestamps most writers set on close). Data written into a file that stays
// open is seen with the next event or a rescan; so is anything deeper down
// than the top level.
//
// A root that changes faster than it can be shown (more events per second
// than the limit, or changes pending for longer than the limit) is paused:
// its watch is dropped for a while (5 s, doubling up to a minute) and
// tooFast() tells the window; a rescan (watch() with a fresh scan) resumes it.
//
// Lives on the GUI thread and is used only from there.

#include "core/inventory/InventoryDiff.h"
#include "core/inventory/RootScan.h"

#include <QElapsedTimer>
#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <memory>
#include <vector>

class QThread;
class QTimer;

namespace tempscope::gui {

// How a root changed between two scans of it.
struct LiveUpdate
{
    RootScan scan;                         // the root now (scannedAt as before: ages do not drift)
    std::shared_ptr<const Inventory> base; // what the update was computed against
    std::vector<std::uint32_t>
        entryMap;               // base tree entry -> new entry; NoEntry below re-scanned items
    QList<qsizetype> itemMap;   // base item -> new item; -1: gone
    QList<qsizetype> rescanned; // new items that are new or were scanned again

    static constexpr std::uint32_t NoEntry = InventoryDiff::NoEntry;
};

class LiveWorker;

class LiveWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveWatcher)

public:
    explicit LiveWatcher(QObject *parent = nullptr);
    ~LiveWatcher() override;

    // Watches scan.requested from now on; scan is the base of the next update.
    // Resumes a paused root.
    void watch(const RootScan &scan);
    void unwatch(const QString &root);
    QStringList roots() const { return m_roots.keys(); }
    bool isPaused(const QString &root) const;
    // User families (prefixes or globs) for the items of updates.
    void setUserFamilies(const QStringList &families) { m_userFamilies = families; }
    // Coalescing delay; a root is paused above maxEventsPerSecond or when
    // changes stay pending longer than maxPendingMs.
    void setLimits(int coalesceMs, int maxEventsPerSecond, int maxPendingMs);

Q_SIGNALS:
    void updated(const std::shared_ptr<const tempscope::gui::LiveUpdate> &update);
    // The root changes faster than it can be shown: live updates for it are paused.
    void tooFast(const QString &root);

private:
    struct Root
    {
        RootScan base;
        QTimer *timer = nullptr;
        bool running = false;     // an update is being computed
        bool dirty = false;       // events since the running update started
        qint64 pendingSince = -1; // ms on m_clock of the oldest change not shown yet
        QList<qint64> recent;     // event times within the last second
        bool paused = false;
        int backoffMs = 0;
    };

    void onDirectoryChanged(const QString &path);
    void startUpdate(const QString &root);
    void onWorkerDone(const QString &root, const std::shared_ptr<const LiveUpdate> &update);
    void pause(const QString &root);

    QFileSystemWatcher m_watcher;
    QThread *m_thread;
    LiveWorker *m_worker;
    QHash<QString, Root> m_roots;
    QHash<QString, QString> m_rootOfWatchedPath; // the watcher's path (resolved) -> root
    QStringList m_userFamilies;
    QElapsedTimer m_clock;
    int m_coalesceMs = 500;
    int m_maxEventsPerSecond = 200;
    int m_maxPendingMs = 2000;
};

// Computes updates on the watcher's thread.
class LiveWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveWorker)

public:
    LiveWorker() = default;
    // Null when the root cannot be listed or nothing changed.
    static std::shared_ptr<const LiveUpdate> compute(const RootScan &base,
                                                     const QStringList &userFamilies);
    void update(const QString &root, const tempscope::RootScan &base,
                const QStringList &userFamilies);

Q_SIGNALS:
    void done(const QString &root, const std::shared_ptr<const tempscope::gui::LiveUpdate> &update);
};

} // namespace tempscope::gui

Q_DECLARE_METATYPE(std::shared_ptr<const tempscope::gui::LiveUpdate>)
