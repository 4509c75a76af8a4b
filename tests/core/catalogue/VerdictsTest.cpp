// Orphan verdicts against real processes: a child renamed to the program
// (prctl PR_SET_NAME, exec -a) alive and then killed, a pid reused by
// another program (by name, and by start time), a file held open, a name no
// program is known for.

#include "core/catalogue/Verdicts.h"

#include "core/inventory/PathText.h"
#include "core/native/Holders.h"
#include "core/native/Processes.h"
#include "core/native/Scanner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#ifdef __linux__
#include <csignal>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace tempscope;

namespace {

struct Scanned
{
    std::shared_ptr<const Inventory> inventory;
    const ItemVerdict *find(const ItemVerdicts &v, const QString &name) const
    {
        for (qsizetype i = 0; i < inventory->items().size(); ++i) {
            if (inventory->items()[i].name == name)
                return &v.at(i);
        }
        return nullptr;
    }
};

Scanned scanRoot(const QString &root)
{
    native::ScanResult r = native::scan(nativePath(root), {});
    auto tree = std::make_shared<const native::ScanTree>(std::move(r.tree));
    return {std::make_shared<const Inventory>(tree, PrefixFamilies())};
}

#ifdef __linux__
// A child that names itself (comm) and waits to be killed.
pid_t spawnNamed(const char *name)
{
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::prctl(PR_SET_NAME, name, 0, 0, 0);
        for (;;)
            ::pause();
    }
    return pid;
}

void reap(pid_t pid)
{
    ::kill(pid, SIGKILL);
    ::waitpid(pid, nullptr, 0);
}

// Is the process's new name visible yet (prctl runs after fork returns)?
bool waitForName(pid_t pid, const char *name)
{
    for (int i = 0; i < 200; ++i) {
        const auto info = native::processInfo(pid);
        if (info && info->comm == name)
            return true;
        QThread::msleep(10);
    }
    return false;
}
#endif

} // namespace

class VerdictsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    void mkdir(const QString &name) { QVERIFY(QDir(m_dir.path()).mkdir(name)); }

    // Where this build sees no process's open files or no process list (the
    // portable POSIX backend built on Linux), a verdict that needs them is
    // unknown, with the reason, never orphan: checked on an item named after
    // a pid that is not running, then the test has nothing more to show.
    bool unknownWithoutProcesses()
    {
        const bool holders = native::holdersAvailable();
        const bool processes = native::listProcesses().available;
        if (holders && processes)
            return false;
        const QString name = QStringLiteral("npm-999999-abcdef12");
        mkdir(name);
        Scanned s = scanRoot(m_dir.path());
        const auto v = ItemVerdicts::evaluateNow(*s.inventory, Catalogue::builtin());
        const ItemVerdict *iv = s.find(*v, name);
        [&] {
            QVERIFY(iv);
            QCOMPARE(iv->verdict, Verdict::Unknown);
            QVERIFY(!iv->creator.alive.has_value());
            QCOMPARE(iv->creator.program, QStringLiteral("npm"));
            QCOMPARE(iv->reason,
                     !holders ? QStringLiteral("whether it is in use cannot be seen on this system")
                              : QStringLiteral("the running processes cannot be listed on this "
                                               "system"));
        }();
        return true;
    }

private Q_SLOTS:
    void init()
    {
        // Every test in a fresh root.
        QDir(m_dir.path()).removeRecursively();
        QVERIFY(QDir().mkpath(m_dir.path()));
    }

    void names()
    {
        QCOMPARE(verdictName(Verdict::OwnerRunning), QStringLiteral("owner-running"));
        QCOMPARE(verdictFromName(u"orphan"), Verdict::Orphan);
        QVERIFY(!verdictFromName(u"dead").has_value());
    }

