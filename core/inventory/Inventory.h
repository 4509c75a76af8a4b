#pragma once
// Inventory: what a scanned root holds, as people think of it. An item is a
// top-level entry of the root (a file, or a directory with everything under
// it): its size is the subtree's, its timestamps are the newest anywhere
// inside it, and its family is inferred from its name.
//
// Built once from an immutable ScanTree (O(entries), one forward pass:
// parents precede children, so each entry finds its item through its parent);
// afterwards read-only and safe to share between threads.

#include "core/inventory/AgeBasis.h"
#include "core/inventory/PrefixFamilies.h"
#include "core/native/ScanTree.h"

#include <QList>
#include <QString>

#include <array>
#include <chrono>
#include <memory>
#include <optional>

namespace tempscope {

struct AgeRule;

struct Item
{
    // (Ordered for size: a flat root has one Item per entry.)
    std::uint32_t entry = 0; // index in the tree
    native::Kind kind = native::Kind::Unknown;
    bool mountPoint = false;
    // Still being read (an inventory of a scan in progress, see
    // Inventory::topLevel()): only the item's own entry is counted so far.
    bool counting = false;
    QString name;                           // lossless (PathText.h)
    QString family;                         // shared among the items of one family
    quint64 bytes = 0;                      // apparent size of files and links in the subtree
    quint64 diskBytes = 0;                  // allocated on disk, directories included
    quint32 entries = 1;                    // entries in the subtree, the item included
    quint32 errors = 0;                     // scan errors inside the subtree
    std::array<native::TimeNs, 4> newest{}; // by AgeBasis
    quint32 uid = 0;
    quint32 mode = 0;

    native::TimeNs timestamp(AgeBasis basis) const { return newest[std::size_t(basis)]; }
    std::chrono::seconds age(AgeBasis basis, native::TimeNs now) const;
};

// What the subtree under an item adds up to, for an item that was shown
// while still counting (Inventory::fillIn()).
struct ItemTotals
{
    qsizetype item = 0; // index into Inventory::items()
    quint64 bytes = 0;
    quint64 diskBytes = 0;
    quint32 entries = 1;
    quint32 errors = 0;
    std::array<native::TimeNs, 4> newest{};
};

struct FamilyStats
{
    QString key;
    quint32 count = 0;
    quint64 bytes = 0;
    native::TimeNs oldest = 0; // oldest item timestamp on the basis
    native::TimeNs newest = 0;
    quint32 staleCount = 0;
    quint64 staleBytes = 0;
};

struct AgeBucket
{
    QString label;              // "< 1 h", "1 h – 1 d", ...
    std::chrono::seconds upper; // exclusive; max() for the last bucket
    quint32 count = 0;
    quint64 bytes = 0;
};

// One family's items by age bucket (the buckets of Inventory::emptyAgeBuckets()).
struct FamilyAges
{
    QString key;
    quint32 count = 0; // over all buckets
    quint64 bytes = 0;
    QList<AgeBucket> buckets;
};

struct ScanErrorRecord
{
    QString path; // absolute, lossless
    QString op;   // "open", "read", "stat"
    int code = 0;
    QString message;
};

class Inventory
{
public:
    Inventory(std::shared_ptr<const native::ScanTree> tree, const PrefixFamilies &families);
    // Without families (every item's is empty): for a cleanup, which decides
    // by names and shows no families, and need not judge a million of them.
    explicit Inventory(std::shared_ptr<const native::ScanTree> tree);
    // The same, with the names and families of the items taken from
    // `listed`, the topLevel() inventory of the same scan (they are those of
    // the same entries): the families are not judged twice.
    Inventory(std::shared_ptr<const native::ScanTree> tree, const Inventory &listed);

    // The items of a root whose scan is still running, from its
    // ScanTree::topLevelCopy(): every item with its name, kind, family and
    // own timestamps; the directories being entered are counting() until
    // fillIn() gives their totals. Never stale, never planned from.
    static std::shared_ptr<Inventory> topLevel(std::shared_ptr<const native::ScanTree> topTree,
                                               const PrefixFamilies &families);
    // The totals of a counting item (ignored for one that is not counting).
    void fillIn(const ItemTotals &totals);
    // Items still counting; 0 for the inventory of a finished scan.
    qsizetype counting() const { return m_counting; }
    // Made by topLevel(): the items of a scan that was still running.
    bool isTopLevel() const { return m_topLevel; }
    // The totals of the subtree under `entry` (complete: nothing under it
    // changes any more), as fillIn() takes them for item `item`.
    static ItemTotals totalsOf(const native::ScanTree &tree, std::uint32_t entry, qsizetype item);

    const native::ScanTree &tree() const { return *m_tree; }
    std::shared_ptr<const native::ScanTree> sharedTree() const { return m_tree; }
    QString rootPath() const;
    const QList<Item> &items() const { return m_items; }
    // Any entry's subtree totalled as an item is (name, kind, size, entries,
    // errors, newest timestamps; no family): the rows inside an item.
    static Item subtreeTotals(const native::ScanTree &tree, std::uint32_t entry);

    quint64 totalBytes() const { return m_totalBytes; }
    quint64 totalDiskBytes() const { return m_totalDiskBytes; }

    // Families sorted by bytes (largest first); oldest and newest on the
    // rule's basis, stale counts by the rule.
    QList<FamilyStats> families(const AgeRule &rule) const;
    static QList<AgeBucket> emptyAgeBuckets();
    QList<AgeBucket> ageBuckets(AgeBasis basis, native::TimeNs now) const;
    // The index into emptyAgeBuckets() of the bucket an age falls in.
    static qsizetype ageBucketIndex(std::chrono::seconds age);
    // ageBuckets() split by family: summed over the families, each bucket
    // equals ageBuckets()'s. Largest families (bytes) first, ties by key.
    QList<FamilyAges> familyAgeBuckets(AgeBasis basis, native::TimeNs now) const;
    QList<ScanErrorRecord> errors() const;

    static native::TimeNs nowNs();

private:
    void addTotals(); // the items' subtrees, one forward pass over the tree

    std::shared_ptr<const native::ScanTree> m_tree;
    QList<Item> m_items;
    quint64 m_totalBytes = 0;
    quint64 m_totalDiskBytes = 0;
    qsizetype m_counting = 0;
    bool m_topLevel = false;
};

} // namespace tempscope
