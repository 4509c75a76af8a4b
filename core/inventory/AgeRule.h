#pragma once
// AgeRule: the one staleness rule of Tempscope. An item is stale when its age
// on the timestamp basis is strictly greater than the threshold (no threshold:
// nothing is stale), ages measured from `now` (the end of the scan, so ages do
// not drift while one looks). The CLI's --older-than, the exports, the family
// totals and every view of the window judge with it. A plain value.

#include "core/inventory/AgeBasis.h"

#include <QString>

#include <chrono>
#include <optional>

namespace tempscope {

struct Item;

struct AgeRule
{
    AgeBasis basis = AgeBasis::Newest;
    std::optional<std::chrono::seconds> threshold;
    native::TimeNs now = 0;

    std::chrono::seconds age(const Item &item) const;
    // An item still counting (Item::counting) is not stale: what is inside it is not known yet.
    bool isStale(const Item &item) const;
    // One or two sentences for the details pane: why the item is or is not stale.
    QString explain(const Item &item) const;

    friend bool operator==(const AgeRule &, const AgeRule &) = default;
};

// "newest of atime, mtime and ctime", "modification time (mtime)", ...
QString ageBasisDescription(AgeBasis basis);
// The basis as the timestamp box names it: "newest", "mtime", ...
QString ageBasisLabel(AgeBasis basis);

} // namespace tempscope
