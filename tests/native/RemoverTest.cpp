// SAFETY.md cases 2-5 and 7-12 for the POSIX remover: the shapes of trees it
// meets (links, swaps, mounts, hard links, awkward names, depth 5000 with 64
// descriptors, a big directory with a writer, special files, read-only and
// others' files) and the dry run. Runs as whoever runs the suite (root in CI:
// the mount and mknod cases need it and skip otherwise); RemoverRunTest has
// what others do during a run, RemoverAsUserTest the permission cases,
// RemoverAttackTest the racing attacker.

#include "RemoverFixture.h"

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

class RemoverTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void removesStaleItems();
    void dryRunChangesNothing();
    void refusesTheRootAndPathsOutside();
    void symlinksGoTargetsStay_data();
    void symlinksGoTargetsStay();
    void intermediateComponentSymlink();
    void swappedBetweenListingAndRemoval_data();
    void swappedBetweenListingAndRemoval();
    void mountsAreNotEntered();
    void hardLinkToOutsideFile();
    void awkwardNames_data();
    void awkwardNames();
    void depth5000WithSixtyFourDescriptors();
    void bigDirectoryWithWriter();
    void specialFilesSkippedWithoutHanging();
    void readOnlyFilesAsRoot();
    void othersFilesKeptByDefault();
};

void RemoverTest::removesStaleItems()
{
    Scratch s;
    QVERIFY(s.dir("d") && s.dir("d/e") && s.file("d/e/f", "12345") && s.file("d/g", "ab") &&
            s.file("top"));
    auto root = openRoot(s);
    QVERIFY(root);
    const auto out = removeAll(*root, s, policy());
    QCOMPARE(out.size(), std::size_t(2));
    for (const auto &o : out)
        CHECK_STATUS(o, RemovalStatus::Removed);
    QVERIFY(listNames(s.root()).empty());
    QVERIFY(exists(s.root())); // never the root itself
    std::uint64_t bytes = 0, entries = 0;
    for (const auto &o : out) {
        bytes += o.bytesRemoved;
        entries += o.entriesRemoved;
    }
    QCOMPARE(bytes, std::uint64_t(5 + 2 + 4));
    QCOMPARE(entries, std::uint64_t(5));
}

void RemoverTest::dryRunChangesNothing()
{
    Scratch s;
    QVERIFY(s.dir("d") && s.dir("d/e") && s.file("d/e/f") && s.file("top"));
    const auto before = treeHash(s.root());
    auto root = openRoot(s);
    QVERIFY(root);
    RemovalPolicy p = policy();
    p.dryRun = true;
    const auto out = removeAll(*root, s, p);
    for (const auto &o : out)
        CHECK_STATUS(o, RemovalStatus::Removed);
    QCOMPARE(treeHash(s.root()), before);
    QCOMPARE(out[0].entriesRemoved + out[1].entriesRemoved, std::uint64_t(4));
}

void RemoverTest::refusesTheRootAndPathsOutside()
{
    Scratch s, outside;
    QVERIFY(s.file("a") && outside.file("victim"));
    auto root = openRoot(s);
    QVERIFY(root);
    for (const char *rel : {"", "/", ".", "..", "../victim", "a/../a", "a//", "/a"}) {
        RemovalTarget t = targetFor(s, "a");
        t.relativePath = rel;
        const auto o = root->remove(t, policy());
        QVERIFY2(o.status == RemovalStatus::Failed || o.status == RemovalStatus::Skipped, rel);
        QCOMPARE(o.entriesRemoved, std::uint64_t(0));
    }
    QVERIFY(exists(s.path("a")));
    QVERIFY(exists(outside.path("victim")));
}

void RemoverTest::symlinksGoTargetsStay_data()
{
    QTest::addColumn<QByteArray>("target"); // "file", "dir", "dangling"
    QTest::addColumn<bool>("insideItem");
    for (const char *kind : {"file", "dir", "dangling"}) {
        QTest::addRow("%s link as item", kind) << QByteArray(kind) << false;
        QTest::addRow("%s link inside an item", kind) << QByteArray(kind) << true;
    }
}

