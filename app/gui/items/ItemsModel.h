#pragma once
// ItemsModel: the top-level items of one scanned root (name, family, kind,
// size, entries, age, owner, state), sorted and filtered in the model itself
// by a RowIndex of item indices (no proxy model, see RowIndex.h).
//
// Directory items expand to their contents from the scan's ScanTree. The rows
// under a directory are created the first time a view asks for them (one node
// per expanded directory, with the subtree totals of its children), sorted by
// the same column; filters apply to the top-level items only.
//
// The State column says why an item is special: stale, in use by a process,
// protected by a built-in protection, a mount point, unreadable entries.
//
// While a root is scanned the model may show the items of the running scan
// (Inventory::topLevel()): those still counting say so in their size,
// entries and age. itemsCounted() takes their totals as they come (one
// layout change per batch: rows move to their sorted place and the
// selection follows them), and setInventory() with the finished scan's
// inventory fills in every row the same way instead of starting over.
//
// GUI thread only. The inventory and its states are shared and immutable;
// the model keeps them alive while it shows them.
//
// Rows, nodes and sorting are in ItemsModel.cpp, what rows show (text, tool
// tips, icons, states) in ItemsModelText.cpp, live updates in ItemsModelLive.cpp.

#include "core/catalogue/Verdicts.h"
#include "core/cleanup/ItemStates.h"
#include "core/inventory/AgeRule.h"
#include "core/inventory/Inventory.h"
#include "gui/RowIndex.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>
#include <QList>

#include <chrono>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace tempscope::gui {

struct LiveUpdate;

struct ItemFilter
{
    ItemFilter() = default;
    // The common filters; the age range is set by member.
    ItemFilter(QString nameText, QString familyKey = {}, bool stale = false)
        : text(std::move(nameText)), family(std::move(familyKey)), staleOnly(stale)
    {
    }

    QString text;   // case-insensitive substring of the name; empty: all
    QString family; // exact family key; empty: all
    bool staleOnly = false;
    bool orphansOnly = false; // items whose verdict is "orphan"
    // Ages on the rule's basis in [minAge, maxAge), like the age buckets;
    // unset: unbounded on that side.
    std::optional<std::chrono::seconds> minAge;
    std::optional<std::chrono::seconds> maxAge;

    bool isEmpty() const
    {
        return text.isEmpty() && family.isEmpty() && !staleOnly && !orphansOnly && !minAge &&
               !maxAge;
    }
    friend bool operator==(const ItemFilter &, const ItemFilter &) = default;
};

class ItemsModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemsModel)

