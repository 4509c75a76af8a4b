// SAFETY.md cases 2-5, 7-11, 13-17 for the POSIX remover, plus per-file mode,
// dry run, cancel and EROFS. Runs as whoever runs the suite (root in CI: the
// mount and mknod cases need it and skip otherwise); the permission cases are
// in RemoverAsUserTest, the racing attacker in RemoverAttackTest.

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

namespace {

const char *statusName(RemovalStatus s)
{
    switch (s) {
    case RemovalStatus::Removed:
        return "Removed";
    case RemovalStatus::Partial:
        return "Partial";
    case RemovalStatus::Skipped:
        return "Skipped";
    case RemovalStatus::Failed:
        return "Failed";
    }
    return "?";
}

QByteArray describe(const RemovalOutcome &o)
{
    QByteArray s = QByteArray(statusName(o.status)) + " code=" + keepReasonName(o.code) +
                   " reason='" + QByteArray::fromStdString(o.reason) +
                   "' removed=" + QByteArray::number(o.entriesRemoved) +
                   " kept=" + QByteArray::number(o.entriesKept);
    for (std::size_t i = 0; i < o.kept.size() && i < 5; ++i)
        s += " [" + QByteArray::fromStdString(o.kept[i].relativePath) + ": " +
             QByteArray::fromStdString(o.kept[i].reason) + "]";
    return s;
}

#define CHECK_STATUS(outcome, expected)                                                            \
    QVERIFY2((outcome).status == (expected), describe(outcome).constData())

std::unique_ptr<RemovalRoot> openRoot(const Scratch &s)
{
    int err = 0;
    auto root = RemovalRoot::open(s.root(), &err);
    if (!root)
        qWarning("cannot open root %s: %s", s.root().c_str(), std::strerror(err));
    return root;
}

} // namespace

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
    void cancelLeavesTheRest();
    void readOnlyFilesystemAbortsRoot();
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

void RemoverTest::inUseAndLocked_data()
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

void RemoverTest::inUseAndLocked()
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
        QVERIFY2(o.reason == "in use by PID " + std::to_string(child->pid()) + " (RemoverTest)",
                 o.reason.c_str());
    if (perFile) {
        CHECK_STATUS(o, RemovalStatus::Partial); // the free file went
        QVERIFY(!exists(s.path("item/free")));
    } else {
        CHECK_STATUS(o, RemovalStatus::Skipped); // the item is kept whole
        QVERIFY(exists(s.path("item/free")));
    }
}

void RemoverTest::inUseIndexNamesTheProcess()
{
    Scratch s;
    QVERIFY(s.file("f"));
    ChildHolder child(s.path("f"), ChildHolder::Open);
    QVERIFY(child.ready());
    const InUseIndex index = InUseIndex::scan();
    struct stat st
    {
    };
    QVERIFY(::stat(s.path("f").c_str(), &st) == 0);
    const Holder *h = index.holder(idOf(st));
    QVERIFY(h);
    QCOMPARE(h->pid, int(child.pid()));
    QCOMPARE(h->command, std::string("RemoverTest"));
    QVERIFY(index.size() > 1);
}

void RemoverTest::entriesVanishMidRun()
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

void RemoverTest::rootVanishesMidRun()
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

void RemoverTest::twoRunsAtOnce()
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

void RemoverTest::rootReplacedBySymlink_data()
{
    QTest::addColumn<bool>("toOriginal");
    QTest::addRow("symlink to elsewhere") << false;
    QTest::addRow("symlink to the original directory") << true;
}

void RemoverTest::rootReplacedBySymlink()
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

void RemoverTest::touchedSincePreview()
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

void RemoverTest::perFileModeJudgesFilesAlone()
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

void RemoverTest::cancelLeavesTheRest()
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

void RemoverTest::readOnlyFilesystemAbortsRoot()
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

QTEST_APPLESS_MAIN(RemoverTest)
#include "RemoverTest.moc"
