// In-use index for POSIX: the first holder of every (device, inode) in the
// backend's walk of process holds (ProcessHolds.h: /proc on Linux, libproc
// on macOS): open, mapped or a working directory. Where there is no source
// (holdersAvailable() false) the index is empty and means unknown.

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
