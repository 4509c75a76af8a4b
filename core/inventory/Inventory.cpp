#include "core/inventory/Inventory.h"

#include "core/inventory/AgeRule.h"

#include "core/inventory/Duration.h"
#include "core/inventory/PathText.h"
#include "core/native/Scanner.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <type_traits>
#include <vector>

namespace tempscope {

using native::Entry;
using native::Kind;
using native::ScanTree;
using native::TimeNs;

namespace {
// The exclusive upper bounds of the age buckets; the last bucket is open.
using namespace std::chrono_literals;
constexpr std::array<std::chrono::seconds, 6> BucketUppers{1h,       24h,      7 * 24h,
                                                           28 * 24h, 91 * 24h, 365 * 24h};
// The element of `out` for `key`, appended with make() the first time the
// key is seen; `index` maps keys to positions in `out`.
template <typename T, typename Make>
T &groupFor(QHash<QString, qsizetype> &index, QList<T> &out, const QString &key, Make make)
{
    auto it = index.constFind(key);
    if (it == index.cend()) {
        it = index.insert(key, out.size());
        out.append(make());
    }
    return out[*it];
}

// An entry as the item it heads, before anything inside it is added (no family).
Item itemHeadedBy(const ScanTree &t, std::uint32_t i, const QString *name = nullptr)
{
    const Entry &e = t[i];
    Item item;
    item.entry = i;
    item.name = name ? *name : pathText(t.name(i));
    item.kind = e.kind;
    item.uid = e.uid;
    item.mode = e.mode;
    item.mountPoint = e.has(Entry::MountPoint);
    return item;
}

// Adds an entry of the subtree (the item's own included) to the item's totals;
// entries are counted by the caller.
void addToTotals(Item &item, const Entry &e)
{
    if (e.kind != Kind::Directory)
        item.bytes += e.size;
    item.diskBytes += e.diskBytes;
    if (e.has(Entry::HasError))
        ++item.errors;
    if (e.kind == Kind::Unknown)
        return; // no timestamps
    for (AgeBasis b : AllAgeBases) {
        TimeNs &slot = item.newest[std::size_t(b)];
        slot = std::max(slot, timestampOf(e, b));
    }
}
} // namespace

std::chrono::seconds Item::age(AgeBasis basis, TimeNs now) const
{
    return elapsedSeconds(now, timestamp(basis));
}

TimeNs Inventory::nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

Inventory::Inventory(std::shared_ptr<const ScanTree> tree) : m_tree(std::move(tree))
{
    const ScanTree &t = *m_tree;
    if (t.size() == 0)
        return;
    const Entry &root = t[ScanTree::Root];
    m_items.reserve(qsizetype(root.childCount));
    for (std::uint32_t i = root.firstChild; i < root.firstChild + root.childCount; ++i)
        m_items.append(itemHeadedBy(t, i));
    addTotals();
}

Inventory::Inventory(std::shared_ptr<const ScanTree> tree, const PrefixFamilies &families)
    : Inventory(std::move(tree))
{
    // Families are judged over all names at once (PrefixFamilies::keysFor),
    // which shares equal keys: a root of a million files holds a few.
    QList<QString> names;
    names.reserve(m_items.size());
    for (const Item &item : std::as_const(m_items))
        names.append(item.name);
    const QList<QString> familyKeys = families.keysFor(names);
    names.clear();
    for (qsizetype i = 0; i < m_items.size(); ++i)
        m_items[i].family = familyKeys[i];
}

Inventory::Inventory(std::shared_ptr<const ScanTree> tree, const Inventory &listed)
    : m_tree(std::move(tree))
{
    const ScanTree &t = *m_tree;
    if (t.size() == 0)
        return;
    const Entry &root = t[ScanTree::Root];
    const QList<Item> &heads = listed.items();
    const bool same = heads.size() == qsizetype(root.childCount);
    m_items.reserve(qsizetype(root.childCount));
    for (std::uint32_t i = root.firstChild; i < root.firstChild + root.childCount; ++i) {
        const qsizetype k = qsizetype(i - root.firstChild);
        Item item = itemHeadedBy(t, i, same ? &heads[k].name : nullptr);
        if (same)
            item.family = heads[k].family;
        m_items.append(std::move(item));
    }
    addTotals();
}

std::shared_ptr<Inventory> Inventory::topLevel(std::shared_ptr<const ScanTree> topTree,
                                               const PrefixFamilies &families)
{
    auto inventory = std::make_shared<Inventory>(std::move(topTree), families);
    inventory->m_topLevel = true;
    for (Item &item : inventory->m_items) {
        const Entry &e = inventory->tree()[item.entry];
        item.counting = e.isDir() && !e.has(Entry::NotListed) && !e.has(Entry::MountPoint);
        inventory->m_counting += item.counting ? 1 : 0;
    }
    return inventory;
}

void Inventory::fillIn(const ItemTotals &totals)
{
    if (totals.item < 0 || totals.item >= m_items.size())
        return;
    Item &item = m_items[totals.item];
    if (!item.counting)
        return;
    m_totalBytes -= item.bytes;
    m_totalDiskBytes -= item.diskBytes;
    item.bytes = totals.bytes;
    item.diskBytes = totals.diskBytes;
    item.entries = totals.entries;
    item.errors = totals.errors;
    item.newest = totals.newest;
    item.counting = false;
    --m_counting;
    m_totalBytes += item.bytes;
    m_totalDiskBytes += item.diskBytes;
}

ItemTotals Inventory::totalsOf(const ScanTree &tree, std::uint32_t entry, qsizetype item)
{
    const Item sum = subtreeTotals(tree, entry);
    return {item, sum.bytes, sum.diskBytes, sum.entries, sum.errors, sum.newest};
}

void Inventory::addTotals()
{
    const ScanTree &t = *m_tree;
    const std::uint32_t n = t.size();
    const Entry &root = t[ScanTree::Root];

    // Which item each entry belongs to: the root's children are the items,
    // one block; parents precede children, so one forward pass finds the
    // item of everything else (kept only for what lies outside that block:
    // nothing at all for a flat root). Then every entry adds itself to its item.
    const std::uint32_t firstItem = root.firstChild;
    const std::uint32_t endItems = root.firstChild + root.childCount;
    std::vector<std::uint32_t> deeperItemOf;
    if (root.childCount > 0 && n > endItems)
        deeperItemOf.assign(n - endItems, UINT32_MAX);
    const auto itemOf = [&](std::uint32_t i) -> std::uint32_t {
        if (i >= firstItem && i < endItems)
            return i - firstItem;
        return i >= endItems ? deeperItemOf[i - endItems] : UINT32_MAX;
    };
    for (std::uint32_t i = 1; i < n; ++i) {
        const Entry &e = t[i];
        const std::uint32_t k = itemOf(i) != UINT32_MAX ? itemOf(i) : itemOf(e.parent);
        if (i >= endItems && root.childCount > 0)
            deeperItemOf[i - endItems] = k;
        if (k == UINT32_MAX)
            continue; // not below the root's listing (cannot happen in a complete tree)
        Item &item = m_items[qsizetype(k)];
        if (e.parent != ScanTree::Root)
            ++item.entries;
        addToTotals(item, e);
    }
    for (const Item &item : std::as_const(m_items)) {
        m_totalBytes += item.bytes;
        m_totalDiskBytes += item.diskBytes;
    }
}

Item Inventory::subtreeTotals(const ScanTree &tree, std::uint32_t entry)
{
    Item item = itemHeadedBy(tree, entry);
    item.entries = 0;
    std::vector<std::uint32_t> stack{entry};
    while (!stack.empty()) {
        const std::uint32_t i = stack.back();
        stack.pop_back();
        const Entry &e = tree[i];
        ++item.entries;
        addToTotals(item, e);
        for (std::uint32_t c = e.firstChild; c < e.firstChild + e.childCount; ++c)
            stack.push_back(c);
    }
    return item;
}

QString Inventory::rootPath() const
{
    return pathText(m_tree->rootPath());
}

QList<FamilyStats> Inventory::families(const AgeRule &rule) const
{
    const AgeBasis basis = rule.basis;
    QHash<QString, qsizetype> index;
    QList<FamilyStats> out;
    for (const Item &item : m_items) {
        FamilyStats &f = groupFor(index, out, item.family, [&] {
            FamilyStats first;
            first.key = item.family;
            first.oldest = first.newest = item.timestamp(basis);
            return first;
        });
        ++f.count;
        f.bytes += item.bytes;
        f.oldest = std::min(f.oldest, item.timestamp(basis));
        f.newest = std::max(f.newest, item.timestamp(basis));
        if (rule.isStale(item)) {
            ++f.staleCount;
            f.staleBytes += item.bytes;
        }
    }
    std::sort(out.begin(), out.end(), [](const FamilyStats &a, const FamilyStats &b) {
        return a.bytes != b.bytes ? a.bytes > b.bytes : a.key < b.key;
    });
    return out;
}

QList<AgeBucket> Inventory::emptyAgeBuckets()
{
    const QString labels[] = {
        QCoreApplication::translate("Inventory", "< 1 h"),
        QCoreApplication::translate("Inventory", "1 h – 1 d"),
        QCoreApplication::translate("Inventory", "1 – 7 d"),
        QCoreApplication::translate("Inventory", "1 – 4 w"),
        QCoreApplication::translate("Inventory", "1 – 3 months"),
        QCoreApplication::translate("Inventory", "3 – 12 months"),
        QCoreApplication::translate("Inventory", "> 1 year"),
    };
    static_assert(std::extent_v<decltype(labels)> == BucketUppers.size() + 1);
    QList<AgeBucket> out;
    for (std::size_t i = 0; i < BucketUppers.size(); ++i)
        out.append({labels[i], BucketUppers[i], 0, 0});
    out.append({labels[BucketUppers.size()], std::chrono::seconds::max(), 0, 0});
    return out;
}

qsizetype Inventory::ageBucketIndex(std::chrono::seconds age)
{
    qsizetype i = 0;
    while (i < qsizetype(BucketUppers.size()) && age >= BucketUppers[std::size_t(i)])
        ++i;
    return i;
}

QList<AgeBucket> Inventory::ageBuckets(AgeBasis basis, TimeNs now) const
{
    QList<AgeBucket> buckets = emptyAgeBuckets();
    for (const Item &item : m_items) {
        AgeBucket &b = buckets[ageBucketIndex(item.age(basis, now))];
        ++b.count;
        b.bytes += item.bytes;
    }
    return buckets;
}

QList<FamilyAges> Inventory::familyAgeBuckets(AgeBasis basis, TimeNs now) const
{
    const QList<AgeBucket> empty = emptyAgeBuckets();
    QHash<QString, qsizetype> index;
    QList<FamilyAges> out;
    for (const Item &item : m_items) {
        FamilyAges &f = groupFor(index, out, item.family, [&] {
            return FamilyAges{item.family, 0, 0, empty};
        });
        AgeBucket &b = f.buckets[ageBucketIndex(item.age(basis, now))];
        ++b.count;
        b.bytes += item.bytes;
        ++f.count;
        f.bytes += item.bytes;
    }
    std::sort(out.begin(), out.end(), [](const FamilyAges &a, const FamilyAges &b) {
        return a.bytes != b.bytes ? a.bytes > b.bytes : a.key < b.key;
    });
    return out;
}

QList<ScanErrorRecord> Inventory::errors() const
{
    QList<ScanErrorRecord> out;
    for (const native::ScanError &e : m_tree->errors()) {
        out.append({pathText(m_tree->absolutePath(e.entry)),
                    QString::fromLatin1(native::scanOpName(e.op)), e.code,
                    QString::fromStdString(native::errorText(e.code))});
    }
    return out;
}

} // namespace tempscope
