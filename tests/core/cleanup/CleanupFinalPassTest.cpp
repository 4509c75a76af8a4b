// The executor's final pass (RemovalRoot::finishDeferred): an item whose
// outcome was provisional (on Windows, an entry still locked after the retry
// schedule) gets its final outcome in place, in plan order, with the kept
// entries of the provisional one replaced, the freed bytes counted once, and
// the policy's callbacks still callable when the final pass runs. The POSIX
// engine never defers, so a wrapper around it defers one item the way the
// Windows engine does.

#include "CleanupFixture.h"

#include "core/cleanup/CleanupExecutor.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace tempscope;
using namespace tempscope::test;

namespace {

// The platform's root, with `deferredName` put aside by remove() (nothing of
// it touched, one entry reported kept) and removed for real by finishDeferred().
class DeferringRoot final : public native::RemovalRoot
{
public:
    DeferringRoot(std::unique_ptr<native::RemovalRoot> inner, native::NativeString deferredName,
                  bool &asked)
        : RemovalRoot(inner->path(), inner->id()), protectedAsked(asked), m_inner(std::move(inner)),
          m_name(std::move(deferredName))
    {
    }

    bool stillSame() const override { return m_inner->stillSame(); }
    bool readOnly() const override { return m_inner->readOnly(); }
    native::RemovalOutcome remove(const native::RemovalTarget &target,
                                  const native::RemovalPolicy &policy) override
    {
        if (target.relativePath != m_name)
            return m_inner->remove(target, policy);
        m_target = target;
        m_policy = policy;
        native::RemovalOutcome o;
        o.status = native::RemovalStatus::Partial;
        o.deferred = true;
        o.entriesRemoved = 1;
        o.bytesFreed = 4096;
        o.entriesKept = 1;
        o.code = native::KeepReason::InUse;
        o.reason = "in use by another process: deferred to the final pass";
        o.kept.push_back({m_name + "/a", o.reason, o.code});
        return o;
    }
    native::RemovalOutcome moveToTrash(const native::RemovalTarget &target,
                                       const native::RemovalPolicy &policy,
                                       const native::TrashDir &trash) override
    {
        return m_inner->moveToTrash(target, policy, trash);
    }
    std::vector<native::FinalOutcome> finishDeferred() override
    {
        if (m_target.relativePath.empty())
            return {};
        // The stored policy's callbacks must still work here.
        protectedAsked = m_policy.isProtected && !m_policy.isProtected(m_name + "/a");
        native::RemovalOutcome o = m_inner->remove(m_target, m_policy);
        o.entriesRemoved += 1; // what the provisional pass removed
        o.bytesFreed += 4096;
        return {{m_target.relativePath, o}};
    }

    bool &protectedAsked; // the executor owns (and ends) the root: reported outside

private:
    std::unique_ptr<native::RemovalRoot> m_inner;
    native::NativeString m_name;
    native::RemovalTarget m_target;
    native::RemovalPolicy m_policy;
};

} // namespace

class CleanupFinalPassTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void finalOutcomeReplacesTheProvisionalOneInPlace()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString root = QFileInfo(tmp.path()).canonicalFilePath() + QStringLiteral("/root");
        QVERIFY(makeFile(root + QStringLiteral("/a1"), 10 * Day, 100));
        QVERIFY(makeFile(root + QStringLiteral("/b/a"), 10 * Day, 100));
        QVERIFY(makeFile(root + QStringLiteral("/b/c"), 10 * Day, 100));
        QVERIFY(setAge(root + QStringLiteral("/b"), 10 * Day));
        QVERIFY(makeFile(root + QStringLiteral("/c1"), 10 * Day, 100));
        const auto plan = stalePlan(root);
        bool made = false;
        bool protectedAsked = false;
        const CleanupExecutor::RootOpener open = [&](native::NativeStringView path, int *error) {
            made = true;
            return std::unique_ptr<native::RemovalRoot>(std::make_unique<DeferringRoot>(
                native::RemovalRoot::open(path, error), "b", protectedAsked));
        };
        const std::atomic<bool> cancel{false};
        quint64 lastFreed = 0;
        const CleanupReport report = CleanupExecutor::execute(
            *plan, false, cancel, [&](const CleanupProgress &p) { lastFreed = p.bytesFreed; },
            open);
        QVERIFY(made);
        QVERIFY(protectedAsked);
        // One row each, in plan order; b's provisional kept row is gone.
        QCOMPARE(report.results.size(), 3);
        QCOMPARE(QFileInfo(report.results.at(1).path).fileName(), QStringLiteral("b"));
        const CleanupResult *b = resultFor(report, root + QStringLiteral("/b"));
        QVERIFY(b);
        QCOMPARE(b->action, CleanupOutcome::Deleted);
        QVERIFY2(b->reason.isEmpty(), qPrintable(b->reason));
        QCOMPARE(b->removedEntries, quint64(3 + 1));
        QVERIFY(!exists(root + QStringLiteral("/b")));
        QVERIFY(!exists(root + QStringLiteral("/a1")));
        QVERIFY(!exists(root + QStringLiteral("/c1")));
        quint64 freed = 0;
        for (const CleanupResult &r : report.results)
            freed += r.freed;
        QCOMPARE(report.bytesFreed(), freed);
        QCOMPARE(lastFreed, freed); // the progress after the final pass counts it once
    }
};

QTEST_GUILESS_MAIN(CleanupFinalPassTest)
#include "CleanupFinalPassTest.moc"