#ifdef __linux__
    void renamedChildAliveThenKilled()
    {
        if (unknownWithoutProcesses())
            return;
        const pid_t child = spawnNamed("npm");
        QVERIFY(child > 0);
        QVERIFY(waitForName(child, "npm"));
        const QString name = QStringLiteral("npm-%1-abcdef12").arg(child);
        mkdir(name);
        Scanned s = scanRoot(m_dir.path());
        auto v = ItemVerdicts::evaluateNow(*s.inventory, Catalogue::builtin());
        const ItemVerdict *iv = s.find(*v, name);
        QVERIFY(iv);
        QCOMPARE(iv->verdict, Verdict::OwnerRunning);
        QCOMPARE(iv->creator.pid, int(child));
        QCOMPARE(iv->creator.program, QStringLiteral("npm"));
        QCOMPARE(iv->creator.alive, std::optional<bool>(true));
        QCOMPARE(iv->reason, QStringLiteral("npm pid %1 runs").arg(child));

        reap(child);
        v = ItemVerdicts::evaluateNow(*s.inventory, Catalogue::builtin());
        iv = s.find(*v, name);
        QCOMPARE(iv->verdict, Verdict::Orphan);
        QCOMPARE(iv->creator.alive, std::optional<bool>(false));
        QCOMPARE(iv->reason, QStringLiteral("npm pid %1 is gone").arg(child));
    }

    void execRenamedProgramWithoutPid()
    {
        if (unknownWithoutProcesses())
            return;
        // A user entry with no pid: any process of the program for the owner.
        QString error;
        const auto user = Catalogue::fromJson(
            R"({"entries":[{"id":"t","program":"Verdict Probe","globs":["probe-*"],
                "processes":["tsprobe"]}]})",
            &error, true);
        QVERIFY2(user, qPrintable(error));
        mkdir(QStringLiteral("probe-cache"));
        QProcess child;
        child.start(QStringLiteral("bash"),
                    {QStringLiteral("-c"), QStringLiteral("exec -a tsprobe sleep 60")});
        QVERIFY(child.waitForStarted());
        const int pid = int(child.processId());
        bool renamed = false;
        for (int i = 0; i < 200 && !renamed; ++i) {
            const auto info = native::processInfo(pid);
            renamed = info && info->argv0 == "tsprobe";
            if (!renamed)
                QThread::msleep(10);
        }
        QVERIFY(renamed);
        Scanned s = scanRoot(m_dir.path());
        auto v = ItemVerdicts::evaluateNow(*s.inventory, *user);
        QCOMPARE(s.find(*v, QStringLiteral("probe-cache"))->verdict, Verdict::OwnerRunning);
        QCOMPARE(s.find(*v, QStringLiteral("probe-cache"))->reason,
                 QStringLiteral("sleep pid %1 runs").arg(pid));
        child.kill();
        child.waitForFinished();
        v = ItemVerdicts::evaluateNow(*s.inventory, *user);
        QCOMPARE(s.find(*v, QStringLiteral("probe-cache"))->verdict, Verdict::Orphan);
        QCOMPARE(s.find(*v, QStringLiteral("probe-cache"))->reason,
                 QStringLiteral("no process named tsprobe runs for its owner"));
    }

    void pidNowRunsAnotherProgram()
    {
        if (unknownWithoutProcesses())
            return;
        const pid_t child = spawnNamed("bash");
        QVERIFY(waitForName(child, "bash"));
        const QString name = QStringLiteral("npm-%1-0a1b2c3d").arg(child);
        mkdir(name);
        Scanned s = scanRoot(m_dir.path());
        const auto v = ItemVerdicts::evaluateNow(*s.inventory, Catalogue::builtin());
        reap(child);
        QCOMPARE(s.find(*v, name)->verdict, Verdict::Orphan);
        QCOMPARE(s.find(*v, name)->reason,
                 QStringLiteral("pid %1 is now bash, not npm").arg(child));
    }

    void pidReusedByALaterProcess()
    {
        if (unknownWithoutProcesses())
            return;
        // The item names a pid; a process of the right name gets that pid only
        // after the item was made: not its creator. Needs to choose the next
        // pid (root, /proc/sys/kernel/ns_last_pid).
        QFile last(QStringLiteral("/proc/sys/kernel/ns_last_pid"));
        if (::geteuid() != 0 || !last.open(QIODevice::ReadWrite))
            QSKIP("choosing the next pid needs root");
        for (int attempt = 0; attempt < 4; ++attempt) {
            last.seek(0);
            const int target = last.readAll().trimmed().toInt() + 300;
            const QString name = QStringLiteral("npm-%1-feedbeef").arg(target);
            mkdir(name);
            QThread::msleep(3000); // past the start-time slack
            last.seek(0);
            last.write(QByteArray::number(target - 1));
            last.flush();
            const pid_t child = spawnNamed("npm");
            if (child != target) { // another process took it: again
                reap(child);
                QDir(m_dir.filePath(name)).removeRecursively();
                continue;
            }
            QVERIFY(waitForName(child, "npm"));
            Scanned s = scanRoot(m_dir.path());
            const auto v = ItemVerdicts::evaluateNow(*s.inventory, Catalogue::builtin());
            reap(child);
            QCOMPARE(s.find(*v, name)->verdict, Verdict::Orphan);
            QCOMPARE(s.find(*v, name)->reason,
                     QStringLiteral("pid %1 (npm) was reused: it started after the item was made")
                         .arg(target));
            return;
        }
        QFAIL("the chosen pid was taken every time");
    }

    void heldOpen()
    {
        if (unknownWithoutProcesses())
            return;
        mkdir(QStringLiteral("npm-1-00000000"));
        const QString file = m_dir.filePath(QStringLiteral("npm-1-00000000/log"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QProcess holder;
        holder.setStandardInputFile(file);
        holder.start(QStringLiteral("sleep"), {QStringLiteral("60")});
        QVERIFY(holder.waitForStarted());
        QThread::msleep(100);
        const qint64 holderPid = holder.processId();
        Scanned s = scanRoot(m_dir.path());
        const auto v = ItemVerdicts::evaluateNow(*s.inventory, Catalogue::builtin());
        holder.kill();
        holder.waitForFinished();
        const ItemVerdict *iv = s.find(*v, QStringLiteral("npm-1-00000000"));
        QCOMPARE(iv->verdict, Verdict::InUse);
        QCOMPARE(iv->reason, QStringLiteral("held by sleep pid %1").arg(holderPid));
        QCOMPARE(iv->creator.program, QStringLiteral("npm"));
    }

    void xLockHoldsItsPid()
    {
        if (unknownWithoutProcesses())
            return;
        // .X<n>-lock holds the server's pid as text: our own process is no X server.
        QFile f(m_dir.filePath(QStringLiteral(".X77-lock")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("%1\n").arg(::getpid(), 10).toLatin1());
        f.close();
        Scanned s = scanRoot(m_dir.path());
        const auto v = ItemVerdicts::evaluateNow(*s.inventory, Catalogue::builtin());
        const ItemVerdict *iv = s.find(*v, QStringLiteral(".X77-lock"));
        QCOMPARE(iv->creator.pid, int(::getpid()));
        QCOMPARE(iv->verdict, Verdict::Orphan);
        QVERIFY2(iv->reason.startsWith(QStringLiteral("pid %1 is now ").arg(::getpid())),
                 qPrintable(iv->reason));
    }
#endif

    void unknownName()
    {
        mkdir(QStringLiteral("holiday-photos"));
        Scanned s = scanRoot(m_dir.path());
        const auto v = ItemVerdicts::evaluateNow(*s.inventory, Catalogue::builtin());
        const ItemVerdict *iv = s.find(*v, QStringLiteral("holiday-photos"));
        QCOMPARE(iv->verdict, Verdict::Unknown);
        QVERIFY(iv->creator.program.isEmpty());
        // Where no process's open files are seen, that comes first.
        QCOMPARE(iv->reason,
                 native::holdersAvailable()
                     ? QStringLiteral("no known program makes names like this")
                     : QStringLiteral("whether it is in use cannot be seen on this system"));
    }

    void noProcessListIsUnknown()
    {
        // Where processes cannot be listed (the Windows fallback), never "orphan".
        mkdir(QStringLiteral("npm-4182-abcdef12"));
        Scanned s = scanRoot(m_dir.path());
        const auto v = ItemVerdicts::evaluate(*s.inventory, Catalogue::builtin(),
                                              native::ProcessSnapshot{}, {});
        QCOMPARE(v->at(0).verdict, Verdict::Unknown);
    }
};

QTEST_GUILESS_MAIN(VerdictsTest)
#include "VerdictsTest.moc"
