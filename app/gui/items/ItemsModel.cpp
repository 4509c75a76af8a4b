#include "gui/items/ItemsModel.h"

#include "gui/PlainText.h"
#include "gui/scan/LiveWatcher.h"

#include "core/inventory/Duration.h"
#include "core/inventory/PathText.h"
#include "core/native/Accounts.h"

#include <QApplication>
#include <QPalette>
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

void ItemsModel::setInventory(std::shared_ptr<const Inventory> inventory, const AgeRule &rule,
                              std::shared_ptr<const ItemStates> states)
{
    beginResetModel();
    clearNodes();
    m_inventory = std::move(inventory);
    m_states = std::move(states);
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
                         m_sortColumn == Age || m_sortColumn == State;
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
    // The subtree's totals, as Inventory computes them for items.
    const native::ScanTree &tree = m_inventory->tree();
    const native::Entry &e = tree[entry];
    Item item;
    item.entry = entry;
    item.name = pathText(tree.name(entry));
    item.kind = e.kind;
    item.uid = e.uid;
    item.mode = e.mode;
    item.mountPoint = e.has(native::Entry::MountPoint);
    item.entries = 0;
    QList<std::uint32_t> stack{entry};
    while (!stack.isEmpty()) {
        const std::uint32_t i = stack.takeLast();
        const native::Entry &x = tree[i];
        ++item.entries;
        if (x.kind != native::Kind::Directory)
            item.bytes += x.size;
        item.diskBytes += x.diskBytes;
        if (x.has(native::Entry::HasError))
            ++item.errors;
        if (x.kind != native::Kind::Unknown) {
            for (AgeBasis b : AllAgeBases) {
                native::TimeNs &slot = item.newest[std::size_t(b)];
                slot = std::max(slot, timestampOf(x, b));
            }
        }
        for (std::uint32_t c = x.firstChild; c < x.firstChild + x.childCount; ++c)
            stack.append(c);
    }
    return *m_childItems.insert(entry, std::move(item));
}

