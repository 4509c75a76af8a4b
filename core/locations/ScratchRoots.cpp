#include "ScratchRoots.h"

#include "TempDirResolver.h"
#include "inventory/PathText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>
#include <QStorageInfo>

#ifndef Q_OS_WIN
#include <unistd.h>
#endif

namespace tempscope {

namespace {

const QString UserRootsKey = QStringLiteral("locations/userRoots");

// The path used to recognise duplicates: canonical when it exists, else
// cleaned and absolute.
QString identity(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

bool isWritableDir(const QString &path)
{
#ifdef Q_OS_WIN
    const QFileInfo info(path);
    return info.isDir() && info.isWritable();
#else
    // access() answers for this process's real user, which is what matters
    // for creating and removing entries (QFileInfo guesses from mode bits).
    return QFileInfo(path).isDir() && ::access(nativePath(path).c_str(), W_OK | X_OK) == 0;
#endif
}

QString homeIdentity()
{
    return identity(QDir::homePath());
}

} // namespace

QString rootKindName(RootKind kind)
{
    switch (kind) {
    case RootKind::SystemTemp:
        return QStringLiteral("system-temp");
    case RootKind::SecondaryTemp:
        return QStringLiteral("secondary-temp");
    case RootKind::Runtime:
        return QStringLiteral("runtime");
    case RootKind::Cache:
        return QStringLiteral("cache");
    case RootKind::User:
        return QStringLiteral("user");
    }
    return {};
}

VolumeFacts volumeFacts(const QString &path)
{
    VolumeFacts facts;
    const QStorageInfo storage(path);
    if (!storage.isValid())
        return facts;
    facts.valid = true;
    facts.fsType = QString::fromUtf8(storage.fileSystemType());
    facts.device = QString::fromUtf8(storage.device());
    facts.bytesFree = storage.bytesAvailable();
    facts.bytesTotal = storage.bytesTotal();
    facts.readOnly = storage.isReadOnly();
    // ramfs is RAM-backed too (and has no size limit at all).
    facts.tmpfs = facts.fsType == u"tmpfs" || facts.fsType == u"ramfs";
    return facts;
}

ScratchRoot ScratchRoots::describe(const QString &path, RootKind kind, bool cleanByDefault)
{
    ScratchRoot root;
    root.path = QDir::cleanPath(path);
#ifdef Q_OS_WIN
    root.path = QDir::toNativeSeparators(root.path);
#endif
    root.kind = kind;
    root.cleanByDefault = cleanByDefault;
    const QFileInfo info(path);
    root.exists = info.isDir();
    root.writable = root.exists && isWritableDir(path);
    if (root.exists)
        root.volume = volumeFacts(path);
    return root;
}

QList<ScratchRoot> ScratchRoots::platformRoots(const QProcessEnvironment &environment)
{
    QList<ScratchRoot> roots;
    auto add = [&](const QString &path, RootKind kind, bool cleanByDefault = true) {
        if (path.isEmpty())
            return;
        ScratchRoot r;
        r.path = QDir::cleanPath(path);
#ifdef Q_OS_WIN
        r.path = QDir::toNativeSeparators(r.path);
#endif
        r.kind = kind;
        r.cleanByDefault = cleanByDefault;
        roots.append(r);
    };
#if defined(Q_OS_WIN)
    const QString systemRoot = environment.value(QStringLiteral("SystemRoot"));
    if (!systemRoot.isEmpty())
        add(systemRoot + QStringLiteral("\\Temp"), RootKind::SecondaryTemp);
#elif defined(Q_OS_DARWIN)
    add(environment.value(QStringLiteral("TMPDIR")), RootKind::SecondaryTemp);
    add(QStringLiteral("/private/tmp"), RootKind::SecondaryTemp);
    add(QStringLiteral("/var/tmp"), RootKind::SecondaryTemp);
#else
    add(QStringLiteral("/var/tmp"), RootKind::SecondaryTemp);
#endif
#ifndef Q_OS_WIN
    // Only an absolute XDG_RUNTIME_DIR counts (the XDG spec ignores others).
    const QString runtime = environment.value(QStringLiteral("XDG_RUNTIME_DIR"));
    // Listed, not cleaned unless named: it holds live sockets and session
    // state, and systemd-logind empties it at logout.
    if (QDir::isAbsolutePath(runtime))
        add(runtime, RootKind::Runtime, false);
#endif
    // Caches are listed so people see them, never cleaned unless named.
    add(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation), RootKind::Cache,
        false);
    return roots;
}

std::unique_ptr<QSettings> ScratchRoots::openSettings()
{
    return std::make_unique<QSettings>(QSettings::UserScope, QStringLiteral("Tempscope"),
                                       QStringLiteral("tempscope"));
}

QStringList ScratchRoots::userRoots(QSettings &settings)
{
    return settings.value(UserRootsKey).toStringList();
}

QString ScratchRoots::addUserRoot(QSettings &settings, const QString &path)
{
    if (path.trimmed().isEmpty())
        return QCoreApplication::translate("ScratchRoots", "No directory given.");
    const QFileInfo info(path);
    if (!info.exists())
        return QCoreApplication::translate("ScratchRoots", "%1 does not exist.").arg(path);
    if (!info.isDir())
        return QCoreApplication::translate("ScratchRoots", "%1 is not a directory.").arg(path);
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty())
        return QCoreApplication::translate("ScratchRoots", "%1 cannot be resolved.").arg(path);
    if (QFileInfo(canonical).isRoot())
        return QCoreApplication::translate("ScratchRoots", "%1 is the root of the file system; it cannot be a scratch root.").arg(path);
    const QString home = homeIdentity();
    if (canonical == home)
        return QCoreApplication::translate("ScratchRoots", "%1 is your home directory; it cannot be a scratch root.").arg(path);
    if (home.startsWith(canonical + u'/') || home.startsWith(canonical + u'\\'))
        return QCoreApplication::translate("ScratchRoots", "%1 contains your home directory; it cannot be a scratch root.").arg(path);
    QStringList roots = userRoots(settings);
    for (const QString &r : std::as_const(roots)) {
        if (identity(r) == canonical)
            return QCoreApplication::translate("ScratchRoots", "%1 is already a scratch root.").arg(path);
    }
    roots.append(canonical);
    settings.setValue(UserRootsKey, roots);
    return {};
}

