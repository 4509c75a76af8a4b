// The process snapshot (core/native/Processes.h) in each POSIX backend: the
// Linux one lists this process and a child with their names, owner and start
// time, and forgets the child once it is gone; the portable one built on
// Linux (no /proc reader, no libproc) says the list is unavailable, so its
// users say "unknown", never "gone".

#include "core/native/Processes.h"

#include <QTest>

#include <csignal>
#include <ctime>
#include <sys/wait.h>
#include <unistd.h>

using namespace tempscope::native;

class ProcessesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thisProcessAndAChild()
    {
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            ::pause();
            ::_exit(0);
        }
        const ProcessSnapshot snap = listProcesses();
        const std::optional<ProcessInfo> one = processInfo(int(child));
        ::kill(child, SIGKILL);
        ::waitpid(child, nullptr, 0);
        const std::optional<ProcessInfo> gone = processInfo(int(child));
#if TEMPSCOPE_PORTABLE_POSIX && !defined(__APPLE__)
        QVERIFY(!snap.available); // read as "unknown" (Verdicts: noProcessListIsUnknown)
        QVERIFY(snap.processes.empty());
        QVERIFY(!one);
        QVERIFY(!gone);
#else
        QVERIFY(snap.available);
        const ProcessInfo *self = snap.find(int(::getpid()));
        QVERIFY(self);
        QVERIFY(self->isNamed("ProcessesTest"));
        QCOMPARE(self->uid, std::uint32_t(::geteuid()));
        const TimeNs now = TimeNs(std::time(nullptr)) * 1'000'000'000LL;
        QVERIFY(self->startTime > now - 3600 * 1'000'000'000LL);
        QVERIFY(self->startTime <= now + 1'000'000'000LL);
        QVERIFY(snap.find(int(child)));
        QVERIFY(one);
        QCOMPARE(one->pid, int(child));
        QVERIFY(one->isNamed("ProcessesTest"));
        QVERIFY(!gone);
#endif
    }
};

QTEST_GUILESS_MAIN(ProcessesTest)
#include "ProcessesTest.moc"
