// The trash below the remover (Trash.h, RemovalRoot::moveToTrash): the
// .trashinfo first and exact, unique names, what keeps an item out of the
// trash, and a dry run that creates nothing. Where the trash may lie is
// tested through the executor with real mounts (CleanupTrashTest).

#include "RemoverFixture.h"

#include "core/native/Trash.h"

#include <QTest>

#include <sys/file.h>

using namespace fixture;

namespace {

std::string readFile(const std::string &path)
{
    std::string out;
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    char buf[4096];
    ssize_t n;
    while (fd >= 0 && (n = ::read(fd, buf, sizeof buf)) > 0)
        out.append(buf, std::size_t(n));
    if (fd >= 0)
        ::close(fd);
    return out;
}

// The Path= line of a .trashinfo.
std::string pathLine(const std::string &info)
{
    const auto at = info.find("\nPath=");
    if (at == std::string::npos)
        return {};
    return info.substr(at + 6, info.find('\n', at + 1) - at - 6);
}

} // namespace

class TrashTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<Scratch> m_s; // the root
    std::unique_ptr<Scratch> m_d; // the data home (XDG_DATA_HOME), same file system
    std::unique_ptr<RemovalRoot> m_root;
    std::unique_ptr<TrashDir> m_trash;
    std::string trashPath(const std::string &rel) const { return m_d->path("Trash/" + rel); }
    TrashEnvironment env(bool create = true) const
    {
        TrashEnvironment e;
        e.dataHome = m_d->root();
        e.uid = ::geteuid();
        e.create = create;
        return e;
    }

