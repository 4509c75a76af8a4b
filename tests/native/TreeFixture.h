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

// Each returns false when the tree could not be built; check it where it is
// called, QVERIFY(writeFile(...)), so the test stops with one message.
[[nodiscard]] inline bool writeFile(const std::string &path, std::size_t bytes = 0)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return false;
    const std::string data(bytes, 'x');
    const bool written = ::write(fd, data.data(), data.size()) == ssize_t(data.size());
    return ::close(fd) == 0 && written;
}

[[nodiscard]] inline bool makeDir(const std::string &path)
{
    return ::mkdir(path.c_str(), 0755) == 0;
}

[[nodiscard]] inline bool setTimes(const std::string &path, time_t atime, time_t mtime)
{
    const struct timespec t[2] = {{atime, 0}, {mtime, 0}};
    return ::utimensat(AT_FDCWD, path.c_str(), t, AT_SYMLINK_NOFOLLOW) == 0;
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
