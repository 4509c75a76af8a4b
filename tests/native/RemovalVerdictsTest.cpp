// The POSIX remover's errno verdicts, step by step, as a table: which
// KeepReason and reason each errno gives at each step of reaching, checking
// and removing an entry, and which mean "already gone". Pure logic: no file
// system involved.

#include "core/native/posix/RemovalVerdicts.h"
#include "core/native/Scanner.h"

#include <QTest>

#include <cerrno>

using namespace tempscope::native;
using posix::RemovalStep;

Q_DECLARE_METATYPE(tempscope::native::posix::RemovalStep)
Q_DECLARE_METATYPE(tempscope::native::KeepReason)

namespace {

const RemovalStep AllSteps[] = {
    RemovalStep::Stat,     RemovalStep::Reach,           RemovalStep::ReachSymlink,
    RemovalStep::OpenFile, RemovalStep::OpenDirectory,   RemovalStep::Lock,
    RemovalStep::Unlink,   RemovalStep::RemoveDirectory, RemovalStep::MoveToTrash,
};

const char *stepName(RemovalStep step)
{
    switch (step) {
    case RemovalStep::Stat:
        return "stat";
    case RemovalStep::Reach:
        return "reach";
    case RemovalStep::ReachSymlink:
        return "reach-symlink";
    case RemovalStep::OpenFile:
        return "open-file";
    case RemovalStep::OpenDirectory:
        return "open-directory";
    case RemovalStep::Lock:
        return "lock";
    case RemovalStep::Unlink:
        return "unlink";
    case RemovalStep::RemoveDirectory:
        return "rmdir";
    case RemovalStep::MoveToTrash:
        return "trash";
    }
    return "?";
}

} // namespace

class RemovalVerdictsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every step: the errnos whose meaning does not depend on the step.
    void commonMeaning_data()
    {
        QTest::addColumn<RemovalStep>("step");
        QTest::addColumn<int>("err");
        QTest::addColumn<KeepReason>("code");
        QTest::addColumn<QString>("reason");
        struct Row
        {
            int err;
            KeepReason code;
            const char *reason;
        };
        const Row rows[] = {
            {EACCES, KeepReason::PermissionDenied, "permission denied"},
            {EPERM, KeepReason::PermissionDenied, "operation not permitted"},
            {EROFS, KeepReason::ReadOnlyFilesystem, "read-only file system"},
            {EBUSY, KeepReason::OtherFilesystem, "busy (a mount point)"},
            {ETXTBSY, KeepReason::InUse, "in use (a running program)"},
        };
        for (RemovalStep step : AllSteps) {
            for (const Row &r : rows)
                QTest::addRow("%s-%d", stepName(step), r.err)
                    << step << r.err << r.code << QString::fromLatin1(r.reason);
        }
    }
    void commonMeaning()
    {
        QFETCH(RemovalStep, step);
        QFETCH(int, err);
        QFETCH(KeepReason, code);
        QFETCH(QString, reason);
        const posix::Verdict v = posix::errnoVerdict(step, err);
        QCOMPARE(v.code, code);
        QCOMPARE(QString::fromStdString(v.reason), reason);
        QVERIFY(!v.gone);
        QVERIFY(!v.ok());
    }

    // ENOENT is "already gone" wherever it comes from: done, not kept.
    void enoentIsGoneEverywhere()
    {
        for (RemovalStep step : AllSteps) {
            const posix::Verdict v = posix::errnoVerdict(step, ENOENT);
            QVERIFY2(v.gone, stepName(step));
            QCOMPARE(v.code, KeepReason::None);
            QVERIFY(v.reason.empty());
            QVERIFY(!v.ok());
        }
    }

    // The errnos whose meaning is the step's own.
    void stepMeaning_data()
    {
        QTest::addColumn<RemovalStep>("step");
        QTest::addColumn<int>("err");
        QTest::addColumn<KeepReason>("code");
        QTest::addColumn<QString>("reason");
        const QString notDir = QStringLiteral("changed since preview (no longer a directory)");
        const QString symlink = QStringLiteral("is a symbolic link now");
        // Where a directory was listed, ENOTDIR means it was replaced.
        QTest::newRow("stat-enotdir")
            << RemovalStep::Stat << ENOTDIR << KeepReason::ChangedSincePreview << notDir;
        QTest::newRow("reach-enotdir")
            << RemovalStep::Reach << ENOTDIR << KeepReason::ChangedSincePreview << notDir;
        QTest::newRow("reach-eloop")
            << RemovalStep::Reach << ELOOP << KeepReason::SymlinkNow << symlink;
        // O_DIRECTORY | O_NOFOLLOW on a symlink says ENOTDIR: the cause is the link.
        QTest::newRow("reach-symlink-enotdir")
            << RemovalStep::ReachSymlink << ENOTDIR << KeepReason::SymlinkNow << symlink;
        QTest::newRow("reach-symlink-eloop")
            << RemovalStep::ReachSymlink << ELOOP << KeepReason::SymlinkNow << symlink;
        QTest::newRow("open-directory-eloop")
            << RemovalStep::OpenDirectory << ELOOP << KeepReason::SymlinkNow << symlink;
        // A FIFO or socket swapped in for a file (O_NONBLOCK open: ENXIO).
        QTest::newRow("open-file-enxio")
            << RemovalStep::OpenFile << ENXIO << KeepReason::ChangedSincePreview << notDir;
        QTest::newRow("open-file-lease")
            << RemovalStep::OpenFile << EWOULDBLOCK << KeepReason::InUse
            << QStringLiteral("in use (a lease is held)");
        // flock(LOCK_NB) refused: somebody holds the lock.
        QTest::newRow("lock-ewouldblock") << RemovalStep::Lock << EWOULDBLOCK << KeepReason::Locked
                                          << QStringLiteral("locked (flock)");
        // A directory swapped in for a file or link.
        QTest::newRow("unlink-eisdir")
            << RemovalStep::Unlink << EISDIR << KeepReason::ChangedSincePreview << notDir;
        // New entries arrived in a directory being emptied.
        QTest::newRow("rmdir-enotempty")
            << RemovalStep::RemoveDirectory << ENOTEMPTY << KeepReason::NotEmpty
            << QStringLiteral("not empty (new entries arrived)");
        QTest::newRow("rmdir-eexist")
            << RemovalStep::RemoveDirectory << EEXIST << KeepReason::NotEmpty
            << QStringLiteral("not empty (new entries arrived)");
        QTest::newRow("trash-exdev")
            << RemovalStep::MoveToTrash << EXDEV << KeepReason::OtherFilesystem
            << QStringLiteral("the trash is on another file system");
    }
    void stepMeaning()
    {
        QFETCH(RemovalStep, step);
        QFETCH(int, err);
        QFETCH(KeepReason, code);
        QFETCH(QString, reason);
        const posix::Verdict v = posix::errnoVerdict(step, err);
        QCOMPARE(v.code, code);
        QCOMPARE(QString::fromStdString(v.reason), reason);
        QVERIFY(!v.gone);
    }

    // A step's own meaning stays with that step: elsewhere the errno is plain.
    void stepMeaningDoesNotLeak()
    {
        // EISDIR outside an unlink, ENXIO outside a file open, ENOTEMPTY
        // outside an rmdir, EXDEV outside the trash: errors with the OS's text.
        QCOMPARE(posix::errnoVerdict(RemovalStep::Stat, EISDIR).code, KeepReason::Error);
        QCOMPARE(posix::errnoVerdict(RemovalStep::OpenDirectory, ENXIO).code, KeepReason::Error);
        QCOMPARE(posix::errnoVerdict(RemovalStep::Unlink, ENOTEMPTY).code, KeepReason::Error);
        QCOMPARE(posix::errnoVerdict(RemovalStep::RemoveDirectory, EXDEV).code, KeepReason::Error);
        // EWOULDBLOCK is a lease (in use) on open, a lock only on flock.
        QCOMPARE(posix::errnoVerdict(RemovalStep::OpenDirectory, EWOULDBLOCK).code,
                 KeepReason::InUse);
        QCOMPARE(posix::errnoVerdict(RemovalStep::Lock, EWOULDBLOCK).code, KeepReason::Locked);
        // ENOTDIR is a link only where one was found standing there.
        QCOMPARE(posix::errnoVerdict(RemovalStep::Reach, ENOTDIR).code,
                 KeepReason::ChangedSincePreview);
        QCOMPARE(posix::errnoVerdict(RemovalStep::ReachSymlink, EACCES).code,
                 KeepReason::PermissionDenied);
    }

    // Anything else is an error with the system's own text.
    void otherErrnosAreErrors()
    {
        for (RemovalStep step : AllSteps) {
            for (int err : {EIO, ENOSPC, EINVAL, ENAMETOOLONG}) {
                const posix::Verdict v = posix::errnoVerdict(step, err);
                QCOMPARE(v.code, KeepReason::Error);
                QCOMPARE(v.reason, errorText(err));
                QVERIFY(!v.reason.empty());
            }
        }
    }

    void outcomeCarriesWhatItIsGiven()
    {
        const RemovalOutcome o = removalOutcome(RemovalStatus::Skipped,
                                                KeepReason::ChangedSincePreview, "changed", EAGAIN);
        QCOMPARE(o.status, RemovalStatus::Skipped);
        QCOMPARE(o.code, KeepReason::ChangedSincePreview);
        QCOMPARE(o.reason, std::string("changed"));
        QCOMPARE(o.error, EAGAIN);
        QCOMPARE(o.entriesRemoved, std::uint64_t(0));
        QVERIFY(o.kept.empty());
    }

    // The planned item's path, as both backends split it (Windows also
    // splits at '\\' and refuses ':', which would name a stream).
    void itemPathsAreSplitSafely()
    {
        std::vector<NativeString> parts;
        QCOMPARE(splitItemPath("a/b/c", "/", parts), std::string());
        QCOMPARE(parts, (std::vector<NativeString>{"a", "b", "c"}));
        QCOMPARE(splitItemPath("a\\b", "/", parts), std::string()); // a POSIX name may hold '\\'
        QCOMPARE(parts, (std::vector<NativeString>{"a\\b"}));
        QCOMPARE(splitItemPath("a\\b/c", "\\/", parts), std::string());
        QCOMPARE(parts, (std::vector<NativeString>{"a", "b", "c"}));
        QCOMPARE(splitItemPath("...", "/", parts), std::string()); // a name, not "." or ".."
        for (const char *bad : {"../x", "a/../b", "./a", "a//b", "/a", "a/."})
            QCOMPARE(splitItemPath(bad, "/", parts), std::string("not a path inside the root"));
        QCOMPARE(splitItemPath("file:stream", "\\/", parts),
                 std::string("not a path inside the root"));
        QCOMPARE(splitItemPath("file:stream", "/", parts), std::string()); // a POSIX name
        for (const char *root : {"", "a/", "a\\"})
            QCOMPARE(splitItemPath(root, "\\/", parts),
                     std::string("refusing to remove the root itself"));
        QCOMPARE(splitItemPath(NativeStringView("a\0b", 3), "/", parts),
                 std::string("not a path inside the root"));
    }

    // What a walk's end makes of the counts.
    void outcomesSettle()
    {
        RemovalOutcome all;
        all.entriesRemoved = 3;
        settleOutcome(all, true);
        QCOMPARE(all.status, RemovalStatus::Removed);
        RemovalOutcome part;
        part.entriesRemoved = 2;
        recordKept(part, "x/held", keepFor(KeepReason::Locked, "locked"));
        settleOutcome(part, false);
        QCOMPARE(part.status, RemovalStatus::Partial);
        QCOMPARE(part.code, KeepReason::Locked);
        QCOMPARE(part.entriesKept, std::uint64_t(1));
        QVERIFY(part.veto.has_value());
        RemovalOutcome none;
        recordKept(none, "y", keepFor(KeepReason::Error, "broken"));
        settleOutcome(none, false);
        QCOMPARE(none.status, RemovalStatus::Failed);
        for (std::size_t i = 0; i < MaxKept + 5; ++i)
            recordKept(none, "z", keepFor(KeepReason::Protected, "protected"));
        QCOMPARE(none.kept.size(), MaxKept);
        QCOMPARE(none.entriesKept, std::uint64_t(MaxKept + 6));
        QCOMPARE(none.reason, std::string("broken")); // the first reason stays the item's
    }
};

QTEST_APPLESS_MAIN(RemovalVerdictsTest)
#include "RemovalVerdictsTest.moc"
