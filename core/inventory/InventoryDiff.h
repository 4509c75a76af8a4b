#pragma once
// InventoryDiff: how a scanned root's top level differs from a fresh listing
// of it (native::listTopLevel), and the tree the root has now, built without
// scanning it again. Items are matched by name; one is unchanged while its
// inode, mtime, size and kind are and its scan had no error. Added and
// changed directories are scanned again (with the scan function the caller
// gives); everything else is carried over from the scanned tree.
//
// What the live view of a root computes on every change (LiveWatcher);
// plain data, any thread.

#include "core/native/Listing.h"
#include "core/native/Scanner.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace tempscope {

class InventoryDiff
{
public:
    static constexpr std::uint32_t NoEntry = UINT32_MAX;

    // `now` must list the root of `base` and be complete (now.ok()).
    static InventoryDiff compare(const native::ScanTree &base, const native::TopLevel &now);

    bool isEmpty() const { return m_added.empty() && m_changed.empty() && m_removed.empty(); }
    // Indexes into now.entries: names the scan did not have.
    const std::vector<std::size_t> &added() const { return m_added; }
    // Indexes into now.entries: names the scan had, with other facts now.
    const std::vector<std::size_t> &changed() const { return m_changed; }
    // Top-level entries of the scanned tree whose names are gone.
    const std::vector<std::uint32_t> &removed() const { return m_removed; }
    // The scanned tree's entry for now.entries[k], or NoEntry.
    std::uint32_t baseEntry(std::size_t k) const { return m_baseEntry[k]; }

    struct Merged
    {
        std::shared_ptr<const native::ScanTree> tree;
        // base entry -> new entry; NoEntry for what is gone and for
        // everything below an item scanned again (the item itself maps)
        std::vector<std::uint32_t> entryMap;
        std::uint32_t firstItem = 0; // the new tree's first top-level entry
        // now.entries[k] is entry firstItem + k; these are the ones scanned again
        // (added or changed), in listing order
        std::vector<std::size_t> rescanned;
    };
    using ScanFunction = std::function<native::ScanResult(native::NativeStringView path)>;
    // The root as `now` lists it, each item's contents from where they are
    // current: `base`, or `scan` of the item's path for added and changed
    // directories (not mount points; a failed scan leaves the item without
    // contents). Scan errors travel with their entries; those of items
    // scanned again come from the new scan only.
    Merged apply(const native::ScanTree &base, const native::TopLevel &now,
                 const ScanFunction &scan) const;

private:
    std::vector<std::size_t> m_added;
    std::vector<std::size_t> m_changed;
    std::vector<std::uint32_t> m_removed;
    std::vector<std::uint32_t> m_baseEntry;
};

} // namespace tempscope
