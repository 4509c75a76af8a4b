#include "core/cleanup/RootGuard.h"

#include "core/inventory/PathText.h"
#include "core/native/RootIdentity.h"
#include "core/native/Scanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cerrno>

#ifndef _WIN32
#include <pwd.h>
#include <unistd.h>
#endif

namespace tempscope {

namespace {

QPair<quint64, quint64> key(const native::FileId &id)
{
    return {id.device, id.inode};
}

QString canonical(const QString &path)
{
    int error = 0;
    const native::NativeString real = native::realPath(nativePath(path), &error);
    return real.empty() ? QDir::cleanPath(QDir(path).absolutePath()) : pathText(real);
}

// Directories whose stale-looking contents are never temp files. Temp
// directories below them (/var/tmp, /run/user/UID, /dev/shm) stay allowed:
// only each directory itself and what lies above it are protected.
const char *const SystemDirectories[] = {
    "/usr",      "/etc", "/var",  "/var/lib", "/var/log", "/var/cache", "/var/spool",
    "/var/mail", "/bin", "/sbin", "/lib",     "/lib32",   "/lib64",     "/libx32",
    "/boot",     "/opt", "/srv",  "/root",    "/home",    "/dev",       "/proc",
    "/sys",      "/run", "/mnt",  "/media",   "/snap",    "/nix",
};

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

RootGuard::RootGuard(const QStringList &homes)
{
    protect(QStringLiteral("/"), false, false);
    for (const char *dir : SystemDirectories)
        protect(QString::fromLatin1(dir), false, false);
    for (const QString &home : homes)
        protect(home, true, true);
}

RootGuard::RootGuard() : RootGuard(homeDirectories())
{
    // Every account's home (root's included) on a local file system.
    for (const native::NativeString &home : native::accountHomes())
        protect(pathText(home), true, true);
}

// A home that is a sticky, world-writable directory is a shared temp
// directory (HOME=/tmp in a container, a service account living in /tmp):
// protecting it would forbid the very cleaning it exists for.
void RootGuard::protect(const QString &path, bool home, bool skipSharedTemp)
{
    if (path.isEmpty())
        return;
    native::DirectoryIdentity self;
    if (native::directoryIdentity(nativePath(path), self) != 0 ||
        self.kind != native::Kind::Directory)
        return;
    if (skipSharedTemp && self.sharedTemp)
        return;
    const std::vector<native::FileId> chain = native::identityChain(nativePath(path));
    for (std::size_t i = 0; i < chain.size(); ++i) {
        const bool isSelf = i == 0;
        auto it = m_protected.find(key(chain[i]));
        // The most telling description wins: the directory itself over an
        // ancestor, a home over a system directory.
        if (it != m_protected.end() && (it->self && !isSelf))
            continue;
        if (it != m_protected.end() && it->self == isSelf && (it->home || !home))
            continue;
        m_protected.insert(key(chain[i]), {path, home, isSelf});
    }
}

QString RootGuard::refusal(const native::FileId &id, const QString &shown) const
{
    const auto it = m_protected.constFind(key(id));
    if (it == m_protected.cend())
        return {};
    const Protected &p = *it;
    const QString what = printablePath(nativePath(p.path));
    if (p.path == u"/" && p.self)
        return QCoreApplication::translate("RootGuard",
                                           "refusing to clean %1: it is the file system root")
            .arg(shown);
    if (p.home && p.self)
        return QCoreApplication::translate("RootGuard",
                                           "refusing to clean %1: it is the home directory %2")
            .arg(shown, what);
    if (p.home)
        return QCoreApplication::translate(
                   "RootGuard", "refusing to clean %1: it contains the home directory %2")
            .arg(shown, what);
    if (p.self)
        return QCoreApplication::translate("RootGuard",
                                           "refusing to clean %1: it is the system directory %2")
            .arg(shown, what);
    return QCoreApplication::translate("RootGuard",
                                       "refusing to clean %1: it contains the system directory %2")
        .arg(shown, what);
}

RootVerdict RootGuard::verdict(const QString &path) const
{
    RootVerdict v;
    if (path.isEmpty()) {
        v.refusal = QCoreApplication::translate("RootGuard", "refusing an empty root");
        return v;
    }
    const native::NativeString bytes = nativePath(path);
    const QString shown = printablePath(bytes);
    int error = 0;
    const native::NativeString real = native::realPath(bytes, &error);
    native::DirectoryIdentity dir;
    if (real.empty() || (error = native::directoryIdentity(real, dir)) != 0) {
        v.refusal =
            error == ENOENT
                ? QCoreApplication::translate("RootGuard", "root %1 does not exist").arg(shown)
            : error == ENOTDIR
                ? QCoreApplication::translate("RootGuard", "root %1 is not a directory").arg(shown)
                : QCoreApplication::translate("RootGuard", "cannot open the root %1: %2")
                      .arg(shown, QString::fromStdString(native::errorText(error)));
        return v;
    }
    if (dir.kind != native::Kind::Directory) {
        v.refusal =
            QCoreApplication::translate("RootGuard", "root %1 is not a directory").arg(shown);
        return v;
    }
    v.refusal = refusal(dir.id, shown);
    if (v.allowed()) {
        v.canonicalPath = pathText(real);
        v.id = dir.id;
    }
    return v;
}

} // namespace tempscope
