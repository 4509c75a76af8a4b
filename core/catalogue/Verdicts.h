#pragma once
// Orphan verdicts: for every item of a scan, who made it (the catalogue
// entry its name matches, and the creator's pid when the name, the content
// or the entries inside carry one) and whether that program is still there.
//
//   in-use         a process holds something inside the item
//   owner-running  the creator pid still runs the entry's program (and began
//                  before the item was last changed: a pid reused by a later
//                  process does not count), or, with no pid, a process of that
//                  program runs for the item's owner (any user for system
//                  entries)
//   orphan         the creator is gone: its pid is gone or reused, or no
//                  process of the program runs
//   unknown        no catalogue entry, an entry tied to no process, or the
//                  processes cannot be listed here
//
// Every verdict has a one-line reason ("npm pid 4182 is gone"). A snapshot
// like the holder query it builds on. Immutable once evaluated.

#include "core/catalogue/Catalogue.h"
#include "core/inventory/Inventory.h"
#include "core/native/Holders.h"
#include "core/native/Processes.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace tempscope {

enum class Verdict { InUse, OwnerRunning, Orphan, Unknown };

// "in-use", "owner-running", "orphan", "unknown": stable, for reports.
QString verdictName(Verdict v);
// The same, translated for people: "In use", "Owner running", ...
QString verdictLabel(Verdict v);
std::optional<Verdict> verdictFromName(QStringView name);

struct Creator
{
    int pid = 0;               // 0: not known
    QString program;           // the catalogue entry's program; empty: no entry
    QString entryId;           // the catalogue entry's id
    std::optional<bool> alive; // unknown when there is nothing to ask
};

struct ItemVerdict
{
    Creator creator;
    Verdict verdict = Verdict::Unknown;
    QString reason;
};

class ItemVerdicts
{
public:
    // A process holding something inside an item: pid and name.
    struct Holding
    {
        int pid = 0;
        QString command;
    };
    // The processes holding anything inside an item (the evaluating process
    // already left out); empty: none.
    using HoldersInside = std::function<QList<Holding>(const Item &)>;

    // holdersKnown false (native::holdersAvailable(): no source of holders on
    // this system): an item nobody is seen holding is "unknown", not judged
    // by its creator, since whether it is in use cannot be told.
    static std::shared_ptr<const ItemVerdicts> evaluate(const Inventory &inventory,
                                                        const Catalogue &catalogue,
                                                        const native::ProcessSnapshot &processes,
                                                        const HoldersInside &holders,
                                                        bool holdersKnown = true);
    // Holders from native's query of the tree, this process left out.
    static HoldersInside fromTreeHolders(const native::ScanTree &tree,
                                         std::shared_ptr<const native::TreeHolders> held);
    // The whole thing as the CLI does it: the system's holders and processes now.
    static std::shared_ptr<const ItemVerdicts> evaluateNow(const Inventory &inventory,
                                                           const Catalogue &catalogue);

    const ItemVerdict &at(qsizetype item) const { return m_items.at(item); }
    qsizetype size() const { return m_items.size(); }
    qsizetype count(Verdict v) const;

private:
    QList<ItemVerdict> m_items;
};

} // namespace tempscope
