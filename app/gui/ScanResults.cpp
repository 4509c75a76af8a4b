#include "gui/ScanResults.h"

#include "gui/scan/LiveWatcher.h"

namespace tempscope::gui {

namespace {

// 2: complete, 1: read but stopped before the end, 0: not read.
int completeness(const RootScan &scan)
{
    return scan.ok() ? (scan.cancelled ? 1 : 2) : 0;
}

} // namespace

void ScanResults::finished(const RootScan &scan)
{
    m_inProgress.remove(scan.requested);
    m_filling.remove(scan.requested);
    const auto kept = m_scans.constFind(scan.requested);
    if (kept != m_scans.cend() && completeness(scan) < completeness(*kept)) {
        m_setAside.insert(scan.requested, SetAsideRescan{scan.scannedAt, scan.error});
        return;
    }
    m_scans.insert(scan.requested, scan);
    m_setAside.remove(scan.requested);
}

bool ScanResults::listed(const QString &root, std::shared_ptr<Inventory> items)
{
    const auto kept = m_scans.constFind(root);
    if (!items || (kept != m_scans.cend() && completeness(*kept) == 2))
        return false;
    RootScan scan;
    scan.requested = root;
    scan.inventory = items;
    scan.scannedAt = Inventory::nowNs();
    scan.inProgress = true;
    m_inProgress.insert(root, scan);
    m_filling.insert(root, std::move(items));
    return true;
}

bool ScanResults::counted(const QString &root, const QList<ItemTotals> &totals)
{
    const auto it = m_filling.constFind(root);
    if (it == m_filling.cend())
        return false;
    for (const ItemTotals &t : totals)
        (*it)->fillIn(t);
    return true;
}

RootScan ScanResults::shown(const QString &root) const
{
    const auto running = m_inProgress.constFind(root);
    if (running != m_inProgress.cend())
        return *running;
    return m_scans.value(root);
}

std::optional<SetAsideRescan> ScanResults::setAside(const QString &root) const
{
    const auto it = m_setAside.constFind(root);
    if (it == m_setAside.cend())
        return std::nullopt;
    return *it;
}

bool ScanResults::updated(const LiveUpdate &update)
{
    const QString root = update.scan.requested;
    if (m_scans.value(root).inventory != update.base)
        return false;
    m_scans.insert(root, update.scan);
    return true;
}

native::TimeNs ScanResults::nowFor(const QString &root) const
{
    const RootScan scan = shown(root);
    return scan.ok() ? scan.scannedAt : Inventory::nowNs();
}

LocationSummary ScanResults::summary(const QString &root, AgeRule rule) const
{
    const RootScan scan = m_scans.value(root);
    LocationSummary s;
    s.scanned = scan.ok();
    s.cancelled = scan.cancelled;
    s.error = scan.error;
    if (const auto aside = setAside(root))
        s.rescanSetAside =
            aside->stopped() ? LocationSummary::RescanStopped : LocationSummary::RescanFailed;
    if (scan.ok()) {
        rule.now = scan.scannedAt;
        s.items = scan.inventory->items().size();
        s.bytes = scan.inventory->totalBytes();
        for (const Item &item : scan.inventory->items()) {
            if (rule.isStale(item))
                s.staleBytes += item.bytes;
        }
    }
    return s;
}

} // namespace tempscope::gui
