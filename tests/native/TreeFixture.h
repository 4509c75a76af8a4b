#pragma once
// Helpers for building real trees in tests with raw POSIX calls, so names
// can be any bytes.

#include "core/native/ScanTree.h"

#include <QTest>

#include <fcntl.h>
#include <set>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace fixture {

inline void writeFile(const std::string &path, std::size_t bytes = 0)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    QVERIFY2(fd >= 0, path.c_str());
    const std::string data(bytes, 'x');
    QCOMPARE(::write(fd, data.data(), data.size()), ssize_t(data.size()));
    ::close(fd);
}

inline void makeDir(const std::string &path)
{
    QVERIFY2(::mkdir(path.c_str(), 0755) == 0, path.c_str());
}

inline void setTimes(const std::string &path, time_t atime, time_t mtime)
{
    const struct timespec t[2] = {{atime, 0}, {mtime, 0}};
    QVERIFY2(::utimensat(AT_FDCWD, path.c_str(), t, AT_SYMLINK_NOFOLLOW) == 0, path.c_str());
}

// Every relative path in the tree (names as raw bytes).
inline std::set<std::string> paths(const tempscope::native::ScanTree &tree)
{
    std::set<std::string> out;
    for (std::uint32_t i = 1; i < tree.size(); ++i)
        out.insert(tree.relativePath(i));
    return out;
}

inline std::uint32_t find(const tempscope::native::ScanTree &tree, const std::string &rel)
{
    for (std::uint32_t i = 1; i < tree.size(); ++i) {
        if (tree.relativePath(i) == rel)
            return i;
    }
    return 0;
}

} // namespace fixture
