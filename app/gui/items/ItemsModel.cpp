#include "gui/items/ItemsModel.h"

#include "gui/SortLayout.h"

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
    m_inUseIcon = QIcon(QStringLiteral(":/icons/in-use.svg"));
    m_protectedIcon = QIcon(QStringLiteral(":/icons/protected.svg"));
}

bool ItemsModel::completes(const Inventory &inventory) const
{
    if (!m_inventory || !m_inventory->isTopLevel() || inventory.isTopLevel() ||
        inventory.rootPath() != m_inventory->rootPath())
        return false;
    const QList<Item> &shown = m_inventory->items();
    const QList<Item> &items = inventory.items();
    if (shown.size() != items.size())
        return false;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (shown[i].name != items[i].name)
            return false;
    }
    return true;
}

template <class Reorder> void ItemsModel::relayoutTopRows(Reorder reorder)
{
    // Keyed by item: the rows shown are top-level ones (an inventory of a
    // running scan has no rows inside items).
    QList<int> rowOf;
    SortLayout::apply(
        *this,
        [this](const QModelIndex &i) {
            return i.internalId() == 0 && i.row() < m_rows.size() ? m_rows[i.row()] : -1;
        },
        [&] {
            reorder();
            m_shownBytes = 0;
            for (qsizetype i : std::as_const(m_rows))
                m_shownBytes += m_inventory->items()[i].bytes;
        },
        [&](qsizetype item, const QModelIndex &before) {
            if (item < 0)
                return QModelIndex();
            if (rowOf.isEmpty())
                rowOf = m_rows.rowsOfRecords(m_inventory->items().size());
            const int row = rowOf[item];
            return row < 0 ? QModelIndex() : createIndex(row, before.column(), quintptr(0));
        });
}

void ItemsModel::itemsCounted(const QList<ItemTotals> &totals)
{
    if (!m_inventory || totals.isEmpty())
        return;
    const QList<Item> &items = m_inventory->items();
    std::vector<bool> changed(std::size_t(items.size()), false);
    QList<qsizetype> changedItems;
    for (const ItemTotals &t : totals) {
        if (t.item >= 0 && t.item < items.size() && !changed[std::size_t(t.item)]) {
            changed[std::size_t(t.item)] = true;
            changedItems.append(t.item);
        }
    }
    const int column = m_rows.sortColumn();
    const bool moves = column == Size || column == Entries || column == Age || column == State;
    const bool filters = m_filter.staleOnly || m_filter.minAge || m_filter.maxAge;
    if (!moves && !filters) {
        m_shownBytes = 0;
        for (qsizetype i : std::as_const(m_rows))
            m_shownBytes += items[i].bytes;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, Size), index(int(m_rows.size()) - 1, State));
        Q_EMIT shownChanged();
        return;
    }
    // The rows that did not change keep their order; the changed ones that
    // pass the filter are sorted and merged in: the order a full sort gives.
    relayoutTopRows([&] {
        const auto less = [this](qsizetype a, qsizetype b) { return rowLess(a, b); };
        QList<qsizetype> stay;
        stay.reserve(m_rows.size());
        for (qsizetype i : std::as_const(m_rows)) {
            if (!changed[std::size_t(i)])
                stay.append(i);
        }
        QList<qsizetype> moved;
        for (qsizetype i : std::as_const(changedItems)) {
            if (accepts(items[i]))
                moved.append(i);
        }
        std::sort(moved.begin(), moved.end(), less);
        QList<qsizetype> rows(stay.size() + moved.size());
        std::merge(stay.cbegin(), stay.cend(), moved.cbegin(), moved.cend(), rows.begin(), less);
        m_rows.assign(std::move(rows));
    });
    Q_EMIT shownChanged();
}

