#include "gui/scan/ScanService.h"

#include "gui/scan/ScanWorker.h"

#include <QThread>

namespace tempscope::gui {

void ScanService::ThreadStopper::operator()(QThread *thread) const
{
    thread->quit();
    thread->wait();
    delete thread;
}

ScanService::ScanService(QObject *parent) : QObject(parent), m_thread(new QThread)
{
    qRegisterMetaType<RootScan>();
    m_thread->setObjectName(QStringLiteral("tempscope-scan"));
    m_worker = new ScanWorker(&m_cancel);
    m_worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ScanWorker::progress, this, &ScanService::onWorkerProgress);
    connect(m_worker, &ScanWorker::finished, this, &ScanService::onWorkerFinished);
    m_progressTimer.setInterval(250);
    connect(&m_progressTimer, &QTimer::timeout, this, &ScanService::flushProgress);
    m_thread->start(QThread::LowPriority);
}

ScanService::~ScanService()
{
    m_queue.clear();
    m_cancel = true;
    // m_thread's deleter quits and joins; the worker is deleted on its thread.
}

void ScanService::scan(const QString &root, bool first)
{
    if (root == m_current)
        return;
    m_queue.removeAll(root);
    if (first)
        m_queue.prepend(root);
    else
        m_queue.append(root);
    if (m_current.isEmpty())
        startNext();
}

void ScanService::rescan(const QString &root)
{
    if (root != m_current) {
        scan(root, true);
        return;
    }
    m_queue.removeAll(root);
    m_queue.prepend(root);
}

void ScanService::cancel()
{
    m_queue.clear();
    if (!m_current.isEmpty())
        m_cancel = true;
}

void ScanService::startNext()
{
    if (m_queue.isEmpty()) {
        m_progressTimer.stop();
        Q_EMIT idle();
        return;
    }
    m_current = m_queue.takeFirst();
    m_cancel = false;
    m_entries = m_directories = 0;
    m_progressPending = false;
    m_progressTimer.start();
    Q_EMIT started(m_current);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, root = m_current, families = m_userFamilies] {
            worker->scan(root, families);
        },
        Qt::QueuedConnection);
}

void ScanService::onWorkerProgress(const QString &root, quint64 entries, quint64 directories)
{
    if (root != m_current)
        return;
    m_entries = entries;
    m_directories = directories;
    m_progressPending = true;
}

void ScanService::flushProgress()
{
    if (!m_progressPending)
        return;
    m_progressPending = false;
    Q_EMIT progress(m_current, m_entries, m_directories);
}

void ScanService::onWorkerFinished(const RootScan &result)
{
    m_current.clear();
    Q_EMIT finished(result);
    startNext();
}

} // namespace tempscope::gui