public:
    enum Column { Name, Family, Kind, Size, Entries, Age, Owner, State, Verdict, ColumnCount };
    enum Role {
        ItemIndexRole =
            Qt::UserRole + 1, // index into inventory()->items(); -1 for rows inside an item
        EntryRole,            // index of the row's entry in inventory()->tree()
        StateRole,            // the row's RowState flags
    };
    enum RowState { Stale = 1, InUse = 2, Protected = 4, MountPoint = 8, Unreadable = 16 };

    explicit ItemsModel(QObject *parent = nullptr);

    void setInventory(std::shared_ptr<const Inventory> inventory, const AgeRule &rule,
                      std::shared_ptr<const ItemStates> states = {},
                      std::shared_ptr<const ItemVerdicts> verdicts = {});
    // The shown inventory's items `totals` name were filled in
    // (Inventory::fillIn(), by its owner): their rows change, move to their
    // sorted place, and enter or leave by the filter.
    void itemsCounted(const QList<ItemTotals> &totals);
    // The verdict on a top-level item (by name: it survives live updates), or
    // null when the item was not judged (no verdicts, or new since the scan).
    const ItemVerdict *verdictOf(const Item &item) const;
    const Inventory *inventory() const { return m_inventory.get(); }
    std::shared_ptr<const ItemStates> states() const { return m_states; }
    // Applies a live update computed against the shown inventory row by row
    // (rows removed, inserted at their sorted place, changed, moved), so the
    // selection, expanded directories and the scroll position survive.
    // False, and nothing changes, when the update is for another inventory.
    bool applyUpdate(const LiveUpdate &update);
    void setAgeRule(const AgeRule &rule);
    const AgeRule &ageRule() const { return m_rule; }
    void setFilter(const ItemFilter &filter);
    const ItemFilter &filter() const { return m_filter; }

    // The item a top-level row shows, or nullptr (also for rows inside an item).
    const Item *itemAt(const QModelIndex &index) const;
    // What any row shows: the item, or the subtree totals of an entry inside
    // one (name, kind, size, entries, newest timestamps; no family). nullptr
    // for an invalid index.
    const Item *rowItem(const QModelIndex &index) const;
    // The tree entry a row shows, or -1.
    qint64 entryAt(const QModelIndex &index) const;
    // Rows before filtering (all items of the inventory).
    qsizetype totalItems() const;
    quint64 shownBytes() const { return m_shownBytes; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QString stateText(const Item &item) const;
    int rowState(const Item &item) const;
    // Why the built-in protections keep this row ("X11 display sockets"), or empty.
    QString protectionOf(const Item &item) const;
    QString ownerName(quint32 uid) const;
    static QString kindText(native::Kind kind);
    // What a cell a running scan has not counted to the end yet shows.
    static QString countingText();

Q_SIGNALS:
    // The shown rows changed (filter, inventory or rule).
    void shownChanged();

private:
    friend struct SortLayout;
    void rebuildRows(); // filter then sort, inside a model reset
    void rebuildRowsUnsorted();
    // Filter again; the rows keep their order when it is still sorted.
    void refilterKeepingOrder();
    void keepVerdictsByName() const; // before the inventory they are for goes
    // The rows again, in one layout change (persistent indexes follow their
    // item); reorder() changes m_rows.
    template <class Reorder> void relayoutTopRows(Reorder reorder);
    // The finished scan of the inventory shown while it ran: same items.
    bool completes(const Inventory &inventory) const;
    void sortRows(); // m_rows by its sort key
    bool accepts(const Item &item) const;

    // An expanded directory: its children (tree entries) in display order.
    struct Node
    {
        std::uint32_t entry = 0;
        quintptr parentId = 0; // internal id of the directory's own index
        int row = 0;           // the directory's row under its parent
        QList<std::uint32_t> children;
    };
    // Internal ids: 0 for top-level rows, n + 1 for the children of node n.
    int
    nodeFor(const QModelIndex &directory) const; // creates it on first use; -1 if not a directory
    const Item &childItem(std::uint32_t entry) const;
    void sortChildren(Node &node) const;
    void clearNodes();
    void updateNodeRows();
    int compareItems(const Item &x, const Item &y) const; // ascending by the sort column, 0 on ties
    bool rowLess(qsizetype a, qsizetype b) const;         // items a, b in display order
    void shiftTopNodeRows(int from, int delta);
    std::uint32_t entryOf(quintptr id, int row) const;
    QHash<std::uint32_t, int> topRowOfEntries() const; // item entry -> its row

    std::shared_ptr<const Inventory> m_inventory;
    AgeRule m_rule;
    ItemFilter m_filter;
    RowIndex m_rows{Size, Qt::DescendingOrder}; // indices into m_inventory->items()
    // Case-folded names, parallel to the items: sorting by name compares
    // these exactly, which is several times faster than comparing
    // case-insensitively on every comparison.
    QList<QString> m_foldedNames;
    quint64 m_shownBytes = 0;
    mutable QHash<quint32, QString> m_owners;
    std::shared_ptr<const ItemStates> m_states;
    // The verdicts on the shown inventory's items, by item; by name (built
    // when first needed) once another inventory is shown by a live update.
    std::shared_ptr<const ItemVerdicts> m_itemVerdicts;
    mutable QHash<QString, ItemVerdict> m_verdicts;
    mutable bool m_verdictsByName = false;
    mutable std::vector<Node> m_nodes;
    mutable QHash<std::uint32_t, int> m_nodeOf;      // directory entry -> node
    mutable QHash<std::uint32_t, Item> m_childItems; // totals of rows inside items
    QIcon m_inUseIcon;
    QIcon m_protectedIcon;
    QIcon m_dirIcon;
    QIcon m_fileIcon;
    QIcon m_linkIcon;
};

} // namespace tempscope::gui
