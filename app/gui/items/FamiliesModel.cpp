#include "gui/items/FamiliesModel.h"

#include "gui/HeaderSections.h"
#include "gui/Numbers.h"

#include "core/inventory/Duration.h"
#include "core/inventory/PathText.h"

#include <algorithm>
#include <utility>

namespace tempscope::gui {

FamiliesModel::FamiliesModel(QObject *parent)
    : TitledTableModel(parent), m_trackedIcon(QStringLiteral(":/icons/tracked.svg"))
{
}

void FamiliesModel::setTrackedFamilies(const QStringList &keys)
{
    if (keys == m_tracked)
        return;
    beginResetModel();
    m_tracked = keys;
    recompute();
    endResetModel();
}

const CatalogueEntry *FamiliesModel::entryOf(const QString &key) const
{
    const auto it = m_entryOfFamily.constFind(key);
    return it != m_entryOfFamily.cend() ? &m_catalogue.entries()[*it] : nullptr;
}

void FamiliesModel::setInventory(std::shared_ptr<const Inventory> inventory, const AgeRule &rule)
{
    beginResetModel();
    // The user's catalogue as it is now: the families the scan gave come from it.
    QString error;
    m_catalogue = Catalogue::withUserFile(&error);
    m_entryOfFamily.clear();
    for (qsizetype i = m_catalogue.entries().size() - 1; i >= 0; --i)
        m_entryOfFamily.insert(m_catalogue.entries()[i].family, i); // the first entry wins
    m_inventory = std::move(inventory);
    m_rule = rule;
    recompute();
    endResetModel();
}

void FamiliesModel::setAgeRule(const AgeRule &rule)
{
    if (rule == m_rule)
        return;
    beginResetModel();
    m_rule = rule;
    recompute();
    endResetModel();
}

void FamiliesModel::recompute()
{
    m_families.clear();
    if (!m_inventory)
        return;
    m_families = m_inventory->families(m_rule);
    // Tracked families without items stay visible, so users see they are tracked.
    for (const QString &key : std::as_const(m_tracked)) {
        if (std::none_of(m_families.cbegin(), m_families.cend(),
                         [&](const FamilyStats &f) { return f.key == key; })) {
            FamilyStats empty;
            empty.key = key;
            m_families.append(empty);
        }
    }
}

int FamiliesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_families.size());
}

QVariant FamiliesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_families.size())
        return {};
    const FamilyStats &f = m_families[index.row()];
    const auto ageOf = [this](native::TimeNs t) { return elapsedSeconds(m_rule.now, t); };
    const double staleShare = f.bytes   ? double(f.staleBytes) / double(f.bytes)
                              : f.count ? double(f.staleCount) / double(f.count)
                                        : 0.0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Key:
            return printablePath(nativePath(f.key));
        case Count:
            return countText(f.count);
        case Size:
            return sizeText(f.bytes);
        case Oldest:
            return f.count ? formatAge(ageOf(f.oldest)) : tr("—");
        case Newest:
            return f.count ? formatAge(ageOf(f.newest)) : tr("—");
        case Stale:
            if (!m_rule.threshold)
                return QString();
            return f.staleCount ? staleText(f.staleCount, f.staleBytes) : tr("none");
        case Program:
            if (const CatalogueEntry *e = entryOf(f.key))
                return e->program;
            return QString();
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Key:
            return f.key.toCaseFolded();
        case Count:
            return f.count;
        case Size:
            return f.bytes;
        case Oldest:
            return qlonglong(-f.oldest);
        case Newest:
            return qlonglong(-f.newest);
        case Stale:
            return staleShare;
        case Program: {
            const CatalogueEntry *e = entryOf(f.key);
            return e ? e->program.toCaseFolded() : QString();
        }
        }
        break;
    case KeyRole:
        return f.key;
    case TrackedRole:
        return m_tracked.contains(f.key);
    case Qt::DecorationRole:
        if (index.column() == Key && m_tracked.contains(f.key))
            return m_trackedIcon;
        break;
    case Qt::AccessibleDescriptionRole:
        if (index.column() == Key && m_tracked.contains(f.key))
            return tr("tracked family");
        break;
    case Qt::ToolTipRole:
        if (index.column() == Program || (index.column() == Key && !m_tracked.contains(f.key))) {
            if (const CatalogueEntry *e = entryOf(f.key))
                return tr("%1: %2\nSafe to remove: %3")
                    .arg(e->program, e->purposeText(), e->safeText());
        }
        if (index.column() == Key && m_tracked.contains(f.key))
            return f.count ? tr("A family you track")
                           : tr("A family you track; no item in this location belongs to it");
        if (index.column() == Stale && m_rule.threshold)
            return (f.staleCount == 1 ? tr("1 stale item, %1 % of the family's bytes")
                                      : tr("%Ln stale items, %1 % of the family's bytes", nullptr,
                                           int(f.staleCount)))
                .arg(qRound(staleShare * 100));
        break;
    case Qt::TextAlignmentRole: // the title's: numbers right, text left
        return QVariant::fromValue(sections().alignment(index.column()));
    }
    return {};
}

QString FamiliesModel::staleText(quint64 count, quint64 bytes)
{
    return tr("%L1 · %2").arg(count).arg(sizeText(bytes));
}

const HeaderSections &FamiliesModel::sections() const
{
    static const HeaderSections sections(
        staticMetaObject,
        {QT_TR_NOOP("Family"), QT_TR_NOOP("Items"), QT_TR_NOOP("Size"), QT_TR_NOOP("Oldest"),
         QT_TR_NOOP("Newest"), QT_TR_NOOP("Stale"), QT_TR_NOOP("Program")},
        {Count, Size, Oldest, Newest, Stale});
    return sections;
}

} // namespace tempscope::gui
