#include "gui/scan/LiveWatcher.h"

#include "core/inventory/PathText.h"
#include "core/inventory/PrefixFamilies.h"
#include "core/native/Scanner.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <deque>
#include <unordered_map>

#ifdef Q_OS_UNIX
#include "core/native/posix/PosixFs.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace tempscope::gui {

namespace {

#ifdef Q_OS_UNIX
native::TimeNs toNs(const struct timespec &t)
{
    return native::timeNs(t.tv_sec, t.tv_nsec);
}

native::Entry fromStat(const struct stat &st)
{
    native::Entry e;
    e.size = std::uint64_t(st.st_size);
    e.diskBytes = std::uint64_t(st.st_blocks) * 512;
    e.atime = toNs(st.st_atim);
    e.mtime = toNs(st.st_mtim);
    e.ctime = toNs(st.st_ctim);
    e.device = native::posix::fileId(st).device;
    e.inode = std::uint64_t(st.st_ino);
    e.mode = st.st_mode;
    e.uid = st.st_uid;
    e.kind = native::posix::kindOfMode(st.st_mode);
    return e;
}

struct Listed
{
    native::NativeString name;
    native::Entry entry;
};

// The root's top level with lstat data; false when the root cannot be read.
bool listTopLevel(const native::NativeString &root, native::Entry &rootEntry,
                  std::vector<Listed> &out)
{
    const int fd = ::open(root.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0) {
        ::close(fd);
        return false;
    }
    rootEntry = fromStat(st);
    DIR *dir = ::fdopendir(fd);
    if (!dir) {
        ::close(fd);
        return false;
    }
    while (const dirent *de = ::readdir(dir)) {
        const char *n = de->d_name;
        if (n[0] == '.' && (n[1] == 0 || (n[1] == '.' && n[2] == 0)))
            continue;
        if (::fstatat(::dirfd(dir), n, &st, AT_SYMLINK_NOFOLLOW) != 0)
            continue; // vanished since the listing
        Listed l{n, fromStat(st)};
        if (l.entry.device != rootEntry.device)
            l.entry.flags |= native::Entry::MountPoint;
        out.push_back(std::move(l));
    }
    ::closedir(dir);
    return true;
}
#endif

} // namespace

