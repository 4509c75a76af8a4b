// Permission cases, run as the unprivileged user nobody when the suite runs as
// root (AS_NOBODY): SAFETY.md case 6 (a sticky /tmp-like directory holding
// root's files, built by the sticky-fixture setup step) and case 12 (read-only
// files, directories without the write, read or search bit).

#include "RemoverFixture.h"

#include <QTest>

using namespace fixture;

namespace {

struct Snapshot
{
    mode_t mode;
    uid_t uid;
    struct timespec ctime;
};

Snapshot snap(const std::string &p)
{
    struct stat st
    {
    };
    ::lstat(p.c_str(), &st);
    return {st.st_mode, st.st_uid, st.st_ctim};
}

bool same(const Snapshot &a, const Snapshot &b)
{
    return a.mode == b.mode && a.uid == b.uid && a.ctime.tv_sec == b.ctime.tv_sec &&
           a.ctime.tv_nsec == b.ctime.tv_nsec;
}

} // namespace

class RemoverAsUserTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void stickyDirectoryWithOthersFiles_data();
    void stickyDirectoryWithOthersFiles();
    void readOnlyFilesAndLockedDownDirectories_data();
    void readOnlyFilesAndLockedDownDirectories();
    void keptDirectoryGetsItsModeBack();
};

void RemoverAsUserTest::initTestCase()
{
    if (::geteuid() == 0)
        qWarning("running as root: permission checks are bypassed; the suite runs this as nobody");
}

void RemoverAsUserTest::stickyDirectoryWithOthersFiles_data()
{
    QTest::addColumn<bool>("onlyOwner");
    QTest::addColumn<bool>("perFile");
    QTest::addRow("only mine (default), item mode") << true << false;
    QTest::addRow("only mine (default), per file") << true << true;
    QTest::addRow("everyone's (opt-in), item mode") << false << false;
    QTest::addRow("everyone's (opt-in), per file") << false << true;
}

void RemoverAsUserTest::stickyDirectoryWithOthersFiles()
{
    QFETCH(bool, onlyOwner);
    QFETCH(bool, perFile);
    const char *dir = std::getenv("TEMPSCOPE_STICKY_DIR");
    struct stat st
    {
    };
    if (!dir || ::stat(dir, &st) != 0 || st.st_uid != 0 || !(st.st_mode & S_ISVTX))
        QSKIP("needs the sticky-fixture setup step (run the suite as root, via ctest)");
    if (::geteuid() == 0)
        QSKIP("running as root: nothing to prove about other users' files");
    const std::string root = dir;
    const std::vector<std::string> theirs = {
        "root-file", "root-ro", "root-dir", "root-dir/file", "root-open-dir", "root-open-dir/file"};
    std::vector<Snapshot> before;
    for (const auto &n : theirs)
        before.push_back(snap(root + "/" + n));
    // My own stale entries next to them.
    const std::string mine =
        "mine-" + std::to_string(::getpid()) + (perFile ? "-p" : "-i") + (onlyOwner ? "o" : "a");
    QVERIFY(::mkdir((root + "/" + mine).c_str(), 0700) == 0);
    QVERIFY(::close(::open((root + "/" + mine + "/f").c_str(), O_CREAT | O_WRONLY, 0600)) == 0);
    QVERIFY(::close(::open((root + "/" + mine + ".file").c_str(), O_CREAT | O_WRONLY, 0600)) == 0);

    int err = 0;
    auto r = RemovalRoot::open(root, &err);
    QVERIFY(r);
    RemovalPolicy p;
    p.cutoff = nowNs() + Hour;
    p.uid = ::geteuid();
    p.onlyOwner = onlyOwner;
    p.perFile = perFile;
    for (const char *itemName : {"root-file", "root-ro", "root-dir", "root-open-dir"}) {
        const std::string item = itemName;
        RemovalTarget t;
        t.relativePath = item;
        QVERIFY(::lstat((root + "/" + item).c_str(), &st) == 0);
        t.id = idOf(st);
        t.kind = S_ISDIR(st.st_mode) ? Kind::Directory : Kind::File;
        const auto o = r->remove(t, p);
        const bool openDirGoesWithOptIn = !onlyOwner && item == "root-open-dir";
        if (openDirGoesWithOptIn) {
            // World-writable, not sticky: the file inside is removable by anyone;
            // the directory itself is root's in a sticky parent: kept.
            QVERIFY2(o.status == RemovalStatus::Partial, describe(o).constData());
            QVERIFY(!exists(root + "/root-open-dir/file"));
            QVERIFY(::close(::open((root + "/root-open-dir/file").c_str(), O_CREAT | O_WRONLY,
                                   0644)) == 0);
            continue;
        }
        QVERIFY2(o.status == RemovalStatus::Skipped, describe(o).constData());
        QVERIFY2(o.code == (onlyOwner ? KeepReason::NotOwner : KeepReason::PermissionDenied),
                 describe(o).constData());
    }
    for (std::size_t i = 0; i < theirs.size(); ++i) {
        if (theirs[i] == "root-open-dir/file" || (!onlyOwner && theirs[i] == "root-open-dir"))
            continue; // recreated above / its mtime changed by that
        QVERIFY2(exists(root + "/" + theirs[i]), theirs[i].c_str());
        QVERIFY2(same(before[i], snap(root + "/" + theirs[i])),
                 theirs[i].c_str()); // never chmodded
    }
    for (const std::string &item : {mine, mine + ".file"}) {
        RemovalTarget t;
        t.relativePath = item;
        QVERIFY(::lstat((root + "/" + item).c_str(), &st) == 0);
        t.id = idOf(st);
        const auto o = r->remove(t, p);
        QVERIFY2(o.status == RemovalStatus::Removed, describe(o).constData());
    }
}

