// The in-use index's lookups (Remover.h), shared by both backends, and the
// index of one scanned tree built from the holder query (Holders.h).

#include "core/native/Remover.h"

namespace tempscope::native {

void InUseIndex::add(const FileId &id, Holder h)
{
    m_open.try_emplace(id, std::move(h));
}

const Holder *InUseIndex::holder(const FileId &id) const
{
    const auto it = m_open.find(id);
    return it == m_open.end() ? nullptr : &it->second;
}

InUseIndex InUseIndex::ofTree(const ScanTree &tree)
{
    InUseIndex index;
    for (const auto &[entry, holders] : holdersInTree(tree))
        if (!holders.empty())
            index.add(tree[entry].id(), holders.front());
    return index;
}

} // namespace tempscope::native
