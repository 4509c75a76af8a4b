// AtomicFile: a file written whole or not at all. The full-disk cases use a
// real full file system, a 64 KiB tmpfs mounted in a private mount namespace
// (the test makes one for itself when run as root; elsewhere they skip).

#include "core/export/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using tempscope::AtomicFile;
using tempscope::writeFileAtomically;

namespace {

bool privateMounts = false;

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

bool mountTmpfs(const QString &dir)
{
    return ::mount("tempscope-full", QFile::encodeName(dir).constData(), "tmpfs", 0, "size=64k") ==
           0;
}

// Fills the file system of dir to the last byte.
void fill(const QString &dir)
{
    QFile fill(dir + QStringLiteral("/fill"));
    QVERIFY(fill.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    const QByteArray block(512, 'f');
    while (fill.write(block) == block.size()) {
    }
    while (fill.write("f", 1) == 1) {
    }
}

} // namespace

class AtomicFileTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesTheWholeFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.json"));
        QCOMPARE(writeFileAtomically(path, "first"), QString());
        QCOMPARE(contents(path), QByteArray("first"));
        AtomicFile file(path);
        QVERIFY(file.open());
        QVERIFY(file.write("sec"));
        QVERIFY(file.write("ond"));
        QCOMPARE(contents(path), QByteArray("first")); // nothing replaced before commit
        QVERIFY(file.commit());
        QCOMPARE(contents(path), QByteArray("second"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("report.json")});
    }

    void abandonedWriteLeavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.json"));
        {
            AtomicFile file(path);
            QVERIFY(file.open());
            QVERIFY(file.write("half"));
        }
        QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    }

    void fullFileSystem_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("existing");
        // A small write sits in Qt's buffer until the commit: the case that
        // QSaveFile alone commits as an empty file.
        QTest::newRow("small, new file") << 100 << false;
        QTest::newRow("small, replacing a file") << 100 << true;
        QTest::newRow("1 MiB, new file") << (1 << 20) << false;
        QTest::newRow("1 MiB, replacing a file") << (1 << 20) << true;
    }

    void fullFileSystem()
    {
        QFETCH(int, size);
        QFETCH(bool, existing);
        if (!privateMounts)
            QSKIP("needs root to mount a small tmpfs in a private mount namespace");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tempscope.conf"));
        QVERIFY(mountTmpfs(dir.path()));
        if (existing)
            QCOMPARE(writeFileAtomically(path, "previous"), QString());
        fill(dir.path());
        const QByteArray bytes(size, 'x');
        const QString error = writeFileAtomically(
            path, std::string_view(bytes.constData(), std::size_t(bytes.size())));
        QCOMPARE(error, QStringLiteral("No space left on device"));
        QCOMPARE(contents(path), existing ? QByteArray("previous") : QByteArray("<missing>"));
        QStringList expected{QStringLiteral("fill")};
        if (existing)
            expected.append(QStringLiteral("tempscope.conf"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name), expected);
        QCOMPARE(::umount2(QFile::encodeName(dir.path()).constData(), MNT_DETACH), 0);
    }

    void refusesSpecialFiles()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QCOMPARE(writeFileAtomically(fifo, "x"), QStringLiteral("not a regular file"));
        QVERIFY(!QFileInfo(fifo).isFile());
        QVERIFY(!writeFileAtomically(dir.path(), "x").isEmpty()); // a directory
    }
};

int main(int argc, char **argv)
{
    // A private mount namespace can only be made while the process has one
    // thread: before QCoreApplication.
    if (::geteuid() == 0 && ::unshare(CLONE_NEWNS) == 0)
        privateMounts = ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0;
    QCoreApplication app(argc, argv);
    AtomicFileTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "AtomicFileTest.moc"
