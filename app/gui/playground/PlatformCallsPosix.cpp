// PlatformCalls on POSIX systems.

#include "gui/playground/PlatformCalls.h"

#include "core/inventory/PathText.h"
#include "core/native/Scanner.h"

#include <QFile>
#include <QFileInfo>

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
    // The in-use index knows files by the device and inode native's scanner
    // reports. App code has no query for one file's identity, so it comes from
    // a scan of the file's directory (the playground's: a handful of entries).
    HolderAnswer answer; // Gone until found
    const QFileInfo info(path);
    native::ScanOptions options;
    options.threads = 1;
    const native::ScanResult listing = native::scan(nativePath(info.absolutePath()), options);
    if (!listing.ok())
        return answer;
    const native::ScanTree &tree = listing.tree;
    const native::NativeString name = nativePath(info.fileName());
    const native::Entry &top = tree[native::ScanTree::Root];
    for (std::uint32_t i = top.firstChild; i < top.firstChild + top.childCount; ++i) {
        if (tree.name(i) != name || tree[i].kind == native::Kind::Unknown)
            continue;
        const native::InUseIndex index = native::InUseIndex::scan();
        if (const native::Holder *holder = index.holder(tree[i].id())) {
            answer.kind = HolderAnswer::Kind::Held;
            answer.holder = *holder;
        } else {
            answer.kind = HolderAnswer::Kind::Nobody;
        }
        break;
    }
    return answer;
}

} // namespace tempscope::gui::playground::platform
