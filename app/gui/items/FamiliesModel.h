#pragma once
// FamiliesModel: the prefix families of one scanned root (count, bytes,
// oldest and newest item, stale share), one row each, largest first.
// Recomputed from the inventory when the age rule changes. Families the user
// tracks are marked and listed even when no item belongs to them. SortRole gives
// raw numbers for a QSortFilterProxyModel (families are few next to items).
//
// GUI thread only.

#include "core/inventory/AgeRule.h"
#include "core/inventory/Inventory.h"
#include "gui/HeaderSections.h"

#include <QIcon>
#include <QList>
#include <QStringList>

#include <memory>

#include "core/catalogue/Catalogue.h"

#include <QHash>

namespace tempscope::gui {

class FamiliesModel final : public TitledTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FamiliesModel)

public:
    enum Column { Key, Count, Size, Oldest, Newest, Stale, Program, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, KeyRole, TrackedRole };

    explicit FamiliesModel(QObject *parent = nullptr);

    void setInventory(std::shared_ptr<const Inventory> inventory, const AgeRule &rule);
    void setAgeRule(const AgeRule &rule);
    // Family keys the user declared (PrefixFamilies::userFamilyKey()).
    void setTrackedFamilies(const QStringList &keys);
    const QStringList &trackedFamilies() const { return m_tracked; }
    const QList<FamilyStats> &families() const { return m_families; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // The Stale column's text for a family with stale items: "3 · 1.2 MiB".
    static QString staleText(quint64 count, quint64 bytes);

private:
    const HeaderSections &sections() const override;
    void recompute();
    // The catalogue entry whose family this is (by key), or null.
    const CatalogueEntry *entryOf(const QString &key) const;

    std::shared_ptr<const Inventory> m_inventory;
    AgeRule m_rule;
    QList<FamilyStats> m_families;
    QStringList m_tracked;
    QIcon m_trackedIcon;
    Catalogue m_catalogue = Catalogue::builtin(); // with the user's entries
    QHash<QString, qsizetype> m_entryOfFamily;
};

} // namespace tempscope::gui
