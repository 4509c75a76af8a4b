#include "gui/scan/ScanService.h"

#include "gui/scan/ScanWorker.h"

#include <QThread>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace tempscope::gui {

namespace {

// Scanning yields the processor to the window: a scan runs as long as it
// must, the window must answer at once. QThread's priorities do nothing for
// ordinary threads on Linux (SCHED_OTHER has one static priority), so the
// scanning thread lowers its own nice value there (per thread on Linux).
void yieldToTheWindow()
{
#ifdef Q_OS_LINUX
    constexpr int ScanNice = 10;
    const int now = getpriority(PRIO_PROCESS, static_cast<id_t>(gettid()));
    if (now < ScanNice)
        setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), ScanNice);
#endif
}

} // namespace

// One thread with its worker, and the scan it runs.
struct ScanService::Slot
{
    Slot() : thread(new QThread) {}
    ~Slot()
    {
        cancel = true;
        thread->quit();
        thread->wait(); // the worker is deleted on its thread when it finishes
    }
    Q_DISABLE_COPY_MOVE(Slot)

    std::atomic<bool> cancel{false};
    std::unique_ptr<QThread> thread;
    ScanWorker *worker = nullptr;
    QString root; // empty: free
    quint64 entries = 0;
    quint64 directories = 0;
    bool progressPending = false;
};

ScanService::ScanService(QObject *parent, int parallel) : QObject(parent)
{
    qRegisterMetaType<RootScan>();
    qRegisterMetaType<std::shared_ptr<Inventory>>();
    qRegisterMetaType<QList<ItemTotals>>();
    if (parallel <= 0)
        parallel = std::clamp(QThread::idealThreadCount(), 1, 4);
    for (int i = 0; i < parallel; ++i) {
        auto slot = std::make_unique<Slot>();
        Slot *s = slot.get();
        s->thread->setObjectName(QStringLiteral("tempscope-scan-%1").arg(i));
        s->worker = new ScanWorker(&s->cancel);
        s->worker->moveToThread(s->thread.get());
        connect(s->thread.get(), &QThread::finished, s->worker, &QObject::deleteLater);
        connect(s->worker, &ScanWorker::progress, this,
                [this, s](const QString &, quint64 entries, quint64 directories) {
                    onWorkerProgress(s, entries, directories);
                });
        // Whatever a worker says is about the root its slot scans.
        connect(s->worker, &ScanWorker::topLevelListed, this,
                [this, s](const QString &root, const std::shared_ptr<Inventory> &items) {
                    if (root == s->root)
                        Q_EMIT topLevelListed(root, items);
                });
        connect(s->worker, &ScanWorker::subtreesCounted, this,
                [this, s](const QString &root, const QList<ItemTotals> &totals) {
                    if (root == s->root)
                        Q_EMIT subtreesCounted(root, totals);
                });
        connect(s->worker, &ScanWorker::finished, this,
                [this, s](const RootScan &result) { onWorkerFinished(s, result); });
        // Direct: runs on the new thread, before its event loop.
        connect(s->thread.get(), &QThread::started, s->worker, &yieldToTheWindow,
                Qt::DirectConnection);
        s->thread->start(QThread::LowPriority);
        m_slots.push_back(std::move(slot));
    }
    m_progressTimer.setInterval(250);
    connect(&m_progressTimer, &QTimer::timeout, this, &ScanService::flushProgress);
}

ScanService::~ScanService()
{
    m_queue.clear();
    // Each slot cancels its scan, quits and joins its thread.
    for (const auto &slot : m_slots)
        slot->worker->disconnect(this);
    m_slots.clear();
}

bool ScanService::busy() const
{
    return std::any_of(m_slots.cbegin(), m_slots.cend(),
                       [](const auto &s) { return !s->root.isEmpty(); });
}

bool ScanService::isRunning(const QString &root) const
{
    return std::any_of(m_slots.cbegin(), m_slots.cend(),
                       [&](const auto &s) { return s->root == root; });
}

QStringList ScanService::running() const
{
    QStringList out;
    for (const auto &s : m_slots) {
        if (!s->root.isEmpty())
            out << s->root;
    }
    return out;
}

void ScanService::scan(const QString &root, bool first)
{
    // A running root is scanned again only when a rescan of it is queued.
    if (isRunning(root) && !m_queue.contains(root))
        return;
    if (first) {
        m_queue.removeAll(root);
        m_queue.prepend(root);
    } else if (!m_queue.contains(root)) {
        m_queue.append(root);
    }
    startNext();
}

void ScanService::rescan(const QString &root)
{
    m_queue.removeAll(root);
    m_queue.prepend(root);
    startNext(); // a running root's rescan waits until that scan ends
}

void ScanService::setUserFamilies(const QStringList &families)
{
    if (families == m_userFamilies)
        return;
    m_userFamilies = families;
    for (const auto &s : m_slots) {
        if (!s->root.isEmpty() && !m_queue.contains(s->root))
            m_queue.append(s->root);
    }
}

void ScanService::cancel()
{
    m_queue.clear();
    for (const auto &s : m_slots) {
        if (!s->root.isEmpty())
            s->cancel = true;
    }
}

void ScanService::startNext()
{
    for (const auto &slot : m_slots) {
        if (!slot->root.isEmpty())
            continue;
        // The first queued root that is not being scanned already.
        const auto next = std::find_if(m_queue.begin(), m_queue.end(),
                                       [this](const QString &r) { return !isRunning(r); });
        if (next == m_queue.end())
            break;
        Slot *s = slot.get();
        s->root = *next;
        m_queue.erase(next);
        s->cancel = false;
        s->entries = s->directories = 0;
        s->progressPending = false;
        if (!m_progressTimer.isActive())
            m_progressTimer.start();
        Q_EMIT started(s->root);
        QMetaObject::invokeMethod(
            s->worker,
            [worker = s->worker, root = s->root, families = m_userFamilies] {
                worker->scan(root, families);
            },
            Qt::QueuedConnection);
    }
    if (!busy()) {
        m_progressTimer.stop();
        Q_EMIT idle();
    }
}

void ScanService::onWorkerProgress(Slot *slot, quint64 entries, quint64 directories)
{
    if (slot->root.isEmpty())
        return;
    slot->entries = entries;
    slot->directories = directories;
    slot->progressPending = true;
}

void ScanService::flushProgress()
{
    for (const auto &s : m_slots) {
        if (!s->progressPending || s->root.isEmpty())
            continue;
        s->progressPending = false;
        Q_EMIT progress(s->root, s->entries, s->directories);
    }
}

void ScanService::onWorkerFinished(Slot *slot, const RootScan &result)
{
    slot->root.clear();
    slot->progressPending = false;
    Q_EMIT finished(result);
    startNext();
}

} // namespace tempscope::gui
