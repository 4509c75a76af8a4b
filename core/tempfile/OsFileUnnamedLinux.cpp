// Linux: Python's O_TMPFILE path of TemporaryFile (OsFile.h). The portable
// POSIX build and other systems use OsFileUnnamedNone.cpp.

#include "core/tempfile/OsFile.h"

#include <QFile>

#include <cerrno>

namespace tempscope::tempfile::os {

bool hasUnnamedFiles()
{
    return true;
}

Opened openUnnamed(const QString &dir)
{
    // Python: (flags | O_TMPFILE) & ~O_CREAT. O_EXCL stays: the file can never
    // be linked into the directory later.
    const int flags = (kCreateFlags | O_TMPFILE) & ~O_CREAT;
    const int fd = retryOpen(QFile::encodeName(dir).constData(), flags, 0600);
    return fd < 0 ? Opened{-1, errno} : Opened{fd, 0};
}

} // namespace tempscope::tempfile::os
