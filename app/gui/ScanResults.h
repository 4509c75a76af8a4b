#pragma once
// ScanResults: the window's cache of scans, the latest of each root it has
// scanned, kept up to date by live updates. A root's scan is shown when the
// root is selected, and summed up for the locations list.
//
// GUI thread only; the scans it holds are immutable and shared.

#include "core/inventory/AgeRule.h"
#include "core/inventory/RootScan.h"
#include "gui/locations/LocationsModel.h"

#include <QHash>
#include <QStringList>

namespace tempscope::gui {

struct LiveUpdate;

class ScanResults
{
public:
    // Keeps a finished scan, unless it failed and a good scan of its root is
    // kept: a rescan that fails does not take away what was shown.
    void finished(const RootScan &scan);
    // Keeps the scan of a live update; false when the update was computed
    // against another scan than the one kept (a rescan finished in between).
    bool updated(const LiveUpdate &update);
    void remove(const QString &root) { m_scans.remove(root); }

    bool contains(const QString &root) const { return m_scans.contains(root); }
    // The kept scan of root; an empty one when there is none.
    RootScan value(const QString &root) const { return m_scans.value(root); }
    QStringList roots() const { return m_scans.keys(); }
    // The age rule's "now" for root: when it was scanned, or now for a root
    // not scanned yet.
    native::TimeNs nowFor(const QString &root) const;
    // What the locations list says about root, stale bytes by the rule on
    // the basis and threshold of `rule` (measured from the scan's time).
    LocationSummary summary(const QString &root, AgeRule rule) const;

private:
    QHash<QString, RootScan> m_scans;
};

} // namespace tempscope::gui
