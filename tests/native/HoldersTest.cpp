// The holder query on POSIX (core/native/Holders.h): a child process holding
// a file open, mapped, or as its working directory is named with its pid,
// its name and how it holds the entry, for the entries of a scanned tree and
// for paths; nobody holds what nobody opened; a gone path says so.

#include "RemoverFixture.h"

#include "core/native/Holders.h"
#include "core/native/Scanner.h"

#include <QTest>

#include <algorithm>
#include <map>
#include <string_view>

using namespace tempscope::native;
using namespace fixture;

namespace {

std::map<std::string, std::uint32_t> byPath(const ScanTree &tree)
{
    std::map<std::string, std::uint32_t> out;
    for (std::uint32_t i = 1; i < tree.size(); ++i)
        out[tree.relativePath(i)] = i;
    return out;
}

bool holds(const std::vector<FileHolder> &holders, pid_t pid, FileHolder::Via via)
{
    return std::any_of(holders.begin(), holders.end(), [&](const FileHolder &h) {
        return h.pid == int(pid) && h.via == via && h.command == "HoldersTest";
    });
}

} // namespace

class HoldersTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The portable POSIX backend has no source of holders but on macOS
    // (libproc): there it says so, and every answer is empty ("unknown").
    void saysWhetherThereIsASource()
    {
        Scratch s;
        QVERIFY(s.file("f"));
        ChildHolder opener(s.path("f"), ChildHolder::Open);
        QVERIFY(opener.ready());
        const std::vector<PathHolders> h = holdersOf(std::vector<NativeString>{s.path("f")});
#if TEMPSCOPE_PORTABLE_POSIX && !defined(__APPLE__)
        QVERIFY(!holdersAvailable());
        QVERIFY(h[0].holders.empty());
        QCOMPARE(InUseIndex::scan().size(), std::size_t(0));
#else
        QVERIFY(holdersAvailable());
        QVERIFY(holds(h[0].holders, opener.pid(), FileHolder::Via::Descriptor));
#endif
    }

    void init()
    {
        if (!holdersAvailable() &&
            std::string_view(QTest::currentTestFunction()) != "saysWhetherThereIsASource")
            QSKIP("no source of holders in this build: the in-use state is unknown");
    }

    void namesHoldersOfTreeEntries()
    {
        Scratch s;
        QVERIFY(s.dir("d") && s.file("d/open") && s.file("mapped") && s.file("free"));
        ChildHolder opener(s.path("d/open"), ChildHolder::Open);
        ChildHolder mapper(s.path("mapped"), ChildHolder::Mapped);
        QVERIFY(opener.ready() && mapper.ready());
        const ScanResult scanned = scan(s.root());
        QVERIFY(scanned.ok());
        const auto paths = byPath(scanned.tree);
        const TreeHolders held = holdersInTree(scanned.tree);

        const auto open = held.find(paths.at("d/open"));
        QVERIFY(open != held.end());
        QVERIFY(holds(open->second, opener.pid(), FileHolder::Via::Descriptor));
        const auto it = std::find_if(open->second.begin(), open->second.end(),
                                     [&](const FileHolder &h) { return h.pid == opener.pid(); });
        QVERIFY(it->fd >= 0); // the child's descriptor number
        const auto mapped = held.find(paths.at("mapped"));
        QVERIFY(mapped != held.end());
        QVERIFY(holds(mapped->second, mapper.pid(), FileHolder::Via::Mapping));
        QVERIFY(!holds(mapped->second, mapper.pid(), FileHolder::Via::Descriptor)); // closed
        QVERIFY(held.find(paths.at("free")) == held.end());
        QVERIFY(held.find(paths.at("d")) == held.end()); // the parent is not held itself
    }

    void workingDirectoryHolds()
    {
        Scratch s;
        QVERIFY(s.dir("cwd"));
        const pid_t pid = ::fork();
        if (pid == 0) {
            if (::chdir(s.path("cwd").c_str()) != 0)
                ::_exit(1);
            for (;;)
                ::pause();
        }
        QVERIFY(pid > 0);
        bool found = false;
        for (int attempt = 0; attempt < 100 && !found; ++attempt) {
            const std::vector<PathHolders> h = holdersOf(std::vector<NativeString>{s.path("cwd")});
            found = holds(h[0].holders, pid, FileHolder::Via::WorkingDirectory);
            if (!found)
                QTest::qWait(20); // until the child has changed directory
        }
        ::kill(pid, SIGKILL);
        ::waitpid(pid, nullptr, 0);
        QVERIFY(found);
    }

    void pathsOneByOne()
    {
        Scratch s;
        QVERIFY(s.file("held") && s.file("free"));
        ChildHolder child(s.path("held"), ChildHolder::Open);
        QVERIFY(child.ready());
        const std::vector<NativeString> paths{s.path("held"), s.path("free"), s.path("gone")};
        const std::vector<PathHolders> h = holdersOf(paths);
        QCOMPARE(h.size(), std::size_t(3));
        QCOMPARE(h[0].error, 0);
        QVERIFY(holds(h[0].holders, child.pid(), FileHolder::Via::Descriptor));
        QCOMPARE(h[1].error, 0);
        QVERIFY(h[1].holders.empty());
        QCOMPARE(h[2].error, ENOENT);
        QVERIFY(h[2].holders.empty());
        QVERIFY(holdersOf({}).empty());
    }

    void ownProcessCountsToo()
    {
        // The caller decides whether its own descriptors count (the GUI's
        // item states do not, the playground's lesson does).
        Scratch s;
        QVERIFY(s.file("mine"));
        const int fd = ::open(s.path("mine").c_str(), O_RDONLY | O_CLOEXEC);
        QVERIFY(fd >= 0);
        const std::vector<PathHolders> h = holdersOf(std::vector<NativeString>{s.path("mine")});
        ::close(fd);
        QVERIFY(holds(h[0].holders, ::getpid(), FileHolder::Via::Descriptor));
    }

    void inUseIndexKeepsTheFirstHolder()
    {
        Scratch s;
        QVERIFY(s.file("f"));
        ChildHolder child(s.path("f"), ChildHolder::Open);
        QVERIFY(child.ready());
        struct stat st
        {
        };
        QVERIFY(::stat(s.path("f").c_str(), &st) == 0);
        const InUseIndex index = InUseIndex::scan();
        const Holder *h = index.holder(idOf(st));
        QVERIFY(h);
        QCOMPARE(h->pid, int(child.pid()));
        const std::vector<PathHolders> all = holdersOf(std::vector<NativeString>{s.path("f")});
        QVERIFY(!all[0].holders.empty());
        QCOMPARE(all[0].holders.front().pid, h->pid); // the same source, the same order
        QCOMPARE(all[0].holders.front().command, h->command);
    }

    // The preview's index (both platforms): the held entries of one tree,
    // as the whole-system index names them, and nothing else of the tree.
    void indexOfTreeAgreesWithTheSystemIndex()
    {
        Scratch s;
        QVERIFY(s.dir("d") && s.file("d/held") && s.file("free"));
        ChildHolder child(s.path("d/held"), ChildHolder::Open);
        QVERIFY(child.ready());
        const ScanResult scanned = scan(s.root());
        QVERIFY(scanned.ok());
        const auto paths = byPath(scanned.tree);
        const InUseIndex ofTree = InUseIndex::ofTree(scanned.tree);
        const InUseIndex system = InUseIndex::scan();
        const FileId held = scanned.tree[paths.at("d/held")].id();
        QVERIFY(ofTree.holder(held));
        QCOMPARE(ofTree.holder(held)->pid, int(child.pid()));
        QCOMPARE(ofTree.holder(held)->command, system.holder(held)->command);
        QVERIFY(!ofTree.holder(scanned.tree[paths.at("free")].id()));
        for (std::uint32_t i = 0; i < scanned.tree.size(); ++i)
            QCOMPARE(bool(ofTree.holder(scanned.tree[i].id())),
                     bool(system.holder(scanned.tree[i].id())));
    }
};

QTEST_GUILESS_MAIN(HoldersTest)
#include "HoldersTest.moc"
