#include "ScratchRoots.h"

#include "SettingsValues.h"
#include "TempDirResolver.h"
#include "cleanup/RootGuard.h"
#include "inventory/PathText.h"
#include "native/Accounts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QStandardPaths>
#include <QStorageInfo>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace tempscope {

namespace {

const QString UserRootsKey = QStringLiteral("locations/userRoots");
// "device:inode:owner:path" for each saved root whose identity is known.
const QString UserRootIdsKey = QStringLiteral("locations/userRootIdentities");


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

QString ownerName(uint uid)
{
    const std::string name = native::userName(uid);
    return name.empty() ? QString::number(uid) : QString::fromStdString(name);
}

QHash<QString, RootIdentity> savedIdentities(QSettings &settings)
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
            settings::reportBad(settings, UserRootIdsKey, QStringLiteral("\"%1\" is not device:inode:owner:path").arg(entry.left(80)));
            continue;
        }
        id.valid = true;
        ids.insert(parts.mid(3).join(u':'), id);
    }
    return ids;
}

void writeUserRoots(QSettings &settings, const QStringList &paths, const QHash<QString, RootIdentity> &ids)
{
    QStringList idList;
    for (const QString &p : paths) {
        const auto it = ids.constFind(p);
        if (it != ids.cend() && it->valid)
            idList.append(QStringLiteral("%1:%2:%3:%4").arg(it->device).arg(it->inode).arg(it->owner).arg(p));
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

// Why the saved root at path is no longer what was saved; empty when it is
// (or is missing altogether: a missing root is shown as missing).
QString changeOf(const QString &path, const RootIdentity &saved)
{
    const QFileInfo info(path);
    if (info.isSymLink())
        return QCoreApplication::translate("ScratchRoots", "it is now a symbolic link to %1").arg(info.symLinkTarget());
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
        return QCoreApplication::translate("ScratchRoots", "a directory above it is now a symbolic link: it leads to %1").arg(canonical);
    if (saved.valid) {
        if (st.st_uid != saved.owner)
            return QCoreApplication::translate("ScratchRoots", "it now belongs to %1, not to %2").arg(ownerName(st.st_uid), ownerName(saved.owner));
        if (quint64(st.st_dev) != saved.device || quint64(st.st_ino) != saved.inode)
            return QCoreApplication::translate("ScratchRoots", "it is another directory than the one saved (removed and made again since)");
    } else if (st.st_uid != ::getuid() && st.st_uid != 0) {
        // Saved before identities were kept: at least it must be yours (or the system's).
        return QCoreApplication::translate("ScratchRoots", "it belongs to %1, not to you").arg(ownerName(st.st_uid));
    }
    return {};
#endif
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
        switch (kind) {
        case RootKind::SecondaryTemp:
            r.origin = QCoreApplication::translate("ScratchRoots", "secondary temp directory");
            break;
        case RootKind::Runtime:
            r.origin = QStringLiteral("$XDG_RUNTIME_DIR");
            break;
        case RootKind::Cache:
            r.origin = QCoreApplication::translate("ScratchRoots", "your cache directory");
            break;
        default:
            break;
        }
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
    QStringList roots;
    const auto list = settings::textList(settings, UserRootsKey, settings::MaxListItems, settings::MaxPathLength);
    for (const QString &p : list.value_or(QStringList())) {
        if (p.isEmpty() || !QDir::isAbsolutePath(p) || p.contains(QChar(0))) {
            settings::reportBad(settings, UserRootsKey, QStringLiteral("\"%1\" is not an absolute path").arg(p.left(80)));
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
    QHash<QString, RootIdentity> ids = savedIdentities(settings);
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
        return QCoreApplication::translate("ScratchRoots", "%1 is now a symbolic link to %2; add %2 itself if you mean it.").arg(path, info.symLinkTarget());
    const QString canonical = info.canonicalFilePath();
    if (!info.isDir() || canonical.isEmpty())
        return QCoreApplication::translate("ScratchRoots", "%1 is no longer a directory.").arg(path);
    if (canonical != clean)
        return QCoreApplication::translate("ScratchRoots", "%1 now leads to %2 through a symbolic link; add %2 itself if you mean it.").arg(path, canonical);
    const QString home = homeIdentity();
    if (info.isRoot() || canonical == home || home.startsWith(canonical + u'/'))
        return QCoreApplication::translate("ScratchRoots", "%1 cannot be a scratch root.").arg(path);
    const RootIdentity now = RootIdentity::of(clean);
    if (!now.valid)
        return QCoreApplication::translate("ScratchRoots", "%1 cannot be resolved.").arg(path);
    QHash<QString, RootIdentity> ids = savedIdentities(settings);
    ids.insert(clean, now);
    writeUserRoots(settings, roots, ids);
    return {};
}

QString ScratchRoots::userRootChange(QSettings &settings, const QString &path)
{
    const QString clean = QDir::cleanPath(path);
    if (!userRoots(settings).contains(clean))
        return {};
    return changeOf(clean, savedIdentities(settings).value(clean));
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
    writeUserRoots(settings, roots, savedIdentities(settings));
    return true;
}

QList<ScratchRoot> ScratchRoots::discover(QSettings &settings, const TempDirResolution &temp)
{
    QList<ScratchRoot> wanted;
    if (!temp.tempDir.isEmpty()) {
        ScratchRoot system;
        system.path = temp.tempDir;
        system.kind = RootKind::SystemTemp;
        for (const TempDirCandidate &c : temp.candidates) {
            if (!c.usable || c.path != temp.tempDir)
                continue;
            switch (c.source) {
            case CandidateSource::TmpDir:
                system.origin = QCoreApplication::translate("ScratchRoots", "system temp directory, from $TMPDIR");
                break;
            case CandidateSource::Temp:
                system.origin = QCoreApplication::translate("ScratchRoots", "system temp directory, from $TEMP");
                break;
            case CandidateSource::Tmp:
                system.origin = QCoreApplication::translate("ScratchRoots", "system temp directory, from $TMP");
                break;
            case CandidateSource::Platform:
                system.origin = QCoreApplication::translate("ScratchRoots", "system temp directory, the platform's default");
                break;
            case CandidateSource::Cwd:
                system.origin = QCoreApplication::translate("ScratchRoots", "the current directory: Python's last resort when no temp directory is usable");
                system.fallback = true;
                break;
            }
            break;
        }
        wanted.append(system);
    }
    wanted.append(platformRoots(QProcessEnvironment::systemEnvironment()));
    const QHash<QString, RootIdentity> ids = savedIdentities(settings);
    for (const QString &path : userRoots(settings)) {
        ScratchRoot user;
        user.path = path;
        user.kind = RootKind::User;
        user.origin = QCoreApplication::translate("ScratchRoots", "saved location");
        user.changeReason = changeOf(path, ids.value(path));
        user.changed = !user.changeReason.isEmpty();
        wanted.append(user);
    }

    QList<ScratchRoot> roots;
    QSet<QString> seen;
    for (const ScratchRoot &w : std::as_const(wanted)) {
        // A changed root whose link leads to a root already listed adds
        // nothing: it is dropped like any duplicate (and never scanned).
        const QString id = identity(w.path);
        if (seen.contains(id))
            continue;
        seen.insert(id);
        ScratchRoot r = describe(w.path, w.kind, w.cleanByDefault);
        r.origin = w.origin;
        r.fallback = w.fallback;
        r.changed = w.changed;
        r.changeReason = w.changeReason;
        roots.append(r);
    }
    return roots;
}

QList<ScratchRoot> ScratchRoots::discover(QSettings &settings)
{
    return discover(settings, TempDirResolver::cached());
}

QList<ScratchRoot> ScratchRoots::discover()
{
    const std::unique_ptr<QSettings> settings = openSettings();
    return discover(*settings);
}

DefaultRoots ScratchRoots::defaultRoots(const QList<ScratchRoot> &discovered, bool forCleaning)
{
    DefaultRoots result;
    for (const ScratchRoot &r : discovered) {
        if (!r.exists || (forCleaning && !r.cleanByDefault))
            continue;
        if (r.fallback) {
            result.skipped.append(
                QCoreApplication::translate("ScratchRoots", "%1: no temp directory is usable, and Python's last resort, the current directory, is no temp "
                   "directory (name it to use it)")
                    .arg(r.path));
            continue;
        }
        if (r.changed) {
            result.skipped.append(QCoreApplication::translate("ScratchRoots", "%1: the saved location changed since it was saved: %2 (confirm it again in "
                                     "Tempscope, or name it)")
                                      .arg(r.path, r.changeReason));
            continue;
        }
        if (forCleaning) {
            const RootVerdict verdict = RootGuard::check(r.path);
            if (!verdict.allowed()) {
                result.skipped.append(QStringLiteral("%1 (%2)").arg(verdict.refusal, r.origin));
                continue;
            }
        }
        result.roots.append(r);
    }
    return result;
}

DefaultRoots ScratchRoots::defaultRoots(QSettings &settings, bool forCleaning)
{
    return defaultRoots(discover(settings), forCleaning);
}

DefaultRoots ScratchRoots::defaultRoots(bool forCleaning)
{
    const std::unique_ptr<QSettings> settings = openSettings();
    return defaultRoots(*settings, forCleaning);
}

} // namespace tempscope
