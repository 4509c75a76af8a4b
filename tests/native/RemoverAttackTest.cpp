// SAFETY.md case 1: a racing attacker keeps swapping a subdirectory (and a
// file, and the item's own subtree, and a directory on the way to an item)
// for symlinks to a sentinel tree outside the root, on the same file system,
// while 1,000 cleanup runs go on, deleting or moving to the trash (rule 13).
// The sentinel must stay byte-for-byte intact, and nothing of it may reach
// the trash. Labelled `tsan` so the sanitizer runs include it.

#include "RemoverFixture.h"

#include "core/native/Trash.h"

#include <QTest>

#include <atomic>
#include <cstdio>
#include <mutex>
#include <set>
#include <sys/resource.h>
#include <thread>

using namespace fixture;

namespace {

// A small item: sub/ with files and a chain deep enough to pass the
// descriptor budget when RLIMIT_NOFILE is low.
void build(const Scratch &s)
{
    s.dir("root/item");
    s.dir("root/item/sub");
    for (int i = 0; i < 4; ++i)
        s.file("root/item/sub/f" + std::to_string(i), "victim data");
    s.file("root/item/top", "top data");
    std::string chain = "root/item/chain";
    for (int i = 0; i < 20; ++i) { // deeper than the descriptor budget at RLIMIT_NOFILE=64 (16)
        s.dir(chain);
        s.file(chain + "/x");
        chain += "/c";
    }
    s.dir("root/box"); // box/item2: reached through a directory the attacker swaps
    s.dir("root/box/item2");
    s.file("root/box/item2/f", "item2 data");
}

// Device+inode of every entry of a tree.
std::set<std::pair<dev_t, ino_t>> inodes(const std::string &path)
{
    static thread_local std::set<std::pair<dev_t, ino_t>> *out;
    std::set<std::pair<dev_t, ino_t>> result;
    out = &result;
    ::nftw(
        path.c_str(),
        [](const char *, const struct stat *st, int, struct FTW *) {
            out->insert({st->st_dev, st->st_ino});
            return 0;
        },
        32, FTW_PHYS | FTW_MOUNT);
    return result;
}

// What the attacker does to a directory the remover keeps open.
enum class Swap { Symlink, Moved, Exchange, Parent };

int renameExchange(const std::string &a, const std::string &b)
{
    return ::renameat2(AT_FDCWD, a.c_str(), AT_FDCWD, b.c_str(), RENAME_EXCHANGE);
}

} // namespace

class RemoverAttackTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void racingSymlinkSwapsNeverEscape_data();
    void racingSymlinkSwapsNeverEscape();
    void directoryKeptOpenIsLookedUpAgain_data();
    void directoryKeptOpenIsLookedUpAgain();
};

void RemoverAttackTest::racingSymlinkSwapsNeverEscape_data()
{
    QTest::addColumn<bool>("perFile");
    QTest::addColumn<bool>("lowDescriptors");
    QTest::addColumn<bool>("toTrash");
    QTest::addRow("item mode") << false << false << false;
    QTest::addRow("per-file mode, RLIMIT_NOFILE=64") << true << true << false;
    QTest::addRow("to the trash") << false << false << true;
}

