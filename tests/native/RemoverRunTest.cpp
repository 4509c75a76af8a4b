// SAFETY.md cases 13-17 for the POSIX remover, while others act on the tree:
// files in use, locked or leased, entries and the root vanishing mid-run, two
// runs at once, the root replaced, an item touched since the preview; and
// per-file mode, cancel and EROFS. Runs as whoever runs the suite (root in
// CI: the mount cases need it and skip otherwise); RemoverTest has the
// shapes of trees, RemoverAttackTest the racing attacker.

#include "RemoverFixture.h"

#include "core/native/Holders.h"

#include <QTest>

#include <atomic>
#include <csignal>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <thread>

using namespace fixture;

class RemoverRunTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inUseAndLocked_data();
    void inUseAndLocked();
    void inUseIndexNamesTheProcess();
    void entriesVanishMidRun();
    void rootVanishesMidRun();
    void twoRunsAtOnce();
    void rootReplacedBySymlink_data();
    void rootReplacedBySymlink();
    void touchedSincePreview();
    void perFileModeJudgesFilesAlone();
    void directoryTimesComeBackOncePerDirectory();
    void cancelLeavesTheRest();
    void readOnlyFilesystemAbortsRoot();
};

void RemoverRunTest::inUseAndLocked_data()
{
    QTest::addColumn<QByteArray>("how");
    QTest::addColumn<bool>("perFile");
    for (bool perFile : {false, true}) {
        const char *mode = perFile ? "per file" : "item";
        QTest::addRow("flock, %s", mode) << QByteArray("flock") << perFile;
        QTest::addRow("OFD lock, %s", mode) << QByteArray("ofd") << perFile;
        QTest::addRow("POSIX lock by another process, %s", mode) << QByteArray("posix") << perFile;
        QTest::addRow("open by another process, %s", mode) << QByteArray("open") << perFile;
        QTest::addRow("mapped by another process, %s", mode) << QByteArray("mapped") << perFile;
    }
}

void RemoverRunTest::inUseAndLocked()
{
    QFETCH(QByteArray, how);
    QFETCH(bool, perFile);
    Scratch s;
    QVERIFY(s.dir("item") && s.file("item/held", "held data") && s.file("item/free"));
    const std::string held = s.path("item/held");
    int lockFd = -1;
    std::unique_ptr<ChildHolder> child;
    if (how == "flock") {
        lockFd = ::open(held.c_str(), O_RDONLY | O_CLOEXEC);
        QVERIFY(::flock(lockFd, LOCK_EX) == 0);
    } else if (how == "ofd") {
        lockFd = ::open(held.c_str(), O_RDWR | O_CLOEXEC);
        struct flock lk
        {
        };
        lk.l_type = F_RDLCK;
        lk.l_whence = SEEK_SET;
        lk.l_start = 2;
        lk.l_len = 1;
        QVERIFY(::fcntl(lockFd, F_OFD_SETLK, &lk) == 0);
    } else {
        child = std::make_unique<ChildHolder>(held, how == "posix"  ? ChildHolder::PosixLock
                                                    : how == "open" ? ChildHolder::Open
                                                                    : ChildHolder::Mapped);
        QVERIFY(child->ready());
    }
    if ((how == "open" || how == "mapped") && !holdersAvailable())
        QSKIP("no source of holders in this build: the in-use state is unknown");
    const InUseIndex index = InUseIndex::scan();
    auto root = openRoot(s);
    QVERIFY(root);
    RemovalPolicy p = policy(perFile);
    // Locks are found by the remover's own probes; the index would name the
    // holder first (it has the file open), so it only takes part for open/mapped.
    if (how == "open" || how == "mapped")
        p.inUse = &index;
    const auto o = root->remove(targetFor(s, "item"), p);
    if (lockFd >= 0)
        ::close(lockFd);
    QVERIFY(exists(held));
    QVERIFY(o.entriesKept >= 1);
    const KeepReason expected =
        (how == "open" || how == "mapped") ? KeepReason::InUse : KeepReason::Locked;
    QVERIFY2(o.code == expected, describe(o).constData());
    if (child && expected == KeepReason::InUse)
        QVERIFY2(o.reason == "in use by PID " + std::to_string(child->pid()) + " (RemoverRunTest)",
                 o.reason.c_str());
    if (perFile) {
        CHECK_STATUS(o, RemovalStatus::Partial); // the free file went
        QVERIFY(!exists(s.path("item/free")));
    } else {
        CHECK_STATUS(o, RemovalStatus::Skipped); // the item is kept whole
        QVERIFY(exists(s.path("item/free")));
    }
}

