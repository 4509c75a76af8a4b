// In-use index for Linux: the first holder of every (device, inode) in the
// /proc walk (ProcessHolds.h): open, mapped or a working directory.

#include "core/native/Remover.h"
#include "core/native/posix/ProcessHolds.h"

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

InUseIndex InUseIndex::scan()
{
    InUseIndex index;
    posix::forEachHold([&](const FileId &id, const FileHolder &h) { index.add(id, h); });
    return index;
}

} // namespace tempscope::native