void ItemsModel::setInventory(std::shared_ptr<const Inventory> inventory, const AgeRule &rule,
                              std::shared_ptr<const ItemStates> states,
                              std::shared_ptr<const ItemVerdicts> verdicts)
{
    // Kept by item while this inventory is shown (no copy, no hashing of
    // every name at the end of a scan); by name once a live update comes.
    const auto takeVerdicts = [&] {
        m_verdicts.clear();
        m_verdictsByName = false;
        m_itemVerdicts.reset();
        if (m_inventory && verdicts && verdicts->size() == m_inventory->items().size())
            m_itemVerdicts = verdicts;
    };
    if (inventory && completes(*inventory)) {
        // The scan shown while it ran has finished: same items, same names
        // (m_foldedNames holds), the rows fill in where they are.
        relayoutTopRows([&] {
            m_inventory = std::move(inventory);
            m_states = std::move(states);
            takeVerdicts();
            m_rule = rule;
            refilterKeepingOrder();
        });
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        Q_EMIT shownChanged();
        return;
    }
    beginResetModel();
    clearNodes();
    m_inventory = std::move(inventory);
    m_states = std::move(states);
    takeVerdicts();
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
    const bool reshape = m_filter.staleOnly || m_filter.minAge || m_filter.maxAge ||
                         m_rows.sortColumn() == Age || m_rows.sortColumn() == State;
    if (reshape) {
        beginResetModel();
        clearNodes();
        m_rule = rule;
        rebuildRows();
        endResetModel();
    } else {
        m_rule = rule;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, Age), index(int(m_rows.size()) - 1, State));
        for (const Node &node : m_nodes) {
            if (!node.children.isEmpty())
                Q_EMIT dataChanged(createIndex(0, Age, quintptr(&node - m_nodes.data()) + 1),
                                   createIndex(int(node.children.size()) - 1, State,
                                               quintptr(&node - m_nodes.data()) + 1));
        }
    }
    Q_EMIT shownChanged();
}

void ItemsModel::setFilter(const ItemFilter &filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    clearNodes();
    m_filter = filter;
    rebuildRows();
    endResetModel();
    Q_EMIT shownChanged();
}

const Item *ItemsModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() != 0 ||
        index.row() >= m_rows.size())
        return nullptr;
    return &m_inventory->items()[m_rows[index.row()]];
}

const Item *ItemsModel::rowItem(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    if (index.internalId() == 0)
        return itemAt(index);
    return &childItem(entryOf(index.internalId(), index.row()));
}

qint64 ItemsModel::entryAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || !m_inventory)
        return -1;
    return entryOf(index.internalId(), index.row());
}

std::uint32_t ItemsModel::entryOf(quintptr id, int row) const
{
    if (id == 0)
        return m_inventory->items()[m_rows[row]].entry;
    return m_nodes[id - 1].children[row];
}

int ItemsModel::nodeFor(const QModelIndex &directory) const
{
    if (!m_inventory || !directory.isValid() || directory.column() != 0)
        return -1;
    const std::uint32_t entry = entryOf(directory.internalId(), directory.row());
    const native::Entry &e = m_inventory->tree()[entry];
    if (!e.isDir() || e.childCount == 0)
        return -1;
    if (const auto it = m_nodeOf.constFind(entry); it != m_nodeOf.cend())
        return *it;
    Node node;
    node.entry = entry;
    node.parentId = directory.internalId();
    node.row = directory.row();
    node.children.reserve(e.childCount);
    for (std::uint32_t c = e.firstChild; c < e.firstChild + e.childCount; ++c) {
        node.children.append(c);
        childItem(c);
    }
    sortChildren(node);
    m_nodes.push_back(std::move(node));
    m_nodeOf.insert(entry, int(m_nodes.size() - 1));
    return int(m_nodes.size() - 1);
}

const Item &ItemsModel::childItem(std::uint32_t entry) const
{
    if (const auto it = m_childItems.constFind(entry); it != m_childItems.cend())
        return *it;
    return *m_childItems.insert(entry, Inventory::subtreeTotals(m_inventory->tree(), entry));
}

void ItemsModel::sortChildren(Node &node) const
{
    const bool descending = m_rows.descending();
    std::sort(node.children.begin(), node.children.end(), [&](std::uint32_t a, std::uint32_t b) {
        const Item &x = childItem(a);
        const Item &y = childItem(b);
        int c = compareItems(x, y);
        if (c == 0)
            c = x.name.compare(y.name, Qt::CaseInsensitive);
        if (c == 0)
            c = x.name.compare(y.name);
        if (c == 0)
            c = a < b ? -1 : a > b ? 1 : 0;
        return descending ? c > 0 : c < 0;
    });
}

