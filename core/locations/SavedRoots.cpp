#include "core/locations/SavedRoots.h"

#include "core/locations/SettingsValues.h"

#include "core/cleanup/RootGuard.h"
#include "core/inventory/PathText.h"
#include "core/native/Accounts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace tempscope {

namespace {
const QString UserRootsKey = QStringLiteral("locations/userRoots");
// "device:inode:owner:path" for each saved root whose identity is known.
const QString UserRootIdsKey = QStringLiteral("locations/userRootIdentities");

QString ownerName(uint uid)
{
    const std::string name = native::userName(uid);
    return name.empty() ? QString::number(uid) : QString::fromStdString(name);
}
} // namespace

namespace savedroots {

QString pathKey(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

QHash<QString, RootIdentity> identities(QSettings &settings)
{
    QHash<QString, RootIdentity> ids;
    const auto list = settings::textList(settings, UserRootIdsKey, settings::MaxListItems,
                                         settings::MaxPathLength + 64);
    for (const QString &entry : list.value_or(QStringList())) {
        const QStringList parts = entry.split(u':');
        bool okDevice = false, okInode = false, okOwner = false;
        RootIdentity id;
        if (parts.size() >= 4) {
            id.device = parts[0].toULongLong(&okDevice);
            id.inode = parts[1].toULongLong(&okInode);
            id.owner = parts[2].toUInt(&okOwner);
        }
        if (!okDevice || !okInode || !okOwner) {
            settings::reportBad(
                settings, UserRootIdsKey,
                QStringLiteral("\"%1\" is not device:inode:owner:path").arg(entry.left(80)));
            continue;
        }
        id.valid = true;
        ids.insert(parts.mid(3).join(u':'), id);
    }
    return ids;
}

QString changeOf(const QString &path, const RootIdentity &saved)
{
    const QFileInfo info(path);
    if (info.isSymLink())
        return QCoreApplication::translate("ScratchRoots", "it is now a symbolic link to %1")
            .arg(info.symLinkTarget());
#ifdef Q_OS_WIN
    Q_UNUSED(saved);
    return {};
#else
    struct stat st;
    if (::lstat(nativePath(path).c_str(), &st) != 0)
        return {};
    if (!S_ISDIR(st.st_mode))
        return QCoreApplication::translate("ScratchRoots", "it is no longer a directory");
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty() && canonical != QDir::cleanPath(path))
        return QCoreApplication::translate(
                   "ScratchRoots", "a directory above it is now a symbolic link: it leads to %1")
            .arg(canonical);
    if (saved.valid) {
        if (st.st_uid != saved.owner)
            return QCoreApplication::translate("ScratchRoots", "it now belongs to %1, not to %2")
                .arg(ownerName(st.st_uid), ownerName(saved.owner));
        if (quint64(st.st_dev) != saved.device || quint64(st.st_ino) != saved.inode)
            return QCoreApplication::translate(
                "ScratchRoots",
                "it is another directory than the one saved (removed and made again since)");
    } else if (st.st_uid != ::getuid() && st.st_uid != 0) {
        // Saved before identities were kept: at least it must be yours (or the system's).
        return QCoreApplication::translate("ScratchRoots", "it belongs to %1, not to you")
            .arg(ownerName(st.st_uid));
    }
    return {};
#endif
}

} // namespace savedroots

using namespace savedroots;

namespace {

void writeUserRoots(QSettings &settings, const QStringList &paths,
                    const QHash<QString, RootIdentity> &ids)
{
    QStringList idList;
    for (const QString &p : paths) {
        const auto it = ids.constFind(p);
        if (it != ids.cend() && it->valid)
            idList.append(
                QStringLiteral("%1:%2:%3:%4").arg(it->device).arg(it->inode).arg(it->owner).arg(p));
    }
    if (paths.isEmpty())
        settings.remove(UserRootsKey);
    else
        settings.setValue(UserRootsKey, paths);
    if (idList.isEmpty())
        settings.remove(UserRootIdsKey);
    else
        settings.setValue(UserRootIdsKey, idList);
}

} // namespace