bool ScratchRoots::removeUserRoot(QSettings &settings, const QString &path)
{
    QStringList roots = userRoots(settings);
    const QString target = identity(path);
    const qsizetype before = roots.size();
    roots.removeIf([&](const QString &r) {
        return r == path || QDir::cleanPath(r) == QDir::cleanPath(path) || identity(r) == target;
    });
    if (roots.size() == before)
        return false;
    if (roots.isEmpty())
        settings.remove(UserRootsKey);
    else
        settings.setValue(UserRootsKey, roots);
    return true;
}

QList<ScratchRoot> ScratchRoots::discover(QSettings &settings)
{
    QList<ScratchRoot> wanted;
    const TempDirResolution &temp = TempDirResolver::cached();
    if (!temp.tempDir.isEmpty()) {
        ScratchRoot system;
        system.path = temp.tempDir;
        system.kind = RootKind::SystemTemp;
        wanted.append(system);
    }
    wanted.append(platformRoots(QProcessEnvironment::systemEnvironment()));
    for (const QString &path : userRoots(settings)) {
        ScratchRoot user;
        user.path = path;
        user.kind = RootKind::User;
        wanted.append(user);
    }

    QList<ScratchRoot> roots;
    QSet<QString> seen;
    for (const ScratchRoot &w : std::as_const(wanted)) {
        const QString id = identity(w.path);
        if (seen.contains(id))
            continue;
        seen.insert(id);
        roots.append(describe(w.path, w.kind, w.cleanByDefault));
    }
    return roots;
}

QList<ScratchRoot> ScratchRoots::discover()
{
    const std::unique_ptr<QSettings> settings = openSettings();
    return discover(*settings);
}

QStringList ScratchRoots::defaultRoots(QSettings &settings, bool forCleaning)
{
    QStringList paths;
    for (const ScratchRoot &r : discover(settings)) {
        if (r.exists && (!forCleaning || r.cleanByDefault))
            paths.append(r.path);
    }
    return paths;
}

QStringList ScratchRoots::defaultRoots(bool forCleaning)
{
    const std::unique_ptr<QSettings> settings = openSettings();
    return defaultRoots(*settings, forCleaning);
}

} // namespace tempscope
