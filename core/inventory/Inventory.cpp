#include "Inventory.h"

#include "inventory/PathText.h"
#include "native/Scanner.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace tempscope {

using native::Entry;
using native::Kind;
using native::ScanTree;
using native::TimeNs;

std::chrono::seconds Item::age(AgeBasis basis, TimeNs now) const
{
    return std::chrono::seconds(std::max<TimeNs>(0, now - timestamp(basis)) / 1'000'000'000);
}

TimeNs Inventory::nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

Inventory::Inventory(std::shared_ptr<const ScanTree> tree, const PrefixFamilies &families)
    : m_tree(std::move(tree))
{
    const ScanTree &t = *m_tree;
    const std::uint32_t n = t.size();
    if (n == 0)
        return;
    const Entry &root = t[ScanTree::Root];
    m_items.reserve(qsizetype(root.childCount));
    for (std::uint32_t i = root.firstChild; i < root.firstChild + root.childCount; ++i) {
        const Entry &e = t[i];
        Item item;
        item.entry = i;
        item.name = pathText(t.name(i));
        item.family = families.keyFor(item.name);
        item.kind = e.kind;
        item.uid = e.uid;
        item.mode = e.mode;
        item.mountPoint = e.has(Entry::MountPoint);
        m_items.append(std::move(item));
    }

    // Which item each entry belongs to. Parents precede children, so one
    // forward pass suffices; then every entry adds itself to its item.
    std::vector<std::uint32_t> itemOf(n, UINT32_MAX);
    for (std::uint32_t k = 0; k < root.childCount; ++k)
        itemOf[root.firstChild + k] = k;
    for (std::uint32_t i = 1; i < n; ++i) {
        const Entry &e = t[i];
        if (itemOf[i] == UINT32_MAX)
            itemOf[i] = itemOf[e.parent];
        Item &item = m_items[qsizetype(itemOf[i])];
        if (e.parent != ScanTree::Root)
            ++item.entries;
        if (e.kind != Kind::Directory)
            item.bytes += e.size;
        item.diskBytes += e.diskBytes;
        if (e.has(Entry::HasError))
            ++item.errors;
        if (e.kind == Kind::Unknown)
            continue; // no timestamps
        for (AgeBasis b : AllAgeBases) {
            TimeNs &slot = item.newest[std::size_t(b)];
            slot = std::max(slot, timestampOf(e, b));
        }
    }
    for (const Item &item : std::as_const(m_items)) {
        m_totalBytes += item.bytes;
        m_totalDiskBytes += item.diskBytes;
    }
}

QString Inventory::rootPath() const
{
    return pathText(m_tree->rootPath());
}

QList<FamilyStats> Inventory::families(AgeBasis basis, TimeNs now,
                                       std::optional<std::chrono::seconds> staleAfter) const
{
    QHash<QString, qsizetype> index;
    QList<FamilyStats> out;
    for (const Item &item : m_items) {
        auto it = index.constFind(item.family);
        if (it == index.cend()) {
            it = index.insert(item.family, out.size());
            FamilyStats f;
            f.key = item.family;
            f.oldest = f.newest = item.timestamp(basis);
            out.append(f);
        }
        FamilyStats &f = out[*it];
        ++f.count;
        f.bytes += item.bytes;
        f.oldest = std::min(f.oldest, item.timestamp(basis));
        f.newest = std::max(f.newest, item.timestamp(basis));
        if (staleAfter && item.age(basis, now) > *staleAfter) {
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
    using namespace std::chrono;
    const auto tr = [](const char *s) { return QCoreApplication::translate("Inventory", s); };
    return {
        {tr("< 1 h"), hours(1), 0, 0},
        {tr("1 h – 1 d"), days(1), 0, 0},
        {tr("1 – 7 d"), days(7), 0, 0},
        {tr("1 – 4 w"), days(28), 0, 0},
        {tr("1 – 3 months"), days(91), 0, 0},
        {tr("3 – 12 months"), days(365), 0, 0},
        {tr("> 1 year"), seconds::max(), 0, 0},
    };
}

QList<AgeBucket> Inventory::ageBuckets(AgeBasis basis, TimeNs now) const
{
    QList<AgeBucket> buckets = emptyAgeBuckets();
    for (const Item &item : m_items) {
        const auto age = item.age(basis, now);
        for (AgeBucket &b : buckets) {
            if (age < b.upper || b.upper == std::chrono::seconds::max()) {
                ++b.count;
                b.bytes += item.bytes;
                break;
            }
        }
    }
    return buckets;
}

QList<ScanErrorRecord> Inventory::errors() const
{
    QList<ScanErrorRecord> out;
    for (const native::ScanError &e : m_tree->errors()) {
        out.append({pathText(m_tree->absolutePath(e.entry)), QString::fromLatin1(native::scanOpName(e.op)),
                    e.code, QString::fromStdString(native::errorText(e.code))});
    }
    return out;
}

} // namespace tempscope