void RemoverAsUserTest::readOnlyFilesAndLockedDownDirectories_data()
{
    QTest::addColumn<int>("fileMode");
    QTest::addColumn<int>("dirMode");
    QTest::addColumn<bool>("perFile");
    for (bool perFile : {false, true}) {
        const char *m = perFile ? "per file" : "item";
        QTest::addRow("read-only file, %s", m) << 0444 << 0755 << perFile;
        QTest::addRow("mode 000 file, %s", m) << 0 << 0755 << perFile;
        QTest::addRow("directory without write bit, %s", m) << 0644 << 0555 << perFile;
        QTest::addRow("directory without read bit, %s", m) << 0644 << 0355 << perFile;
        QTest::addRow("directory mode 000, %s", m) << 0644 << 0 << perFile;
    }
}

void RemoverAsUserTest::readOnlyFilesAndLockedDownDirectories()
{
    QFETCH(int, fileMode);
    QFETCH(int, dirMode);
    QFETCH(bool, perFile);
    Scratch s;
    QVERIFY(s.ok());
    QVERIFY(s.dir("item") && s.dir("item/d") && s.file("item/d/f1", "one", mode_t(fileMode)) &&
            s.file("item/d/f2", "two", mode_t(fileMode)) && s.file("top", "t", mode_t(fileMode)));
    // The plan is taken while everything is readable: a plan made after the
    // lock-down could not see inside, and the remover would rightly find the
    // hidden files newer than the plan knew ("changed since preview").
    const RemovalTarget targets[] = {targetFor(s, "item"), targetFor(s, "top")};
    QVERIFY(::chmod(s.path("item/d").c_str(), mode_t(dirMode)) == 0);
    int err = 0;
    auto r = RemovalRoot::open(s.root(), &err);
    QVERIFY(r);
    RemovalPolicy p = policy(perFile);
#if TEMPSCOPE_PORTABLE_POSIX
    // The portable backend has no O_PATH handle to chmod a directory it
    // cannot open (a chmod by name could reach whatever was renamed there):
    // such a directory is kept, untouched, and so is the item around it.
    if ((dirMode & 0500) != 0500) {
        const auto o = r->remove(targets[0], p);
        QVERIFY2(o.code == KeepReason::PermissionDenied, describe(o).constData());
        QVERIFY(o.entriesRemoved == 0 || perFile);
        struct stat st
        {
        };
        QVERIFY(::stat(s.path("item/d").c_str(), &st) == 0);
        QCOMPARE(int(st.st_mode & 07777), dirMode); // no chmod
        QCOMPARE(r->remove(targets[1], p).status, RemovalStatus::Removed);
        return;
    }
#endif
    for (const RemovalTarget &target : targets) {
        const std::string item = target.relativePath;
        const auto o = r->remove(target, p);
        QVERIFY2(o.status == RemovalStatus::Removed,
                 QByteArray(QByteArray::fromStdString(item) + ": " + describe(o)).constData());
    }
    QVERIFY(listNames(s.root()).empty());
}

void RemoverAsUserTest::keptDirectoryGetsItsModeBack()
{
    Scratch s;
    QVERIFY(s.dir("item") && s.dir("item/d") && s.file("item/d/old") && s.file("item/d/new"));
    QVERIFY(s.age("item/d/old", 3 * Hour) && s.age("item/d", 3 * Hour));
    QVERIFY(::chmod(s.path("item/d").c_str(), 0555) == 0);
    int err = 0;
    auto r = RemovalRoot::open(s.root(), &err);
    QVERIFY(r);
    RemovalPolicy p = policy(true);
    p.basis = TimeBasis::Mtime;
    p.cutoff = nowNs() - Hour;
    const auto o = r->remove(targetFor(s, "item", TimeBasis::Mtime), p);
    QVERIFY2(o.status == RemovalStatus::Partial, describe(o).constData());
    QVERIFY(!exists(s.path("item/d/old")) && exists(s.path("item/d/new")));
    struct stat st
    {
    };
    QVERIFY(::stat(s.path("item/d").c_str(), &st) == 0);
    QCOMPARE(int(st.st_mode & 07777), 0555);
    QVERIFY(st.st_mtim.tv_sec < std::time(nullptr) - 2 * 3600); // timestamps restored too
}

QTEST_APPLESS_MAIN(RemoverAsUserTest)
#include "RemoverAsUserTest.moc"