void RemoverTest::symlinksGoTargetsStay()
{
    QFETCH(QByteArray, target);
    QFETCH(bool, insideItem);
    Scratch s, outside;
    QVERIFY(outside.file("file", "keep me") && outside.dir("dir") &&
            outside.file("dir/inner", "keep too"));
    const std::string to =
        target == "dangling" ? outside.path("nothing") : outside.path(target.toStdString());
    const std::string rel = insideItem ? "item/link" : "link";
    if (insideItem)
        QVERIFY(s.dir("item"));
    QVERIFY(s.link(rel, to));
    const auto before = treeHash(outside.root());
    auto root = openRoot(s);
    QVERIFY(root);
    for (RemovalPolicy p : {policy(false), policy(true)}) {
        p.recordRemoved = true;
        const auto o = root->remove(targetFor(s, insideItem ? "item" : "link"), p);
        CHECK_STATUS(o, RemovalStatus::Removed);
        QVERIFY(!exists(s.path(rel)));
        QCOMPARE(treeHash(outside.root()), before);
        if (insideItem)
            QVERIFY(s.dir("item"));
        QVERIFY(s.link(rel, to));
    }
}

void RemoverTest::intermediateComponentSymlink()
{
    // The plan named a/b/item; `a` is now a symlink to an identical tree outside.
    Scratch s, outside;
    QVERIFY(s.dir("a") && s.dir("a/b") && s.file("a/b/item"));
    const RemovalTarget t = targetFor(s, "a/b/item");
    QVERIFY(outside.dir("b") && outside.file("b/item"));
    QVERIFY(::rename(s.path("a").c_str(), s.path("a.moved").c_str()) == 0);
    QVERIFY(s.link("a", outside.root()));
    // Same for the item itself being reached through a link to the original.
    auto root = openRoot(s);
    QVERIFY(root);
    const auto o = root->remove(t, policy());
    CHECK_STATUS(o, RemovalStatus::Skipped);
    QCOMPARE(int(o.code), int(KeepReason::SymlinkNow));
    QVERIFY(exists(outside.path("b/item")));
    QVERIFY(exists(s.path("a.moved/b/item")));
    // Now the symlink points at the original directory: still refused, by O_NOFOLLOW.
    QVERIFY(::unlink(s.path("a").c_str()) == 0);
    QVERIFY(s.link("a", "a.moved"));
    const auto o2 = root->remove(t, policy());
    CHECK_STATUS(o2, RemovalStatus::Skipped);
    QVERIFY(exists(s.path("a.moved/b/item")));
}

void RemoverTest::swappedBetweenListingAndRemoval_data()
{
    QTest::addColumn<QByteArray>("swap");
    QTest::addRow("file becomes directory") << QByteArray("file->dir");
    QTest::addRow("file becomes directory and back") << QByteArray("file->dir->file");
    QTest::addRow("file becomes symlink") << QByteArray("file->link");
    QTest::addRow("directory becomes file") << QByteArray("dir->file");
    QTest::addRow("directory becomes symlink") << QByteArray("dir->link");
    QTest::addRow("file becomes FIFO") << QByteArray("file->fifo");
}

void RemoverTest::swappedBetweenListingAndRemoval()
{
    // isProtected() runs right after an entry is listed and stat'ed and before
    // it is opened: the swap lands exactly in the window an attacker aims for.
    QFETCH(QByteArray, swap);
    Scratch s, outside;
    QVERIFY(outside.file("secret", "x") && outside.dir("sdir") && outside.file("sdir/inner"));
    QVERIFY(s.dir("item"));
    const bool startsAsDir = swap.startsWith("dir");
    QVERIFY(startsAsDir ? (s.dir("item/x") && s.file("item/x/child")) : s.file("item/x"));
    const auto before = treeHash(outside.root());
    auto root = openRoot(s);
    QVERIFY(root);
    RemovalPolicy p = policy(true);
    bool swapped = false;
    p.isProtected = [&](NativeStringView rel) {
        if (rel == "item/x" && !swapped) {
            swapped = true;
            const std::string x = s.path("item/x");
            forceRemove(x);
            if (swap.endsWith("->dir"))
                ::mkdir(x.c_str(), 0755);
            else if (swap.endsWith("->file") && swap.count("->") == 2) {
                ::mkdir(x.c_str(), 0755);
                ::rmdir(x.c_str());
                s.file("item/x", "new");
            } else if (swap.endsWith("->file"))
                s.file("item/x", "new");
            else if (swap.endsWith("->link"))
                s.link("item/x", startsAsDir ? outside.path("sdir") : outside.path("secret"));
            else if (swap.endsWith("->fifo"))
                ::mkfifo(x.c_str(), 0644);
        }
        return false;
    };
    const auto o = root->remove(targetFor(s, "item"), p);
    QVERIFY(swapped);
    QCOMPARE(treeHash(outside.root()), before);
    QVERIFY2(exists(s.path("item/x")), describe(o).constData()); // whatever is there now stays
    QVERIFY2(o.entriesKept >= 1, describe(o).constData());
    QVERIFY(exists(s.path("item")));
}