void RemoverAttackTest::racingSymlinkSwapsNeverEscape()
{
    QFETCH(bool, perFile);
    QFETCH(bool, lowDescriptors);
    QFETCH(bool, toTrash);
    Scratch s(fastBase());
    QVERIFY(s.ok() && s.dir("root") && s.dir("sentinel") && s.dir("sentinel/sub") &&
            s.dir("quarantine") && s.dir("data", 0700));
    for (int i = 0; i < 4; ++i)
        QVERIFY(s.file("sentinel/sub/f" + std::to_string(i), "sentinel " + std::to_string(i)));
    QVERIFY(s.file("sentinel/top", "sentinel top") && s.file("sentinel/x", "sentinel x"));
    QVERIFY(s.dir("sentinel/c") && s.file("sentinel/c/x", "deeper sentinel"));
    QVERIFY(s.dir("sentinel/item2") && s.file("sentinel/item2/f", "sentinel item2"));
    const std::uint64_t before = treeHash(s.path("sentinel"));
    const auto sentinelInodes = inodes(s.path("sentinel"));

    // Ready-made symlinks the attacker exchanges atomically with real entries.
    QVERIFY(s.link("root/lnk-sub", s.path("sentinel/sub")));
    QVERIFY(s.link("root/lnk-file", s.path("sentinel/top")));
    QVERIFY(s.link("root/lnk-chain", s.path("sentinel")));
    QVERIFY(s.link("root/lnk-box", s.path("sentinel")));
    build(s);

    struct rlimit old
    {
    };
    ::getrlimit(RLIMIT_NOFILE, &old);
    if (lowDescriptors) {
        struct rlimit low = old;
        low.rlim_cur = 64;
        QVERIFY(::setrlimit(RLIMIT_NOFILE, &low) == 0);
    }

    std::atomic<bool> stop{false};
    std::atomic<std::uint64_t> swaps{0};
    // The attacker works only while a run is going on: the test's own path-based
    // rebuild between runs would otherwise follow its symlinks.
    std::mutex quiet;
    const auto rearm = [&] {
        for (const auto &[name, target] :
             {std::pair{"root/lnk-sub", "sentinel/sub"}, std::pair{"root/lnk-file", "sentinel/top"},
              std::pair{"root/lnk-chain", "sentinel"}, std::pair{"root/lnk-box", "sentinel"}}) {
            struct stat st
            {
            };
            if (::lstat(s.path(name).c_str(), &st) == 0 && S_ISLNK(st.st_mode))
                continue;
            forceRemove(s.path(name)); // a real entry the exchange left here
            s.link(name, s.path(target));
        }
        forceRemove(s.path("quarantine/moved"));
        build(s);
    };
    std::thread attacker([&] {
        const std::string sub = s.path("root/item/sub"), lsub = s.path("root/lnk-sub");
        const std::string top = s.path("root/item/top"), ltop = s.path("root/lnk-file");
        const std::string mid = s.path("root/item/chain/c/c/c"), lmid = s.path("root/lnk-chain");
        const std::string moved = s.path("quarantine/moved");
        const std::string box = s.path("root/box"), lbox = s.path("root/lnk-box");
        for (std::uint64_t n = 0; !stop.load(std::memory_order_relaxed); ++n) {
            std::lock_guard lock(quiet);
            switch (n % 6) {
            case 0: // directory <-> symlink to the sentinel, atomically, and back
                if (renameExchange(sub, lsub) == 0 && renameExchange(sub, lsub) == 0)
                    swaps.fetch_add(1);
                break;
            case 1: // leave it swapped for a while
                if (renameExchange(sub, lsub) == 0) {
                    std::this_thread::yield();
                    renameExchange(sub, lsub);
                    swaps.fetch_add(1);
                }
                break;
            case 2: // a file <-> symlink to a sentinel file
                if (renameExchange(top, ltop) == 0) {
                    std::this_thread::yield();
                    renameExchange(top, ltop);
                    swaps.fetch_add(1);
                }
                break;
            case 3: // a directory in the middle of a deep chain <-> symlink
                if (renameExchange(mid, lmid) == 0) {
                    std::this_thread::yield();
                    renameExchange(mid, lmid);
                    swaps.fetch_add(1);
                }
                break;
            case 4: // the chain moved out of the root while it is walked, then back
                if (::rename(s.path("root/item/chain/c").c_str(), moved.c_str()) == 0) {
                    std::this_thread::yield();
                    ::rename(moved.c_str(), s.path("root/item/chain/c").c_str());
                    swaps.fetch_add(1);
                }
                break;
            case 5: // the directory on the way to box/item2 <-> symlink to the sentinel
                if (renameExchange(box, lbox) == 0) {
                    std::this_thread::yield();
                    renameExchange(box, lbox);
                    swaps.fetch_add(1);
                }
                break;
            }
        }
    });

    int err = 0;
    auto root = RemovalRoot::open(s.path("root"), &err);
    QVERIFY(root);
    RemovalPolicy p = policy(perFile);
    p.recordRemoved = false;
    TrashEnvironment env;
    env.dataHome = s.path("data");
    env.uid = ::geteuid();
    std::string why;
    const auto trash = TrashDir::locate(s.path("root"), root->id(), env, &why);
    QVERIFY2(trash, why.c_str());
    std::uint64_t trashed = 0;
    bool leaked = false;
    std::uint64_t removed = 0;
    int runs = 0;
    const auto started = std::chrono::steady_clock::now();
    for (; runs < 1000; ++runs) {
        for (const char *item : {"item", "box/item2"}) {
            RemovalTarget t;
            t.relativePath = item;
            struct stat st
            {
            };
            if (::lstat(s.path(std::string("root/") + item).c_str(), &st) == 0) {
                t.id = idOf(st);
                t.kind = Kind::Directory;
                const auto o = toTrash ? root->moveToTrash(t, p, *trash) : root->remove(t, p);
                removed += o.entriesRemoved;
                trashed += o.bytesTrashed;
            }
        }
        {
            std::lock_guard lock(quiet);
            // Nothing of the sentinel in the trash; then empty it for the next run.
            for (const auto &id : inodes(s.path("data/Trash")))
                leaked = leaked || sentinelInodes.count(id) > 0;
            for (const char *dir : {"data/Trash/files", "data/Trash/info"})
                for (const std::string &name : listNames(s.path(dir)))
                    forceRemove(s.path(std::string(dir) + "/" + name));
            rearm(); // put back what went (ignores what is there)
        }
        if (leaked)
            break;
        if (runs % 100 == 99 && treeHash(s.path("sentinel")) != before)
            break;
    }
    stop = true;
    attacker.join();
    ::setrlimit(RLIMIT_NOFILE, &old);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    qInfo("%d runs, %llu entries %s, %llu swaps, %.1f s", runs,
          static_cast<unsigned long long>(removed), toTrash ? "moved to the trash" : "removed",
          static_cast<unsigned long long>(swaps.load()), seconds);
    QCOMPARE(treeHash(s.path("sentinel")), before);
    QVERIFY(!leaked);
    QCOMPARE(toTrash, trashed > 0);
    QCOMPARE(runs, 1000);
    QVERIFY(removed > 1000); // the runs did remove things: the attack met real work
    QVERIFY(swaps.load() > 100);
    // Whatever the attacker left in quarantine came from the root, never the sentinel.
    QVERIFY(exists(s.path("sentinel/sub/f0")) && exists(s.path("sentinel/c/x")));
}

