// The Windows retry policy's schedule and error classes, checked exactly with
// a fake clock, a recording sleeper and a scripted random source. Pure logic:
// runs on every platform.

#include "core/native/RetryPolicy.h"

#include <QTest>

#include <deque>

using namespace tempscope::native;
using Action = RetryPolicy::Action;
using Ms = RetryPolicy::Ms;

Q_DECLARE_METATYPE(tempscope::native::ErrorClass)

namespace {

// A clock that only moves when the sleeper sleeps (plus an optional oversleep).
struct FakeWorld
{
    RetryPolicy::Clock::time_point now{};
    std::vector<Ms> sleeps;
    std::deque<double> randoms; // consumed in order; 0.5 (no jitter) once empty
    Ms oversleep{0};

    RetryPolicy::Environment environment()
    {
        return {
            [this] { return now; },
            [this](Ms d) {
                sleeps.push_back(d);
                now += d + oversleep;
            },
            [this] {
                if (randoms.empty())
                    return 0.5;
                const double r = randoms.front();
                randoms.pop_front();
                return r;
            },
        };
    }
};

std::vector<Ms> ms(std::initializer_list<int> values)
{
    std::vector<Ms> out;
    for (int v : values)
        out.emplace_back(v);
    return out;
}

constexpr std::uint32_t Sharing = win32::ErrorSharingViolation;

} // namespace

class RetryPolicyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data();
    void classify();
    void transientScheduleWithoutJitter();
    void jitterExtremes();
    void jitterStaysWithinQuarter();
    void readOnlyGetsOneImmediateRetry();
    void accessDeniedTwiceIsPermanent();
    void longLivedIsDeferredWithoutSleeping();
    void runBudgetCapsSleepingAcrossItems();
    void budgetCountsMeasuredTime();
    void finalPassRetriesDeferredOnce();
    void goneAndPermanent();
};

void RetryPolicyTest::classify_data()
{
    QTest::addColumn<uint>("code");
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<bool>("atDisposition");
    QTest::addColumn<bool>("deniedBefore");
    QTest::addColumn<bool>("deletePending");
    QTest::addColumn<ErrorClass>("expected");

    const auto row = [](const char *name, uint code, bool ro, bool disp, bool before, bool pending,
                        ErrorClass c) {
        QTest::newRow(name) << code << ro << disp << before << pending << c;
    };
    row("2 file not found", 2, false, false, false, false, ErrorClass::Gone);
    row("3 path not found", 3, false, false, false, false, ErrorClass::Gone);
    row("303 delete pending", 303, false, false, false, false, ErrorClass::Gone);
    row("5 with STATUS_DELETE_PENDING", 5, false, false, false, true, ErrorClass::Gone);
    row("5 on a read-only file", 5, true, false, false, false, ErrorClass::ReadOnly);
    row("5 read-only at disposition", 5, true, true, false, false, ErrorClass::ReadOnly);
    row("5 at disposition, not read-only: running exe", 5, false, true, false, false,
        ErrorClass::LongLived);
    row("5 at open, read-only ruled out", 5, false, false, false, false, ErrorClass::Transient);
    row("5 again at open: ACL", 5, false, false, true, false, ErrorClass::Permanent);
    row("32 sharing violation", 32, false, false, false, false, ErrorClass::Transient);
    row("33 lock violation", 33, false, false, false, false, ErrorClass::Transient);
    row("145 directory not empty", 145, false, false, false, false, ErrorClass::Transient);
    row("1224 user-mapped file", 1224, false, false, false, false, ErrorClass::LongLived);
    row("19 write protected", 19, false, false, false, false, ErrorClass::Permanent);
    row("123 invalid name", 123, false, false, false, false, ErrorClass::Permanent);
    row("87 invalid parameter", 87, false, false, false, false, ErrorClass::Permanent);
    row("unknown code", 12345, false, false, false, false, ErrorClass::Permanent);
}

