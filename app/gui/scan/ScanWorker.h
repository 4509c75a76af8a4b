#pragma once
// ScanWorker: scans one root at a time on the thread it was moved to, builds
// the Inventory there, and reports by queued signals: the root's items as
// soon as the root itself is listed (topLevelListed), the totals of the
// items' subtrees as they complete (subtreesCounted, batched: the first at
// once, then at most every 250 ms, so the window's re-sorting stays a small
// share of the machine), then the whole scan (finished). Lives on the thread
// ScanService owns; only ScanService calls it (through queued invocations).
// The cancel flag belongs to ScanService, which outlives the worker.

#include "core/inventory/RootScan.h"
#include "core/native/Scanner.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <memory>

namespace tempscope::gui {

class ScanWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanWorker)

public:
    explicit ScanWorker(const std::atomic<bool> *cancel);

    // Runs on the worker thread. userFamilies: prefixes or globs (PrefixFamilies).
    void scan(const QString &root, const QStringList &userFamilies);

    // Why a root could not be scanned, in words ("does not exist"), in the
    // current language; a code only where the system gave no known reason.
    static QString rootErrorText(const native::RootError &error);

Q_SIGNALS:
    // At most every 100 ms while a scan runs; emitted from scanner threads.
    void progress(const QString &root, quint64 entries, quint64 directories);
    // The items of root while it is scanned (Inventory::topLevel()); the
    // receiver owns this copy and fills it in. Emitted from a scanner thread.
    void topLevelListed(const QString &root, const std::shared_ptr<tempscope::Inventory> &items);
    // Totals for items of the last topLevelListed() inventory of root.
    // Emitted from scanner threads.
    void subtreesCounted(const QString &root, const QList<tempscope::ItemTotals> &totals);
    void finished(const tempscope::RootScan &result);

private:
    const std::atomic<bool> *m_cancel;
};

} // namespace tempscope::gui
