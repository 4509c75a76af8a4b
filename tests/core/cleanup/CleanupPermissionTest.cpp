// Permission cases: run as an unprivileged user (CTest runs this as `nobody`
// when the suite runs as root), so EACCES and other users' files are real.
// Nothing is ever chmod'ed or chown'ed along the way.

#include "CleanupFixture.h"

#include "core/cleanup/CleanupExecutor.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace tempscope;
using namespace tempscope::test;

namespace {

quint32 modeOf(const QString &path)
{
    struct stat st
    {
    };
    ::lstat(nativePath(path).c_str(), &st);
    return st.st_mode & 07777;
}

CleanupPlan planFor(const QString &root, CleanupUnit unit, QStringList includes = {},
                    bool others = false, std::chrono::seconds olderThan = std::chrono::days(7))
{
    CleanupRule rule;
    rule.olderThan = olderThan;
    rule.basis = AgeBasis::Mtime;
    rule.unit = unit;
    rule.includes = includes;
    rule.includeOthers = others;
    CleanupPlan::Context ctx;
    ctx.now = Inventory::nowNs();
    ctx.uid = ::geteuid();
    CleanupPlan plan({rule}, ctx);
    if (const auto inv = scanRoot(root))
        plan.addRoot(*inv);
    return plan;
}

} // namespace

class CleanupPermissionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (::geteuid() == 0)
            QSKIP("runs as root: permission cases need an unprivileged user (CTest uses "
                  "run-as-nobody)");
    }

    void unreadableDirectoryIsKeptAndNotChmodded_data()
    {
        QTest::addColumn<bool>("perFile");
        QTest::addColumn<QString>("reason");
        QTest::newRow("items") << false << QStringLiteral("not fully readable");
        QTest::newRow("per file") << true << QStringLiteral("could not be read completely");
    }
    void unreadableDirectoryIsKeptAndNotChmodded()
    {
        QFETCH(bool, perFile);
        QFETCH(QString, reason);
        QTemporaryDir tmp;
        const QString root = QFileInfo(tmp.path()).canonicalFilePath();
        const QString dir = root + QStringLiteral("/locked");
        QVERIFY(makeFile(dir + QStringLiteral("/inside"), 10 * Day));
        QVERIFY(setAge(dir, 10 * Day));
        QVERIFY(::chmod(nativePath(dir).c_str(), 0) == 0);

        const CleanupPlan plan = planFor(root, perFile ? CleanupUnit::PerFile : CleanupUnit::Item);
        const std::atomic<bool> cancel{false};
        const CleanupReport report = CleanupExecutor::execute(plan, false, cancel);
        const CleanupResult *r = resultFor(report, dir);
        QVERIFY(r);
        QCOMPARE(r->action, CleanupOutcome::Skipped);
        QVERIFY2(r->reason.startsWith(reason), qPrintable(r->reason));
        QCOMPARE(modeOf(dir), 0u);
        QVERIFY(::chmod(nativePath(dir).c_str(), 0700) == 0);
        QVERIFY(exists(dir + QStringLiteral("/inside")));
    }

    void readOnlyFileInAWritableDirectoryGoes()
    {
        QTemporaryDir tmp;
        const QString root = QFileInfo(tmp.path()).canonicalFilePath();
        const QString file = root + QStringLiteral("/readonly");
        QVERIFY(makeFile(file, 10 * Day));
        QVERIFY(::chmod(nativePath(file).c_str(), 0444) == 0);
        QVERIFY(setAge(file, 10 * Day));
        const CleanupPlan plan = planFor(root, CleanupUnit::Item);
        const std::atomic<bool> cancel{false};
        const CleanupReport report = CleanupExecutor::execute(plan, false, cancel);
        QCOMPARE(resultFor(report, file)->action, CleanupOutcome::Deleted);
        QVERIFY(!exists(file));
    }

    void othersFilesNeedTheOptInAndThePermission()
    {
        // run-as-nobody stages this executable in a directory root owns, with a
        // file of root's that this user cannot remove and no process holds
        // (the executable itself is in use while it runs).
        const QString dir = QFileInfo(QCoreApplication::applicationDirPath()).canonicalFilePath();
        const QString exe = dir + QStringLiteral("/owned-by-root");
        struct stat st
        {
        };
        if (::lstat(nativePath(exe).c_str(), &st) != 0 || st.st_uid == ::geteuid())
            QSKIP(
                "needs a file of another user beside this executable (as run-as-nobody arranges)");
        const QString name = QFileInfo(exe).fileName();
        const quint32 mode = modeOf(exe);
        const std::atomic<bool> cancel{false};

        const CleanupPlan mine =
            planFor(dir, CleanupUnit::Item, {name}, false, std::chrono::seconds(0));
        const CleanupReport kept = CleanupExecutor::execute(mine, false, cancel);
        const CleanupResult *r = resultFor(kept, exe);
        QVERIFY(r);
        QCOMPARE(r->action, CleanupOutcome::Skipped);
        QVERIFY2(r->reason.startsWith(QStringLiteral("not yours (owner ")), qPrintable(r->reason));

        const CleanupPlan others =
            planFor(dir, CleanupUnit::Item, {name}, true, std::chrono::seconds(0));
        const CleanupReport denied = CleanupExecutor::execute(others, false, cancel);
        r = resultFor(denied, exe);
        QVERIFY(r);
        QVERIFY2(r->action == CleanupOutcome::Skipped || r->action == CleanupOutcome::Failed,
                 qPrintable(cleanupOutcomeName(r->action)));
        QVERIFY2(r->reason.contains(QStringLiteral("permission")) ||
                     r->reason.contains(QStringLiteral("not permitted")),
                 qPrintable(r->reason));
        QVERIFY(exists(exe));
        QCOMPARE(modeOf(exe), mode);
    }
};

QTEST_GUILESS_MAIN(CleanupPermissionTest)
#include "CleanupPermissionTest.moc"