void RetryPolicyTest::classify()
{
    QFETCH(uint, code);
    QFETCH(bool, readOnly);
    QFETCH(bool, atDisposition);
    QFETCH(bool, deniedBefore);
    QFETCH(bool, deletePending);
    QFETCH(ErrorClass, expected);
    ErrorContext context;
    context.readOnly = readOnly;
    context.atDisposition = atDisposition;
    context.accessDeniedBefore = deniedBefore;
    context.deletePending = deletePending;
    QCOMPARE(errorClassName(classifyWin32Error(code, context)), errorClassName(expected));
}

void RetryPolicyTest::transientScheduleWithoutJitter()
{
    FakeWorld world;
    RetryPolicy policy(world.environment());
    RetryPolicy::Item item = policy.begin(7);
    for (int i = 0; i < 7; ++i) {
        const RetryPolicy::Decision d = policy.onFailure(item, Sharing, {});
        QCOMPARE(retryActionName(d.action), retryActionName(Action::RetryAfterSleep));
        QCOMPARE(d.slept, Ms(RetryPolicy::Backoff[i]));
    }
    QCOMPARE(world.sleeps, ms({10, 20, 40, 80, 160, 320, 640}));
    QCOMPARE(item.slept, Ms(1270));
    QCOMPARE(policy.slept(), Ms(1270));

    // The eighth failure: the schedule is used up, the item is put aside.
    const RetryPolicy::Decision last = policy.onFailure(item, Sharing, {});
    QCOMPARE(retryActionName(last.action), retryActionName(Action::Defer));
    QCOMPARE(world.sleeps.size(), std::size_t(7));
    QCOMPARE(policy.deferred(), std::vector<std::uint64_t>{7});
}

void RetryPolicyTest::jitterExtremes()
{
    // random 0 gives -25%, random just below 1 gives +25% (rounded to ms).
    FakeWorld low;
    low.randoms = {0, 0, 0, 0, 0, 0, 0};
    RetryPolicy lowPolicy(low.environment());
    RetryPolicy::Item a = lowPolicy.begin(1);
    for (int i = 0; i < 7; ++i)
        lowPolicy.onFailure(a, Sharing, {});
    QCOMPARE(low.sleeps, ms({8, 15, 30, 60, 120, 240, 480}));

    FakeWorld high;
    const double justBelowOne = 0.999999;
    high.randoms.assign(7, justBelowOne);
    RetryPolicy highPolicy(high.environment());
    RetryPolicy::Item b = highPolicy.begin(1);
    for (int i = 0; i < 7; ++i)
        highPolicy.onFailure(b, Sharing, {});
    QCOMPARE(high.sleeps, ms({12, 25, 50, 100, 200, 400, 800}));
}

void RetryPolicyTest::jitterStaysWithinQuarter()
{
    for (unsigned i = 0; i < RetryPolicy::Backoff.size(); ++i) {
        const double base = RetryPolicy::Backoff[i];
        for (double r = 0; r < 1.0; r += 0.01) {
            const auto d = double(RetryPolicy::delay(i, r).count());
            QVERIFY2(d >= std::floor(base * 0.75) && d <= std::ceil(base * 1.25),
                     qPrintable(QStringLiteral("index %1 random %2 gave %3").arg(i).arg(r).arg(d)));
        }
    }
    QCOMPARE(RetryPolicy::delay(3, 0.25), Ms(70)); // 80 * 0.875
}

void RetryPolicyTest::readOnlyGetsOneImmediateRetry()
{
    FakeWorld world;
    RetryPolicy policy(world.environment());
    RetryPolicy::Item item = policy.begin(1);
    ErrorContext readOnly;
    readOnly.readOnly = true;
    readOnly.atDisposition = true;
    RetryPolicy::Decision d = policy.onFailure(item, win32::ErrorAccessDenied, readOnly);
    QCOMPARE(retryActionName(d.action), retryActionName(Action::RetryNow));
    QVERIFY(item.readOnlyCleared);
    QVERIFY(world.sleeps.empty());

    // After the immediate retry the usual schedule starts at 10 ms.
    d = policy.onFailure(item, Sharing, {});
    QCOMPARE(retryActionName(d.action), retryActionName(Action::RetryAfterSleep));
    QCOMPARE(world.sleeps, ms({10}));

    // Read-only again after clearing it: someone keeps setting it; give up.
    d = policy.onFailure(item, win32::ErrorAccessDenied, readOnly);
    QCOMPARE(retryActionName(d.action), retryActionName(Action::GiveUp));
}

