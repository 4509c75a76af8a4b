// SAFETY.md case 1: a racing attacker keeps swapping a subdirectory (and a
// file, and the item's own subtree) for symlinks to a sentinel tree outside
// the root, on the same file system, while 1,000 cleanup runs go on. The
// sentinel must stay byte-for-byte intact. Labelled `tsan` so the sanitizer
// runs include it.

#include "RemoverFixture.h"

#include <QTest>

#include <atomic>
#include <cstdio>
#include <mutex>
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
}

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
};

void RemoverAttackTest::racingSymlinkSwapsNeverEscape_data()
{
    QTest::addColumn<bool>("perFile");
    QTest::addColumn<bool>("lowDescriptors");
    QTest::addRow("item mode") << false << false;
    QTest::addRow("per-file mode, RLIMIT_NOFILE=64") << true << true;
}

void RemoverAttackTest::racingSymlinkSwapsNeverEscape()
{
    QFETCH(bool, perFile);
    QFETCH(bool, lowDescriptors);
    Scratch s(fastBase());
    QVERIFY(s.ok() && s.dir("root") && s.dir("sentinel") && s.dir("sentinel/sub") &&
            s.dir("quarantine"));
    for (int i = 0; i < 4; ++i)
        QVERIFY(s.file("sentinel/sub/f" + std::to_string(i), "sentinel " + std::to_string(i)));
    QVERIFY(s.file("sentinel/top", "sentinel top") && s.file("sentinel/x", "sentinel x"));
    QVERIFY(s.dir("sentinel/c") && s.file("sentinel/c/x", "deeper sentinel"));
    const std::uint64_t before = treeHash(s.path("sentinel"));

    // Ready-made symlinks the attacker exchanges atomically with real entries.
    QVERIFY(s.link("root/lnk-sub", s.path("sentinel/sub")));
    QVERIFY(s.link("root/lnk-file", s.path("sentinel/top")));
    QVERIFY(s.link("root/lnk-chain", s.path("sentinel")));
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
              std::pair{"root/lnk-chain", "sentinel"}}) {
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
        for (std::uint64_t n = 0; !stop.load(std::memory_order_relaxed); ++n) {
            std::lock_guard lock(quiet);
            switch (n % 5) {
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
            }
        }
    });

    int err = 0;
    auto root = RemovalRoot::open(s.path("root"), &err);
    QVERIFY(root);
    RemovalPolicy p = policy(perFile);
    p.recordRemoved = false;
    std::uint64_t removed = 0;
    int runs = 0;
    const auto started = std::chrono::steady_clock::now();
    for (; runs < 1000; ++runs) {
        RemovalTarget t;
        t.relativePath = "item";
        struct stat st
        {
        };
        if (::lstat(s.path("root/item").c_str(), &st) == 0) {
            t.id = idOf(st);
            t.kind = Kind::Directory;
            const auto o = root->remove(t, p);
            removed += o.entriesRemoved;
        }
        {
            std::lock_guard lock(quiet);
            rearm(); // put back what went (ignores what is there)
        }
        if (runs % 100 == 99 && treeHash(s.path("sentinel")) != before)
            break;
    }
    stop = true;
    attacker.join();
    ::setrlimit(RLIMIT_NOFILE, &old);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    qInfo("%d runs, %llu entries removed, %llu swaps, %.1f s", runs,
          static_cast<unsigned long long>(removed), static_cast<unsigned long long>(swaps.load()),
          seconds);
    QCOMPARE(treeHash(s.path("sentinel")), before);
    QCOMPARE(runs, 1000);
    QVERIFY(removed > 1000); // the runs did remove things: the attack met real work
    QVERIFY(swaps.load() > 100);
    // Whatever the attacker left in quarantine came from the root, never the sentinel.
    QVERIFY(exists(s.path("sentinel/sub/f0")) && exists(s.path("sentinel/c/x")));
}

QTEST_APPLESS_MAIN(RemoverAttackTest)
#include "RemoverAttackTest.moc"
