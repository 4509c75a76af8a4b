// The native scanner on real trees: structure, metadata, hostile names,
// links, depth, descriptor limits, mounts, parallel consistency.

#include "core/native/Scanner.h"
#include "TreeFixture.h"
#include "core/native/Listing.h"
#include "tests/native/SubtreeCount.h"

#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/un.h>

using namespace tempscope::native;
using namespace fixture;

static ScanOptions threads(unsigned n, const std::atomic<bool> *cancel = nullptr)
{
    ScanOptions o;
    o.threads = n;
    o.cancel = cancel;
    return o;
}

class ScannerTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir; // a fresh root for every test function
    std::string root() const { return m_dir->path().toStdString(); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup()
    {
        // QTemporaryDir cannot remove what QDirIterator cannot see (non-UTF-8
        // names), nor paths past PATH_MAX: rm can.
        const std::string r = root();
        QCOMPARE(std::system(("rm -rf -- '" + r + "'").c_str()), 0);
        m_dir.reset();
    }

    void listsStructureAndMetadata()
    {
        const std::string r = root();
        QVERIFY(makeDir(r + "/tmpab3_x9zq"));
        QVERIFY(writeFile(r + "/tmpab3_x9zq/data.bin", 5000));
        QVERIFY(makeDir(r + "/tmpab3_x9zq/sub"));
        QVERIFY(writeFile(r + "/tmpab3_x9zq/sub/deep.txt", 10));
        QVERIFY(writeFile(r + "/upload_k2j3h4g5.csv", 123));
        QVERIFY(setTimes(r + "/upload_k2j3h4g5.csv", 1'000'000'000, 1'100'000'000));

        const ScanResult result = scan(r);
        QVERIFY(result.ok());
        const ScanTree &t = result.tree;
        QCOMPARE(t.size(), 6u);
        QCOMPARE(paths(t),
                 (std::set<std::string>{"tmpab3_x9zq", "tmpab3_x9zq/data.bin", "tmpab3_x9zq/sub",
                                        "tmpab3_x9zq/sub/deep.txt", "upload_k2j3h4g5.csv"}));
        QVERIFY(t.errors().empty());

        const std::uint32_t csv = find(t, "upload_k2j3h4g5.csv");
        QCOMPARE(t[csv].kind, Kind::File);
        QCOMPARE(t[csv].size, 123u);
        QCOMPARE(t[csv].mtime, TimeNs(1'100'000'000) * 1'000'000'000);
        QCOMPARE(t[csv].atime, TimeNs(1'000'000'000) * 1'000'000'000);
        QCOMPARE(t[csv].parent, ScanTree::Root);
        QCOMPARE(t[csv].uid, std::uint32_t(::geteuid()));

        const std::uint32_t dir = find(t, "tmpab3_x9zq");
        QCOMPARE(t[dir].kind, Kind::Directory);
        QCOMPARE(t[dir].childCount, 2u);
        // Children are contiguous and come after their parent.
        for (std::uint32_t c = t[dir].firstChild; c < t[dir].firstChild + t[dir].childCount; ++c) {
            QCOMPARE(t[c].parent, dir);
            QVERIFY(c > dir);
        }
        QCOMPARE(t.absolutePath(find(t, "tmpab3_x9zq/sub/deep.txt")),
                 t.rootPath() + "/tmpab3_x9zq/sub/deep.txt");
    }

    void keepsHostileNamesAsBytes_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::newRow("latin-1 byte (not UTF-8)") << QByteArray("caf\xe9.txt");
        QTest::newRow("lone continuation byte") << QByteArray("\x80\x81name");
        QTest::newRow("newline") << QByteArray("two\nlines");
        QTest::newRow("leading dash") << QByteArray("-rf");
        QTest::newRow("control characters") << QByteArray("bell\x07tab\tesc\x1b");
        QTest::newRow("valid UTF-8") << QByteArray("Grüße-日本");
        QTest::newRow("255 bytes") << QByteArray(255, 'n');
    }
    void keepsHostileNamesAsBytes()
    {
        QFETCH(QByteArray, name);
        const std::string n = name.toStdString();
        QVERIFY(writeFile(root() + "/" + n, 1));
        QVERIFY(makeDir(root() + "/d" + (n.size() < 255 ? n : n.substr(1))));
        const ScanResult result = scan(root());
        QVERIFY(result.ok());
        QCOMPARE(result.tree.size(), 3u);
        QVERIFY(find(result.tree, n) != 0);
    }

    void linksAreListedNotFollowed()
    {
        QTemporaryDir outside;
        const std::string r = root();
        const std::string out = outside.path().toStdString();
        QVERIFY(writeFile(out + "/secret", 42));
        QCOMPARE(::symlink(out.c_str(), (r + "/to-dir").c_str()), 0);
        QCOMPARE(::symlink((out + "/secret").c_str(), (r + "/to-file").c_str()), 0);
        QCOMPARE(::symlink("/nonexistent/target", (r + "/dangling").c_str()), 0);
        QCOMPARE(::symlink("loop-b", (r + "/loop-a").c_str()), 0);
        QCOMPARE(::symlink("loop-a", (r + "/loop-b").c_str()), 0);

        const ScanResult result = scan(r);
        QVERIFY(result.ok());
        const ScanTree &t = result.tree;
        QCOMPARE(paths(t),
                 (std::set<std::string>{"to-dir", "to-file", "dangling", "loop-a", "loop-b"}));
        for (std::uint32_t i = 1; i < t.size(); ++i) {
            QCOMPARE(t[i].kind, Kind::Symlink);
            QCOMPARE(t[i].childCount, 0u);
        }
        QVERIFY(t.errors().empty());
    }

    void rootThroughSymlinkIsResolvedOnce()
    {
        QVERIFY(writeFile(root() + "/a", 1));
        QTemporaryDir other;
        const std::string link = other.path().toStdString() + "/link";
        QCOMPARE(::symlink(root().c_str(), link.c_str()), 0);
        const ScanResult result = scan(link);
        QVERIFY(result.ok());
        char *real = ::realpath(root().c_str(), nullptr);
        QCOMPARE(result.tree.rootPath(), std::string(real));
        std::free(real);
        QCOMPARE(result.tree.size(), 2u);
    }

    void badRootsAreClearErrors()
    {
        const ScanResult missing = scan(root() + "/missing");
        QVERIFY(!missing.ok());
        QCOMPARE(missing.rootError.code, ENOENT);
        QCOMPARE(missing.rootError.message, std::string("does not exist"));

        QVERIFY(writeFile(root() + "/file", 1));
        const ScanResult file = scan(root() + "/file");
        QCOMPARE(file.rootError.code, ENOTDIR);
        QCOMPARE(file.rootError.message, std::string("is not a directory"));
    }

    void deepTreeNeedsNoPathAndNoStack()
    {
        // 5000 levels: relative paths reach 10,000 bytes, far past PATH_MAX.
        const int depth = 5000;
        const int rootFd = ::open(root().c_str(), O_RDONLY | O_DIRECTORY);
        int fd = ::dup(rootFd);
        for (int i = 0; i < depth; ++i) {
            QCOMPARE(::mkdirat(fd, "d", 0755), 0);
            const int next = ::openat(fd, "d", O_RDONLY | O_DIRECTORY);
            QVERIFY(next >= 0);
            ::close(fd);
            fd = next;
        }
        QCOMPARE(::close(::openat(fd, "bottom", O_WRONLY | O_CREAT, 0644)), 0);
        ::close(fd);
        ::close(rootFd);

        const ScanResult result = scan(root());
        QVERIFY(result.ok());
        QCOMPARE(result.tree.size(), std::uint32_t(depth + 2));
        QVERIFY(result.tree.errors().empty());
        const std::uint32_t last = result.tree.size() - 1;
        QCOMPARE(result.tree.name(last), std::string_view("bottom"));
        QCOMPARE(result.tree.relativePath(last).size(), std::size_t(depth * 2 + 6));
    }

    void wideTreeUnderLowDescriptorLimit()
    {
        // 400 subdirectories with RLIMIT_NOFILE=64: queued directories cannot
        // all hold a descriptor; the rest are reopened from the root.
        for (int i = 0; i < 400; ++i) {
            const std::string d = root() + "/dir" + std::to_string(i);
            QVERIFY(makeDir(d));
            QVERIFY(makeDir(d + "/inner"));
            QVERIFY(writeFile(d + "/inner/f", 1));
        }
        struct rlimit old
        {
        };
        QCOMPARE(::getrlimit(RLIMIT_NOFILE, &old), 0);
        struct rlimit low = old;
        low.rlim_cur = 64;
        QCOMPARE(::setrlimit(RLIMIT_NOFILE, &low), 0);
        const ScanResult result = scan(root(), threads(4));
        ::setrlimit(RLIMIT_NOFILE, &old);
        QVERIFY(result.ok());
        QVERIFY(result.tree.errors().empty());
        QCOMPARE(result.tree.size(), 1u + 400 * 3);
    }

    void specialFilesAreListedWithoutHanging()
    {
        const std::string r = root();
        QCOMPARE(::mkfifo((r + "/fifo").c_str(), 0644), 0);
        const int sock = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        const std::string sp = r + "/sock";
        QVERIFY(sp.size() < sizeof addr.sun_path);
        std::copy(sp.begin(), sp.end(), addr.sun_path);
        QCOMPARE(::bind(sock, reinterpret_cast<sockaddr *>(&addr), sizeof addr), 0);
        QCOMPARE(::listen(sock, 1), 0);

        const ScanResult result = scan(r);
        ::close(sock);
        QVERIFY(result.ok());
        QCOMPARE(result.tree[find(result.tree, "fifo")].kind, Kind::Fifo);
        QCOMPARE(result.tree[find(result.tree, "sock")].kind, Kind::Socket);
    }

    void mountInsideRootIsNotEntered()
    {
        if (::geteuid() != 0)
            QSKIP("mounting a tmpfs needs root");
        const std::string mnt = root() + "/mnt";
        QVERIFY(makeDir(mnt));
        if (::mount("tempscope-test", mnt.c_str(), "tmpfs", 0, "size=1m") != 0)
            QSKIP(qPrintable(
                QStringLiteral("mount refused: %1").arg(QString::fromLocal8Bit(strerror(errno)))));
        QVERIFY(writeFile(mnt + "/inside", 1));
        const ScanResult result = scan(root());
        ::umount2(mnt.c_str(), MNT_DETACH);
        QVERIFY(result.ok());
        QCOMPARE(paths(result.tree), std::set<std::string>{"mnt"});
        const Entry &e = result.tree[find(result.tree, "mnt")];
        QVERIFY(e.has(Entry::MountPoint));
        QVERIFY(e.has(Entry::NotListed));
    }

    // A bind mount keeps the device number: the scanner still stops there
    // (the Linux backend by statx's mount-root attribute, the portable one
    // built on Linux by the same attribute read without opening the
    // directory; elsewhere bind mounts report a device of their own). The
    // top-level listing flags it too.
    void bindMountOfTheSameDeviceIsNotEntered()
    {
        if (::geteuid() != 0)
            QSKIP("bind mounts need root");
        const std::string r = root();
        QVERIFY(makeDir(r + "/src"));
        QVERIFY(writeFile(r + "/src/inside", 1));
        QVERIFY(makeDir(r + "/bound"));
        if (::mount((r + "/src").c_str(), (r + "/bound").c_str(), nullptr, MS_BIND, nullptr) != 0)
            QSKIP(qPrintable(
                QStringLiteral("mount refused: %1").arg(QString::fromLocal8Bit(strerror(errno)))));
        const ScanResult result = scan(r);
        const TopLevel top = listTopLevel(r);
        ::umount2((r + "/bound").c_str(), MNT_DETACH);
        QVERIFY(result.ok());
        QCOMPARE(paths(result.tree), (std::set<std::string>{"bound", "src", "src/inside"}));
        const Entry &e = result.tree[find(result.tree, "bound")];
        QCOMPARE(e.device, result.tree[find(result.tree, "src")].device);
        QVERIFY(e.has(Entry::MountPoint));
        QVERIFY(e.has(Entry::NotListed));
        QVERIFY(top.ok());
        bool flagged = false;
        for (const ListedEntry &l : top.entries)
            flagged |= l.name == "bound" && l.entry.has(Entry::MountPoint);
        QVERIFY(flagged);
    }

    void longListingsAreContiguousBlocks()
    {
        // Listings past the buffering limit are appended while they are read,
        // with the tree locked; two of them at once, beside short ones, on
        // four threads: every directory's children stay one block, and the
        // subdirectories found in a long listing are listed in turn.
        const std::string r = root();
        for (const char *big : {"big1", "big2"}) {
            QVERIFY(makeDir(r + "/" + big));
            for (int i = 0; i < 9000; ++i)
                QVERIFY(writeFile(r + "/" + big + "/f" + std::to_string(i)));
            for (int i : {5, 8500}) { // one inside the buffered start, one past it
                const std::string d = r + "/" + big + "/d" + std::to_string(i);
                QVERIFY(makeDir(d));
                QVERIFY(writeFile(d + "/inner"));
            }
        }
        for (int i = 0; i < 20; ++i) {
            QVERIFY(makeDir(r + "/small" + std::to_string(i)));
            QVERIFY(writeFile(r + "/small" + std::to_string(i) + "/g"));
        }
        const ScanResult result = scan(r, threads(4));
        QVERIFY(result.ok());
        QVERIFY(result.tree.errors().empty());
        const ScanTree &t = result.tree;
        QCOMPARE(t.size(), 1u + 2 * (1 + 9000 + 2 * 2) + 20 * 2);
        std::uint64_t children = 0;
        for (std::uint32_t i = 0; i < t.size(); ++i) {
            const Entry &e = t[i];
            if (!e.isDir())
                continue;
            QVERIFY(!e.has(Entry::NotListed));
            children += e.childCount;
            for (std::uint32_t c = e.firstChild; c < e.firstChild + e.childCount; ++c)
                QCOMPARE(t[c].parent, i);
        }
        QCOMPARE(children, std::uint64_t(t.size() - 1));
        for (const char *p :
             {"big1/f0", "big1/f8999", "big2/d5/inner", "big2/d8500/inner", "big1/d8500/inner"})
            QVERIFY2(find(t, p) != 0, p);
        QCOMPARE(t[find(t, "big2")].childCount, 9002u);
    }

    void parallelScanMatchesSingleThreaded()
    {
        for (int i = 0; i < 60; ++i) {
            const std::string d =
                root() + "/family" + std::to_string(i % 7) + "_" + std::to_string(i);
            QVERIFY(makeDir(d));
            for (int j = 0; j < 30; ++j) {
                QVERIFY(writeFile(d + "/f" + std::to_string(j), std::size_t(j)));
                if (j % 10 == 0) {
                    QVERIFY(makeDir(d + "/s" + std::to_string(j)));
                    QVERIFY(writeFile(d + "/s" + std::to_string(j) + "/g", 3));
                }
            }
        }
        const ScanResult one = scan(root(), threads(1));
        const ScanResult four = scan(root(), threads(4));
        QVERIFY(one.ok() && four.ok());
        QCOMPARE(one.tree.size(), four.tree.size());
        QCOMPARE(paths(one.tree), paths(four.tree));
        std::map<std::string, std::uint64_t> sizes;
        for (std::uint32_t i = 1; i < one.tree.size(); ++i)
            sizes[one.tree.relativePath(i)] = one.tree[i].size;
        for (std::uint32_t i = 1; i < four.tree.size(); ++i) {
            const Entry &e = four.tree[i];
            QVERIFY(e.parent < i);
            QCOMPARE(e.size, sizes[four.tree.relativePath(i)]);
        }
    }

    void cancelStopsEarlyAndSaysSo()
    {
        for (int i = 0; i < 50; ++i) {
            QVERIFY(makeDir(root() + "/d" + std::to_string(i)));
            QVERIFY(writeFile(root() + "/d" + std::to_string(i) + "/f", 1));
        }
        std::atomic<bool> cancel{true};
        const ScanResult result = scan(root(), threads(2, &cancel));
        QVERIFY(result.ok());
        QVERIFY(result.tree.cancelled());
        QVERIFY(result.tree[ScanTree::Root].has(Entry::NotListed));
    }

    // The progressive callbacks: the root's listing first, alone in the
    // tree; then each entered child of the root exactly once, with its whole
    // subtree in place (the same as in the finished tree), on any number of
    // threads, and also when the scan is stopped right after the listing.
    void reportsTopLevelThenEachSubtree_data()
    {
        QTest::addColumn<unsigned>("threadCount");
        QTest::addColumn<bool>("stop");
        QTest::newRow("1 thread") << 1u << false;
        QTest::newRow("4 threads") << 4u << false;
        QTest::newRow("4 threads, stopped") << 4u << true;
    }
    void reportsTopLevelThenEachSubtree()
    {
        QFETCH(unsigned, threadCount);
        QFETCH(bool, stop);
        const std::string r = root();
        for (int i = 0; i < 12; ++i) {
            const std::string d = r + "/dir" + std::to_string(i);
            QVERIFY(makeDir(d));
            for (int j = 0; j < i * 3; ++j) {
                QVERIFY(makeDir(d + "/s" + std::to_string(j)));
                QVERIFY(writeFile(d + "/s" + std::to_string(j) + "/f", std::size_t(j)));
            }
        }
        QVERIFY(writeFile(r + "/file", 7));
        QVERIFY(::symlink("dir0", (r + "/link").c_str()) == 0);

        const auto subtreeSize = [](const ScanTree &t, std::uint32_t i) {
            return std::uint64_t(test::subtreeCount(t, i));
        };
        std::atomic<bool> cancel{false};
        std::mutex mutex;
        std::set<std::string> listedNames;
        std::map<std::string, std::uint64_t> doneSizes; // child name -> subtree size then
        int listedCalls = 0;
        bool doneBeforeListed = false;
        bool listedAlone = false;
        bool wrongDone = false;
        ScanOptions options = threads(threadCount, &cancel);
        options.topLevelListed = [&](const ScanTree &t) {
            std::lock_guard lock(mutex);
            ++listedCalls;
            doneBeforeListed = !doneSizes.empty();
            const Entry &rootEntry = t[ScanTree::Root];
            listedAlone = t.size() == 1 + rootEntry.childCount;
            for (std::uint32_t c = rootEntry.firstChild;
                 c < rootEntry.firstChild + rootEntry.childCount; ++c)
                listedNames.insert(std::string(t.name(c)));
            if (stop)
                cancel = true;
        };
        options.subtreeDone = [&](const ScanTree &t, std::uint32_t child) {
            std::lock_guard lock(mutex);
            const std::string name(t.name(child));
            if (doneSizes.count(name) || t[child].parent != ScanTree::Root)
                wrongDone = true; // twice, or not a child of the root
            doneSizes[name] = subtreeSize(t, child);
        };
        const ScanResult result = scan(r, options);
        QVERIFY(result.ok());
        QCOMPARE(listedCalls, 1);
        QVERIFY(listedAlone);
        QVERIFY(!doneBeforeListed);
        QVERIFY(!wrongDone);
        QCOMPARE(result.tree.cancelled(), stop);
        std::set<std::string> all;
        for (int i = 0; i < 12; ++i)
            all.insert("dir" + std::to_string(i));
        std::set<std::string> done;
        for (const auto &[name, size] : doneSizes) {
            done.insert(name);
            QCOMPARE(size, subtreeSize(result.tree, find(result.tree, name)));
        }
        QCOMPARE(done, all); // the directories; not the file, not the link
        all.insert("file");
        all.insert("link");
        QCOMPARE(listedNames, all);
        if (!stop)
            QCOMPARE(doneSizes["dir11"], 1u + 33u * 2u);
    }

    void progressIsReported()
    {
        for (int i = 0; i < 9000; ++i)
            QVERIFY(writeFile(root() + "/f" + std::to_string(i)));
        std::atomic<std::uint64_t> last{0};
        ScanOptions options;
        options.progress = [&](const ScanProgress &p) { last = p.entries; };
        const ScanResult result = scan(root(), options);
        QVERIFY(result.ok());
        QVERIFY(last.load() >= 8192);
    }
};

QTEST_APPLESS_MAIN(ScannerTest)
#include "ScannerTest.moc"
