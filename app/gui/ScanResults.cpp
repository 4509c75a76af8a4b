#include "gui/ScanResults.h"

#include "gui/scan/LiveWatcher.h"

namespace tempscope::gui {

void ScanResults::finished(const RootScan &scan)
{
    if (scan.ok() || !m_scans.contains(scan.requested) || !m_scans[scan.requested].ok())
        m_scans.insert(scan.requested, scan);
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
    const auto it = m_scans.constFind(root);
    return it != m_scans.cend() ? it->scannedAt : Inventory::nowNs();
}

LocationSummary ScanResults::summary(const QString &root, AgeRule rule) const
{
    const RootScan scan = m_scans.value(root);
    LocationSummary s;
    s.scanned = scan.ok();
    s.cancelled = scan.cancelled;
    s.error = scan.error;
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
