#include "core/locations/ScratchRoots.h"

#include "core/cleanup/RootGuard.h"
#include "core/inventory/PathText.h"
#include "core/locations/PlatformRoots.h"
#include "core/locations/SavedRoots.h"
#include "core/locations/TempDirResolver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QStorageInfo>

#ifndef Q_OS_WIN
#include <unistd.h>
#endif

#include <optional>

namespace tempscope {

namespace {

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
    root.path = QDir::toNativeSeparators(QDir::cleanPath(path));
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
    return platformScratchRoots(PlatformPlaces::ofThisProcess(environment));
}

std::unique_ptr<QSettings> ScratchRoots::openSettings()
{
    return std::make_unique<QSettings>(QSettings::UserScope, QStringLiteral("Tempscope"),
                                       QStringLiteral("tempscope"));
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
                system.origin = QCoreApplication::translate("ScratchRoots",
                                                            "system temp directory, from $TMPDIR");
                break;
            case CandidateSource::Temp:
                system.origin = QCoreApplication::translate("ScratchRoots",
                                                            "system temp directory, from $TEMP");
                break;
            case CandidateSource::Tmp:
                system.origin =
                    QCoreApplication::translate("ScratchRoots", "system temp directory, from $TMP");
                break;
            case CandidateSource::Platform:
                system.origin = QCoreApplication::translate(
                    "ScratchRoots", "system temp directory, the platform's default");
                break;
            case CandidateSource::Cwd:
                system.origin = QCoreApplication::translate(
                    "ScratchRoots",
                    "the current directory: Python's last resort when no temp directory is usable");
                system.fallback = true;
                break;
            }
            break;
        }
        wanted.append(system);
    }
    wanted.append(platformRoots(QProcessEnvironment::systemEnvironment()));
    const QHash<QString, RootIdentity> ids = savedroots::identities(settings);
    for (const QString &path : userRoots(settings)) {
        ScratchRoot user;
        user.path = path;
        user.kind = RootKind::User;
        user.origin = QCoreApplication::translate("ScratchRoots", "saved location");
        user.changeReason = savedroots::changeOf(path, ids.value(path));
        user.changed = !user.changeReason.isEmpty();
        wanted.append(user);
    }

    QList<ScratchRoot> roots;
    QSet<QString> seen;
    for (const ScratchRoot &w : std::as_const(wanted)) {
        // A changed root whose link leads to a root already listed adds
        // nothing: it is dropped like any duplicate (and never scanned).
        const QString id = savedroots::pathKey(w.path);
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
    // One guard for every root: it reads the password database and each home.
    std::optional<RootGuard> guard;
    if (forCleaning)
        guard.emplace();
    for (const ScratchRoot &r : discovered) {
        if (!r.exists || (forCleaning && !r.cleanByDefault))
            continue;
        if (r.fallback) {
            result.skipped.append(
                QCoreApplication::translate("ScratchRoots",
                                            "%1: no temp directory is usable, and Python's last "
                                            "resort, the current directory, is no temp "
                                            "directory (name it to use it)")
                    .arg(r.path));
            continue;
        }
        if (r.changed) {
            result.skipped.append(
                QCoreApplication::translate(
                    "ScratchRoots",
                    "%1: the saved location changed since it was saved: %2 (confirm it again in "
                    "Tempscope, or name it)")
                    .arg(r.path, r.changeReason));
            continue;
        }
        if (guard) {
            const RootVerdict verdict = guard->verdict(r.path);
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