void RemoverTest::mountsAreNotEntered()
{
    Scratch s, outside;
    QVERIFY(s.dir("tmpfs") && s.dir("bind") && s.dir("item") && s.dir("item/inner") &&
            s.dir("inside-src") && s.file("inside-src/f") && s.dir("item/bind-same-fs"));
    QVERIFY(outside.file("precious", "do not touch") && outside.dir("d") && outside.file("d/f"));
    if (::mount("tmpfs", s.path("tmpfs").c_str(), "tmpfs", 0, "size=1m") != 0)
        QSKIP(qPrintable(QStringLiteral("mount tmpfs refused (%1): needs root and CAP_SYS_ADMIN")
                             .arg(QString::fromLocal8Bit(std::strerror(errno)))));
    struct Unmount
    {
        std::vector<std::string> points;
        ~Unmount()
        {
            for (auto it = points.rbegin(); it != points.rend(); ++it)
                ::umount2(it->c_str(), MNT_DETACH);
        }
    } unmount;
    unmount.points.push_back(s.path("tmpfs"));
    QVERIFY(::mount(outside.root().c_str(), s.path("bind").c_str(), nullptr, MS_BIND, nullptr) ==
            0);
    unmount.points.push_back(s.path("bind"));
    QVERIFY(::mount("tmpfs", s.path("item/inner").c_str(), "tmpfs", 0, "size=1m") == 0);
    unmount.points.push_back(s.path("item/inner"));
    // A bind mount from the same file system: same device, only the mount-root attribute tells.
    QVERIFY(::mount(s.path("inside-src").c_str(), s.path("item/bind-same-fs").c_str(), nullptr,
                    MS_BIND, nullptr) == 0);
    unmount.points.push_back(s.path("item/bind-same-fs"));
    QVERIFY(s.file("tmpfs/in-tmpfs") && s.file("item/inner/in-tmpfs") && s.file("item/loose"));

    const auto before = treeHash(outside.root());
    auto root = openRoot(s);
    QVERIFY(root);
    for (bool perFile : {false, true}) {
        const RemovalPolicy p = policy(perFile);
        for (const char *item : {"tmpfs", "bind"}) {
            const auto o = root->remove(targetFor(s, item), p);
            CHECK_STATUS(o, RemovalStatus::Skipped);
            QCOMPARE(int(o.code), int(KeepReason::OtherFilesystem));
        }
        const auto o = root->remove(targetFor(s, "item"), p);
        QVERIFY2(o.entriesKept == 2, describe(o).constData());
    }
    QVERIFY(exists(s.path("tmpfs/in-tmpfs")));
    QVERIFY(exists(s.path("item/inner/in-tmpfs")));
    QVERIFY(exists(s.path("inside-src/f")));
    QVERIFY(!exists(s.path("item/loose")));
    QCOMPARE(treeHash(outside.root()), before);
}

void RemoverTest::hardLinkToOutsideFile()
{
    Scratch s, outside;
    QVERIFY(outside.file("target", "shared content", 0640) && s.dir("item"));
    QVERIFY(::link(outside.path("target").c_str(), s.path("item/link").c_str()) == 0);
    QVERIFY(::link(outside.path("target").c_str(), s.path("toplink").c_str()) == 0);
    struct stat before
    {
    };
    QVERIFY(::stat(outside.path("target").c_str(), &before) == 0);
    auto root = openRoot(s);
    QVERIFY(root);
    CHECK_STATUS(root->remove(targetFor(s, "item"), policy()), RemovalStatus::Removed);
    CHECK_STATUS(root->remove(targetFor(s, "toplink"), policy(true)), RemovalStatus::Removed);
    struct stat after
    {
    };
    QVERIFY(::stat(outside.path("target").c_str(), &after) == 0);
    QCOMPARE(after.st_mode, before.st_mode);
    QCOMPARE(after.st_uid, before.st_uid);
    QCOMPARE(after.st_nlink, nlink_t(1));
    QCOMPARE(after.st_ino, before.st_ino);
    QVERIFY(!exists(s.path("item")) && !exists(s.path("toplink")));
}

void RemoverTest::awkwardNames_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addRow("not UTF-8") << QByteArray("bad\xff\xfe\x80name");
    QTest::addRow("newline") << QByteArray("line\nbreak");
    QTest::addRow("leading dash") << QByteArray("-rf");
    QTest::addRow("control characters") << QByteArray("ctl\x01\x1b[31m\x7f");
    QTest::addRow("255 bytes") << QByteArray(255, 'n');
    QTest::addRow("255 bytes, not UTF-8") << QByteArray(255, '\xe9');
    QTest::addRow("spaces and glob") << QByteArray(" * ? [x] ");
}