void RemoverRunTest::inUseIndexNamesTheProcess()
{
    Scratch s;
    QVERIFY(s.file("f"));
    ChildHolder child(s.path("f"), ChildHolder::Open);
    QVERIFY(child.ready());
    if (!holdersAvailable())
        QSKIP("no source of holders in this build: the in-use state is unknown");
    const InUseIndex index = InUseIndex::scan();
    struct stat st
    {
    };
    QVERIFY(::stat(s.path("f").c_str(), &st) == 0);
    const Holder *h = index.holder(idOf(st));
    QVERIFY(h);
    QCOMPARE(h->pid, int(child.pid()));
    QCOMPARE(h->command, std::string("RemoverRunTest"));
    QVERIFY(index.size() > 1);
}

void RemoverRunTest::entriesVanishMidRun()
{
    Scratch s;
    QVERIFY(s.dir("item") && s.dir("item/sub") && s.file("item/sub/a") && s.file("item/b") &&
            s.file("item/c") && s.dir("item/d") && s.file("item/d/e"));
    auto root = openRoot(s);
    QVERIFY(root);
    for (bool perFile : {true, false}) {
        RemovalPolicy p = policy(perFile);
        // Every entry is removed by "someone else" right after it is listed.
        p.isProtected = [&](NativeStringView rel) {
            if (rel != "item")
                forceRemove(s.path(std::string(rel)));
            return false;
        };
        const auto o = root->remove(targetFor(s, "item"), p);
        QVERIFY2(o.status == RemovalStatus::Removed, describe(o).constData());
        QVERIFY(!exists(s.path("item")));
        QVERIFY(s.dir("item") && s.dir("item/sub") && s.file("item/sub/a") && s.file("item/b"));
    }
    // The whole item vanishes after the plan: done, nothing to do.
    const RemovalTarget t = targetFor(s, "item");
    forceRemove(s.path("item"));
    CHECK_STATUS(root->remove(t, policy()), RemovalStatus::Removed);
}

void RemoverRunTest::rootVanishesMidRun()
{
    auto s = std::make_unique<Scratch>();
    QVERIFY(s->dir("item") && s->dir("item/sub") && s->file("item/sub/a") && s->file("item/b") &&
            s->file("other"));
    auto root = openRoot(*s);
    QVERIFY(root);
    RemovalPolicy p = policy(true);
    bool gone = false;
    p.isProtected = [&](NativeStringView rel) {
        if (rel == "item/sub" && !gone) {
            gone = true;
            forceRemove(s->root()); // the root itself, mid-run
        }
        return false;
    };
    const auto o = root->remove(targetFor(*s, "item"), p);
    QVERIFY(gone);
    QVERIFY2(o.status != RemovalStatus::Failed || o.code != KeepReason::Error,
             describe(o).constData());
    // The next item finds the root gone: refused, not an error inside someone else's tree.
    const auto next = root->remove(RemovalTarget{"other", {}, Kind::File, 0}, policy());
    CHECK_STATUS(next, RemovalStatus::Failed);
    QCOMPARE(int(next.code), int(KeepReason::RootChanged));
}

