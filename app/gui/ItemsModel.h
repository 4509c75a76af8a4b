#pragma once
// ItemsModel: the top-level items of one scanned root as a flat table (name,
// family, kind, size, entries, age, owner, state), sorted and filtered in the
// model itself: a vector of item indices is filtered and sorted in place,
// which stays within a few tens of milliseconds at 300,000 rows where a
// QSortFilterProxyModel would map every row through QModelIndex lookups.
//
// GUI thread only. The inventory is shared and immutable; the model keeps it
// alive while it shows it.

#include "AgeRule.h"
#include "inventory/Inventory.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>
#include <QList>

#include <memory>

namespace tempscope::gui {

struct ItemFilter
{
    QString text;          // case-insensitive substring of the name; empty: all
    QString family;        // exact family key; empty: all
    bool staleOnly = false;

    bool isEmpty() const { return text.isEmpty() && family.isEmpty() && !staleOnly; }
    friend bool operator==(const ItemFilter &, const ItemFilter &) = default;
};

class ItemsModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemsModel)

public:
    enum Column { Name, Family, Kind, Size, Entries, Age, Owner, State, ColumnCount };
    enum Role { ItemIndexRole = Qt::UserRole + 1 }; // index into inventory()->items()

    explicit ItemsModel(QObject *parent = nullptr);

    void setInventory(std::shared_ptr<const Inventory> inventory, const AgeRule &rule);
    const Inventory *inventory() const { return m_inventory.get(); }
    void setAgeRule(const AgeRule &rule);
    const AgeRule &ageRule() const { return m_rule; }
    void setFilter(const ItemFilter &filter);
    const ItemFilter &filter() const { return m_filter; }

    // The item a row shows, or nullptr.
    const Item *itemAt(const QModelIndex &index) const;
    // Rows before filtering (all items of the inventory).
    qsizetype totalItems() const;
    quint64 shownBytes() const { return m_shownBytes; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QString stateText(const Item &item) const;
    QString ownerName(quint32 uid) const;
    static QString kindText(native::Kind kind);

Q_SIGNALS:
    // The shown rows changed (filter, inventory or rule).
    void shownChanged();

private:
    void rebuildRows();  // filter then sort, inside a model reset
    void sortRows();     // m_rows by m_sortColumn/m_sortOrder
    bool accepts(const Item &item) const;

    std::shared_ptr<const Inventory> m_inventory;
    AgeRule m_rule;
    ItemFilter m_filter;
    QList<qsizetype> m_rows; // indices into m_inventory->items()
    // Case-folded names, parallel to the items: sorting by name compares
    // these exactly, which is several times faster than comparing
    // case-insensitively on every comparison.
    QList<QString> m_foldedNames;
    quint64 m_shownBytes = 0;
    int m_sortColumn = Size;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    mutable QHash<quint32, QString> m_owners;
    QIcon m_dirIcon;
    QIcon m_fileIcon;
    QIcon m_linkIcon;
};

} // namespace tempscope::gui
