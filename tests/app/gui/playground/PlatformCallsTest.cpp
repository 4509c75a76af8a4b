// The playground's questions to the operating system (PlatformCalls.h), on
// POSIX: who holds a file open (Tempscope's in-use index), permission bits
// with the special bits, and the private directory the playground works in.

#include "gui/playground/PlatformCalls.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace tempscope::gui::playground;
using Kind = platform::HolderAnswer::Kind;

class PlatformCallsTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Makes name with mode (umask aside); returns whether it worked.
    bool makeFile(const QString &name, int mode)
    {
        QFile file(path(name));
        return file.open(QIODevice::WriteOnly) && file.write("data\n") == 5 &&
               ::chmod(QFile::encodeName(path(name)).constData(), mode_t(mode)) == 0;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void anOpenFileIsHeldByThisProcess()
    {
        QVERIFY(makeFile(QStringLiteral("held.txt"), 0600));
        QFile held(path(QStringLiteral("held.txt")));
        QVERIFY(held.open(QIODevice::ReadOnly));
        const platform::HolderAnswer answer = platform::whoHasOpen(held.fileName());
        QCOMPARE(int(answer.kind), int(Kind::Held));
        QCOMPARE(qint64(answer.holder.pid), QCoreApplication::applicationPid());
        held.close();
        QCOMPARE(int(platform::whoHasOpen(held.fileName()).kind), int(Kind::Nobody));
    }

    void aFileInsideADirectoryIsFound()
    {
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("job/deeper")));
        QVERIFY(makeFile(QStringLiteral("job/deeper/part.txt"), 0600));
        QVERIFY(makeFile(QStringLiteral("job/part.txt"), 0600));
        QFile held(path(QStringLiteral("job/deeper/part.txt")));
        QVERIFY(held.open(QIODevice::ReadOnly));
        // The one held, not its namesake one level up.
        QCOMPARE(int(platform::whoHasOpen(held.fileName()).kind), int(Kind::Held));
        QCOMPARE(int(platform::whoHasOpen(path(QStringLiteral("job/part.txt"))).kind),
                 int(Kind::Nobody));
    }

    void aRemovedFileIsGone()
    {
        QVERIFY(makeFile(QStringLiteral("gone.txt"), 0600));
        QFile held(path(QStringLiteral("gone.txt")));
        QVERIFY(held.open(QIODevice::ReadOnly));
        QVERIFY(QFile::remove(held.fileName())); // still open, but nameless
        QCOMPARE(int(platform::whoHasOpen(held.fileName()).kind), int(Kind::Gone));
        QCOMPARE(int(platform::whoHasOpen(path(QStringLiteral("never-made"))).kind),
                 int(Kind::Gone));
        QCOMPARE(int(platform::whoHasOpen(path(QStringLiteral("no-dir/x"))).kind), int(Kind::Gone));
    }

    void permissionBitsKeepTheSpecialBits()
    {
        QVERIFY(makeFile(QStringLiteral("mode.txt"), 0640));
        QCOMPARE(platform::permissionBits(-1, path(QStringLiteral("mode.txt"))), 0640);
        const QString dir = path(QStringLiteral("shared"));
        QVERIFY(QDir().mkdir(dir));
        QCOMPARE(::chmod(QFile::encodeName(dir).constData(), 03750), 0);
        QCOMPARE(platform::permissionBits(-1, dir), 03750);
        QCOMPARE(platform::permissionBits(-1, path(QStringLiteral("never-made"))), -1);
        QCOMPARE(platform::permissionBits(-1, QString()), -1);
    }

    void permissionBitsAskTheDescriptorFirst()
    {
        QVERIFY(makeFile(QStringLiteral("fd.txt"), 0604));
        QFile file(path(QStringLiteral("fd.txt")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QFile::remove(file.fileName()));
        // No name any more: only the descriptor knows.
        QCOMPARE(platform::permissionBits(file.handle(), file.fileName()), 0604);
    }

    void privateDirectoryIsMadeForTheOwnerOnly()
    {
        const QString dir = path(QStringLiteral("private"));
        const mode_t old = ::umask(0);
        const bool made = platform::makePrivateDirectory(dir);
        ::umask(old);
        QVERIFY(made);
        QCOMPARE(platform::permissionBits(-1, dir), 0700);
        QVERIFY(!platform::makePrivateDirectory(dir)); // already there
        QVERIFY(platform::claimPrivateDirectory(dir));
    }

    void claimingTightensOrRefuses()
    {
        const QString open = path(QStringLiteral("open"));
        QVERIFY(QDir().mkdir(open));
        QCOMPARE(::chmod(QFile::encodeName(open).constData(), 0777), 0);
        QVERIFY(platform::claimPrivateDirectory(open));
        QCOMPARE(platform::permissionBits(-1, open), 0700);

        // A symlink to a good directory is not one.
        const QString link = path(QStringLiteral("link"));
        QVERIFY(QFile::link(open, link));
        QVERIFY(!platform::claimPrivateDirectory(link));
        // Nor is a file.
        QVERIFY(makeFile(QStringLiteral("plain"), 0700));
        QVERIFY(!platform::claimPrivateDirectory(path(QStringLiteral("plain"))));
        QVERIFY(!platform::claimPrivateDirectory(path(QStringLiteral("never-made"))));

        // Someone else's directory is left alone, its mode too.
        const QString theirs = path(QStringLiteral("theirs"));
        QVERIFY(QDir().mkdir(theirs));
        QCOMPARE(::chmod(QFile::encodeName(theirs).constData(), 0777), 0);
        const uid_t other = ::getuid() == 0 ? 65534 : 0;
        if (::chown(QFile::encodeName(theirs).constData(), other, gid_t(-1)) != 0)
            QSKIP("cannot give a directory away (needs root)");
        QVERIFY(!platform::claimPrivateDirectory(theirs));
        QCOMPARE(platform::permissionBits(-1, theirs), 0777);
    }
};

QTEST_MAIN(PlatformCallsTest)
#include "PlatformCallsTest.moc"
