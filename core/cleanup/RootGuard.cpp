#include "RootGuard.h"

#include "inventory/PathText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#ifndef _WIN32
#include <pwd.h>
#include <unistd.h>
#endif

namespace tempscope {

namespace {

QString canonical(const QString &path)
{
    const QString c = QFileInfo(path).canonicalFilePath();
    return c.isEmpty() ? QDir::cleanPath(QDir(path).absolutePath()) : c;
}

// `ancestor` is `path` or a directory above it.
bool isSameOrAncestor(const QString &ancestor, const QString &path)
{
    if (ancestor == path)
        return true;
    const QString prefix = ancestor.endsWith(u'/') ? ancestor : ancestor + u'/';
    return path.startsWith(prefix);
}

} // namespace

QStringList RootGuard::homeDirectories()
{
    QStringList homes;
    const QString envHome = qEnvironmentVariable("HOME");
    if (!envHome.isEmpty())
        homes << canonical(envHome);
#ifndef _WIN32
    if (const passwd *pw = ::getpwuid(::getuid()); pw && pw->pw_dir && *pw->pw_dir)
        homes << canonical(pathText(native::NativeStringView(pw->pw_dir)));
#endif
    homes << canonical(QDir::homePath());
    homes.removeDuplicates();
    homes.removeAll(QString());
    return homes;
}

RootVerdict RootGuard::check(const QString &path)
{
    return check(path, homeDirectories());
}

RootVerdict RootGuard::check(const QString &path, const QStringList &homes)
{
    RootVerdict v;
    const QString shown = printablePath(nativePath(path));
    if (path.isEmpty()) {
        v.refusal = QCoreApplication::translate("RootGuard", "refusing an empty root");
        return v;
    }
    const QFileInfo info(path);
    if (!info.exists()) {
        v.refusal = QCoreApplication::translate("RootGuard", "root %1 does not exist").arg(shown);
        return v;
    }
    if (!info.isDir()) {
        v.refusal = QCoreApplication::translate("RootGuard", "root %1 is not a directory").arg(shown);
        return v;
    }
    const QString c = canonical(path);
    if (c == QDir::rootPath() || QDir(c).isRoot()) {
        v.refusal = QCoreApplication::translate("RootGuard", "refusing to clean %1: it is the file system root").arg(shown);
        return v;
    }
    for (const QString &home : homes) {
        if (isSameOrAncestor(c, home)) {
            v.refusal = c == home ? QCoreApplication::translate("RootGuard", "refusing to clean %1: it is the home directory %2").arg(shown, home)
                                  : QCoreApplication::translate("RootGuard", "refusing to clean %1: it contains the home directory %2").arg(shown, home);
            return v;
        }
    }
    v.canonicalPath = c;
    return v;
}

} // namespace tempscope
