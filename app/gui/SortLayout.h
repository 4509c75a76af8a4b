#pragma once
// SortLayout: how a model sorts its rows again for a view that already shows
// them. The new order is a layout change (VerticalSortHint), and every
// persistent index (the selection, the current row, expanded directories)
// follows the record it showed rather than staying on its row.
//
// A model that uses it declares `friend struct SortLayout;` (the persistent
// index list is the model's protected business).

#include <QAbstractItemModel>
#include <QList>

#include <type_traits>

namespace tempscope::gui {

struct SortLayout
{
    // keyOf(index) names the record a persistent index shows, before
    // reorder() sorts; indexAfter(key, index) is where that record shows
    // afterwards (called only when persistent indexes exist).
    template <class Model, class KeyOf, class Reorder, class IndexAfter>
    static void apply(Model &model, KeyOf keyOf, Reorder reorder, IndexAfter indexAfter)
    {
        Q_EMIT model.layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = model.persistentIndexList();
        using Key = std::decay_t<decltype(keyOf(QModelIndex()))>;
        QList<Key> keys;
        keys.reserve(before.size());
        for (const QModelIndex &i : before)
            keys.append(keyOf(i));
        reorder();
        if (!before.isEmpty()) {
            QModelIndexList after;
            after.reserve(before.size());
            for (qsizetype k = 0; k < before.size(); ++k)
                after.append(indexAfter(keys[k], before[k]));
            model.changePersistentIndexList(before, after);
        }
        Q_EMIT model.layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
};

} // namespace tempscope::gui