void RetryPolicyTest::accessDeniedTwiceIsPermanent()
{
    FakeWorld world;
    RetryPolicy policy(world.environment());
    RetryPolicy::Item item = policy.begin(1);
    RetryPolicy::Decision d = policy.onFailure(item, win32::ErrorAccessDenied, {});
    QCOMPARE(errorClassName(d.errorClass), "transient");
    QCOMPARE(world.sleeps, ms({10}));
    d = policy.onFailure(item, win32::ErrorAccessDenied, {});
    QCOMPARE(errorClassName(d.errorClass), "permanent");
    QCOMPARE(retryActionName(d.action), retryActionName(Action::GiveUp));
    QCOMPARE(world.sleeps.size(), std::size_t(1));
}

void RetryPolicyTest::longLivedIsDeferredWithoutSleeping()
{
    FakeWorld world;
    RetryPolicy policy(world.environment());
    RetryPolicy::Item exe = policy.begin(3);
    ErrorContext disposition;
    disposition.atDisposition = true;
    const RetryPolicy::Decision d = policy.onFailure(exe, win32::ErrorAccessDenied, disposition);
    QCOMPARE(retryActionName(d.action), retryActionName(Action::Defer));
    QCOMPARE(errorClassName(d.errorClass), "long-lived");
    RetryPolicy::Item mapped = policy.begin(4);
    QCOMPARE(retryActionName(policy.onFailure(mapped, win32::ErrorUserMappedFile, {}).action),
             retryActionName(Action::Defer));
    QVERIFY(world.sleeps.empty());
    QCOMPARE(policy.deferred(), (std::vector<std::uint64_t>{3, 4}));
}

void RetryPolicyTest::runBudgetCapsSleepingAcrossItems()
{
    FakeWorld world;
    RetryPolicy policy(world.environment(), Ms(100));
    RetryPolicy::Item first = policy.begin(1);
    for (int i = 0; i < 3; ++i) // 10 + 20 + 40 = 70
        QCOMPARE(retryActionName(policy.onFailure(first, Sharing, {}).action),
                 retryActionName(Action::RetryAfterSleep));
    // 80 more would pass 100: deferred at once, no partial sleep.
    QCOMPARE(retryActionName(policy.onFailure(first, Sharing, {}).action),
             retryActionName(Action::Defer));

    RetryPolicy::Item second = policy.begin(2);
    QCOMPARE(retryActionName(policy.onFailure(second, Sharing, {}).action),
             retryActionName(Action::RetryAfterSleep)); // 80
    QCOMPARE(retryActionName(policy.onFailure(second, Sharing, {}).action),
             retryActionName(Action::RetryAfterSleep)); // 100: exactly the budget
    QCOMPARE(retryActionName(policy.onFailure(second, Sharing, {}).action),
             retryActionName(Action::Defer));
    QCOMPARE(world.sleeps, ms({10, 20, 40, 10, 20}));
    QCOMPARE(policy.slept(), Ms(100));
    QCOMPARE(policy.deferred(), (std::vector<std::uint64_t>{1, 2}));

    // The default budget is the documented 15 s: eleven full schedules fit, the
    // twelfth item is deferred instead of its seventh sleep (11 * 1270 + 630 +
    // 640 > 15000).
    FakeWorld big;
    RetryPolicy run(big.environment());
    QCOMPARE(run.budget(), Ms(15000));
    int deferredAt = -1;
    for (int item = 0; item < 12 && deferredAt < 0; ++item) {
        RetryPolicy::Item it = run.begin(item);
        for (int k = 0; k < 8; ++k) {
            const Action a = run.onFailure(it, Sharing, {}).action;
            if (a == Action::Defer) {
                if (k < 7)
                    deferredAt = item * 10 + k;
                break;
            }
        }
    }
    QCOMPARE(deferredAt, 11 * 10 + 6);
    QVERIFY(run.slept() <= Ms(15000));
    QCOMPARE(run.slept(), Ms(11 * 1270 + 630));
}