private Q_SLOTS:
    void init()
    {
        m_s = std::make_unique<Scratch>(fastBase());
        m_d = std::make_unique<Scratch>(fastBase());
        QVERIFY(m_s->ok() && m_d->ok());
        int err = 0;
        m_root = RemovalRoot::open(m_s->root(), &err);
        QVERIFY(m_root);
        std::string why;
        m_trash = TrashDir::locate(m_s->root(), m_root->id(), env(), &why);
        QVERIFY2(m_trash, why.c_str());
        QCOMPARE(int(m_trash->kind()), int(TrashDir::Kind::Home));
        QCOMPARE(m_trash->path(), m_d->path("Trash"));
    }
    void cleanup()
    {
        m_trash.reset();
        m_root.reset();
        m_s.reset();
        m_d.reset();
    }

    void movesWithItsTrashInfo()
    {
        QVERIFY(m_s->dir("dir") && m_s->file("dir/a b%c", "12345") &&
                m_s->file("dir/inner", "1234567"));
        const RemovalOutcome o = m_root->moveToTrash(targetFor(*m_s, "dir"), policy(), *m_trash);
        QCOMPARE(int(o.status), int(RemovalStatus::Removed));
        QCOMPARE(o.bytesTrashed, std::uint64_t(12));
        QCOMPARE(o.bytesFreed, std::uint64_t(0));
        QCOMPARE(o.entriesRemoved, std::uint64_t(3));
        QCOMPARE(o.trashedAs, trashPath("files/dir"));
        QVERIFY(!exists(m_s->path("dir")));
        QCOMPARE(readFile(trashPath("files/dir/a b%c")), std::string("12345"));
        const std::string info = readFile(trashPath("info/dir.trashinfo"));
        QVERIFY2(info.rfind("[Trash Info]\nPath=", 0) == 0, info.c_str());
        QCOMPARE(pathLine(info), percentEncode(m_s->path("dir")));
        QVERIFY(info.find("\nDeletionDate=") != std::string::npos);
        QCOMPARE(percentEncode("/t/a b%c\xff\n~._-"), std::string("/t/a%20b%25c%FF%0A~._-"));
        QVERIFY(trashInfoText("x", 0).rfind("[Trash Info]\nPath=x\nDeletionDate=19", 0) == 0);
    }

    void namesStayUniqueAndShortEnough()
    {
        const std::string longName(255, 'n');
        const std::string notUtf8 = "\xff\xfe-\n";
        QVERIFY(m_s->file("dup", "1") && m_s->dir("sub") && m_s->file("sub/dup", "22") &&
                m_s->file("" + longName, "333") && m_s->file("" + notUtf8, "4444"));
        // Somebody's .trashinfo already holds "dup.3": it is not overwritten.
        QVERIFY(m_d->file("Trash/info/dup.3.trashinfo", "theirs", 0600));
        // ... and files/dup.4 without its .trashinfo: ours for it is taken back.
        QVERIFY(m_d->file("Trash/files/dup.4", "orphan", 0600));
        for (const std::string rel : {"dup", "sub/dup", "sub2/dup"}) {
            if (rel == "sub2/dup")
                QVERIFY(m_s->dir("sub2") && m_s->file("sub2/dup", "55555"));
            const RemovalOutcome o =
                m_root->moveToTrash(targetFor(*m_s, "" + rel), policy(), *m_trash);
            QCOMPARE(int(o.status), int(RemovalStatus::Removed));
        }
        QCOMPARE(readFile(trashPath("files/dup")), std::string("1"));
        QCOMPARE(readFile(trashPath("files/dup.2")), std::string("22"));
        QCOMPARE(readFile(trashPath("files/dup.5")), std::string("55555"));
        QCOMPARE(readFile(trashPath("files/dup.4")), std::string("orphan"));
        QVERIFY(!exists(trashPath("info/dup.4.trashinfo")));
        QCOMPARE(readFile(trashPath("info/dup.3.trashinfo")), std::string("theirs"));
        QCOMPARE(pathLine(readFile(trashPath("info/dup.2.trashinfo"))),
                 percentEncode(m_s->path("sub/dup")));

        RemovalOutcome o = m_root->moveToTrash(targetFor(*m_s, "" + longName), policy(), *m_trash);
        QCOMPARE(int(o.status), int(RemovalStatus::Removed));
        const std::string shortened(255 - 10, 'n'); // NAME.trashinfo fits NAME_MAX
        QCOMPARE(readFile(trashPath("files/" + shortened)), std::string("333"));
        QCOMPARE(pathLine(readFile(trashPath("info/" + shortened + ".trashinfo"))),
                 percentEncode(m_s->path("" + longName)));
        o = m_root->moveToTrash(targetFor(*m_s, "" + notUtf8), policy(), *m_trash);
        QCOMPARE(int(o.status), int(RemovalStatus::Removed));
        QCOMPARE(readFile(trashPath("files/" + notUtf8)), std::string("4444"));
        const std::string line = pathLine(readFile(trashPath("info/" + notUtf8 + ".trashinfo")));
        QVERIFY2(line.size() > 11 && line.compare(line.size() - 11, 11, "/%FF%FE-%0A") == 0,
                 line.c_str());
    }

    // What remove() would keep keeps the item whole out of the trash; no .trashinfo stays behind.
    void whatRemoveKeepsStaysOutOfTheTrash_data()
    {
        QTest::addColumn<int>("what");
        QTest::addColumn<int>("code");
        QTest::newRow("a locked file inside") << 0 << int(KeepReason::Locked);
        QTest::newRow("a FIFO inside (it would stay)") << 1 << int(KeepReason::SpecialFile);
        QTest::newRow("changed since preview") << 2 << int(KeepReason::ChangedSincePreview);
        QTest::newRow("newer than the cutoff") << 3 << int(KeepReason::TooNew);
    }
    void whatRemoveKeepsStaysOutOfTheTrash()
    {
        QFETCH(int, what);
        QFETCH(int, code);
        QVERIFY(m_s->dir("item") && m_s->file("item/f", "data"));
        RemovalTarget t = targetFor(*m_s, "item");
        RemovalPolicy p = policy();
        int locked = -1;
        switch (what) {
        case 0:
            locked = ::open(m_s->path("item/f").c_str(), O_RDONLY | O_CLOEXEC);
            QVERIFY(locked >= 0 && ::flock(locked, LOCK_EX) == 0);
            break;
        case 1:
            QVERIFY(::mkfifo(m_s->path("item/fifo").c_str(), 0600) == 0);
            t = targetFor(*m_s, "item");
            break;
        case 2:
            t.id.inode += 1;
            break;
        case 3:
            p.cutoff = nowNs() - Hour;
            break;
        }
        const RemovalOutcome o = m_root->moveToTrash(t, p, *m_trash);
        if (locked >= 0)
            ::close(locked);
        QCOMPARE(int(o.status), int(RemovalStatus::Skipped));
        QCOMPARE(int(o.code), code);
        QCOMPARE(o.bytesTrashed, std::uint64_t(0));
        QVERIFY(exists(m_s->path("item/f")));
        QCOMPARE(listNames(trashPath("files")), std::vector<std::string>());
        QCOMPARE(listNames(trashPath("info")), std::vector<std::string>());
    }

    void dryRunCreatesNothing()
    {
        m_trash.reset();
        forceRemove(m_d->path("Trash"));
        QVERIFY(m_s->file("f", "123"));
        std::string why;
        const auto dry = TrashDir::locate(m_s->root(), m_root->id(), env(false), &why);
        QVERIFY2(dry, why.c_str());
        QVERIFY(!dry->canMove());
        RemovalPolicy p = policy();
        p.dryRun = true;
        RemovalOutcome o = m_root->moveToTrash(targetFor(*m_s, "f"), p, *dry);
        QCOMPARE(int(o.status), int(RemovalStatus::Removed));
        QCOMPARE(o.bytesTrashed, std::uint64_t(3));
        QVERIFY(exists(m_s->path("f")));
        QVERIFY(!exists(m_d->path("Trash")));
        o = m_root->moveToTrash(targetFor(*m_s, "f"), policy(), *dry);
        QCOMPARE(int(o.status), int(RemovalStatus::Failed));
        QVERIFY(exists(m_s->path("f")));
    }

    void refusedTrashes()
    {
        // The home trash inside the root being cleaned.
        QVERIFY(m_s->dir("data", 0700));
        TrashEnvironment inside = env();
        inside.dataHome = m_s->path("data");
        std::string why;
        QVERIFY(!TrashDir::locate(m_s->root(), m_root->id(), inside, &why));
        QVERIFY2(why.find("lies inside the root being cleaned") != std::string::npos, why.c_str());
        QVERIFY(!exists(m_s->path("data/Trash")));
        // The home trash itself as the root.
        int rootError = 0;
        const auto trashRoot = RemovalRoot::open(m_d->path("Trash"), &rootError);
        QVERIFY(trashRoot);
        why.clear();
        QVERIFY(!TrashDir::locate(m_d->path("Trash"), trashRoot->id(), env(), &why));
        QVERIFY2(why.find("lies inside the root being cleaned") != std::string::npos, why.c_str());
        // A trash located for another root is not used for this one.
        QVERIFY(m_s->dir("other") && m_s->file("f"));
        int err = 0;
        auto other = RemovalRoot::open(m_s->path("other"), &err);
        QVERIFY(other);
        const RemovalOutcome o = other->moveToTrash(targetFor(*m_s, "f"), policy(), *m_trash);
        QCOMPARE(int(o.status), int(RemovalStatus::Failed));
        QVERIFY(exists(m_s->path("f")));
    }
};

QTEST_APPLESS_MAIN(TrashTest)
#include "TrashTest.moc"
