#include "core/inventory/InventoryDiff.h"

#include <deque>
#include <unordered_map>

namespace tempscope {

namespace {

bool sameFacts(const native::Entry &scanned, const native::Entry &listed)
{
    return scanned.inode == listed.inode && scanned.mtime == listed.mtime &&
           scanned.size == listed.size && scanned.kind == listed.kind &&
           !scanned.has(native::Entry::HasError);
}

} // namespace

InventoryDiff InventoryDiff::compare(const native::ScanTree &base, const native::TopLevel &now)
{
    InventoryDiff diff;
    std::unordered_map<native::NativeStringView, std::uint32_t> byName; // top-level name -> entry
    const native::Entry &root = base[native::ScanTree::Root];
    for (std::uint32_t i = root.firstChild; i < root.firstChild + root.childCount; ++i)
        byName.emplace(base.name(i), i);
    diff.m_baseEntry.assign(now.entries.size(), NoEntry);
    std::vector<bool> seen(root.childCount, false);
    for (std::size_t k = 0; k < now.entries.size(); ++k) {
        const native::ListedEntry &l = now.entries[k];
        const auto it = byName.find(l.name);
        if (it == byName.end()) {
            diff.m_added.push_back(k);
            continue;
        }
        diff.m_baseEntry[k] = it->second;
        seen[it->second - root.firstChild] = true;
        if (!sameFacts(base[it->second], l.entry))
            diff.m_changed.push_back(k);
    }
    for (std::uint32_t c = 0; c < seen.size(); ++c) {
        if (!seen[c])
            diff.m_removed.push_back(root.firstChild + c);
    }
    return diff;
}

InventoryDiff::Merged InventoryDiff::apply(const native::ScanTree &base,
                                           const native::TopLevel &now,
                                           const ScanFunction &scan) const
{
    const std::vector<native::ListedEntry> &listed = now.entries;
    Merged out;
    out.entryMap.assign(base.size(), NoEntry);
    std::vector<bool> rescanned(listed.size(), false);
    for (std::size_t k : m_added)
        rescanned[k] = true;
    for (std::size_t k : m_changed)
        rescanned[k] = true;

    // Where each top-level entry's contents come from: the base tree, a fresh
    // scan of it, or nowhere (files, mount points, unreadable directories).
    struct Source
    {
        const native::ScanTree *tree = nullptr;
        std::uint32_t entry = 0;
        std::vector<std::uint32_t> *map = nullptr; // source entry -> new entry
    };
    std::vector<Source> sources(listed.size());
    std::deque<native::ScanTree> fresh; // stable addresses
    std::deque<std::vector<std::uint32_t>> freshMaps;
    for (std::size_t k = 0; k < listed.size(); ++k) {
        if (!rescanned[k]) {
            sources[k] = {&base, m_baseEntry[k], &out.entryMap};
            continue;
        }
        out.rescanned.push_back(k);
        const native::Entry &e = listed[k].entry;
        if (e.kind == native::Kind::Directory && !e.has(native::Entry::MountPoint)) {
            native::ScanResult r = scan(base.childPath(listed[k].name));
            if (r.ok()) {
                fresh.push_back(std::move(r.tree));
                freshMaps.emplace_back(fresh.back().size(), NoEntry);
                sources[k] = {&fresh.back(), native::ScanTree::Root, &freshMaps.back()};
            }
        }
    }

    // The new tree: the listed top level, then every carried or fresh
    // directory's children, breadth first as the scanner lays them out.
    native::ScanTree tree;
    native::TreeBuilder builder(tree);
    builder.setRoot(base.rootPath(), now.directory);
    std::vector<native::TreeBuilder::Pending> pending;
    pending.reserve(listed.size());
    for (std::size_t k = 0; k < listed.size(); ++k) {
        native::TreeBuilder::Pending p;
        p.entry = sources[k].tree == &base ? base[sources[k].entry] : listed[k].entry;
        if (sources[k].tree && sources[k].tree != &base) // a fresh scan's root loses its own flags
            p.entry.flags = std::uint8_t((p.entry.flags & native::Entry::MountPoint) |
                                         (*sources[k].tree)[native::ScanTree::Root].flags);
        p.name = listed[k].name;
        pending.push_back(std::move(p));
    }
    out.firstItem = builder.appendChildren(native::ScanTree::Root, pending);
    struct Task
    {
        std::uint32_t target;
        Source source;
    };
    std::deque<Task> queue;
    for (std::size_t k = 0; k < listed.size(); ++k) {
        const std::uint32_t target = out.firstItem + std::uint32_t(k);
        if (sources[k].tree && sources[k].tree != &base)
            (*sources[k].map)[native::ScanTree::Root] = target;
        if (sources[k].tree)
            queue.push_back({target, sources[k]});
    }
    while (!queue.empty()) {
        const Task task = queue.front();
        queue.pop_front();
        const native::ScanTree &src = *task.source.tree;
        const native::Entry &dir = src[task.source.entry];
        if (task.source.map == &out.entryMap && task.source.entry != native::ScanTree::Root)
            out.entryMap[task.source.entry] = task.target;
        if (dir.childCount == 0)
            continue;
        pending.clear();
        for (std::uint32_t c = dir.firstChild; c < dir.firstChild + dir.childCount; ++c) {
            native::TreeBuilder::Pending p;
            p.entry = src[c];
            p.name = native::NativeString(src.name(c));
            pending.push_back(std::move(p));
        }
        const std::uint32_t first = builder.appendChildren(task.target, pending);
        for (std::uint32_t k = 0; k < dir.childCount; ++k) {
            const std::uint32_t from = dir.firstChild + k;
            (*task.source.map)[from] = first + k;
            if (src[from].childCount)
                queue.push_back({first + k, {task.source.tree, from, task.source.map}});
        }
    }
    // Scan errors travel with their entries (the flag came with the entry);
    // an item scanned again is not mapped yet, so its old errors stay behind.
    const auto carryErrors = [&](const native::ScanTree &src,
                                 const std::vector<std::uint32_t> &map) {
        for (const native::ScanError &e : src.errors()) {
            if (e.entry < map.size() && map[e.entry] != NoEntry &&
                map[e.entry] != native::ScanTree::Root)
                builder.addError(map[e.entry], e.op, e.code);
        }
    };
    carryErrors(base, out.entryMap);
    for (std::size_t f = 0; f < fresh.size(); ++f)
        carryErrors(fresh[f], freshMaps[f]);
    if (base.cancelled())
        builder.setCancelled();
    // The map says where items went, those scanned again included.
    for (std::size_t k = 0; k < listed.size(); ++k) {
        if (m_baseEntry[k] != NoEntry)
            out.entryMap[m_baseEntry[k]] = out.firstItem + std::uint32_t(k);
    }
    out.tree = std::make_shared<const native::ScanTree>(std::move(tree));
    return out;
}

} // namespace tempscope