// The remover keeps the directories on the way to an item open for the next
// remove() (PosixRemovalRoot.h). Between two removals from root/a/d, the
// attacker replaces the directory it holds: moved outside the root (and a
// symlink to it, or nothing, left in its place), or exchanged with another
// directory of the root. The second file, planned as root/a/d/f2, must be
// reached again from the root by its names: nothing outside the root is
// touched (not even the times of the moved directory, which the remover owes
// a put-back since the first removal), and the file the plan named, now
// elsewhere, stays.
void RemoverAttackTest::directoryKeptOpenIsLookedUpAgain_data()
{
    QTest::addColumn<int>("swapped");
    QTest::addColumn<bool>("perFile");
    for (const bool perFile : {true, false}) {
        const char *mode = perFile ? "per-file" : "item mode";
        QTest::addRow("moved out, symlink left, %s", mode) << int(Swap::Symlink) << perFile;
        QTest::addRow("moved out, nothing left, %s", mode) << int(Swap::Moved) << perFile;
        QTest::addRow("exchanged with another directory, %s", mode)
            << int(Swap::Exchange) << perFile;
        QTest::addRow("its parent moved out, symlink left, %s", mode)
            << int(Swap::Parent) << perFile;
    }
}

void RemoverAttackTest::directoryKeptOpenIsLookedUpAgain()
{
    QFETCH(int, swapped);
    QFETCH(bool, perFile);
    const Swap swap = Swap(swapped);
    Scratch s(fastBase());
    QVERIFY(s.ok() && s.dir("root") && s.dir("root/a") && s.dir("root/a/d") &&
            s.dir("root/a/other") && s.dir("outside"));
    QVERIFY(s.file("root/a/d/f1", "one") && s.file("root/a/d/f2", "two"));
    QVERIFY(s.file("root/a/other/f2", "another two"));
    int err = 0;
    auto root = RemovalRoot::open(s.path("root"), &err);
    QVERIFY(root);
    const RemovalPolicy p = policy(perFile);
    RemovalTarget f1, f2;
    f1.relativePath = "a/d/f1";
    f2.relativePath = "a/d/f2";
    for (RemovalTarget *t : {&f1, &f2}) {
        struct stat st
        {
        };
        QVERIFY(::lstat(s.path("root/" + t->relativePath).c_str(), &st) == 0);
        t->id = idOf(st);
        t->kind = Kind::File;
    }
    CHECK_STATUS(root->remove(f1, p), RemovalStatus::Removed);
    QVERIFY(!exists(s.path("root/a/d/f1")));

    std::string planned; // where the file planned as a/d/f2 is now
    if (swap == Swap::Exchange) {
        QVERIFY(renameExchange(s.path("root/a/d"), s.path("root/a/other")) == 0);
        planned = s.path("root/a/other/f2");
    } else if (swap == Swap::Parent) {
        QVERIFY(::rename(s.path("root/a").c_str(), s.path("outside/a").c_str()) == 0);
        QVERIFY(s.link("root/a", s.path("outside/a")));
        planned = s.path("outside/a/d/f2");
    } else {
        QVERIFY(::rename(s.path("root/a/d").c_str(), s.path("outside/d").c_str()) == 0);
        if (swap == Swap::Symlink)
            QVERIFY(s.link("root/a/d", s.path("outside/d")));
        planned = s.path("outside/d/f2");
    }
    const std::uint64_t outside = treeHash(s.path("outside"));
    const std::string plannedDir = planned.substr(0, planned.rfind('/'));
    struct stat dirBefore
    {
    };
    QVERIFY(::stat(plannedDir.c_str(), &dirBefore) == 0);
    const RemovalOutcome o = root->remove(f2, p);
    root->finishDeferred();
    root.reset(); // nothing is put back into the directory that moved, not even its times
    QVERIFY2(o.entriesRemoved == 0, describe(o).constData());
    QVERIFY2(exists(planned), describe(o).constData());
    QCOMPARE(treeHash(s.path("outside")), outside);
    struct stat dirAfter
    {
    };
    QVERIFY(::stat(plannedDir.c_str(), &dirAfter) == 0);
    QCOMPARE(dirAfter.st_mtim.tv_sec, dirBefore.st_mtim.tv_sec);
    QCOMPARE(dirAfter.st_mtim.tv_nsec, dirBefore.st_mtim.tv_nsec);
    if (swap == Swap::Exchange) { // the name leads to another file now
        CHECK_STATUS(o, RemovalStatus::Skipped);
        QCOMPARE(int(o.code), int(KeepReason::ChangedSincePreview));
        QVERIFY(exists(s.path("root/a/d/f2")));
    } else if (swap == Swap::Moved) {
        QVERIFY(o.alreadyGone); // not in the root any more: gone as far as the root goes
    } else {
        CHECK_STATUS(o, RemovalStatus::Skipped); // a link on the way is never followed
    }
}

QTEST_APPLESS_MAIN(RemoverAttackTest)
#include "RemoverAttackTest.moc"
