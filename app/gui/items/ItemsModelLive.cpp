// ItemsModel: applying a live update row by row (see applyUpdate()).

#include "gui/items/ItemsModel.h"

#include "core/cleanup/ItemStates.h"
#include "gui/scan/LiveWatcher.h"

namespace tempscope::gui {

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
    keepVerdictsByName();
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
        const int p = m_rows.sortedRow(
            item, [this](qsizetype a, qsizetype b) { return rowLess(a, b); }, r);
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
            m_rows.sortedRow(item, [this](qsizetype a, qsizetype b) { return rowLess(a, b); });
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

} // namespace tempscope::gui
