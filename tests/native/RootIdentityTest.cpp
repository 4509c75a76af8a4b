// Directory identities (core/native/RootIdentity.h) in each POSIX backend:
// the chain of a directory is the device and inode of it and of every
// directory above it up to "/", also through a symlink and for a directory
// that can be searched but not read (run as nobody, so permissions hold);
// a file is not a chain.

#include "core/native/RootIdentity.h"

#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#ifdef __linux__
#include <sys/sysmacros.h>
#endif
#include <unistd.h>

using namespace tempscope::native;

namespace {

FileId idOf(const std::string &path)
{
    struct stat st
    {
    };
    if (::stat(path.c_str(), &st) != 0)
        return {};
    return {(std::uint64_t(major(st.st_dev)) << 32) | minor(st.st_dev), std::uint64_t(st.st_ino)};
}

// What the chain must be: stat of the path, its "..", and so on to "/".
std::vector<FileId> expectedChain(const std::string &path)
{
    std::vector<FileId> chain{idOf(path)};
    std::string up = path;
    while (chain.back() != idOf("/")) {
        up += "/..";
        chain.push_back(idOf(up));
    }
    return chain;
}

} // namespace

class RootIdentityTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void chainOfADirectory()
    {
        const std::string d = m_dir.path().toStdString() + "/a";
        QVERIFY(::mkdir(d.c_str(), 0700) == 0);
        const std::vector<FileId> chain = identityChain(d);
        QVERIFY(chain.size() >= 3);
        QCOMPARE(chain.size(), expectedChain(d).size());
        QVERIFY(chain == expectedChain(d));
        DirectoryIdentity id;
        QCOMPARE(directoryIdentity(d, id), 0);
        QCOMPARE(id.id, chain.front());
        QCOMPARE(id.kind, Kind::Directory);
        QVERIFY(!id.sharedTemp);
    }

    void throughASymlinkTheTargetsChain()
    {
        const std::string base = m_dir.path().toStdString();
        QVERIFY(::mkdir((base + "/deep").c_str(), 0700) == 0);
        QVERIFY(::mkdir((base + "/deep/er").c_str(), 0700) == 0);
        QVERIFY(::symlink((base + "/deep/er").c_str(), (base + "/link").c_str()) == 0);
        QVERIFY(identityChain(base + "/link") == expectedChain(base + "/deep/er"));
    }

    void searchOnlyDirectories()
    {
        if (::geteuid() == 0)
            QSKIP("root reads everything: run as nobody (the suite does)");
        const std::string base = m_dir.path().toStdString();
        const std::string outer = base + "/outer", inner = outer + "/inner";
        QVERIFY(::mkdir(outer.c_str(), 0700) == 0);
        QVERIFY(::mkdir(inner.c_str(), 0700) == 0);
        const std::vector<FileId> expected = expectedChain(inner);
        QVERIFY(::chmod(inner.c_str(), 0100) == 0); // search only
        QVERIFY(::chmod(outer.c_str(), 0100) == 0);
        const std::vector<FileId> chain = identityChain(inner);
        DirectoryIdentity id;
        const int err = directoryIdentity(inner, id);
        ::chmod(outer.c_str(), 0700);
        ::chmod(inner.c_str(), 0700);
        QVERIFY(chain == expected);
        QCOMPARE(err, 0);
        QCOMPARE(id.id, expected.front());
    }

    void sharedTempAndFiles()
    {
        const std::string base = m_dir.path().toStdString();
        const std::string shared = base + "/shared", file = base + "/file";
        QVERIFY(::mkdir(shared.c_str(), 0700) == 0);
        QVERIFY(::chmod(shared.c_str(), 01777) == 0);
        DirectoryIdentity id;
        QCOMPARE(directoryIdentity(shared, id), 0);
        QVERIFY(id.sharedTemp);
        FILE *f = std::fopen(file.c_str(), "w");
        QVERIFY(f);
        std::fclose(f);
        QCOMPARE(directoryIdentity(file, id), 0);
        QCOMPARE(id.kind, Kind::File);
        QVERIFY(identityChain(file).empty());
        QVERIFY(identityChain(base + "/missing").empty());
        QCOMPARE(directoryIdentity(base + "/missing", id), ENOENT);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(RootIdentityTest)
#include "RootIdentityTest.moc"
