// ScratchRoots: which roots are listed and in what order, the facts of each,
// duplicates, user roots kept in QSettings (an ini file in a QTemporaryDir)
// and the paths refused as roots. The suite runs this as `nobody` when run as
// root, so "writable" means something.

#include "core/locations/ScratchRoots.h"
#include "core/locations/TempDirResolver.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace tempscope;

namespace {

QString canonical(const QString &path)
{
    return QFileInfo(path).canonicalFilePath();
}

// Mount points and types straight from the kernel, to check QStorageInfo's
// answer against.
QList<QPair<QString, QString>> mounts()
{
    QList<QPair<QString, QString>> list;
    QFile f(QStringLiteral("/proc/self/mounts"));
    if (!f.open(QIODevice::ReadOnly))
        return list;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() >= 3)
            list.append({QString::fromUtf8(fields[1]), QString::fromUtf8(fields[2])});
    }
    return list;
}

} // namespace

class ScratchRootsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QByteArray m_savedHome;
    QString m_settingsFile;
    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // A home of our own: the refusals depend on it, and the cache
        // location (test mode: ~/.qttest/cache) must not touch the real one.
        m_savedHome = qgetenv("HOME");
        qputenv("HOME", QFile::encodeName(canonical(m_home.path())));
        qunsetenv("XDG_CACHE_HOME");
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(QDir::homePath(), canonical(m_home.path()));
    }

    void cleanupTestCase() { qputenv("HOME", m_savedHome); }

    void init()
    {
        m_settingsFile = m_settingsDir.filePath(
            QStringLiteral("%1.ini").arg(QString::fromLatin1(QTest::currentTestFunction())));
        QFile::remove(m_settingsFile);
    }

    void kindNames()
    {
        QCOMPARE(rootKindName(RootKind::SystemTemp), QStringLiteral("system-temp"));
        QCOMPARE(rootKindName(RootKind::SecondaryTemp), QStringLiteral("secondary-temp"));
        QCOMPARE(rootKindName(RootKind::Runtime), QStringLiteral("runtime"));
        QCOMPARE(rootKindName(RootKind::Cache), QStringLiteral("cache"));
        QCOMPARE(rootKindName(RootKind::User), QStringLiteral("user"));
    }

    void platformRoots_data()
    {
        QTest::addColumn<QString>("runtimeDir"); // "<unset>" for none
        QTest::addColumn<QStringList>("expectedKinds");
        const QString cacheKind = QStringLiteral("cache");
        QTest::newRow("XDG_RUNTIME_DIR set: /var/tmp, runtime, cache")
            << QStringLiteral("/run/user/4242")
            << QStringList{QStringLiteral("secondary-temp"), QStringLiteral("runtime"), cacheKind};
        QTest::newRow("XDG_RUNTIME_DIR unset: no runtime root")
            << QStringLiteral("<unset>")
            << QStringList{QStringLiteral("secondary-temp"), cacheKind};
        QTest::newRow("relative XDG_RUNTIME_DIR is ignored (XDG spec)")
            << QStringLiteral("run/user")
            << QStringList{QStringLiteral("secondary-temp"), cacheKind};
        QTest::newRow("empty XDG_RUNTIME_DIR is ignored")
            << QString() << QStringList{QStringLiteral("secondary-temp"), cacheKind};
    }

    void platformRoots()
    {
        QFETCH(QString, runtimeDir);
        QFETCH(QStringList, expectedKinds);
        QProcessEnvironment env;
        if (runtimeDir != u"<unset>")
            env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir);
        const QList<ScratchRoot> roots = ScratchRoots::platformRoots(env);
        QStringList kinds;
        for (const ScratchRoot &r : roots)
            kinds.append(rootKindName(r.kind));
        QCOMPARE(kinds, expectedKinds);

        QCOMPARE(roots.first().path, QStringLiteral("/var/tmp"));
        QVERIFY(roots.first().cleanByDefault);
        if (expectedKinds.contains(QStringLiteral("runtime"))) {
            QCOMPARE(roots[1].path, runtimeDir);
        }
        const ScratchRoot &cache = roots.last();
        QCOMPARE(cache.path,
                 QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation));
        QVERIFY(cache.path.startsWith(QDir::homePath()));
        QVERIFY(!cache.cleanByDefault); // listed, never cleaned unless named
    }

    void describe_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("exists");
        QTest::addColumn<bool>("writable");
        QTest::addColumn<bool>("needsNonRoot");
        QTest::newRow("writable directory") << QStringLiteral("open") << true << true << false;
        QTest::newRow("missing directory") << QStringLiteral("missing") << false << false << false;
        QTest::newRow("regular file is not a root")
            << QStringLiteral("file") << false << false << false;
        QTest::newRow("read-only directory (0555)")
            << QStringLiteral("readonly") << true << false << true;
    }

    void describe()
    {
        QFETCH(QString, name);
        QFETCH(bool, exists);
        QFETCH(bool, writable);
        QFETCH(bool, needsNonRoot);
        if (needsNonRoot && ::geteuid() == 0)
            QSKIP("root bypasses permission checks; ctest runs this test as nobody");
        QTemporaryDir base;
        QVERIFY(QDir(base.path()).mkdir(QStringLiteral("open")));
        QVERIFY(QDir(base.path()).mkdir(QStringLiteral("readonly")));
        QCOMPARE(
            ::chmod(QFile::encodeName(base.filePath(QStringLiteral("readonly"))).constData(), 0555),
            0);
        QFile file(base.filePath(QStringLiteral("file")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();

        const ScratchRoot r = ScratchRoots::describe(base.filePath(name), RootKind::User);
        ::chmod(QFile::encodeName(base.filePath(QStringLiteral("readonly"))).constData(), 0755);
        QCOMPARE(r.path, base.filePath(name));
        QCOMPARE(r.kind, RootKind::User);
        QCOMPARE(r.exists, exists);
        QCOMPARE(r.writable, writable);
        QCOMPARE(r.volume.valid, exists);
        if (exists) {
            QVERIFY(!r.volume.fsType.isEmpty());
            QVERIFY(r.volume.bytesTotal > 0);
            QVERIFY(r.volume.bytesFree >= 0);
            QVERIFY(r.volume.bytesFree <= r.volume.bytesTotal);
        }
    }

    void tmpfsFlag_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("fsType");
        // One tmpfs and one non-tmpfs mount of this machine, as the kernel lists them.
        QString tmpfs;
        QString other;
        for (const auto &[point, type] : mounts()) {
            const QFileInfo info(point);
            if (!info.isDir() || !info.isReadable())
                continue;
            if (tmpfs.isEmpty() && type == u"tmpfs" && point != u"/")
                tmpfs = point;
            if (other.isEmpty() && point == u"/" && type != u"tmpfs")
                other = point;
        }
        if (!tmpfs.isEmpty())
            QTest::newRow("a tmpfs mount is flagged") << tmpfs << QStringLiteral("tmpfs");
        if (!other.isEmpty())
            QTest::newRow("the root file system is not tmpfs") << other << QString();
        if (tmpfs.isEmpty() && other.isEmpty())
            QTest::newRow("no mounts visible") << QString() << QString();
    }

    void tmpfsFlag()
    {
        QFETCH(QString, path);
        QFETCH(QString, fsType);
        if (path.isEmpty())
            QSKIP("/proc/self/mounts lists no usable mount here");
        const VolumeFacts facts = volumeFacts(path);
        QVERIFY(facts.valid);
        QCOMPARE(facts.tmpfs, fsType == u"tmpfs");
        if (!fsType.isEmpty())
            QCOMPARE(facts.fsType, fsType);
        else
            QVERIFY(facts.fsType != u"tmpfs");
    }

    void userRootsPersist()
    {
        QTemporaryDir a;
        QTemporaryDir b;
        {
            QSettings settings(m_settingsFile, QSettings::IniFormat);
            QCOMPARE(ScratchRoots::addUserRoot(settings, a.path()), QString());
            QCOMPARE(ScratchRoots::addUserRoot(settings, b.path() + QStringLiteral("/./")),
                     QString());
        }
        {
            QSettings settings(m_settingsFile, QSettings::IniFormat);
            QCOMPARE(ScratchRoots::userRoots(settings),
                     (QStringList{canonical(a.path()), canonical(b.path())}));
            QVERIFY(ScratchRoots::removeUserRoot(settings, a.path()));
            QVERIFY(!ScratchRoots::removeUserRoot(settings, a.path()));
        }
        {
            QSettings settings(m_settingsFile, QSettings::IniFormat);
            QCOMPARE(ScratchRoots::userRoots(settings), QStringList{canonical(b.path())});
            // A root whose directory is gone can still be removed by name.
            const QString gone = canonical(b.path());
            QVERIFY(b.remove());
            QVERIFY(ScratchRoots::removeUserRoot(settings, gone));
        }
        QSettings settings(m_settingsFile, QSettings::IniFormat);
        QCOMPARE(ScratchRoots::userRoots(settings), QStringList());
    }

    void symlinkedRootIsStoredCanonical()
    {
        QTemporaryDir base;
        QVERIFY(QDir(base.path()).mkdir(QStringLiteral("real")));
        QVERIFY(QFile::link(base.filePath(QStringLiteral("real")),
                            base.filePath(QStringLiteral("link"))));
        QSettings settings(m_settingsFile, QSettings::IniFormat);
        QCOMPARE(ScratchRoots::addUserRoot(settings, base.filePath(QStringLiteral("link"))),
                 QString());
        QCOMPARE(ScratchRoots::userRoots(settings),
                 QStringList{canonical(base.filePath(QStringLiteral("real")))});
        // The same directory by its other name is refused as a duplicate.
        QVERIFY(ScratchRoots::addUserRoot(settings, base.filePath(QStringLiteral("real")))
                    .contains(QStringLiteral("already")));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("path"); // "@base@" and "@home@" are replaced
        QTest::addColumn<QString>("messageHas");
        QTest::newRow("empty path") << QString() << QStringLiteral("No directory");
        QTest::newRow("nonexistent path")
            << QStringLiteral("@base@/missing") << QStringLiteral("does not exist");
        QTest::newRow("regular file")
            << QStringLiteral("@base@/file") << QStringLiteral("not a directory");
        QTest::newRow("the file system root")
            << QStringLiteral("/") << QStringLiteral("file system root");
        QTest::newRow("the home directory")
            << QStringLiteral("@home@") << QStringLiteral("home directory");
        QTest::newRow("the home directory with a trailing slash")
            << QStringLiteral("@home@/") << QStringLiteral("home directory");
        QTest::newRow("the home directory through a symlink")
            << QStringLiteral("@base@/homelink") << QStringLiteral("home directory");
        QTest::newRow("the parent of the home directory")
            << QStringLiteral("@home@/..") << QStringLiteral("contains the home directory");
        QTest::newRow("already added")
            << QStringLiteral("@base@/added") << QStringLiteral("already");
    }

    void refusals()
    {
        QFETCH(QString, path);
        QFETCH(QString, messageHas);
        QTemporaryDir base;
        QFile file(base.filePath(QStringLiteral("file")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(QFile::link(QDir::homePath(), base.filePath(QStringLiteral("homelink"))));
        QVERIFY(QDir(base.path()).mkdir(QStringLiteral("added")));
        path.replace(QStringLiteral("@base@"), base.path())
            .replace(QStringLiteral("@home@"), QDir::homePath());

        QSettings settings(m_settingsFile, QSettings::IniFormat);
        QCOMPARE(ScratchRoots::addUserRoot(settings, base.filePath(QStringLiteral("added"))),
                 QString());
        const QStringList before = ScratchRoots::userRoots(settings);
        const QString message = ScratchRoots::addUserRoot(settings, path);
        QVERIFY2(message.contains(messageHas), qPrintable(message));
        QCOMPARE(ScratchRoots::userRoots(settings), before);
    }

    void discoverListsSystemTempFirstAndDropsDuplicates()
    {
        QTemporaryDir base;
        QVERIFY(QDir(base.path()).mkdir(QStringLiteral("mine")));
        QVERIFY(QFile::link(base.filePath(QStringLiteral("mine")),
                            base.filePath(QStringLiteral("mine-link"))));
        QVERIFY(
            QFile::link(QStringLiteral("/var/tmp"), base.filePath(QStringLiteral("vartmp-link"))));
        QSettings settings(m_settingsFile, QSettings::IniFormat);
        // Written directly: addUserRoot would refuse the duplicates.
        settings.setValue(QStringLiteral("locations/userRoots"),
                          QStringList{base.filePath(QStringLiteral("mine")),
                                      base.filePath(QStringLiteral("mine-link")),
                                      base.filePath(QStringLiteral("vartmp-link")),
                                      TempDirResolver::cached().tempDir,
                                      base.filePath(QStringLiteral("gone"))});

        const QList<ScratchRoot> roots = ScratchRoots::discover(settings);
        QVERIFY(!roots.isEmpty());
        QCOMPARE(roots.first().kind, RootKind::SystemTemp);
        QCOMPARE(roots.first().path, TempDirResolver::cached().tempDir);

        QStringList ids;
        QStringList userPaths;
        for (const ScratchRoot &r : roots) {
            const QString id = r.exists ? canonical(r.path) : r.path;
            QVERIFY2(!ids.contains(id), qPrintable(id));
            ids.append(id);
            if (r.kind == RootKind::User)
                userPaths.append(r.path);
            if (r.path == u"/var/tmp")
                QCOMPARE(r.kind, RootKind::SecondaryTemp); // the first listing wins
        }
        QCOMPARE(userPaths, (QStringList{base.filePath(QStringLiteral("mine")),
                                         base.filePath(QStringLiteral("gone"))}));

        const ScratchRoot &gone =
            *std::find_if(roots.begin(), roots.end(), [&](const ScratchRoot &r) {
                return r.path == base.filePath(QStringLiteral("gone"));
            });
        QVERIFY(!gone.exists);
        QVERIFY(!gone.volume.valid);
    }

    void defaultRoots_data()
    {
        QTest::addColumn<bool>("forCleaning");
        QTest::addColumn<bool>("cacheIncluded");
        QTest::newRow("for scanning: cache and runtime dir are listed") << false << true;
        QTest::newRow("for cleaning: cache and runtime dir are left out") << true << false;
    }

    void defaultRoots()
    {
        QFETCH(bool, forCleaning);
        QFETCH(bool, cacheIncluded);
        const QString cache =
            QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
        QVERIFY(QDir().mkpath(cache));
        QTemporaryDir runtime;
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
        QTemporaryDir mine;
        QSettings settings(m_settingsFile, QSettings::IniFormat);
        QCOMPARE(ScratchRoots::addUserRoot(settings, mine.path()), QString());
        settings.setValue(QStringLiteral("locations/userRoots"),
                          ScratchRoots::userRoots(settings)
                              << mine.path() + QStringLiteral("-gone"));

        QStringList paths;
        for (const ScratchRoot &r : ScratchRoots::defaultRoots(settings, forCleaning).roots) {
            QVERIFY2(!r.origin.isEmpty(), qPrintable(r.path)); // each says where it comes from
            paths.append(r.path);
        }
        const QString temp = TempDirResolver::cached().tempDir;
        if (forCleaning && QDir::homePath().startsWith(temp + u'/'))
            QVERIFY(!paths.contains(temp)); // this test's home is in it: RootGuard refuses it
        else
            QCOMPARE(paths.first(), temp);
        qunsetenv("XDG_RUNTIME_DIR");
        QCOMPARE(paths.contains(cache), cacheIncluded);
        QCOMPARE(paths.contains(canonical(runtime.path())) || paths.contains(runtime.path()),
                 cacheIncluded);
        QVERIFY(paths.contains(canonical(mine.path())));
        QVERIFY(!paths.contains(mine.path() + QStringLiteral("-gone"))); // only existing roots
        for (const QString &p : paths)
            QVERIFY2(QFileInfo(p).isDir(), qPrintable(p));
    }
    // A default root is a real temp directory. Python's rule ends
    // with the current directory, and TMPDIR may name any directory (the
    // home directory): neither becomes a root cleaned by default.
    void defaultRootsAreRealTempDirectories_data()
    {
        QTest::addColumn<QString>("source"); // "cwd", "TMPDIR"
        QTest::addColumn<QString>("where");  // "home", "dir"
        QTest::addColumn<bool>("forCleaning");
        QTest::addColumn<bool>("isRoot");
        QTest::addColumn<QString>("said"); // in the origin when a root, else in the skipped line
        QTest::newRow("cwd fallback: never cleaned")
            << QStringLiteral("cwd") << QStringLiteral("dir") << true << false
            << QStringLiteral("current directory");
        QTest::newRow("cwd fallback: never scanned either")
            << QStringLiteral("cwd") << QStringLiteral("dir") << false << false
            << QStringLiteral("current directory");
        QTest::newRow("TMPDIR=$HOME: not cleaned (RootGuard)")
            << QStringLiteral("TMPDIR") << QStringLiteral("home") << true << false
            << QStringLiteral("home directory");
        QTest::newRow("TMPDIR=$HOME: scanned, saying so")
            << QStringLiteral("TMPDIR") << QStringLiteral("home") << false << true
            << QStringLiteral("$TMPDIR");
        QTest::newRow("TMPDIR names a temp dir: cleaned, saying so")
            << QStringLiteral("TMPDIR") << QStringLiteral("dir") << true << true
            << QStringLiteral("$TMPDIR");
    }

    void defaultRootsAreRealTempDirectories()
    {
        QFETCH(QString, source);
        QFETCH(QString, where);
        QFETCH(bool, forCleaning);
        QFETCH(bool, isRoot);
        QFETCH(QString, said);
        QTemporaryDir dir;
        const QString path = where == u"home" ? QDir::homePath() : canonical(dir.path());
        TempDirResolution temp;
        if (source == u"cwd") {
            // What Python answers when /tmp, /var/tmp and /usr/tmp are unusable.
            for (const char16_t *p : {u"/tmp", u"/var/tmp", u"/usr/tmp"})
                temp.candidates.append({QString::fromUtf16(p), CandidateSource::Platform, false,
                                        true, QStringLiteral("read-only file system")});
            temp.candidates.append({path, CandidateSource::Cwd, true, true, QString()});
        } else {
            TempDirResolver::Inputs inputs;
            inputs.environment.insert(QStringLiteral("TMPDIR"), path);
            temp = TempDirResolver::resolve(inputs);
            QCOMPARE(temp.candidates.first().source, CandidateSource::TmpDir);
        }
        temp.tempDir = path;
        QSettings settings(m_settingsFile, QSettings::IniFormat);
        const QList<ScratchRoot> discovered = ScratchRoots::discover(settings, temp);
        QCOMPARE(discovered.first().path, path);
        QCOMPARE(discovered.first().fallback, source == u"cwd");

        const DefaultRoots defaults = ScratchRoots::defaultRoots(discovered, forCleaning);
        const auto it = std::find_if(defaults.roots.cbegin(), defaults.roots.cend(),
                                     [&](const ScratchRoot &r) { return r.path == path; });
        QCOMPARE(it != defaults.roots.cend(), isRoot);
        if (isRoot) {
            QVERIFY2(it->origin.contains(said), qPrintable(it->origin));
            QVERIFY2(it->origin.contains(QStringLiteral("system temp directory")),
                     qPrintable(it->origin));
        } else {
            const QStringList lines = defaults.skipped.filter(path);
            QCOMPARE(lines.size(), 1);
            QVERIFY2(lines.first().contains(said), qPrintable(lines.first()));
        }
        for (const ScratchRoot &r : defaults.roots)
            QVERIFY2(!r.fallback && !r.origin.isEmpty(), qPrintable(r.path));
    }

    // A saved root in a shared directory that someone replaces by
    // a symlink (to the user's documents, to /) is not scanned or cleaned
    // through the link; another directory at the same path needs the user's
    // word again.
    void changedSavedRootIsNotUsed()
    {
        QTemporaryDir base;
        const QString shared = canonical(base.path()) + QStringLiteral("/x");
        const QString mine = shared + QStringLiteral("/mine");
        const QString documents = canonical(base.path()) + QStringLiteral("/Documents");
        QVERIFY(QDir().mkpath(mine));
        QVERIFY(QDir().mkpath(documents));
        QFile thesis(documents + QStringLiteral("/thesis.tex"));
        QVERIFY(thesis.open(QIODevice::WriteOnly));
        thesis.close();
        QSettings settings(m_settingsFile, QSettings::IniFormat);
        QCOMPARE(ScratchRoots::addUserRoot(settings, mine), QString());
        const auto rootAt = [&](const QString &path) -> std::optional<ScratchRoot> {
            for (const ScratchRoot &r : ScratchRoots::discover(settings)) {
                if (r.path == path)
                    return r;
            }
            return std::nullopt;
        };
        const auto isDefault = [&](const QString &path, bool forCleaning) {
            const DefaultRoots d = ScratchRoots::defaultRoots(settings, forCleaning);
            return std::any_of(d.roots.cbegin(), d.roots.cend(),
                               [&](const ScratchRoot &r) { return r.path == path; });
        };
        QVERIFY(!rootAt(mine)->changed);
        QVERIFY(isDefault(mine, true));
        QCOMPARE(ScratchRoots::userRootChange(settings, mine), QString());

        // Replaced by a symlink to the documents. (The saved directory is
        // kept aside, so that its inode cannot be reused below.)
        QVERIFY(QDir().rename(mine, mine + QStringLiteral(".saved")));
        QVERIFY(QFile::link(documents, mine));
        std::optional<ScratchRoot> r = rootAt(mine);
        QVERIFY(r);
        QVERIFY(r->changed);
        QVERIFY2(r->changeReason.contains(QStringLiteral("symbolic link")),
                 qPrintable(r->changeReason));
        for (bool forCleaning : {false, true}) {
            QVERIFY(!isDefault(mine, forCleaning));
            QVERIFY(!isDefault(documents, forCleaning));
            QCOMPARE(ScratchRoots::defaultRoots(settings, forCleaning).skipped.filter(mine).size(),
                     1);
        }
        // A link is never confirmed: the user adds the target if they mean it.
        QVERIFY(ScratchRoots::confirmUserRoot(settings, mine)
                    .contains(QStringLiteral("symbolic link")));
        QVERIFY(rootAt(mine)->changed);

        // A directory above it turned into a link.
        QVERIFY(QFile::remove(mine));
        QVERIFY(QDir().mkpath(documents + QStringLiteral("/mine")));
        QVERIFY(QDir().rename(shared, shared + QStringLiteral(".old")));
        QVERIFY(QFile::link(documents, shared));
        QVERIFY(rootAt(mine)->changed);
        QVERIFY(!isDefault(mine, false));
        QVERIFY(QFile::remove(shared));
        QVERIFY(QDir().rename(shared + QStringLiteral(".old"), shared));

        // Another directory where the saved one was (a new inode).
        QVERIFY(QDir().mkpath(mine));
        r = rootAt(mine);
        QVERIFY(r->changed);
        QVERIFY2(r->changeReason.contains(QStringLiteral("another directory")),
                 qPrintable(r->changeReason));
        QVERIFY(!isDefault(mine, true));
        // Confirmed, it is used again.
        QCOMPARE(ScratchRoots::confirmUserRoot(settings, mine), QString());
        QVERIFY(!rootAt(mine)->changed);
        QVERIFY(isDefault(mine, true));
        QCOMPARE(ScratchRoots::userRoots(settings), QStringList{mine});
        // The identity goes with the root when it is removed.
        QVERIFY(ScratchRoots::removeUserRoot(settings, mine));
        QVERIFY(!settings.contains(QStringLiteral("locations/userRootIdentities")));
    }

    void savedRootOfAnotherOwnerIsChanged()
    {
        if (::geteuid() != 0)
            QSKIP("changing a directory's owner needs root");
        QTemporaryDir base;
        const QString mine = canonical(base.path()) + QStringLiteral("/mine");
        QVERIFY(QDir().mkpath(mine));
        QSettings settings(m_settingsFile, QSettings::IniFormat);
        QCOMPARE(ScratchRoots::addUserRoot(settings, mine), QString());
        QCOMPARE(::chown(QFile::encodeName(mine).constData(), 65534, 65534), 0);
        QVERIFY(
            ScratchRoots::userRootChange(settings, mine).contains(QStringLiteral("belongs to")));
        const DefaultRoots d = ScratchRoots::defaultRoots(settings, true);
        QVERIFY(std::none_of(d.roots.cbegin(), d.roots.cend(),
                             [&](const ScratchRoot &r) { return r.path == mine; }));
    }

    // A corrupt list of saved roots is bounded and dropped.
    void corruptSavedRootsAreDropped()
    {
        QTemporaryDir base;
        QSettings settings(m_settingsFile, QSettings::IniFormat);
        QStringList many;
        for (int i = 0; i < 5000; ++i)
            many << base.path();
        settings.setValue(QStringLiteral("locations/userRoots"), many);
        QCOMPARE(ScratchRoots::userRoots(settings), QStringList());
        settings.setValue(
            QStringLiteral("locations/userRoots"),
            QStringList{QStringLiteral("relative/path"), base.path(), QString(10000, u'a')});
        QCOMPARE(ScratchRoots::userRoots(settings),
                 QStringList()); // one entry too long: the list is garbage
        settings.setValue(QStringLiteral("locations/userRoots"),
                          QStringList{QStringLiteral("relative/path"), base.path()});
        QCOMPARE(ScratchRoots::userRoots(settings), QStringList{base.path()});
        settings.setValue(QStringLiteral("locations/userRootIdentities"),
                          QStringList{QStringLiteral("garbage")});
        QCOMPARE(ScratchRoots::userRootChange(settings, base.path()),
                 QString()); // read as a root saved before identities
        // Saving writes back only what is good.
        QVERIFY(QDir(base.path()).mkdir(QStringLiteral("new")));
        QCOMPARE(ScratchRoots::addUserRoot(settings, base.filePath(QStringLiteral("new"))),
                 QString());
        settings.sync();
        QSettings reread(m_settingsFile, QSettings::IniFormat);
        QCOMPARE(reread.value(QStringLiteral("locations/userRoots")).toStringList(),
                 (QStringList{base.path(), canonical(base.filePath(QStringLiteral("new")))}));
        QCOMPARE(reread.value(QStringLiteral("locations/userRootIdentities")).toStringList().size(),
                 1);
    }
};

QTEST_GUILESS_MAIN(ScratchRootsTest)
#include "ScratchRootsTest.moc"
