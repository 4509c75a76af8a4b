#include "gui/scan/LiveWatcher.h"

#include "core/cleanup/ItemStates.h"
#include "core/inventory/InventoryDiff.h"
#include "core/inventory/PrefixFamilies.h"
#include "core/native/Listing.h"
#include "core/native/Scanner.h"

#include <QThread>
#include <QTimer>

#include <algorithm>

namespace tempscope::gui {

std::shared_ptr<const LiveUpdate> LiveWorker::compute(const RootScan &base,
                                                      const QStringList &userFamilies)
{
    if (!base.inventory)
        return {};
    const native::ScanTree &old = base.inventory->tree();
    const native::TopLevel now = native::listTopLevel(old.rootPath());
    if (!now.ok())
        return {};
    const InventoryDiff diff = InventoryDiff::compare(old, now);
    if (diff.isEmpty())
        return {};
    InventoryDiff::Merged merged =
        diff.apply(old, now, [](native::NativeStringView path) { return native::scan(path); });

    auto update = std::make_shared<LiveUpdate>();
    update->base = base.inventory;
    update->entryMap = std::move(merged.entryMap);
    PrefixFamilies families;
    for (const QString &f : userFamilies)
        families.addUserFamily(f);
    auto inventory = std::make_shared<const Inventory>(std::move(merged.tree), families);
    const QList<Item> &oldItems = base.inventory->items();
    update->itemMap.reserve(oldItems.size());
    for (const Item &item : oldItems) {
        const std::uint32_t to = update->entryMap[item.entry];
        update->itemMap.append(to == LiveUpdate::NoEntry ? -1 : qsizetype(to - merged.firstItem));
    }
    for (std::size_t k : merged.rescanned)
        update->rescanned.append(qsizetype(k));
    update->scan = base;
    update->scan.states = ItemStates::evaluate(*inventory, ProcessHolders::scan());
    update->scan.inventory = std::move(inventory);
    return update;
}

void LiveWorker::update(const QString &root, const RootScan &base, const QStringList &userFamilies)
{
    Q_EMIT done(root, compute(base, userFamilies));
}

LiveWatcher::LiveWatcher(QObject *parent)
    : QObject(parent), m_thread(new QThread(this)), m_worker(new LiveWorker)
{
    qRegisterMetaType<std::shared_ptr<const LiveUpdate>>();
    qRegisterMetaType<RootScan>();
    m_clock.start();
    m_thread->setObjectName(QStringLiteral("tempscope live updates"));
    m_worker->moveToThread(m_thread);
    connect(m_worker, &LiveWorker::done, this, &LiveWatcher::onWorkerDone, Qt::QueuedConnection);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this,
            &LiveWatcher::onDirectoryChanged);
    m_thread->start(QThread::LowPriority);
}

LiveWatcher::~LiveWatcher()
{
    m_thread->quit();
    m_thread->wait();
    delete m_worker; // its thread has finished
}

void LiveWatcher::setLimits(int coalesceMs, int maxEventsPerSecond, int maxPendingMs)
{
    m_coalesceMs = coalesceMs;
    m_maxEventsPerSecond = maxEventsPerSecond;
    m_maxPendingMs = maxPendingMs;
}

void LiveWatcher::watch(const RootScan &scan)
{
    if (!scan.ok())
        return;
    Root &r = m_roots[scan.requested];
    r.base = scan;
    r.paused = false;
    r.backoffMs = 0;
    r.recent.clear();
    r.pendingSince = -1;
    r.dirty = r.running; // an update computed against an older base is dropped
    if (!r.timer) {
        r.timer = new QTimer(this);
        r.timer->setSingleShot(true);
        const QString root = scan.requested;
        connect(r.timer, &QTimer::timeout, this, [this, root] { startUpdate(root); });
    }
    const QString path = scan.inventory->rootPath();
    m_rootOfWatchedPath.insert(path, scan.requested);
    if (!m_watcher.directories().contains(path))
        m_watcher.addPath(path);
}

void LiveWatcher::unwatch(const QString &root)
{
    const auto it = m_roots.find(root);
    if (it == m_roots.end())
        return;
    const QString path = it->base.inventory->rootPath();
    m_watcher.removePath(path);
    m_rootOfWatchedPath.remove(path);
    delete it->timer;
    m_roots.erase(it);
}

bool LiveWatcher::isPaused(const QString &root) const
{
    return m_roots.value(root).paused;
}

void LiveWatcher::onDirectoryChanged(const QString &path)
{
    const QString root = m_rootOfWatchedPath.value(path);
    const auto it = m_roots.find(root);
    if (it == m_roots.end() || it->paused)
        return;
    Root &r = *it;
    const qint64 now = m_clock.elapsed();
    r.recent.append(now);
    while (!r.recent.isEmpty() && r.recent.first() < now - 1000)
        r.recent.removeFirst();
    if (r.pendingSince < 0)
        r.pendingSince = now;
    if (r.recent.size() > m_maxEventsPerSecond || now - r.pendingSince > m_maxPendingMs) {
        pause(root);
        return;
    }
    if (r.running)
        r.dirty = true;
    else if (!r.timer->isActive())
        r.timer->start(m_coalesceMs);
}

void LiveWatcher::pause(const QString &root)
{
    Root &r = m_roots[root];
    r.paused = true;
    r.timer->stop();
    r.recent.clear();
    r.backoffMs = r.backoffMs == 0 ? 5000 : std::min(r.backoffMs * 2, 60000);
    Q_EMIT tooFast(root);
    // Try again later with one update; a root that is still busy pauses again.
    QTimer::singleShot(r.backoffMs, this, [this, root] {
        const auto it = m_roots.find(root);
        if (it == m_roots.end() || !it->paused)
            return;
        it->paused = false;
        it->pendingSince = m_clock.elapsed();
        if (!it->running)
            startUpdate(root);
        else
            it->dirty = true;
    });
}

void LiveWatcher::startUpdate(const QString &root)
{
    const auto it = m_roots.find(root);
    if (it == m_roots.end() || it->paused || it->running)
        return;
    it->running = true;
    it->dirty = false;
    const RootScan base = it->base;
    const QStringList families = m_userFamilies;
    LiveWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, root, base, families] { worker->update(root, base, families); },
        Qt::QueuedConnection);
}

void LiveWatcher::onWorkerDone(const QString &root, const std::shared_ptr<const LiveUpdate> &update)
{
    const auto it = m_roots.find(root);
    if (it == m_roots.end())
        return;
    Root &r = *it;
    r.running = false;
    const bool current = update && update->base == r.base.inventory;
    if (current) {
        r.base = update->scan;
        Q_EMIT updated(update);
    }
    if (r.paused)
        return;
    if (r.dirty || (update && !current)) {
        r.timer->start(m_coalesceMs);
    } else {
        r.pendingSince = -1;
        r.backoffMs = 0;
    }
}

} // namespace tempscope::gui