void ItemsModel::sortChildren(Node &node) const
{
    const bool descending = m_sortOrder == Qt::DescendingOrder;
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

void ItemsModel::updateNodeRows()
{
    if (m_nodes.empty())
        return;
    QHash<std::uint32_t, int> topRow;
    topRow.reserve(m_rows.size());
    const QList<Item> &items = m_inventory->items();
    for (int r = 0; r < m_rows.size(); ++r)
        topRow.insert(items[m_rows[r]].entry, r);
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

bool ItemsModel::accepts(const Item &item) const
{
    if (m_filter.staleOnly && !m_rule.isStale(item))
        return false;
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

int ItemsModel::compareItems(const Item &x, const Item &y) const
{
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
        return cmp(y.timestamp(m_rule.basis), x.timestamp(m_rule.basis));
    case Owner:
        return x.uid == y.uid ? 0 : ownerName(x.uid).compare(ownerName(y.uid), Qt::CaseInsensitive);
    case State:
        return cmp(rowState(x), rowState(y));
    default:
        return 0;
    }
}

void ItemsModel::sortRows()
{
    if (!m_inventory)
        return;
    std::sort(m_rows.begin(), m_rows.end(),
              [this](qsizetype a, qsizetype b) { return rowLess(a, b); });
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
    return m_sortOrder == Qt::DescendingOrder ? c > 0 : c < 0;
}

void ItemsModel::shiftTopNodeRows(int from, int delta)
{
    for (Node &node : m_nodes) {
        if (node.parentId == 0 && node.row >= from)
            node.row += delta;
    }
}

bool ItemsModel::applyUpdate(const LiveUpdate &update)
{
    if (!m_inventory || update.base != m_inventory || !update.scan.inventory)
        return false;
    const QList<Item> &oldItems = m_inventory->items();
    const QList<Item> &newItems = update.scan.inventory->items();
    const QSet<qsizetype> rescanned(update.rescanned.cbegin(), update.rescanned.cend());
    const std::uint32_t oldFirst = m_inventory->tree()[native::ScanTree::Root].firstChild;

    // 1. Rows inside items that vanished or were scanned again: nothing of
    //    them is carried over. A node under a dead node dies silently.
    QList<qsizetype> reexpand; // new items whose rows were shown
    // Views may ask for rows while the signals below are out (and so make
    // new nodes): nodes are addressed by number, and a dead node stays mapped
    // with no children until the new inventory takes over.
    const std::size_t nodeCount = m_nodes.size();
    std::vector<bool> dead(nodeCount, false);
    for (std::size_t n = 0; n < nodeCount; ++n) {
        const std::uint32_t entry = m_nodes[n].entry;
        const quintptr parentId = m_nodes[n].parentId;
        if (entry == LiveUpdate::NoEntry) {
            dead[n] = true;
            continue;
        }
        bool gone = parentId != 0 && dead[parentId - 1];
        const bool silent = gone;
        if (!gone) {
            const std::uint32_t to = update.entryMap[entry];
            gone = to == LiveUpdate::NoEntry;
            if (!gone && parentId == 0) {
                const qsizetype item = update.itemMap[entry - oldFirst];
                if (rescanned.contains(item)) {
                    gone = true;
                    reexpand.append(item);
                }
            }
        }
        if (!gone)
            continue;
        dead[n] = true;
        if (!silent && !m_nodes[n].children.isEmpty()) {
            beginRemoveRows(createIndex(m_nodes[n].row, 0, parentId), 0,
                            int(m_nodes[n].children.size()) - 1);
            m_nodes[n].children.clear();
            endRemoveRows();
        }
        m_nodes[n].children.clear();
    }
    for (std::size_t n = 0; n < nodeCount; ++n) {
        if (dead[n])
            m_nodes[n].entry = LiveUpdate::NoEntry;
    }

    // 2. Items that vanished, or changed and no longer pass the filter.
    for (int r = int(m_rows.size()) - 1; r >= 0;) {
        auto leaves = [&](int row) {
            const qsizetype to = update.itemMap[m_rows[row]];
            return to < 0 || (rescanned.contains(to) && !accepts(newItems[to]));
        };
        if (!leaves(r)) {
            --r;
            continue;
        }
        int first = r;
        while (first > 0 && leaves(first - 1))
            --first;
        beginRemoveRows({}, first, r);
        m_rows.remove(first, r - first + 1);
        shiftTopNodeRows(r + 1, -(r - first + 1));
        endRemoveRows();
        r = first - 1;
    }

    // 3. The new inventory under the rows that stay; their entries move.
    QList<QString> folded(newItems.size());
    for (qsizetype i = 0; i < oldItems.size(); ++i) {
        const qsizetype to = update.itemMap[i];
        if (to >= 0 && !rescanned.contains(to))
            folded[to] = m_foldedNames[i];
    }
    for (qsizetype i : update.rescanned)
        folded[i] = newItems[i].name.toCaseFolded();
    for (qsizetype &row : m_rows)
        row = update.itemMap[row];
    QHash<std::uint32_t, Item> childItems;
    childItems.reserve(m_childItems.size());
    for (auto it = m_childItems.cbegin(); it != m_childItems.cend(); ++it) {
        const std::uint32_t to = update.entryMap[it.key()];
        if (to != LiveUpdate::NoEntry) {
            Item item = it.value();
            item.entry = to;
            childItems.insert(to, std::move(item));
        }
    }
    m_nodeOf.clear();
    for (std::size_t n = 0; n < m_nodes.size(); ++n) {
        Node &node = m_nodes[n];
        if (node.entry == LiveUpdate::NoEntry)
            continue;
        const std::uint32_t to = update.entryMap[node.entry];
        const bool parentDead =
            node.parentId != 0 && m_nodes[node.parentId - 1].entry == LiveUpdate::NoEntry;
        if (to == LiveUpdate::NoEntry || parentDead ||
            (node.parentId == 0 && rescanned.contains(update.itemMap[node.entry - oldFirst]))) {
            // Made while the signals above were out, under rows that went.
            node.entry = LiveUpdate::NoEntry;
            node.children.clear();
            continue;
        }
        node.entry = to;
        for (std::uint32_t &c : node.children)
            c = update.entryMap[c];
        m_nodeOf.insert(node.entry, int(n));
    }
    m_inventory = update.scan.inventory;
    m_states = update.scan.states;
    m_foldedNames = std::move(folded);
    m_childItems = std::move(childItems);
    if (!m_rows.isEmpty()) // who holds what is new for every row
        Q_EMIT dataChanged(index(0, State), index(int(m_rows.size()) - 1, State));

    // 4. Changed items that stay: new data, their contents again if they
    //    were expanded, and their sorted place.
    QSet<qsizetype> shown;
    for (int r = 0; r < m_rows.size(); ++r) {
        if (!rescanned.contains(m_rows[r]))
            continue;
        const qsizetype item = m_rows[r];
        shown.insert(item);
        Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
        const native::Entry &e = m_inventory->tree()[newItems[item].entry];
        if (reexpand.contains(item) && e.isDir() && e.childCount > 0) {
            // The node exists (empty) before the signal, so a view asking for
            // the rows in between sees none yet.
            Node node;
            node.entry = newItems[item].entry;
            node.row = r;
            m_nodes.push_back(std::move(node));
            const std::size_t n = m_nodes.size() - 1;
            m_nodeOf.insert(newItems[item].entry, int(n));
            beginInsertRows(index(r, 0), 0, int(e.childCount) - 1);
            QList<std::uint32_t> children;
            children.reserve(e.childCount);
            for (std::uint32_t c = e.firstChild; c < e.firstChild + e.childCount; ++c) {
                children.append(c);
                childItem(c);
            }
            m_nodes[n].children = std::move(children);
            sortChildren(m_nodes[n]);
            endInsertRows();
        }
    }
    for (qsizetype item : std::as_const(shown)) {
        const int r = int(m_rows.indexOf(item));
        QList<qsizetype> others = m_rows;
        others.removeAt(r);
        const int p =
            int(std::lower_bound(others.cbegin(), others.cend(), item,
                                 [this](qsizetype a, qsizetype b) { return rowLess(a, b); }) -
                others.cbegin());
        if (p == r)
            continue;
        const int destination = p < r ? p : p + 1;
        if (!beginMoveRows({}, r, r, {}, destination))
            continue;
        m_rows.move(r, p);
        endMoveRows();
        updateNodeRows();
    }

    // 5. New items (and changed ones that pass the filter now) at their place.
    for (qsizetype item : update.rescanned) {
        if (shown.contains(item) || !accepts(newItems[item]))
            continue;
        const int p =
            int(std::lower_bound(m_rows.cbegin(), m_rows.cend(), item,
                                 [this](qsizetype a, qsizetype b) { return rowLess(a, b); }) -
                m_rows.cbegin());
        beginInsertRows({}, p, p);
        m_rows.insert(p, item);
        shiftTopNodeRows(p, 1);
        endInsertRows();
    }

    m_shownBytes = 0;
    for (qsizetype row : std::as_const(m_rows))
        m_shownBytes += newItems[row].bytes;
    Q_EMIT shownChanged();
    return true;
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
    // Persistent indexes follow their entry; a node keeps its number, so the
    // internal id of a row's parent stays what it was.
    const QModelIndexList before = persistentIndexList();
    QList<std::uint32_t> entryOfIndex;
    entryOfIndex.reserve(before.size());
    for (const QModelIndex &i : before)
        entryOfIndex.append(entryOf(i.internalId(), i.row()));
    sortRows();
    for (Node &node : m_nodes)
        sortChildren(node);
    updateNodeRows();
    if (!before.isEmpty()) {
        QHash<std::uint32_t, int> topRow;
        topRow.reserve(m_rows.size());
        const QList<Item> &items = m_inventory->items();
        for (int r = 0; r < m_rows.size(); ++r)
            topRow.insert(items[m_rows[r]].entry, r);
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype k = 0; k < before.size(); ++k) {
            const quintptr id = before[k].internalId();
            const int row = id == 0 ? topRow.value(entryOfIndex[k])
                                    : int(m_nodes[id - 1].children.indexOf(entryOfIndex[k]));
            after.append(createIndex(row, before[k].column(), id));
        }
        changePersistentIndexList(before, after);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
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

QString ItemsModel::ownerName(quint32 uid) const
{
    auto it = m_owners.constFind(uid);
    if (it == m_owners.cend())
        it = m_owners.insert(uid, shownName(QString::fromStdString(native::userName(uid))));
    return *it;
}

QString ItemsModel::protectionOf(const Item &item) const
{
    // Items were matched on the worker; rows inside them are matched when shown.
    if (m_states && m_inventory->tree()[item.entry].parent == native::ScanTree::Root)
        return m_states->protectionOf(item.entry);
    return ItemStates::protection(item.name);
}

int ItemsModel::rowState(const Item &item) const
{
    int state = 0;
    if (m_rule.isStale(item))
        state |= Stale;
    if (m_states && m_states->inUse(item.entry))
        state |= InUse;
    if (!protectionOf(item).isEmpty())
        state |= Protected;
    if (item.mountPoint)
        state |= MountPoint;
    if (item.errors)
        state |= Unreadable;
    return state;
}

QString ItemsModel::stateText(const Item &item) const
{
    QStringList parts;
    if (m_states && m_states->inUse(item.entry)) {
        const QList<EntryHolder> holders =
            m_states->processesInside(m_inventory->tree(), item.entry);
        if (!holders.isEmpty()) {
            const QString first =
                tr("in use by PID %1 (%2)").arg(holders.first().pid).arg(holders.first().command);
            if (holders.size() == 1)
                parts << first;
            else if (holders.size() == 2)
                parts << tr("%1 and one other process").arg(first);
            else
                parts
                    << tr("%1 and %n other processes", nullptr, int(holders.size() - 1)).arg(first);
        }
    }
    if (const QString why = protectionOf(item); !why.isEmpty())
        parts << tr("protected (%1)").arg(why);
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
    case native::Kind::File:
        return ItemsModel::tr("file");
    case native::Kind::Directory:
        return ItemsModel::tr("directory");
    case native::Kind::Symlink:
        return ItemsModel::tr("symlink");
    case native::Kind::Fifo:
        return ItemsModel::tr("FIFO");
    case native::Kind::Socket:
        return ItemsModel::tr("socket");
    case native::Kind::CharDevice:
        return ItemsModel::tr("character device");
    case native::Kind::BlockDevice:
        return ItemsModel::tr("block device");
    case native::Kind::Unknown:
        break;
    }
    return ItemsModel::tr("unknown");
}

QVariant ItemsModel::data(const QModelIndex &index, int role) const
{
    const Item *item = rowItem(index);
    if (!item)
        return {};
    const bool topLevel = index.internalId() == 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return printablePath(nativePath(item->name));
        case Family:
            return topLevel ? printablePath(nativePath(item->family)) : QString();
        case Kind:
            return kindText(item->kind);
        case Size:
            return formatBytes(item->bytes);
        case Entries:
            return QString::number(item->entries);
        case Age:
            return formatAge(m_rule.age(*item));
        case Owner:
            return ownerName(item->uid);
        case State:
            return stateText(*item);
        }
        break;
    case Qt::ToolTipRole:
        // Tooltips are rich text when they look like it: names never may.
        if (index.column() == Name) {
            QString tip = printablePath(m_inventory->tree().absolutePath(item->entry));
            if (hasHiddenCharacters(item->name))
                tip += u'\n' + hiddenCharactersNote();
            return plainToolTip(tip);
        }
        if (index.column() == State && m_states) {
            const QList<std::uint32_t> held =
                m_states->heldInside(m_inventory->tree(), item->entry);
            QStringList lines;
            for (std::uint32_t e : held) {
                for (const EntryHolder &h : m_states->holdersOf(e))
                    lines << (e == item->entry
                                  ? h.text()
                                  : tr("%1: %2").arg(
                                        printablePath(m_inventory->tree().relativePath(e)),
                                        h.text()));
            }
            if (!lines.isEmpty())
                return plainToolTip(tr("Held by:") + u'\n' + lines.join(u'\n'));
        }
        if (index.column() == Size)
            return tr("%L1 bytes (%2 on disk)").arg(item->bytes).arg(formatBytes(item->diskBytes));
        if (index.column() == Age)
            return plainToolTip(m_rule.explain(*item));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Size || index.column() == Entries || index.column() == Age)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::DecorationRole:
        if (index.column() == Name)
            return item->kind == native::Kind::Directory ? m_dirIcon
                   : item->kind == native::Kind::Symlink ? m_linkIcon
                                                         : m_fileIcon;
        if (index.column() == State) {
            const int state = rowState(*item);
            if (state & InUse)
                return m_inUseIcon;
            if (state & Protected)
                return m_protectedIcon;
        }
        break;
    case Qt::ForegroundRole:
        // A name with invisible or bidirectional characters (shown as
        // \uXXXX) stands out, so that it is not read as the name it imitates.
        if (index.column() == Name && hasHiddenCharacters(item->name))
            return hiddenCharactersBrush();
        // Kept and special rows stand out in the palette's own colours, so
        // dark themes work: in use like a link, protected like a visited one.
        if (index.column() == State) {
            const int state = rowState(*item);
            if (state & InUse)
                return QGuiApplication::palette().brush(QPalette::Link);
            if (state & Protected)
                return QGuiApplication::palette().brush(QPalette::LinkVisited);
        }
        break;
    case ItemIndexRole:
        return topLevel ? QVariant::fromValue(qsizetype(item - m_inventory->items().data()))
                        : QVariant::fromValue(qsizetype(-1));
    case EntryRole:
        return QVariant::fromValue(qint64(item->entry));
    case StateRole:
        return rowState(*item);
    }
    return {};
}

QVariant ItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Family:
        return tr("Family");
    case Kind:
        return tr("Kind");
    case Size:
        return tr("Size");
    case Entries:
        return tr("Entries");
    case Age:
        return tr("Age");
    case Owner:
        return tr("Owner");
    case State:
        return tr("State");
    }
    return {};
}

} // namespace tempscope::gui
