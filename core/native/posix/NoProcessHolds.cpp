// The portable POSIX backend where no source of process holds is known (the
// BSDs, and Linux built with TEMPSCOPE_PORTABLE_POSIX=ON): nothing is visited
// and holdersAvailable() is false, so the in-use state is reported as
// unknown, never as "not in use" (ProcessHolds.h).

#include "core/native/posix/ProcessHolds.h"

namespace tempscope::native {

bool holdersAvailable()
{
    return false;
}

void posix::forEachHold(const std::function<void(const FileId &id, const FileHolder &holder)> &) {}

} // namespace tempscope::native