void RemoverTest::awkwardNames()
{
    QFETCH(QByteArray, name);
    const std::string n = name.toStdString();
    Scratch s;
    QVERIFY(s.file(n, "top") && s.dir("d") && s.dir("d/" + n) && s.file("d/" + n + "/" + n));
    auto root = openRoot(s);
    QVERIFY(root);
    const auto top = root->remove(targetFor(s, n), policy());
    CHECK_STATUS(top, RemovalStatus::Removed);
    QCOMPARE(top.removed.size(), std::size_t(1));
    QVERIFY(top.removed[0] == n);
    const auto dir = root->remove(targetFor(s, "d"), policy());
    CHECK_STATUS(dir, RemovalStatus::Removed);
    QCOMPARE(dir.removed.size(), std::size_t(3));
    QVERIFY(dir.removed[0] == "d/" + n + "/" + n); // children first, exact bytes
    QVERIFY(dir.removed[1] == "d/" + n);
    QVERIFY(listNames(s.root()).empty());
}

void RemoverTest::depth5000WithSixtyFourDescriptors()
{
    Scratch s(fastBase());
    QVERIFY(s.dir("deep"));
    // Built by descriptor: the full path is far beyond PATH_MAX.
    {
        int fd = ::open(s.path("deep").c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        QVERIFY(fd >= 0);
        for (int i = 0; i < 5000; ++i) {
            QVERIFY(::mkdirat(fd, "level-dir", 0755) == 0);
            const int file = ::openat(fd, "f", O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
            QVERIFY(file >= 0);
            ::close(file);
            const int next = ::openat(fd, "level-dir", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
            ::close(fd);
            fd = next;
            QVERIFY(fd >= 0);
        }
        ::close(fd);
    }
    const RemovalTarget t = targetFor(s, "deep");
    auto root = openRoot(s);
    QVERIFY(root);
    struct rlimit old
    {
    };
    QVERIFY(::getrlimit(RLIMIT_NOFILE, &old) == 0);
    struct rlimit low = old;
    low.rlim_cur = 64;
    QVERIFY(::setrlimit(RLIMIT_NOFILE, &low) == 0);
    RemovalPolicy dry = policy();
    dry.dryRun = true;
    dry.recordRemoved = false;
    const auto preview = root->remove(t, dry);
    RemovalPolicy p = policy();
    p.recordRemoved = false;
    const auto o = root->remove(t, p);
    ::setrlimit(RLIMIT_NOFILE, &old);
    CHECK_STATUS(preview, RemovalStatus::Removed);
    QCOMPARE(preview.entriesRemoved, std::uint64_t(10001));
    CHECK_STATUS(o, RemovalStatus::Removed);
    QCOMPARE(o.entriesRemoved, std::uint64_t(10001));
    QVERIFY(!exists(s.path("deep")));
}

void RemoverTest::bigDirectoryWithWriter()
{
    Scratch s(fastBase());
    QVERIFY(s.dir("big"));
    const int dfd = ::open(s.path("big").c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    QVERIFY(dfd >= 0);
    const TimeNs old = nowNs() - 2 * Hour;
    const struct timespec ts[2] = {{old / 1'000'000'000, 0}, {old / 1'000'000'000, 0}};
    char name[32];
    for (int i = 0; i < 100000; ++i) {
        std::snprintf(name, sizeof name, "old-%06d", i);
        const int fd = ::openat(dfd, name, O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
        QVERIFY(fd >= 0);
        ::futimens(fd, ts);
        ::close(fd);
    }
    std::atomic<bool> stop{false};
    std::atomic<int> written{0};
    std::thread writer([&] {
        char n[32];
        for (int i = 0; !stop.load(); ++i) {
            std::snprintf(n, sizeof n, "new-%06d", i);
            const int fd = ::openat(dfd, n, O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
            if (fd >= 0) {
                ::close(fd);
                written.fetch_add(1);
            }
            if (i % 64 == 0)
                std::this_thread::yield();
        }
    });
    while (written.load() < 100)
        std::this_thread::yield();
    auto root = openRoot(s);
    RemovalPolicy p = policy(true);
    p.basis = TimeBasis::Mtime;
    p.cutoff = nowNs() - Hour;
    p.recordRemoved = false;
    const auto o = root ? root->remove(targetFor(s, "big", TimeBasis::Mtime), p) : RemovalOutcome();
    stop = true;
    writer.join();
    ::close(dfd);
    QVERIFY(root);
    QVERIFY2(o.status == RemovalStatus::Partial, describe(o).constData());
    QCOMPARE(o.entriesRemoved, std::uint64_t(100000));
    const auto left = listNames(s.path("big"));
    QCOMPARE(int(left.size()), written.load()); // every new file is there
    for (const auto &n : left)
        QVERIFY2(n.rfind("new-", 0) == 0, n.c_str());
}

void RemoverTest::specialFilesSkippedWithoutHanging()
{
    Scratch s;
    QVERIFY(s.dir("item"));
    QVERIFY(::mkfifo(s.path("fifo").c_str(), 0644) == 0 &&
            ::mkfifo(s.path("item/fifo").c_str(), 0644) == 0);
    const bool canMknod = ::mknod(s.path("null").c_str(), S_IFCHR | 0666, makedev(1, 3)) == 0;
    if (canMknod)
        QVERIFY(::mknod(s.path("item/null").c_str(), S_IFCHR | 0666, makedev(1, 3)) == 0);
    int sock[2] = {-1, -1};
    for (int k = 0; k < 2; ++k) {
        sock[k] = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        QVERIFY(sock[k] >= 0);
        struct sockaddr_un addr
        {
        };
        addr.sun_family = AF_UNIX;
        const std::string p = s.path(k ? "item/sock" : "sock");
        QVERIFY(p.size() < sizeof addr.sun_path);
        std::strcpy(addr.sun_path, p.c_str());
        QVERIFY(::bind(sock[k], reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0);
        QVERIFY(::listen(sock[k], 1) == 0);
    }
    QVERIFY(s.file("item/plain"));
    ::alarm(60); // a hang on a FIFO kills the test instead of the suite's timeout
    auto root = openRoot(s);
    QVERIFY(root);
    for (bool perFile : {false, true}) {
        for (const char *item : {"fifo", "sock", "null"}) {
            if (!canMknod && std::strcmp(item, "null") == 0)
                continue;
            const auto o = root->remove(targetFor(s, item), policy(perFile));
            CHECK_STATUS(o, RemovalStatus::Skipped);
            QCOMPARE(int(o.code), int(KeepReason::SpecialFile));
        }
    }
    const auto o = root->remove(targetFor(s, "item"), policy());
    CHECK_STATUS(o, RemovalStatus::Partial);
    QCOMPARE(o.entriesKept, std::uint64_t(canMknod ? 3 : 2));
    ::alarm(0);
    for (int fd : sock)
        ::close(fd);
    for (const char *p : {"fifo", "sock", "item/fifo", "item/sock"})
        QVERIFY2(exists(s.path(p)), p);
    QVERIFY(!exists(s.path("item/plain")));
    if (!canMknod)
        QSKIP("mknod refused: the device-node part needs root (the rest ran)");
    QVERIFY(exists(s.path("null")) && exists(s.path("item/null")));
}

void RemoverTest::readOnlyFilesAsRoot()
{
    Scratch s;
    QVERIFY(s.dir("item") && s.file("item/ro", "r", 0444) && s.file("ro", "r", 0400) &&
            s.file("none", "", 0));
    auto root = openRoot(s);
    QVERIFY(root);
    for (const auto &o : removeAll(*root, s, policy()))
        CHECK_STATUS(o, RemovalStatus::Removed);
    QVERIFY(listNames(s.root()).empty());
}

void RemoverTest::othersFilesKeptByDefault()
{
    if (::geteuid() != 0)
        QSKIP("needs root to create another user's file");
    Scratch s;
    QVERIFY(s.file("theirs") && s.dir("mine") && s.file("mine/theirs"));
    QVERIFY(::chown(s.path("theirs").c_str(), 65534, 65534) == 0);
    QVERIFY(::chown(s.path("mine/theirs").c_str(), 65534, 65534) == 0);
    auto root = openRoot(s);
    QVERIFY(root);
    const auto o = root->remove(targetFor(s, "theirs"), policy());
    CHECK_STATUS(o, RemovalStatus::Skipped);
    QCOMPARE(int(o.code), int(KeepReason::NotOwner));
    const auto m = root->remove(targetFor(s, "mine"), policy());
    CHECK_STATUS(m, RemovalStatus::Skipped);
    QCOMPARE(int(m.code), int(KeepReason::NotOwner));
    QVERIFY(exists(s.path("theirs")) && exists(s.path("mine/theirs")));
    RemovalPolicy all = policy();
    all.onlyOwner = false;
    CHECK_STATUS(root->remove(targetFor(s, "mine"), all), RemovalStatus::Removed);
}

QTEST_APPLESS_MAIN(RemoverTest)
#include "RemoverTest.moc"
