// PlatformCalls on POSIX systems.

#include "gui/playground/PlatformCalls.h"

#include "core/inventory/PathText.h"
#include "core/native/Holders.h"

#include <QFile>

#include <sys/stat.h>
#include <unistd.h>

namespace tempscope::gui::playground::platform {

bool makePrivateDirectory(const QString &path)
{
    return ::mkdir(QFile::encodeName(path).constData(), 0700) == 0;
}

bool claimPrivateDirectory(const QString &path)
{
    const QByteArray bytes = QFile::encodeName(path);
    struct stat st
    {
    };
    if (::lstat(bytes.constData(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != ::getuid())
        return false;
    return (st.st_mode & 0077) == 0 || ::chmod(bytes.constData(), 0700) == 0;
}

int permissionBits(int fd, const QString &path)
{
    struct stat st
    {
    };
    if (fd >= 0 && ::fstat(fd, &st) == 0)
        return int(st.st_mode & 07777);
    const QByteArray bytes = QFile::encodeName(path);
    if (!bytes.isEmpty() && ::lstat(bytes.constData(), &st) == 0)
        return int(st.st_mode & 07777);
    return -1;
}

qint64 pythonBufferSize(int fd)
{
    constexpr qint64 defaultBufferSize = 8192; // io.DEFAULT_BUFFER_SIZE
    struct stat st
    {
    };
    if (fd >= 0 && ::fstat(fd, &st) == 0 && st.st_blksize > 1)
        return qint64(st.st_blksize);
    return defaultBufferSize;
}

HolderAnswer whoHasOpen(const QString &path)
{
    // native's holder query, the path followed like stat(); this process
    // counts like any other (the playground itself holds what it made).
    HolderAnswer answer; // Gone until found
    const std::vector<native::NativeString> paths{nativePath(path)};
    const native::PathHolders held = native::holdersOf(paths).front();
    if (held.error != 0)
        return answer;
    if (held.holders.empty()) {
        answer.kind = HolderAnswer::Kind::Nobody;
    } else {
        answer.kind = HolderAnswer::Kind::Held;
        answer.holder = held.holders.front();
    }
    return answer;
}

} // namespace tempscope::gui::playground::platform
