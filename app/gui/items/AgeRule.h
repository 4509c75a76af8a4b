#pragma once
// AgeRule: how the window judges age and staleness right now: the timestamp
// basis, the threshold (none: nothing is stale), and the moment ages are
// measured from (the end of the scan, so ages do not drift while one looks).
// A plain value; every model and view gets a copy.

#include "core/inventory/AgeBasis.h"
#include "core/inventory/Inventory.h"

#include <QString>

#include <chrono>
#include <optional>

namespace tempscope::gui {

struct AgeRule
{
    AgeBasis basis = AgeBasis::Newest;
    std::optional<std::chrono::seconds> threshold = std::chrono::hours(24 * 7);
    native::TimeNs now = 0;

    std::chrono::seconds age(const Item &item) const { return item.age(basis, now); }
    // The CLI's rule: strictly older than the threshold.
    bool isStale(const Item &item) const { return threshold && age(item) > *threshold; }
    // One or two sentences for the details pane: why the item is or is not stale.
    QString explain(const Item &item) const;

    friend bool operator==(const AgeRule &, const AgeRule &) = default;
};

// "newest of atime, mtime and ctime", "modification time (mtime)", ...
QString ageBasisDescription(AgeBasis basis);
// The basis as the timestamp box names it: "newest", "mtime", ...
QString ageBasisLabel(AgeBasis basis);

} // namespace tempscope::gui
