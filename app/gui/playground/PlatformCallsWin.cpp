// PlatformCalls on Windows: Qt's view of the file system.

#include "gui/playground/PlatformCalls.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace tempscope::gui::playground::platform {

bool makePrivateDirectory(const QString &path)
{
    return QDir().mkdir(path);
}

bool claimPrivateDirectory(const QString &path)
{
    const QFileInfo info(path);
    return info.isDir() && !info.isSymLink() && info.isWritable();
}

int permissionBits(int, const QString &)
{
    return -1; // Windows has ACLs, not mode bits
}

qint64 pythonBufferSize(int)
{
    return 8192; // io.DEFAULT_BUFFER_SIZE: no st_blksize on Windows
}

HolderAnswer whoHasOpen(const QString &path)
{
    // No in-use index here: the reopen rule is tried for real. A
    // NamedTemporaryFile that deletes on close refuses a second open.
    HolderAnswer answer;
    QFile again(path);
    if (again.open(QIODevice::ReadOnly)) {
        answer.kind = HolderAnswer::Kind::Reopened;
    } else {
        answer.kind = HolderAnswer::Kind::NotReopened;
        answer.error = again.errorString();
    }
    return answer;
}

} // namespace tempscope::gui::playground::platform
