// POSIX without O_TMPFILE (macOS, the BSDs, and the portable POSIX build on
// Linux): no unnamed files, so TemporaryFile creates then unlinks, which is
// what Python does on macOS (OsFile.h).

#include "core/tempfile/OsFile.h"

#include <cerrno>

namespace tempscope::tempfile::os {

bool hasUnnamedFiles()
{
    return false;
}

Opened openUnnamed(const QString &)
{
    return Opened{-1, EOPNOTSUPP};
}

} // namespace tempscope::tempfile::os
