// ItemStates: the in-use state of a scan's entries through the holder query
// (a file held open by a child process, a child's working directory), how it
// spreads to the ancestors, what the app's own descriptors count for, and the
// built-in protections.

#include "core/cleanup/ItemStates.h"
#include "core/native/Holders.h"
#include "core/native/Scanner.h"
#include "tests/app/gui/TreeFixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <map>

using namespace tempscope;
using namespace tempscope::gui;
using namespace tempscope::gui::test;

namespace {

std::map<QString, std::uint32_t> byPath(const native::ScanTree &tree)
{
    std::map<QString, std::uint32_t> out;
    for (std::uint32_t i = 1; i < tree.size(); ++i)
        out[QFile::decodeName(QByteArray::fromStdString(tree.relativePath(i)))] = i;
    return out;
}

// `sleep` holding `stdinFile` open as fd 0, in `cwd`, until the test ends.
class Holder
{
public:
    Holder(const QString &stdinFile, const QString &cwd)
    {
        m_process.setStandardInputFile(stdinFile);
        m_process.setWorkingDirectory(cwd);
        m_process.start(QStringLiteral("sleep"), {QStringLiteral("60")});
    }
    ~Holder()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    bool started() { return m_process.waitForStarted(); }
    int pid() const { return int(m_process.processId()); }

private:
    QProcess m_process;
};

} // namespace

class ItemStatesTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void heldByAnotherProcess()
    {
        TreeFixture tree;
        QVERIFY(QDir(tree.root()).mkpath(QStringLiteral("job/work")));
        QVERIFY(tree.file(QStringLiteral("job/input.csv"), 100, 3600));
        QVERIFY(tree.file(QStringLiteral("job/other.csv"), 100, 3600));
        QVERIFY(tree.file(QStringLiteral("job/work/out"), 100, 3600));
        QVERIFY(tree.file(QStringLiteral("idle.txt"), 100, 3600));
        Holder holder(tree.root() + QStringLiteral("/job/input.csv"),
                      tree.root() + QStringLiteral("/job/work"));
        QVERIFY(holder.started());
        const auto inventory = tree.scan();
        const native::ScanTree &t = inventory->tree();
        const auto p = byPath(t);

        if (!native::holdersAvailable()) {
            // No source of holders in this build (the portable POSIX backend
            // but on macOS): nobody is seen holding anything, and the callers
            // say "unknown" (the details pane, verdicts, the clean report).
            const ProcessHolders system = ProcessHolders::scan();
            QVERIFY(system.inTree(inventory->tree()).isEmpty());
            const auto states = ItemStates::evaluate(*inventory, system);
            QCOMPARE(states->heldCount(), 0);
            QVERIFY(!states->inUse(p.at(QStringLiteral("job"))));
            QVERIFY(states->holdersOf(p.at(QStringLiteral("job/input.csv"))).isEmpty());
            return;
        }
        // The child has opened its stdin before exec; its cwd is set by then too.
        std::shared_ptr<const ItemStates> states;
        QTRY_VERIFY_WITH_TIMEOUT(
            (states = ItemStates::evaluate(*inventory, ProcessHolders::scan()),
             !states->holdersOf(p.at(QStringLiteral("job/input.csv"))).isEmpty()),
            5000);

        const QList<EntryHolder> onFile = states->holdersOf(p.at(QStringLiteral("job/input.csv")));
        QCOMPARE(onFile.size(), 1);
        QCOMPARE(onFile[0].pid, holder.pid());
        QCOMPARE(onFile[0].command, QStringLiteral("sleep"));
        QCOMPARE(onFile[0].via, EntryHolder::Via::Descriptor);
        QCOMPARE(onFile[0].fd, 0);
        QCOMPARE(onFile[0].text(), QStringLiteral("PID %1 (sleep), fd 0").arg(holder.pid()));

        const QList<EntryHolder> onDir = states->holdersOf(p.at(QStringLiteral("job/work")));
        QCOMPARE(onDir.size(), 1);
        QCOMPARE(onDir[0].via, EntryHolder::Via::WorkingDirectory);
        QCOMPARE(onDir[0].text(),
                 QStringLiteral("PID %1 (sleep), working directory").arg(holder.pid()));

        // In use: the held entries and their ancestors, nothing else.
        const std::uint32_t job = p.at(QStringLiteral("job"));
        QVERIFY(states->inUse(job));
        QVERIFY(states->inUse(p.at(QStringLiteral("job/input.csv"))));
        QVERIFY(states->inUse(p.at(QStringLiteral("job/work"))));
        QVERIFY(!states->inUse(p.at(QStringLiteral("job/other.csv"))));
        QVERIFY(!states->inUse(p.at(QStringLiteral("job/work/out"))));
        QVERIFY(!states->inUse(p.at(QStringLiteral("idle.txt"))));
        QVERIFY(states->holdersOf(job).isEmpty()); // held inside, not itself
        QCOMPARE(states->heldInside(t, job),
                 (QList<std::uint32_t>{std::min(p.at(QStringLiteral("job/input.csv")),
                                                p.at(QStringLiteral("job/work"))),
                                       std::max(p.at(QStringLiteral("job/input.csv")),
                                                p.at(QStringLiteral("job/work")))}));
        const QList<EntryHolder> processes = states->processesInside(t, job);
        QCOMPARE(processes.size(), 1); // one process, however many holds
        QCOMPARE(processes[0].pid, holder.pid());
        QCOMPARE(states->heldCount(), 2);
    }

    void ownDescriptorsDoNotCount()
    {
        TreeFixture tree;
        QVERIFY(tree.file(QStringLiteral("mine.txt"), 10, 3600));
        QFile mine(tree.root() + QStringLiteral("/mine.txt"));
        QVERIFY(mine.open(QIODevice::ReadOnly));
        const auto inventory = tree.scan();
        const auto states = ItemStates::evaluate(*inventory, ProcessHolders::scan());
        QVERIFY(!states->inUse(byPath(inventory->tree()).at(QStringLiteral("mine.txt"))));
    }

    void noHoldersGiven()
    {
        TreeFixture tree;
        QVERIFY(tree.file(QStringLiteral("held.txt"), 10, 3600));
        Holder holder(tree.root() + QStringLiteral("/held.txt"), tree.root());
        QVERIFY(holder.started());
        const auto inventory = tree.scan();
        // An empty ProcessHolders asks nobody: nothing is in use.
        const auto states = ItemStates::evaluate(*inventory, ProcessHolders{});
        QCOMPARE(states->heldCount(), 0);
        QVERIFY(!states->inUse(byPath(inventory->tree()).at(QStringLiteral("held.txt"))));
    }

    void holdersAddedByIdentity()
    {
        TreeFixture tree;
        QVERIFY(QDir(tree.root()).mkpath(QStringLiteral("d")));
        QVERIFY(tree.file(QStringLiteral("d/f"), 10, 3600));
        const auto inventory = tree.scan();
        const native::ScanTree &t = inventory->tree();
        const std::uint32_t f = byPath(t).at(QStringLiteral("d/f"));
        ProcessHolders holders;
        const EntryHolder h{42, QStringLiteral("python3"), EntryHolder::Via::Mapping, -1};
        holders.add(t[f].id(), h);
        holders.add(t[f].id(), h); // once only
        QVERIFY(!holders.isEmpty());
        const auto states = ItemStates::evaluate(*inventory, holders);
        QCOMPARE(states->holdersOf(f), QList<EntryHolder>{h});
        QVERIFY(states->inUse(byPath(t).at(QStringLiteral("d"))));
        QCOMPARE(h.text(), QStringLiteral("PID 42 (python3), mapped into memory"));
        const EntryHolder handle{7, QStringLiteral("app.exe"), EntryHolder::Via::Handle, -1};
        QCOMPARE(handle.text(), QStringLiteral("PID 7 (app.exe)"));
    }

    void builtinProtections()
    {
        TreeFixture tree;
        QVERIFY(QDir(tree.root()).mkpath(QStringLiteral(".X11-unix")));
        QVERIFY(tree.file(QStringLiteral(".X11-unix/X0"), 0, 3600));
        QVERIFY(tree.file(QStringLiteral("plain.txt"), 10, 3600));
        const auto inventory = tree.scan();
        const auto states = ItemStates::evaluate(*inventory, ProcessHolders{});
        const auto p = byPath(inventory->tree());
        QVERIFY(!states->protectionOf(p.at(QStringLiteral(".X11-unix"))).isEmpty());
        QCOMPARE(states->protectionOf(p.at(QStringLiteral(".X11-unix"))),
                 ItemStates::protection(u".X11-unix"));
        QVERIFY(states->protectionOf(p.at(QStringLiteral("plain.txt"))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(ItemStatesTest)
#include "ItemStatesTest.moc"
