// In-use index for Linux: the first holder of every (device, inode) in the
// /proc walk (ProcessHolds.h): open, mapped or a working directory.

#include "core/native/Remover.h"
#include "core/native/posix/ProcessHolds.h"

namespace tempscope::native {

InUseIndex InUseIndex::scan()
{
    InUseIndex index;
    posix::forEachHold([&](const FileId &id, const FileHolder &h) { index.add(id, h); });
    return index;
}

} // namespace tempscope::native