std::shared_ptr<const LiveUpdate> LiveWorker::compute(const RootScan &base,
                                                      const QStringList &userFamilies)
{
#ifndef Q_OS_UNIX
    Q_UNUSED(base);
    Q_UNUSED(userFamilies);
    return {};
#else
    if (!base.inventory)
        return {};
    const native::ScanTree &old = base.inventory->tree();
    const native::NativeString rootPath = old.rootPath();
    native::Entry rootEntry;
    std::vector<Listed> listed;
    if (!listTopLevel(rootPath, rootEntry, listed))
        return {};

    std::unordered_map<native::NativeString, std::uint32_t>
        oldByName; // top-level name -> old entry
    const native::Entry &oldRoot = old[native::ScanTree::Root];
    for (std::uint32_t i = oldRoot.firstChild; i < oldRoot.firstChild + oldRoot.childCount; ++i)
        oldByName.emplace(native::NativeString(old.name(i)), i);

    // Where each top-level entry's contents come from: the old tree, a fresh
    // scan of it, or nowhere (files, mount points, unreadable directories).
    struct Source
    {
        const native::ScanTree *tree = nullptr;
        std::uint32_t entry = 0;
        std::vector<std::uint32_t> *map = nullptr; // source entry -> new entry
    };
    std::vector<Source> sources(listed.size());
    std::deque<native::ScanTree> fresh; // stable addresses
    std::deque<std::vector<std::uint32_t>> freshMaps;
    auto update = std::make_shared<LiveUpdate>();
    update->base = base.inventory;
    update->entryMap.assign(old.size(), LiveUpdate::NoEntry);
    std::vector<bool> rescanned(listed.size(), false);
    bool changed = listed.size() != oldRoot.childCount;
    for (std::size_t k = 0; k < listed.size(); ++k) {
        const Listed &l = listed[k];
        const auto it = oldByName.find(l.name);
        if (it != oldByName.end()) {
            const native::Entry &o = old[it->second];
            if (o.inode == l.entry.inode && o.mtime == l.entry.mtime && o.size == l.entry.size &&
                o.kind == l.entry.kind && !o.has(native::Entry::HasError)) {
                sources[k] = {&old, it->second, &update->entryMap};
                continue;
            }
        }
        changed = true;
        rescanned[k] = true;
        if (l.entry.kind == native::Kind::Directory && !l.entry.has(native::Entry::MountPoint)) {
            native::ScanResult r = native::scan(rootPath + native::NativeString(1, '/') + l.name);
            if (r.ok()) {
                fresh.push_back(std::move(r.tree));
                freshMaps.emplace_back(fresh.back().size(), LiveUpdate::NoEntry);
                sources[k] = {&fresh.back(), native::ScanTree::Root, &freshMaps.back()};
            }
        }
    }
    if (!changed)
        return {};

    // The new tree: the listed top level, then every carried or fresh
    // directory's children, breadth first as the scanner lays them out.
    native::ScanTree tree;
    native::TreeBuilder builder(tree);
    builder.setRoot(rootPath, rootEntry);
    std::vector<native::TreeBuilder::Pending> pending;
    pending.reserve(listed.size());
    for (std::size_t k = 0; k < listed.size(); ++k) {
        native::TreeBuilder::Pending p;
        p.entry = sources[k].tree == &old ? old[sources[k].entry] : listed[k].entry;
        if (sources[k].tree && sources[k].tree != &old) // a fresh scan's root loses its own flags
            p.entry.flags = std::uint8_t((p.entry.flags & native::Entry::MountPoint) |
                                         (*sources[k].tree)[native::ScanTree::Root].flags);
        p.name = listed[k].name;
        pending.push_back(std::move(p));
    }
    const std::uint32_t firstItem = builder.appendChildren(native::ScanTree::Root, pending);
    struct Task
    {
        std::uint32_t target;
        Source source;
    };
    std::deque<Task> queue;
    for (std::size_t k = 0; k < listed.size(); ++k) {
        const std::uint32_t target = firstItem + std::uint32_t(k);
        if (sources[k].tree == &old || !sources[k].tree) {
            const auto it = oldByName.find(listed[k].name);
            if (it != oldByName.end())
                update->entryMap[it->second] = target; // the item itself, also when re-scanned
        } else {
            (*sources[k].map)[native::ScanTree::Root] = target;
        }
        if (sources[k].tree)
            queue.push_back({target, sources[k]});
    }
    while (!queue.empty()) {
        const Task task = queue.front();
        queue.pop_front();
        const native::ScanTree &src = *task.source.tree;
        const native::Entry &dir = src[task.source.entry];
        if (dir.childCount == 0)
            continue;
        pending.clear();
        for (std::uint32_t c = dir.firstChild; c < dir.firstChild + dir.childCount; ++c) {
            native::TreeBuilder::Pending p;
            p.entry = src[c];
            p.name = native::NativeString(src.name(c));
            pending.push_back(std::move(p));
        }
        const std::uint32_t first = builder.appendChildren(task.target, pending);
        for (std::uint32_t k = 0; k < dir.childCount; ++k) {
            const std::uint32_t from = dir.firstChild + k;
            (*task.source.map)[from] = first + k;
            if (src[from].childCount)
                queue.push_back({first + k, {task.source.tree, from, task.source.map}});
        }
    }
    // Scan errors travel with their entries (the flag came with the entry).
    auto carryErrors = [&](const native::ScanTree &src, const std::vector<std::uint32_t> &map) {
        for (const native::ScanError &e : src.errors()) {
            if (e.entry < map.size() && map[e.entry] != LiveUpdate::NoEntry &&
                map[e.entry] != native::ScanTree::Root)
                builder.addError(map[e.entry], e.op, e.code);
        }
    };
    // Errors of re-scanned items' old subtrees must not come back.
    for (std::size_t k = 0; k < listed.size(); ++k) {
        if (rescanned[k]) {
            if (const auto it = oldByName.find(listed[k].name); it != oldByName.end())
                update->entryMap[it->second] = LiveUpdate::NoEntry;
        }
    }
    carryErrors(old, update->entryMap);
    for (std::size_t f = 0; f < fresh.size(); ++f)
        carryErrors(fresh[f], freshMaps[f]);
    if (old.cancelled())
        builder.setCancelled();
    // The map says where items went, re-scanned ones included.
    for (std::size_t k = 0; k < listed.size(); ++k) {
        if (const auto it = oldByName.find(listed[k].name); it != oldByName.end())
            update->entryMap[it->second] = firstItem + std::uint32_t(k);
    }

    PrefixFamilies families;
    for (const QString &f : userFamilies)
        families.addUserFamily(f);
    auto inventory = std::make_shared<const Inventory>(
        std::make_shared<const native::ScanTree>(std::move(tree)), families);
    const QList<Item> &oldItems = base.inventory->items();
    update->itemMap.reserve(oldItems.size());
    for (const Item &item : oldItems) {
        const std::uint32_t to = update->entryMap[item.entry];
        update->itemMap.append(to == LiveUpdate::NoEntry ? -1 : qsizetype(to - firstItem));
    }
    for (std::size_t k = 0; k < listed.size(); ++k) {
        if (rescanned[k])
            update->rescanned.append(qsizetype(k));
    }
    update->scan = base;
    update->scan.states = ItemStates::evaluate(*inventory, ProcessHolders::scan());
    update->scan.inventory = std::move(inventory);
    return update;
#endif
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
    Root &r = m_roots[scan.root];
    r.base = scan;
    r.paused = false;
    r.backoffMs = 0;
    r.recent.clear();
    r.pendingSince = -1;
    r.dirty = r.running; // an update computed against an older base is dropped
    if (!r.timer) {
        r.timer = new QTimer(this);
        r.timer->setSingleShot(true);
        const QString root = scan.root;
        connect(r.timer, &QTimer::timeout, this, [this, root] { startUpdate(root); });
    }
    const QString path = scan.inventory->rootPath();
    m_rootOfWatchedPath.insert(path, scan.root);
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