void ItemsModel::clearNodes()
{
    m_nodes.clear();
    m_nodeOf.clear();
    m_childItems.clear();
}

QHash<std::uint32_t, int> ItemsModel::topRowOfEntries() const
{
    QHash<std::uint32_t, int> topRow;
    topRow.reserve(m_rows.size());
    const QList<Item> &items = m_inventory->items();
    for (int r = 0; r < m_rows.size(); ++r)
        topRow.insert(items[m_rows[r]].entry, r);
    return topRow;
}

void ItemsModel::updateNodeRows()
{
    if (m_nodes.empty())
        return;
    const QHash<std::uint32_t, int> topRow = topRowOfEntries();
    for (Node &node : m_nodes) {
        if (node.parentId == 0)
            node.row = topRow.value(node.entry);
        else
            node.row = int(m_nodes[node.parentId - 1].children.indexOf(node.entry));
    }
}

qsizetype ItemsModel::totalItems() const
{
    return m_inventory ? m_inventory->items().size() : 0;
}

const ItemVerdict *ItemsModel::verdictOf(const Item &item) const
{
    if (m_itemVerdicts && !m_verdictsByName) {
        const QList<Item> &items = m_inventory->items();
        const Item *first = items.constData();
        const std::less<const Item *> before;
        if (!before(&item, first) && before(&item, first + items.size()))
            return &m_itemVerdicts->at(&item - first);
    }
    keepVerdictsByName();
    const auto it = m_verdicts.constFind(item.name);
    return it != m_verdicts.cend() ? &*it : nullptr;
}

void ItemsModel::keepVerdictsByName() const
{
    if (m_verdictsByName || !m_itemVerdicts)
        return;
    const QList<Item> &items = m_inventory->items();
    for (qsizetype i = 0; i < items.size(); ++i)
        m_verdicts.insert(items[i].name, m_itemVerdicts->at(i));
    m_verdictsByName = true;
}

bool ItemsModel::accepts(const Item &item) const
{
    if (m_filter.staleOnly && !m_rule.isStale(item))
        return false;
    if (m_filter.orphansOnly) {
        const ItemVerdict *v = verdictOf(item);
        if (!v || v->verdict != tempscope::Verdict::Orphan)
            return false;
    }
    if (!m_filter.family.isEmpty() && item.family != m_filter.family)
        return false;
    if (!m_filter.text.isEmpty() && !item.name.contains(m_filter.text, Qt::CaseInsensitive))
        return false;
    if (m_filter.minAge || m_filter.maxAge) {
        const std::chrono::seconds age = m_rule.age(item);
        if ((m_filter.minAge && age < *m_filter.minAge) ||
            (m_filter.maxAge && age >= *m_filter.maxAge))
            return false;
    }
    return true;
}

void ItemsModel::refilterKeepingOrder()
{
    const QList<qsizetype> before(m_rows.begin(), m_rows.end());
    rebuildRowsUnsorted();
    // The rows of a running scan are kept in order as they are counted:
    // when the finished scan shows the same ones in the same order, no sort.
    if (before.size() == m_rows.size()) {
        std::vector<bool> shown(std::size_t(m_inventory->items().size()), false);
        for (qsizetype i : std::as_const(m_rows))
            shown[std::size_t(i)] = true;
        const auto less = [this](qsizetype a, qsizetype b) { return rowLess(a, b); };
        if (std::all_of(before.cbegin(), before.cend(),
                        [&](qsizetype i) { return shown[std::size_t(i)]; }) &&
            std::is_sorted(before.cbegin(), before.cend(), less)) {
            m_rows.assign(before);
            return;
        }
    }
    sortRows();
}

void ItemsModel::rebuildRows()
{
    rebuildRowsUnsorted();
    sortRows();
}

