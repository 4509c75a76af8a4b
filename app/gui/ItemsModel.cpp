#include "ItemsModel.h"

#include "inventory/Duration.h"
#include "inventory/PathText.h"
#include "native/Accounts.h"

#include <QApplication>
#include <QStyle>

#include <algorithm>

namespace tempscope::gui {

ItemsModel::ItemsModel(QObject *parent) : QAbstractItemModel(parent)
{
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance())) {
        QStyle *style = app->style();
        m_dirIcon = style->standardIcon(QStyle::SP_DirIcon);
        m_fileIcon = style->standardIcon(QStyle::SP_FileIcon);
        m_linkIcon = style->standardIcon(QStyle::SP_FileLinkIcon);
    }
}

void ItemsModel::setInventory(std::shared_ptr<const Inventory> inventory, const AgeRule &rule)
{
    beginResetModel();
    m_inventory = std::move(inventory);
    m_rule = rule;
    m_foldedNames.clear();
    if (m_inventory) {
        m_foldedNames.reserve(m_inventory->items().size());
        for (const Item &item : m_inventory->items())
            m_foldedNames.append(item.name.toCaseFolded());
    }
    rebuildRows();
    endResetModel();
    Q_EMIT shownChanged();
}

void ItemsModel::setAgeRule(const AgeRule &rule)
{
    if (rule == m_rule)
        return;
    const bool reshape = m_filter.staleOnly || m_sortColumn == Age || m_sortColumn == State;
    if (reshape) {
        beginResetModel();
        m_rule = rule;
        rebuildRows();
        endResetModel();
    } else {
        m_rule = rule;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, Age), index(int(m_rows.size()) - 1, State));
    }
    Q_EMIT shownChanged();
}

void ItemsModel::setFilter(const ItemFilter &filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    rebuildRows();
    endResetModel();
    Q_EMIT shownChanged();
}

const Item *ItemsModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return nullptr;
    return &m_inventory->items()[m_rows[index.row()]];
}

qsizetype ItemsModel::totalItems() const
{
    return m_inventory ? m_inventory->items().size() : 0;
}

bool ItemsModel::accepts(const Item &item) const
{
    if (m_filter.staleOnly && !m_rule.isStale(item))
        return false;
    if (!m_filter.family.isEmpty() && item.family != m_filter.family)
        return false;
    if (!m_filter.text.isEmpty() && !item.name.contains(m_filter.text, Qt::CaseInsensitive))
        return false;
    return true;
}

void ItemsModel::rebuildRows()
{
    m_rows.clear();
    m_shownBytes = 0;
    if (!m_inventory)
        return;
    const QList<Item> &items = m_inventory->items();
    m_rows.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (accepts(items[i])) {
            m_rows.append(i);
            m_shownBytes += items[i].bytes;
        }
    }
    sortRows();
}

void ItemsModel::sortRows()
{
    if (!m_inventory)
        return;
    const QList<Item> &items = m_inventory->items();
    const AgeBasis basis = m_rule.basis;
    // Ascending comparison of one key, ties broken by name then position so
    // the order is total and the same every time.
    auto key = [&](qsizetype a, qsizetype b) -> int {
        const Item &x = items[a];
        const Item &y = items[b];
        auto cmp = [](auto u, auto v) { return u < v ? -1 : v < u ? 1 : 0; };
        switch (m_sortColumn) {
        case Family:
            return x.family.compare(y.family, Qt::CaseInsensitive);
        case Kind:
            return cmp(int(x.kind), int(y.kind));
        case Size:
            return cmp(x.bytes, y.bytes);
        case Entries:
            return cmp(x.entries, y.entries);
        case Age: // older first when ascending by age: an earlier timestamp
            return cmp(y.timestamp(basis), x.timestamp(basis));
        case Owner:
            return x.uid == y.uid ? 0 : ownerName(x.uid).compare(ownerName(y.uid), Qt::CaseInsensitive);
        case State:
            return cmp(int(m_rule.isStale(x)) * 2 + int(x.errors > 0), int(m_rule.isStale(y)) * 2 + int(y.errors > 0));
        default:
            return 0;
        }
    };
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    std::sort(m_rows.begin(), m_rows.end(), [&](qsizetype a, qsizetype b) {
        int c = key(a, b);
        if (c == 0)
            c = m_foldedNames[a].compare(m_foldedNames[b]);
        if (c == 0)
            c = items[a].name.compare(items[b].name);
        if (c == 0)
            c = a < b ? -1 : a > b ? 1 : 0;
        return descending ? c > 0 : c < 0;
    });
}

void ItemsModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (m_rows.isEmpty())
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qsizetype> itemOf;
    itemOf.reserve(before.size());
    for (const QModelIndex &i : before)
        itemOf.append(m_rows[i.row()]);
    sortRows();
    if (!before.isEmpty()) {
        QHash<qsizetype, int> rowOf;
        rowOf.reserve(m_rows.size());
        for (int r = 0; r < m_rows.size(); ++r)
            rowOf.insert(m_rows[r], r);
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype k = 0; k < before.size(); ++k)
            after.append(index(rowOf.value(itemOf[k]), before[k].column()));
        changePersistentIndexList(before, after);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QModelIndex ItemsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

QModelIndex ItemsModel::parent(const QModelIndex &) const
{
    return {};
}

int ItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ItemsModel::ownerName(quint32 uid) const
{
    auto it = m_owners.constFind(uid);
    if (it == m_owners.cend())
        it = m_owners.insert(uid, QString::fromStdString(native::userName(uid)));
    return *it;
}

QString ItemsModel::stateText(const Item &item) const
{
    QStringList parts;
    if (m_rule.isStale(item))
        parts << tr("stale");
    if (item.mountPoint)
        parts << tr("mount point");
    if (item.errors)
        parts << tr("%L1 unreadable").arg(item.errors);
    return parts.join(QStringLiteral(", "));
}

QString ItemsModel::kindText(native::Kind kind)
{
    switch (kind) {
    case native::Kind::File: return ItemsModel::tr("file");
    case native::Kind::Directory: return ItemsModel::tr("directory");
    case native::Kind::Symlink: return ItemsModel::tr("symlink");
    case native::Kind::Fifo: return ItemsModel::tr("FIFO");
    case native::Kind::Socket: return ItemsModel::tr("socket");
    case native::Kind::CharDevice: return ItemsModel::tr("character device");
    case native::Kind::BlockDevice: return ItemsModel::tr("block device");
    case native::Kind::Unknown: break;
    }
    return ItemsModel::tr("unknown");
}

QVariant ItemsModel::data(const QModelIndex &index, int role) const
{
    const Item *item = itemAt(index);
    if (!item)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return printablePath(nativePath(item->name));
        case Family: return printablePath(nativePath(item->family));
        case Kind: return kindText(item->kind);
        case Size: return formatBytes(item->bytes);
        case Entries: return QString::number(item->entries);
        case Age: return formatAge(m_rule.age(*item));
        case Owner: return ownerName(item->uid);
        case State: return stateText(*item);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return printablePath(nativePath(m_inventory->rootPath() + u'/' + item->name));
        if (index.column() == Size)
            return tr("%L1 bytes (%2 on disk)").arg(item->bytes).arg(formatBytes(item->diskBytes));
        if (index.column() == Age)
            return m_rule.explain(*item);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Size || index.column() == Entries || index.column() == Age)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::DecorationRole:
        if (index.column() == Name)
            return item->kind == native::Kind::Directory ? m_dirIcon
                 : item->kind == native::Kind::Symlink   ? m_linkIcon
                                                         : m_fileIcon;
        break;
    case ItemIndexRole:
        return QVariant::fromValue(qsizetype(item - m_inventory->items().data()));
    }
    return {};
}

QVariant ItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Family: return tr("Family");
    case Kind: return tr("Kind");
    case Size: return tr("Size");
    case Entries: return tr("Entries");
    case Age: return tr("Age");
    case Owner: return tr("Owner");
    case State: return tr("State");
    }
    return {};
}

} // namespace tempscope::gui