void RemoverRunTest::twoRunsAtOnce()
{
    Scratch s(fastBase());
    for (int d = 0; d < 20; ++d) {
        const std::string dir = "d" + std::to_string(d);
        QVERIFY(s.dir(dir) && s.dir(dir + "/sub"));
        for (int f = 0; f < 500; ++f)
            QVERIFY(s.file(dir + "/f" + std::to_string(f)) &&
                    s.file(dir + "/sub/f" + std::to_string(f)));
    }
    std::vector<RemovalTarget> targets;
    for (const auto &n : listNames(s.root()))
        targets.push_back(targetFor(s, n));
    std::vector<RemovalOutcome> results[2];
    auto run = [&](int k) {
        auto root = RemovalRoot::open(s.root(), nullptr);
        if (!root)
            return;
        RemovalPolicy p = policy(k == 1);
        p.recordRemoved = false;
        for (const auto &t : targets)
            results[k].push_back(root->remove(t, p));
    };
    std::thread a(run, 0), b(run, 1);
    a.join();
    b.join();
    QCOMPARE(results[0].size(), targets.size());
    QCOMPARE(results[1].size(), targets.size());
    std::uint64_t removed = 0;
    for (const auto &r : results) {
        for (const auto &o : r) {
            removed += o.entriesRemoved;
            QVERIFY2(o.status != RemovalStatus::Failed, describe(o).constData());
            for (const auto &k : o.kept)
                QVERIFY2(k.code == KeepReason::Locked || k.code == KeepReason::NotEmpty ||
                             k.code == KeepReason::ChangedSincePreview,
                         describe(o).constData());
        }
    }
    // Whatever one run left because the other held it, a third run finishes.
    auto root = openRoot(s);
    QVERIFY(root);
    for (const auto &n : listNames(s.root()))
        root->remove(targetFor(s, n), policy());
    QVERIFY(listNames(s.root()).empty());
    QVERIFY(removed <= 20u * (2 + 1000));
}

void RemoverRunTest::rootReplacedBySymlink_data()
{
    QTest::addColumn<bool>("toOriginal");
    QTest::addRow("symlink to elsewhere") << false;
    QTest::addRow("symlink to the original directory") << true;
}

void RemoverRunTest::rootReplacedBySymlink()
{
    QFETCH(bool, toOriginal);
    Scratch s, outside;
    QVERIFY(s.dir("r") && s.file("r/item") && outside.file("item"));
    int err = 0;
    auto root = RemovalRoot::open(s.path("r"), &err);
    QVERIFY(root);
    RemovalTarget t;
    t.relativePath = "item";
    struct stat st
    {
    };
    QVERIFY(::lstat(s.path("r/item").c_str(), &st) == 0);
    t.id = idOf(st);
    t.kind = Kind::File;
    QVERIFY(root->stillSame());
    QVERIFY(::rename(s.path("r").c_str(), s.path("r.old").c_str()) == 0);
    QVERIFY(s.link("r", toOriginal ? s.path("r.old") : outside.root()));
    QVERIFY(!root->stillSame());
    const auto o = root->remove(t, policy());
    CHECK_STATUS(o, RemovalStatus::Failed);
    QCOMPARE(int(o.code), int(KeepReason::RootChanged));
    QVERIFY(exists(s.path("r.old/item")) && exists(outside.path("item")));
    // Opening the path now is refused too: the last component is a symlink.
    QVERIFY(!RemovalRoot::open(s.path("r"), &err));
    QVERIFY2(err == ELOOP || err == ENOTDIR, std::strerror(err));
}