void RetryPolicyTest::budgetCountsMeasuredTime()
{
    FakeWorld world;
    world.oversleep = Ms(15); // the system oversleeps every time
    RetryPolicy policy(world.environment(), Ms(100));
    RetryPolicy::Item item = policy.begin(1);
    RetryPolicy::Decision d = policy.onFailure(item, Sharing, {});
    QCOMPARE(d.slept, Ms(25));
    d = policy.onFailure(item, Sharing, {});
    QCOMPARE(d.slept, Ms(35));
    // 60 measured so far: 60 + 40 fits the budget, but it measures 55, and
    // with 115 counted the next sleep is refused.
    d = policy.onFailure(item, Sharing, {});
    QCOMPARE(retryActionName(d.action), retryActionName(Action::RetryAfterSleep));
    QCOMPARE(policy.slept(), Ms(115));
    QCOMPARE(retryActionName(policy.onFailure(item, Sharing, {}).action),
             retryActionName(Action::Defer));
}

void RetryPolicyTest::finalPassRetriesDeferredOnce()
{
    FakeWorld world;
    RetryPolicy policy(world.environment());
    RetryPolicy::Item a = policy.begin(10);
    ErrorContext disposition;
    disposition.atDisposition = true;
    policy.onFailure(a, win32::ErrorAccessDenied, disposition);
    RetryPolicy::Item b = policy.begin(20);
    for (int k = 0; k < 8; ++k)
        policy.onFailure(b, Sharing, {});
    const std::size_t sleepsBefore = world.sleeps.size();

    QCOMPARE(policy.beginFinalPass(), (std::vector<std::uint64_t>{10, 20}));
    QVERIFY(policy.finalPass());
    QVERIFY(policy.beginFinalPass().empty()); // handed out once

    // One attempt each: whatever fails again is given up, without sleeping.
    RetryPolicy::Item again = policy.begin(10);
    QCOMPARE(retryActionName(policy.onFailure(again, win32::ErrorAccessDenied, disposition).action),
             retryActionName(Action::GiveUp));
    RetryPolicy::Item locked = policy.begin(20);
    QCOMPARE(retryActionName(policy.onFailure(locked, Sharing, {}).action),
             retryActionName(Action::GiveUp));
    QCOMPARE(world.sleeps.size(), sleepsBefore);
    QVERIFY(policy.deferred().empty());

    // Clearing read-only still gets its immediate retry in the final pass.
    RetryPolicy::Item ro = policy.begin(30);
    ErrorContext readOnly;
    readOnly.readOnly = true;
    QCOMPARE(retryActionName(policy.onFailure(ro, win32::ErrorAccessDenied, readOnly).action),
             retryActionName(Action::RetryNow));
}

void RetryPolicyTest::goneAndPermanent()
{
    FakeWorld world;
    RetryPolicy policy(world.environment());
    RetryPolicy::Item item = policy.begin(1);
    QCOMPARE(retryActionName(policy.onFailure(item, win32::ErrorFileNotFound, {}).action),
             retryActionName(Action::Done));
    QCOMPARE(retryActionName(policy.onFailure(item, win32::ErrorInvalidName, {}).action),
             retryActionName(Action::GiveUp));
    QCOMPARE(retryActionName(policy.onFailure(item, win32::ErrorWriteProtect, {}).action),
             retryActionName(Action::GiveUp));
    QVERIFY(world.sleeps.empty());
    QVERIFY(policy.deferred().empty());
}

QTEST_GUILESS_MAIN(RetryPolicyTest)
#include "RetryPolicyTest.moc"
