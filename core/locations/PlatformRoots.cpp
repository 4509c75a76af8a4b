#include "core/locations/PlatformRoots.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

namespace tempscope {

namespace {

class RootList
{
public:
    explicit RootList(Platform platform) : m_platform(platform) {}

    void add(const QString &path, RootKind kind, bool cleanByDefault = true)
    {
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
        const QString clean = QDir::cleanPath(path);
        r.path = m_platform == Platform::Windows ? QString(clean).replace(u'/', u'\\') : clean;
        r.kind = kind;
        r.cleanByDefault = cleanByDefault;
        m_roots.append(r);
    }

    QList<ScratchRoot> take() { return std::move(m_roots); }

private:
    Platform m_platform;
    QList<ScratchRoot> m_roots;
};

// launchd's per-user temp directory, /var/folders/XX/RANDOM/T (or its
// /private form): its sibling C is the per-user cache directory
// (confstr _CS_DARWIN_USER_CACHE_DIR). Empty for any other path.
QString darwinUserCacheBeside(const QString &tmpdir)
{
    static const QRegularExpression perUser(
        QStringLiteral("^((/private)?/var/folders/[^/]+/[^/]+)/T$"));
    const QRegularExpressionMatch m = perUser.match(QDir::cleanPath(tmpdir));
    return m.hasMatch() ? m.captured(1) + QStringLiteral("/C") : QString();
}

void addMacOS(RootList &list, const PlatformPlaces &places)
{
    // Only an absolute TMPDIR counts: a relative one would name a place
    // relative to wherever the program was started.
    const QString tmpdir = places.environment.value(QStringLiteral("TMPDIR"));
    if (QDir::isAbsolutePath(tmpdir)) {
        list.add(tmpdir, RootKind::SecondaryTemp);
        // Listed, not cleaned unless named: applications keep caches there.
        list.add(darwinUserCacheBeside(tmpdir), RootKind::Cache, false);
    }
    list.add(QStringLiteral("/private/tmp"), RootKind::SecondaryTemp);
    list.add(QStringLiteral("/private/var/tmp"), RootKind::SecondaryTemp);
    if (QDir::isAbsolutePath(places.home))
        list.add(places.home + QStringLiteral("/Library/Caches"), RootKind::Cache, false);
}

void addUnix(RootList &list, const PlatformPlaces &places)
{
    list.add(QStringLiteral("/var/tmp"), RootKind::SecondaryTemp);
    // Only an absolute XDG_RUNTIME_DIR counts (the XDG spec ignores others).
    // Listed, not cleaned unless named: it holds live sockets and session
    // state, and systemd-logind empties it at logout.
    const QString runtime = places.environment.value(QStringLiteral("XDG_RUNTIME_DIR"));
    if (QDir::isAbsolutePath(runtime))
        list.add(runtime, RootKind::Runtime, false);
    list.add(places.cacheDir, RootKind::Cache, false);
}

void addWindows(RootList &list, const PlatformPlaces &places)
{
    const QString systemRoot = places.environment.value(QStringLiteral("SystemRoot"));
    if (!systemRoot.isEmpty())
        list.add(systemRoot + QStringLiteral("\\Temp"), RootKind::SecondaryTemp);
    list.add(places.cacheDir, RootKind::Cache, false);
}

} // namespace

Platform PlatformPlaces::current()
{
#if defined(Q_OS_WIN)
    return Platform::Windows;
#elif defined(Q_OS_MACOS)
    return Platform::MacOS;
#else
    return Platform::Unix;
#endif
}

PlatformPlaces PlatformPlaces::ofThisProcess(const QProcessEnvironment &environment)
{
    PlatformPlaces places;
    places.platform = current();
    places.environment = environment;
    places.home = QDir::homePath();
    // Caches are listed so people see them, never cleaned unless named
    // (~/Library/Caches on macOS, where the rule builds it from the home).
    places.cacheDir = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    return places;
}

QList<ScratchRoot> platformScratchRoots(const PlatformPlaces &places)
{
    RootList list(places.platform);
    switch (places.platform) {
    case Platform::MacOS:
        addMacOS(list, places);
        break;
    case Platform::Windows:
        addWindows(list, places);
        break;
    case Platform::Unix:
        addUnix(list, places);
        break;
    }
    return list.take();
}

} // namespace tempscope
