// SAFETY.md rule 13 and case 22 through the cleanup executor: where the trash
// lands, and that the move cannot be led out of the root. main() first enters
// a private mount namespace (what `unshare -m --propagation private` does), so
// the tmpfs each test mounts as "a file system of its own" is invisible to the
// rest of the machine and goes away with the test. Needs root (as CI runs).

#include "CleanupFixture.h"

#include "core/cleanup/CleanupExecutor.h"
#include "core/cleanup/TrashUndo.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <cerrno>
#include <poll.h>
#include <sched.h>
#include <sys/fanotify.h>
#include <sys/mount.h>
#include <thread>
#include <unistd.h>

using namespace tempscope;
using namespace tempscope::test;

namespace {

bool g_privateMounts = false;
constexpr uid_t Nobody = 65534;

// Every entry below `dir`, relative, links not followed.
QStringList everything(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next().mid(dir.size() + 1);
    out.sort();
    return out;
}

mode_t modeOf(const QString &path)
{
    struct stat st
    {
    };
    return ::lstat(nativePath(path).c_str(), &st) == 0 ? st.st_mode & 07777 : 0;
}

uid_t ownerOf(const QString &path)
{
    struct stat st
    {
    };
    return ::lstat(nativePath(path).c_str(), &st) == 0 ? st.st_uid : uid_t(-1);
}

ino_t inodeOf(const QString &path)
{
    struct stat st
    {
    };
    return ::lstat(nativePath(path).c_str(), &st) == 0 ? st.st_ino : 0;
}

bool mkdirMode(const QString &path, mode_t mode, uid_t owner = ::geteuid())
{
    const std::string p = nativePath(path);
    return ::mkdir(p.c_str(), 0700) == 0 && ::chmod(p.c_str(), mode) == 0 &&
           ::lchown(p.c_str(), owner, owner) == 0;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class CleanupTrashTest : public QObject
{
    Q_OBJECT

    QTemporaryDir *m_tmp = nullptr;
    QString m_disk; // on the system's disk
    QString m_fs;   // a tmpfs of its own, mounted by the test
    QString m_cwd;  // the working directory during the run (on m_fs)
    QString m_oldCwd;
    QByteArray m_oldHome, m_oldData;
    QString uidText() const { return QString::number(::geteuid()); }

    // Two old candidates: a file and a directory with a file.
    static void makeItems(const QString &root)
    {
        QVERIFY(makeFile(root + QStringLiteral("/old0"), 10 * Day, 100));
        QVERIFY(makeFile(root + QStringLiteral("/olddir/a"), 10 * Day, 7));
        QVERIFY(setAge(root + QStringLiteral("/olddir"), 10 * Day));
    }
    static CleanupReport trash(const QString &root, CleanupUnit unit = CleanupUnit::Item)
    {
        const auto plan = stalePlan(root, unit, CleanupAction::Trash);
        const std::atomic<bool> cancel{false};
        return CleanupExecutor::execute(*plan, false, cancel);
    }
    // The candidates stayed where they were, each with a reason, nothing freed.
    static void keptInRoot(const CleanupReport &report, const QString &root, const QString &why)
    {
        QCOMPARE(report.count(CleanupOutcome::Trashed), 0);
        QCOMPARE(report.bytesFreed(), quint64(0));
        for (const char *name : {"old0", "olddir"}) {
            const QString path = root + u'/' + QLatin1StringView(name);
            QVERIFY2(exists(path), name);
            const CleanupResult *r = resultFor(report, path);
            QVERIFY2(r, name);
            QCOMPARE(r->action, CleanupOutcome::Skipped);
            QVERIFY2(r->reason.contains(why), qPrintable(r->reason));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!g_privateMounts)
            QSKIP("needs root in a private mount namespace (unshare -m) to mount a tmpfs");
    }

    void init()
    {
        m_tmp = new QTemporaryDir;
        QVERIFY(m_tmp->isValid());
        m_disk = QFileInfo(m_tmp->path()).canonicalFilePath();
        m_fs = m_disk + QStringLiteral("/fs");
        QVERIFY(QDir().mkpath(m_fs));
        QVERIFY(::mount("tempscope-test", nativePath(m_fs).c_str(), "tmpfs", 0, "mode=0755") == 0);
        m_oldHome = qgetenv("HOME");
        m_oldData = qgetenv("XDG_DATA_HOME");
        m_oldCwd = QDir::currentPath();
        // By default the home is on the disk: another file system than m_fs.
        QVERIFY(QDir().mkpath(m_disk + QStringLiteral("/home/.local/share")));
        qputenv("HOME", QFile::encodeName(m_disk + QStringLiteral("/home")));
        qunsetenv("XDG_DATA_HOME");
        m_cwd = m_fs + QStringLiteral("/cwd");
        QVERIFY(QDir().mkpath(m_cwd));
        QVERIFY(QDir::setCurrent(m_cwd));
    }

    void cleanup()
    {
        QDir::setCurrent(m_oldCwd);
        qputenv("HOME", m_oldHome);
        if (m_oldData.isNull())
            qunsetenv("XDG_DATA_HOME");
        else
            qputenv("XDG_DATA_HOME", m_oldData);
        ::umount2(nativePath(m_fs).c_str(), MNT_DETACH);
        delete m_tmp;
        m_tmp = nullptr;
    }

    // Defect: on a root that is its own file system the trash was ROOT/.Trash-UID,
    // inside the root, and the report called the bytes freed.
    void rootThatIsItsOwnFileSystemIsNotItsOwnTrash()
    {
        makeItems(m_fs);
        const CleanupReport report = trash(m_fs);
        keptInRoot(report, m_fs, QStringLiteral("would be inside the root being cleaned"));
        QVERIFY(!exists(m_fs + QStringLiteral("/.Trash-") + uidText()));
        QVERIFY(!exists(m_fs + QStringLiteral("/.Trash")));
        QVERIFY(!exists(m_disk + QStringLiteral("/home/.local/share/Trash")));
        QCOMPARE(everything(m_cwd), QStringList());
    }

    // Defect: a .Trash-UID made beforehand by someone else (or open to everyone)
    // was used. So is any $topdir/.Trash that is not sticky, or is a link.
    void premadeTrashDirectoriesAreRefused_data()
    {
        QTest::addColumn<int>("setup");
        QTest::addColumn<QString>("why");
        QTest::addColumn<QString>("untouched"); // relative to the tmpfs: must stay empty
        QTest::newRow("other user's .Trash-UID, mode 0777")
            << 0 << QStringLiteral("owned by uid 65534") << QStringLiteral(".Trash-U");
        QTest::newRow("our .Trash-UID, mode 0777")
            << 1 << QStringLiteral("has mode 0777, not 0700") << QStringLiteral(".Trash-U");
        QTest::newRow(".Trash-UID a symlink")
            << 2 << QStringLiteral("is a symbolic link") << QStringLiteral("elsewhere");
        QTest::newRow(".Trash not sticky, other user's .Trash-UID")
            << 3 << QStringLiteral("no sticky bit") << QStringLiteral(".Trash");
        QTest::newRow(".Trash a symlink, other user's .Trash-UID")
            << 4 << QStringLiteral("a symbolic link") << QStringLiteral("elsewhere");
        QTest::newRow("other user's files/ in our .Trash-UID")
            << 5 << QStringLiteral("files: owned by uid 65534") << QStringLiteral(".Trash-U/files");
    }
    void premadeTrashDirectoriesAreRefused()
    {
        QFETCH(int, setup);
        QFETCH(QString, why);
        QFETCH(QString, untouched);
        untouched.replace(QStringLiteral(".Trash-U"), QStringLiteral(".Trash-") + uidText());
        const QString mine = m_fs + QStringLiteral("/.Trash-") + uidText();
        const QString root = m_fs + QStringLiteral("/root");
        makeItems(root);
        switch (setup) {
        case 0:
            QVERIFY(mkdirMode(mine, 0777, Nobody));
            break;
        case 1:
            QVERIFY(mkdirMode(mine, 0777));
            break;
        case 2:
            QVERIFY(mkdirMode(m_fs + QStringLiteral("/elsewhere"), 0700));
            QVERIFY(QFile::link(m_fs + QStringLiteral("/elsewhere"), mine));
            break;
        case 3:
            QVERIFY(mkdirMode(m_fs + QStringLiteral("/.Trash"), 0777));
            QVERIFY(mkdirMode(m_fs + QStringLiteral("/.Trash/") + uidText(), 0700));
            QVERIFY(mkdirMode(mine, 0700, Nobody));
            break;
        case 4:
            QVERIFY(mkdirMode(m_fs + QStringLiteral("/elsewhere"), 01777));
            QVERIFY(
                QFile::link(m_fs + QStringLiteral("/elsewhere"), m_fs + QStringLiteral("/.Trash")));
            QVERIFY(mkdirMode(mine, 0700, Nobody));
            break;
        case 5:
            QVERIFY(mkdirMode(mine, 0700));
            QVERIFY(mkdirMode(mine + QStringLiteral("/files"), 0777, Nobody));
            break;
        }
        const QStringList before = everything(m_fs + u'/' + untouched);
        const CleanupReport report = trash(root);
        keptInRoot(report, root, why);
        QVERIFY(report.results.first().reason.startsWith(QStringLiteral("not moved to trash: ")));
        QCOMPARE(everything(m_fs + u'/' + untouched), before);
        QCOMPARE(everything(m_cwd), QStringList());
    }

    // Cleaning a trash itself: it cannot be its own trash.
    void theTrashBeingCleanedIsNotItsOwnTrash()
    {
        const QString mine = m_fs + QStringLiteral("/.Trash-") + uidText();
        QVERIFY(mkdirMode(mine, 0700));
        makeItems(mine);
        const CleanupReport report = trash(mine);
        keptInRoot(report, mine, QStringLiteral("lies inside the root being cleaned"));
        QVERIFY(!exists(mine + QStringLiteral("/files")));
    }

    // What the specification asks where nothing is there yet, or $topdir/.Trash is sticky.
    void topdirTrashIsMadePrivate_data()
    {
        QTest::addColumn<bool>("sharedTrash");
        QTest::newRow("$topdir/.Trash-UID") << false;
        QTest::newRow("sticky $topdir/.Trash/UID") << true;
    }
    void topdirTrashIsMadePrivate()
    {
        QFETCH(bool, sharedTrash);
        const QString root = m_fs + QStringLiteral("/root");
        makeItems(root);
        if (sharedTrash)
            QVERIFY(mkdirMode(m_fs + QStringLiteral("/.Trash"), 01777));
        const QString where =
            m_fs + (sharedTrash ? QStringLiteral("/.Trash/") : QStringLiteral("/.Trash-")) +
            uidText();
        {
            const auto plan = stalePlan(root, CleanupUnit::Item, CleanupAction::Trash);
            const std::atomic<bool> cancel{false};
            const CleanupReport preview = CleanupExecutor::execute(*plan, true, cancel);
            QCOMPARE(preview.count(CleanupOutcome::WouldDelete), 2);
            QCOMPARE(preview.bytesTrashed(), quint64(107));
            QCOMPARE(preview.bytesFreed(), quint64(0));
            QVERIFY(!exists(where)); // a dry run makes no trash
        }
        const mode_t mask = ::umask(0277); // whatever the umask: the directories are 0700
        const CleanupReport report = trash(root);
        ::umask(mask);
        QCOMPARE(report.count(CleanupOutcome::Trashed), 2);
        QCOMPARE(report.bytesFreed(), quint64(0));
        QCOMPARE(report.bytesTrashed(), quint64(107));
        QCOMPARE(report.trashedCount(), 2);
        for (const QString &dir : QStringList{where, where + QStringLiteral("/files"),
                                              where + QStringLiteral("/info")}) {
            QCOMPARE(modeOf(dir), mode_t(0700));
            QCOMPARE(ownerOf(dir), ::geteuid());
        }
        QVERIFY(!exists(root + QStringLiteral("/old0")));
        QCOMPARE(readAll(where + QStringLiteral("/files/old0")), QByteArray(100, 'x'));
        QVERIFY(exists(where + QStringLiteral("/files/olddir/a")));
        // Path= relative to $topdir, as the specification asks for these trashes.
        const QByteArray info = readAll(where + QStringLiteral("/info/old0.trashinfo"));
        QVERIFY2(info.startsWith("[Trash Info]\nPath=root/old0\nDeletionDate="), info.constData());
        QVERIFY(QDateTime::fromString(
                    QString::fromLatin1(info.mid(info.indexOf("DeletionDate=") + 13).trimmed()),
                    Qt::ISODate)
                    .isValid());
        QVERIFY(!exists(m_fs + (sharedTrash ? QString(QStringLiteral("/.Trash-") + uidText())
                                            : QStringLiteral("/.Trash"))));
        QCOMPARE(everything(m_cwd), QStringList());
    }

    // Undo: what a run moved to the trash goes back where it was, with its
    // content, and its trash record goes; from the home trash (absolute
    // Path=) and a $topdir trash (Path= below the top directory).
    void undoPutsBackWhatWasTrashed_data()
    {
        QTest::addColumn<bool>("homeTrash");
        QTest::newRow("home trash") << true;
        QTest::newRow("topdir trash") << false;
    }

    void undoPutsBackWhatWasTrashed()
    {
        QFETCH(bool, homeTrash);
        if (homeTrash)
            qputenv("XDG_DATA_HOME", QFile::encodeName(m_fs + QStringLiteral("/data")));
        const QString root = m_fs + QStringLiteral("/root");
        makeItems(root);
        const CleanupReport report = trash(root);
        QCOMPARE(report.count(CleanupOutcome::Trashed), 2);
        const QList<TrashedEntry> moved = trashedEntries(report);
        QCOMPARE(moved.size(), 2);
        const QString trashDir = homeTrash ? QString(m_fs + QStringLiteral("/data/Trash"))
                                           : QString(m_fs + QStringLiteral("/.Trash-") + uidText());
        for (const TrashedEntry &e : moved) {
            QVERIFY(!exists(e.original));
            QVERIFY2(e.trashedAs.startsWith(trashDir + QStringLiteral("/files/")),
                     qPrintable(e.trashedAs));
            QVERIFY(exists(e.trashedAs));
        }

        const QList<RestoreResult> back = restoreFromTrash(moved);
        QCOMPARE(back.size(), 2);
        for (const RestoreResult &r : back)
            QVERIFY2(r.restored, qPrintable(r.original + u": " + r.reason));
        QCOMPARE(readAll(root + QStringLiteral("/old0")), QByteArray(100, 'x'));
        QCOMPARE(readAll(root + QStringLiteral("/olddir/a")), QByteArray(7, 'x'));
        QCOMPARE(everything(trashDir + QStringLiteral("/files")), QStringList());
        QCOMPARE(everything(trashDir + QStringLiteral("/info")), QStringList());
    }

    // Undo never overwrites, never follows a link to get there, and never
    // trusts a trash entry whose record names another place.
    void undoKeepsWhatCannotGoBackSafely()
    {
        const QString root = m_fs + QStringLiteral("/root");
        makeItems(root);
        QVERIFY(makeFile(root + QStringLiteral("/olddir2/b"), 10 * Day, 3));
        QVERIFY(setAge(root + QStringLiteral("/olddir2"), 10 * Day));
        const CleanupReport report = trash(root);
        QCOMPARE(report.count(CleanupOutcome::Trashed), 3);
        QList<TrashedEntry> moved = trashedEntries(report);
        QCOMPARE(moved.size(), 3);
        const QString files =
            m_fs + QStringLiteral("/.Trash-") + uidText() + QStringLiteral("/files");

        // Taken: someone made a new old0.
        QVERIFY(makeFile(root + QStringLiteral("/old0"), 0, 1));
        // A record naming another place than the entry claims.
        for (TrashedEntry &e : moved) {
            if (e.original.endsWith(QStringLiteral("/olddir")))
                e.original = root + QStringLiteral("/elsewhere");
        }
        // A link on the way: the root is now a link to a directory outside.
        const QString outside = m_fs + QStringLiteral("/outside");
        QVERIFY(QDir().mkpath(outside));
        QVERIFY(QDir().rename(root, m_fs + QStringLiteral("/root.real")));
        QVERIFY(QFile::link(outside, root));

        const QList<RestoreResult> back = restoreFromTrash(moved);
        QCOMPARE(back.size(), 3);
        for (const RestoreResult &r : back) {
            QVERIFY2(!r.restored, qPrintable(r.original));
            QVERIFY(!r.reason.isEmpty());
        }
        QCOMPARE(everything(outside), QStringList());
        QCOMPARE(everything(files),
                 (QStringList{QStringLiteral("old0"), QStringLiteral("olddir"),
                              QStringLiteral("olddir/a"), QStringLiteral("olddir2"),
                              QStringLiteral("olddir2/b")}));
        // The reasons say why: the link, and the record naming another place.
        QStringList reasons;
        for (const RestoreResult &r : back)
            reasons << r.reason;
        QVERIFY2(reasons.join(u'|').contains(QStringLiteral("does not name")),
                 qPrintable(reasons.join(u'|')));
        QVERIFY2(reasons.join(u'|').contains(QStringLiteral("without following a link")),
                 qPrintable(reasons.join(u'|')));

        // With the root back in place, the one whose place is taken stays.
        QVERIFY(QFile::remove(root));
        QVERIFY(QDir().rename(m_fs + QStringLiteral("/root.real"), root));
        const QList<RestoreResult> again = restoreFromTrash(trashedEntries(report));
        int restored = 0;
        for (const RestoreResult &r : again) {
            if (r.original.endsWith(QStringLiteral("/old0"))) {
                QVERIFY(!r.restored);
                QCOMPARE(r.reason, QStringLiteral("something else is there now"));
            } else {
                QVERIFY2(r.restored, qPrintable(r.reason));
                ++restored;
            }
        }
        QCOMPARE(restored, 2);
        QCOMPARE(readAll(root + QStringLiteral("/old0")), QByteArray(1, 'x'));
        QVERIFY(exists(files + QStringLiteral("/old0")));
    }

    // Defect: with no ~/.local/share the item went into the working directory.
    void noLocalShareNeverMeansTheWorkingDirectory_data()
    {
        QTest::addColumn<int>("env");
        QTest::newRow("HOME without .local/share") << 0;
        QTest::newRow("relative XDG_DATA_HOME, no HOME") << 1;
        QTest::newRow("relative HOME") << 2;
        QTest::newRow("empty XDG_DATA_HOME, HOME without .local") << 3;
    }
    void noLocalShareNeverMeansTheWorkingDirectory()
    {
        QFETCH(int, env);
        const QString root = m_fs + QStringLiteral("/root");
        const QString home = m_fs + QStringLiteral("/home"); // on the root's file system
        makeItems(root);
        QVERIFY(QDir().mkpath(home));
        switch (env) {
        case 0:
            qputenv("HOME", QFile::encodeName(home));
            break;
        case 1:
            qunsetenv("HOME");
            qputenv("XDG_DATA_HOME", "data");
            break;
        case 2:
            qputenv("HOME", "home");
            break;
        case 3:
            qputenv("HOME", QFile::encodeName(home));
            qputenv("XDG_DATA_HOME", "");
            break;
        }
        const CleanupReport report = trash(root);
        QCOMPARE(everything(m_cwd), QStringList());
        QCOMPARE(report.count(CleanupOutcome::Trashed), 2);
        QVERIFY(!exists(root + QStringLiteral("/old0")));
        const bool inHome = env == 0 || env == 3;
        const QString where = inHome ? QString(home + QStringLiteral("/.local/share/Trash"))
                                     : QString(m_fs + QStringLiteral("/.Trash-") + uidText());
        QVERIFY(exists(where + QStringLiteral("/files/old0")));
        QCOMPARE(modeOf(where), mode_t(0700));
        if (inHome) {
            // Missing directories of the data home are made 0700 (XDG base directory spec).
            QCOMPARE(modeOf(home + QStringLiteral("/.local")), mode_t(0700));
            QCOMPARE(modeOf(home + QStringLiteral("/.local/share")), mode_t(0700));
            QCOMPARE(readAll(where + QStringLiteral("/info/old0.trashinfo")).split('\n').value(1),
                     QByteArray("Path=") + QFile::encodeName(root) + "/old0");
            QVERIFY(!exists(m_fs + QStringLiteral("/.Trash-") + uidText()));
        }
    }

    // Defect: the move went by path after the checks, so a directory on the
    // way swapped for a symlink between check and move led it outside the
    // root. fanotify holds the check's open of the file until the swap is done.
    void symlinkSwappedBetweenCheckAndMove()
    {
        const QString root = m_fs + QStringLiteral("/root");
        const QString outside = m_fs + QStringLiteral("/outside");
        QVERIFY(QDir().mkpath(
            m_fs + QStringLiteral("/home/.local/share"))); // a valid trash, same file system
        qputenv("HOME", QFile::encodeName(m_fs + QStringLiteral("/home")));
        QVERIFY(makeFile(root + QStringLiteral("/d/victim"), 10 * Day, 5));
        QVERIFY(
            makeFile(root + QStringLiteral("/d/new"), 60)); // so d/victim is an entry of its own
        QVERIFY(setAge(root + QStringLiteral("/d"), 10 * Day));
        QVERIFY(makeFile(outside + QStringLiteral("/victim"), 10 * Day, 9));
        QVERIFY(QFile::link(outside, root + QStringLiteral("/lnk")));
        const ino_t outsideInode = inodeOf(outside + QStringLiteral("/victim"));
        const auto plan = stalePlan(root, CleanupUnit::PerFile, CleanupAction::Trash);

        const int fan = ::fanotify_init(FAN_CLASS_CONTENT | FAN_CLOEXEC, O_RDONLY | O_CLOEXEC);
        if (fan < 0)
            QSKIP("fanotify permission events are not available here");
        QVERIFY(::fanotify_mark(fan, FAN_MARK_ADD, FAN_OPEN_PERM, AT_FDCWD,
                                nativePath(root + QStringLiteral("/d/victim")).c_str()) == 0);
        std::atomic<bool> stop{false};
        std::atomic<int> swaps{0};
        const std::string d = nativePath(root + QStringLiteral("/d"));
        const std::string lnk = nativePath(root + QStringLiteral("/lnk"));
        std::thread attacker([&] {
            while (!stop.load()) {
                struct pollfd p
                {
                    fan, POLLIN, 0
                };
                if (::poll(&p, 1, 100) <= 0)
                    continue;
                alignas(fanotify_event_metadata) char buf[4096];
                ssize_t n = ::read(fan, buf, sizeof buf);
                for (auto *e = reinterpret_cast<fanotify_event_metadata *>(buf);
                     n > 0 && FAN_EVENT_OK(e, n); e = FAN_EVENT_NEXT(e, n)) {
                    // The check has opened the file: now the directory becomes a link outside.
                    if (swaps.load() == 0 && ::renameat2(AT_FDCWD, d.c_str(), AT_FDCWD, lnk.c_str(),
                                                         RENAME_EXCHANGE) == 0)
                        swaps.fetch_add(1);
                    const struct fanotify_response allow
                    {
                        e->fd, FAN_ALLOW
                    };
                    (void)!::write(fan, &allow, sizeof allow);
                    ::close(e->fd);
                }
            }
        });
        const std::atomic<bool> cancel{false};
        const CleanupReport report = CleanupExecutor::execute(*plan, false, cancel);
        stop = true;
        attacker.join();
        ::close(fan);

        QCOMPARE(swaps.load(), 1); // the attack happened, between check and move
        QCOMPARE(readAll(outside + QStringLiteral("/victim")), QByteArray(9, 'x'));
        QCOMPARE(inodeOf(outside + QStringLiteral("/victim")), outsideInode);
        const QStringList trashed =
            everything(m_fs + QStringLiteral("/home/.local/share/Trash/files"));
        for (const QString &t : trashed)
            QVERIFY2(inodeOf(m_fs + QStringLiteral("/home/.local/share/Trash/files/") + t) !=
                         outsideInode,
                     qPrintable(t));
        const CleanupResult *r = resultFor(report, root + QStringLiteral("/d/victim"));
        QVERIFY(r);
        QCOMPARE(r->action, CleanupOutcome::Skipped);
        QVERIFY2(r->reason.contains(QStringLiteral("changed since")), qPrintable(r->reason));
    }
};

int main(int argc, char **argv)
{
    // A mount namespace of our own, entered while no other thread exists.
    g_privateMounts = ::geteuid() == 0 && ::unshare(CLONE_NEWNS) == 0 &&
                      ::mount("none", "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0;
    QCoreApplication app(argc, argv);
    CleanupTrashTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "CleanupTrashTest.moc"