void RemoverRunTest::touchedSincePreview()
{
    Scratch s;
    QVERIFY(s.file("file", "v1") && s.dir("dir") && s.dir("dir/sub") && s.file("dir/sub/deep") &&
            s.file("dir/other"));
    QVERIFY(s.age("file", 2 * Hour) && s.age("dir/sub/deep", 2 * Hour) &&
            s.age("dir/other", 2 * Hour) && s.age("dir/sub", 2 * Hour) && s.age("dir", 2 * Hour));
    const RemovalTarget tf = targetFor(s, "file", TimeBasis::Mtime);
    const RemovalTarget td = targetFor(s, "dir", TimeBasis::Mtime);
    QVERIFY(s.age("file", Hour + 1'000'000'000)); // touched, though still older than the cutoff
    QVERIFY(s.age("dir/sub/deep", Hour + 1'000'000'000));
    auto root = openRoot(s);
    QVERIFY(root);
    RemovalPolicy p = policy();
    p.basis = TimeBasis::Mtime;
    p.cutoff = nowNs() - Hour;
    const auto of = root->remove(tf, p);
    CHECK_STATUS(of, RemovalStatus::Skipped);
    QCOMPARE(of.reason, std::string("changed since preview"));
    const auto od = root->remove(td, p);
    CHECK_STATUS(od, RemovalStatus::Skipped); // kept whole, not just the touched file
    QCOMPARE(int(od.code), int(KeepReason::ChangedSincePreview));
    QVERIFY(exists(s.path("file")) && exists(s.path("dir/other")) &&
            exists(s.path("dir/sub/deep")));
    // A different file under the same name is not the confirmed item either.
    QVERIFY(s.file("file2", "v2") && s.age("file2", 3 * Hour));
    QVERIFY(::rename(s.path("file2").c_str(), s.path("file").c_str()) == 0);
    const auto again = root->remove(tf, p);
    CHECK_STATUS(again, RemovalStatus::Skipped);
    QCOMPARE(int(again.code), int(KeepReason::ChangedSincePreview));
}

void RemoverRunTest::perFileModeJudgesFilesAlone()
{
    // tmpreaper --mtime / systemd-tmpfiles mM:AGE: files by their own mtime;
    // directories that end up empty go when their own mtime (before cleaning) is old.
    Scratch s;
    QVERIFY(s.dir("a") && s.file("a/old") && s.file("a/new") && s.dir("a/empty-old") &&
            s.dir("a/empty-new") && s.dir("a/olddir") && s.file("a/olddir/old") && s.dir("b") &&
            s.file("b/old"));
    for (const char *p : {"a/old", "a/olddir/old", "b/old", "a/empty-old", "a/olddir", "b"})
        QVERIFY(s.age(p, 3 * Hour));
    QVERIFY(s.age("a", 3 * Hour)); // old, but holds a new file
    auto root = openRoot(s);
    QVERIFY(root);
    RemovalPolicy p = policy(true);
    p.basis = TimeBasis::Mtime;
    p.cutoff = nowNs() - Hour;
    struct stat rootBefore
    {
    };
    QVERIFY(::stat(s.root().c_str(), &rootBefore) == 0);
    const auto oa = root->remove(targetFor(s, "a", TimeBasis::Mtime), p);
    const auto ob = root->remove(targetFor(s, "b", TimeBasis::Mtime), p);
    CHECK_STATUS(oa, RemovalStatus::Partial);
    CHECK_STATUS(ob, RemovalStatus::Removed);
    QVERIFY(!exists(s.path("a/old")) && !exists(s.path("a/olddir")) &&
            !exists(s.path("a/empty-old")));
    QVERIFY(exists(s.path("a/new")) && exists(s.path("a/empty-new")) && !exists(s.path("b")));
    // a's timestamps were restored: a later run can judge it by its own age.
    struct stat a
    {
    };
    QVERIFY(::stat(s.path("a").c_str(), &a) == 0);
    QVERIFY(a.st_mtim.tv_sec < std::time(nullptr) - 2 * 3600);
    struct stat rootAfter
    {
    };
    QVERIFY(::stat(s.root().c_str(), &rootAfter) == 0);
    QCOMPARE(rootAfter.st_mtim.tv_sec, rootBefore.st_mtim.tv_sec);
    QCOMPARE(rootAfter.st_mtim.tv_nsec, rootBefore.st_mtim.tv_nsec);
}

// The cleanup executor removes a per-file plan one file per remove() call;
// the times of their directory are put back once the removals move on to
// another directory, or at finishDeferred(), not after every file. They are
// back before the directory itself is looked at as an item.
void RemoverRunTest::directoryTimesComeBackOncePerDirectory()
{
    Scratch s;
    QVERIFY(s.dir("a") && s.dir("b") && s.file("a/f1") && s.file("a/f2") && s.file("a/f3") &&
            s.file("b/g"));
    for (const char *p : {"a/f1", "a/f2", "a/f3", "b/g", "a", "b"})
        QVERIFY(s.age(p, 3 * Hour));
    const RemovalTarget itemA = targetFor(s, "a", TimeBasis::Mtime); // as the plan saw it
    struct stat a0, b0; // after the plan's look (it read a, and so set its atime)
    QVERIFY(::stat(s.path("a").c_str(), &a0) == 0 && ::stat(s.path("b").c_str(), &b0) == 0);
    auto root = openRoot(s);
    QVERIFY(root);
    RemovalPolicy p = policy(false); // per-file plans are removed entry by entry, in item mode
    p.basis = TimeBasis::Mtime;
    p.cutoff = nowNs() - Hour;
    const auto sameTimes = [](const struct stat &x, const std::string &path) {
        struct stat y
        {
        };
        return ::stat(path.c_str(), &y) == 0 && y.st_mtim.tv_sec == x.st_mtim.tv_sec &&
               y.st_mtim.tv_nsec == x.st_mtim.tv_nsec && y.st_atim.tv_sec == x.st_atim.tv_sec;
    };
    for (const char *f : {"a/f1", "a/f2", "b/g"})
        CHECK_STATUS(root->remove(targetFor(s, f, TimeBasis::Mtime), p), RemovalStatus::Removed);
    QVERIFY(sameTimes(a0, s.path("a"))); // the removals moved on to b
    root->finishDeferred();
    QVERIFY(sameTimes(b0, s.path("b"))); // the end of the root's pass
    CHECK_STATUS(root->remove(targetFor(s, "a/f3", TimeBasis::Mtime), p), RemovalStatus::Removed);
    // The directory as an item: its plan check sees the times it had.
    const auto o = root->remove(itemA, p);
    CHECK_STATUS(o, RemovalStatus::Removed);
    QVERIFY(!exists(s.path("a")));
}

void RemoverRunTest::cancelLeavesTheRest()
{
    Scratch s(fastBase());
    QVERIFY(s.dir("item"));
    for (int i = 0; i < 5000; ++i)
        QVERIFY(s.file("item/f" + std::to_string(i)));
    auto root = openRoot(s);
    QVERIFY(root);
    std::atomic<bool> cancel{false};
    RemovalPolicy p = policy(true);
    p.cancel = &cancel;
    p.progress = [&](const RemovalProgress &pr) {
        if (pr.entriesRemoved >= 1024)
            cancel = true;
    };
    const auto o = root->remove(targetFor(s, "item"), p);
    QVERIFY(o.cancelled);
    CHECK_STATUS(o, RemovalStatus::Partial);
    QCOMPARE(o.entriesRemoved, std::uint64_t(1024));
    QCOMPARE(listNames(s.path("item")).size(), std::size_t(5000 - 1024));
    QCOMPARE(o.removed.size(), std::size_t(1024));
    for (const auto &r : o.removed)
        QVERIFY(!exists(s.path(r)));
}

void RemoverRunTest::readOnlyFilesystemAbortsRoot()
{
    Scratch s;
    QVERIFY(s.dir("ro"));
    if (::mount("tmpfs", s.path("ro").c_str(), "tmpfs", 0, "size=1m") != 0)
        QSKIP("mount tmpfs refused: needs root and CAP_SYS_ADMIN");
    struct Unmount
    {
        std::string p;
        ~Unmount() { ::umount2(p.c_str(), MNT_DETACH); }
    } unmount{s.path("ro")};
    QVERIFY(s.file("ro/a") && s.file("ro/b"));
    QVERIFY(::mount(nullptr, s.path("ro").c_str(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr) == 0);
    int err = 0;
    auto root = RemovalRoot::open(s.path("ro"), &err);
    QVERIFY(root);
    RemovalTarget ta = targetFor(s, "ro/a");
    ta.relativePath = "a";
    RemovalTarget tb = targetFor(s, "ro/b");
    tb.relativePath = "b";
    const auto oa = root->remove(ta, policy());
    CHECK_STATUS(oa, RemovalStatus::Failed);
    QCOMPARE(oa.error, EROFS);
    QVERIFY(root->aborted());
    const auto ob = root->remove(tb, policy());
    CHECK_STATUS(ob, RemovalStatus::Failed);
    QCOMPARE(int(ob.code), int(KeepReason::ReadOnlyFilesystem));
}

QTEST_APPLESS_MAIN(RemoverRunTest)
#include "RemoverRunTest.moc"