RootIdentity RootIdentity::of(const QString &path)
{
    RootIdentity id;
#ifndef Q_OS_WIN
    struct stat st;
    if (::lstat(nativePath(path).c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
        id.device = quint64(st.st_dev);
        id.inode = quint64(st.st_ino);
        id.owner = st.st_uid;
        id.valid = true;
    }
#else
    Q_UNUSED(path);
#endif
    return id;
}

QStringList ScratchRoots::userRoots(QSettings &settings)
{
    QStringList roots;
    const auto list =
        settings::textList(settings, UserRootsKey, settings::MaxListItems, settings::MaxPathLength);
    for (const QString &p : list.value_or(QStringList())) {
        if (p.isEmpty() || !QDir::isAbsolutePath(p) || p.contains(QChar(0))) {
            settings::reportBad(settings, UserRootsKey,
                                QStringLiteral("\"%1\" is not an absolute path").arg(p.left(80)));
            continue;
        }
        roots.append(p);
    }
    return roots;
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
    // The same judgement as for cleaning, by identity: "/", system
    // directories, any home and what lies above them (a bind mount of the
    // home is the home).
    if (const RootVerdict v = RootGuard::check(canonical); !v.allowed())
        return QCoreApplication::translate("ScratchRoots", "%1 cannot be a scratch root: %2")
            .arg(path, v.refusal);
    QStringList roots = userRoots(settings);
    for (const QString &r : std::as_const(roots)) {
        if (pathKey(r) == canonical)
            return QCoreApplication::translate("ScratchRoots", "%1 is already a scratch root.")
                .arg(path);
    }
    QHash<QString, RootIdentity> ids = identities(settings);
    roots.append(canonical);
    ids.insert(canonical, RootIdentity::of(canonical));
    writeUserRoots(settings, roots, ids);
    return {};
}

QString ScratchRoots::confirmUserRoot(QSettings &settings, const QString &path)
{
    QStringList roots = userRoots(settings);
    const QString clean = QDir::cleanPath(path);
    const qsizetype i = roots.indexOf(clean);
    if (i < 0)
        return QCoreApplication::translate("ScratchRoots", "%1 is not a saved location.").arg(path);
    const QFileInfo info(clean);
    if (info.isSymLink())
        return QCoreApplication::translate(
                   "ScratchRoots", "%1 is now a symbolic link to %2; add %2 itself if you mean it.")
            .arg(path, info.symLinkTarget());
    const QString canonical = info.canonicalFilePath();
    if (!info.isDir() || canonical.isEmpty())
        return QCoreApplication::translate("ScratchRoots", "%1 is no longer a directory.")
            .arg(path);
    if (canonical != clean)
        return QCoreApplication::translate(
                   "ScratchRoots",
                   "%1 now leads to %2 through a symbolic link; add %2 itself if you mean it.")
            .arg(path, canonical);
    if (const RootVerdict v = RootGuard::check(canonical); !v.allowed())
        return QCoreApplication::translate("ScratchRoots", "%1 cannot be a scratch root: %2")
            .arg(path, v.refusal);
    const RootIdentity now = RootIdentity::of(clean);
    if (!now.valid)
        return QCoreApplication::translate("ScratchRoots", "%1 cannot be resolved.").arg(path);
    QHash<QString, RootIdentity> ids = identities(settings);
    ids.insert(clean, now);
    writeUserRoots(settings, roots, ids);
    return {};
}

QString ScratchRoots::userRootChange(QSettings &settings, const QString &path)
{
    const QString clean = QDir::cleanPath(path);
    if (!userRoots(settings).contains(clean))
        return {};
    return changeOf(clean, identities(settings).value(clean));
}

bool ScratchRoots::removeUserRoot(QSettings &settings, const QString &path)
{
    QStringList roots = userRoots(settings);
    const QString target = pathKey(path);
    const qsizetype before = roots.size();
    roots.removeIf([&](const QString &r) {
        return r == path || QDir::cleanPath(r) == QDir::cleanPath(path) || pathKey(r) == target;
    });
    if (roots.size() == before)
        return false;
    writeUserRoots(settings, roots, identities(settings));
    return true;
}

} // namespace tempscope
