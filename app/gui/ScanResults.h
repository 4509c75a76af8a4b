#pragma once
// ScanResults: the window's cache of scans, the latest of each root it has
// scanned, kept up to date by live updates. A root's scan is shown when the
// root is selected, and summed up for the locations list.
//
// Complete results are never replaced by less: a rescan that was stopped or
// failed leaves the kept complete scan in place and is remembered as set
// aside, so the window can say "rescan stopped — showing results from ...".
// Without complete results, a stopped scan is kept (marked cancelled: the
// window shows it as incomplete everywhere).
//
// While a root is scanned and no complete results of it are kept, the items
// of the running scan are held apart (listed(), counted()) and shown
// instead; they never count as a kept scan (value(), summary(), Clean Up).
//
// GUI thread only; the scans it holds are immutable and shared.

#include "core/inventory/AgeRule.h"
#include "core/inventory/RootScan.h"
#include "gui/locations/LocationsModel.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace tempscope::gui {

struct LiveUpdate;

// A rescan whose results were not kept because better ones were there.
struct SetAsideRescan
{
    native::TimeNs at = 0; // when it ended
    QString error;         // why it failed; empty when it was stopped

    bool stopped() const { return error.isEmpty(); }
};

class ScanResults
{
public:
    // Keeps a finished scan, unless the kept one is better: a failed scan
    // never replaces one that read the root, a stopped one never replaces a
    // complete one. What is not kept is set aside until the next scan.
    void finished(const RootScan &scan);
    // Keeps the scan of a live update; false when the update was computed
    // against another scan than the one kept (a rescan finished in between).
    bool updated(const LiveUpdate &update);
    void remove(const QString &root)
    {
        m_scans.remove(root);
        m_setAside.remove(root);
        m_inProgress.remove(root);
    }
    // The items of a scan of root that is still running; false (and not
    // kept) when complete results of root are kept: those stay on screen.
    bool listed(const QString &root, std::shared_ptr<Inventory> items);
    // Fills in the items of root's running scan; false when there are none
    // (the totals are for a scan that ended).
    bool counted(const QString &root, const QList<ItemTotals> &totals);
    // The scan to show for root: the kept one, or the running one's items
    // when nothing complete is kept (RootScan::inProgress).
    RootScan shown(const QString &root) const;

    bool contains(const QString &root) const { return m_scans.contains(root); }
    // The kept scan of root; an empty one when there is none.
    RootScan value(const QString &root) const { return m_scans.value(root); }
    // The last rescan of root, when it was set aside for the kept scan.
    std::optional<SetAsideRescan> setAside(const QString &root) const;
    QStringList roots() const { return m_scans.keys(); }
    // The age rule's "now" for root: when it was scanned, or now for a root
    // not scanned yet.
    native::TimeNs nowFor(const QString &root) const;
    // What the locations list says about root, stale bytes by the rule on
    // the basis and threshold of `rule` (measured from the scan's time).
    LocationSummary summary(const QString &root, AgeRule rule) const;

private:
    QHash<QString, RootScan> m_scans;
    QHash<QString, SetAsideRescan> m_setAside;
    QHash<QString, RootScan> m_inProgress;
    // The running scans' inventories, to fill in (m_inProgress shares them).
    QHash<QString, std::shared_ptr<Inventory>> m_filling;
};

} // namespace tempscope::gui