void ItemsModel::rebuildRowsUnsorted()
{
    m_rows.clear();
    m_shownBytes = 0;
    if (!m_inventory)
        return;
    const QList<Item> &items = m_inventory->items();
    m_rows.rebuild(items.size(), [&](qsizetype i) { return accepts(items[i]); });
    for (qsizetype i : std::as_const(m_rows))
        m_shownBytes += items[i].bytes;
}

int ItemsModel::compareItems(const Item &x, const Item &y) const
{
    auto cmp = [](auto u, auto v) { return u < v ? -1 : v < u ? 1 : 0; };
    switch (m_rows.sortColumn()) {
    case Family:
        return x.family.compare(y.family, Qt::CaseInsensitive);
    case Kind:
        return cmp(int(x.kind), int(y.kind));
    case Size:
        return cmp(x.bytes, y.bytes);
    case Entries:
        return cmp(x.entries, y.entries);
    case Age: // older first when ascending by age: an earlier timestamp
        return cmp(y.timestamp(m_rule.basis), x.timestamp(m_rule.basis));
    case Owner:
        return x.uid == y.uid ? 0 : ownerName(x.uid).compare(ownerName(y.uid), Qt::CaseInsensitive);
    case State:
        return cmp(rowState(x), rowState(y));
    case Verdict: {
        const ItemVerdict *a = verdictOf(x);
        const ItemVerdict *b = verdictOf(y);
        return cmp(a ? int(a->verdict) : -1, b ? int(b->verdict) : -1);
    }
    default:
        return 0;
    }
}

void ItemsModel::sortRows()
{
    if (!m_inventory)
        return;
    m_rows.sort([this](qsizetype a, qsizetype b) { return rowLess(a, b); });
}

bool ItemsModel::rowLess(qsizetype a, qsizetype b) const
{
    // Ascending comparison of one key, ties broken by name then position so
    // the order is total and the same every time.
    const QList<Item> &items = m_inventory->items();
    int c = compareItems(items[a], items[b]);
    if (c == 0)
        c = m_foldedNames[a].compare(m_foldedNames[b]);
    if (c == 0)
        c = items[a].name.compare(items[b].name);
    if (c == 0)
        c = a < b ? -1 : a > b ? 1 : 0;
    return m_rows.descending() ? c > 0 : c < 0;
}

void ItemsModel::sort(int column, Qt::SortOrder order)
{
    if (!m_rows.setSortKey(column, order, ColumnCount))
        return;
    // Persistent indexes follow their entry; a node keeps its number, so the
    // internal id of a row's parent stays what it was.
    std::optional<QHash<std::uint32_t, int>> topRow;
    SortLayout::apply(
        *this, [this](const QModelIndex &i) { return entryOf(i.internalId(), i.row()); },
        [this] {
            sortRows();
            for (Node &node : m_nodes)
                sortChildren(node);
            updateNodeRows();
        },
        [this, &topRow](std::uint32_t entry, const QModelIndex &before) {
            const quintptr id = before.internalId();
            if (id != 0)
                return createIndex(int(m_nodes[id - 1].children.indexOf(entry)), before.column(),
                                   id);
            if (!topRow)
                topRow = topRowOfEntries();
            return createIndex(topRow->value(entry), before.column(), id);
        });
}

QModelIndex ItemsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_rows.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    const int node = nodeFor(parent);
    if (node < 0 || row >= m_nodes[node].children.size())
        return {};
    return createIndex(row, column, quintptr(node) + 1);
}

QModelIndex ItemsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const Node &node = m_nodes[child.internalId() - 1];
    return createIndex(node.row, 0, node.parentId);
}

int ItemsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    const int node = nodeFor(parent);
    return node < 0 ? 0 : int(m_nodes[node].children.size());
}

int ItemsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool ItemsModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_rows.isEmpty();
    if (parent.column() != 0 || !m_inventory)
        return false;
    // Answered from the tree alone: no node is made until the view expands it.
    const native::Entry &e = m_inventory->tree()[entryOf(parent.internalId(), parent.row())];
    return e.isDir() && e.childCount > 0;
}

} // namespace tempscope::gui
