#include "gui/playground/PlaygroundRoot.h"

#include "core/native/Accounts.h"
#include "core/tempfile/TempFileError.h"
#include "core/tempfile/TempFileFunctions.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace tempscope::gui::playground {

namespace {

QString userTag()
{
    QString user = QString::fromStdString(native::userName(native::currentUid()));
    for (QChar &c : user) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_' && c != u'.')
            c = u'_';
    }
    return user.isEmpty() ? QStringLiteral("user") : user;
}

// A directory we may work in: a real directory, ours, nobody else's to write.
bool isSafe(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0 || !S_ISDIR(st.st_mode) ||
        st.st_uid != ::getuid())
        return false;
    return (st.st_mode & 0077) == 0 || ::chmod(QFile::encodeName(path).constData(), 0700) == 0;
#else
    const QFileInfo info(path);
    return info.isDir() && !info.isSymLink() && info.isWritable();
#endif
}

} // namespace

QString PlaygroundRoot::preferredPath()
{
    return tempfile::gettempdir() + QStringLiteral("/tempscope-playground-") + userTag();
}

PlaygroundRoot PlaygroundRoot::ensure()
{
    try {
        const QString preferred = preferredPath();
        if (!QFileInfo::exists(preferred) && !QFileInfo(preferred).isSymLink()) {
#ifdef Q_OS_UNIX
            ::mkdir(QFile::encodeName(preferred).constData(), 0700);
#else
            QDir().mkdir(preferred);
#endif
        }
        if (isSafe(preferred))
            return {QFileInfo(preferred).canonicalFilePath(), {}};
        const QString fresh = tempfile::mkdtemp(
            {.prefix = QFileInfo(preferred).fileName() + u'-', .events = nullptr});
        return {QFileInfo(fresh).canonicalFilePath(), {}};
    } catch (const tempfile::TempFileError &e) {
        return {{}, e.message()};
    }
}

} // namespace tempscope::gui::playground
