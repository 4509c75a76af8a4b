#pragma once
// Helpers for the removal tests: scratch trees built with plain POSIX calls
// (names are bytes), targets as a plan would record them, and a content hash
// of a tree to prove it was not touched.

#include "core/native/Remover.h"

#include <QTest>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <ftw.h>
#include <signal.h>
#include <string>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace fixture {

using namespace tempscope::native;

inline TimeNs nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

constexpr TimeNs Hour = 3600LL * 1'000'000'000;

inline FileId idOf(const struct stat &st)
{
    return {(std::uint64_t(major(st.st_dev)) << 32) | minor(st.st_dev), std::uint64_t(st.st_ino)};
}

inline bool exists(const std::string &p)
{
    struct stat st
    {
    };
    return ::lstat(p.c_str(), &st) == 0;
}

// Removes a scratch tree whatever its modes (test cleanup only).
inline int forceRemoveEntry(const char *path, const struct stat *st, int type, struct FTW *)
{
    if (type == FTW_DP || type == FTW_D || type == FTW_DNR)
        ::rmdir(path);
    else
        ::unlink(path);
    (void)st;
    return 0;
}

inline int openUp(const char *path, const struct stat *st, int type, struct FTW *)
{
    if ((type == FTW_D || type == FTW_DNR) && S_ISDIR(st->st_mode))
        ::chmod(path, 0700);
    return 0;
}

inline void forceRemove(const std::string &path)
{
    if (!exists(path))
        return;
    ::chmod(path.c_str(), 0700);
    ::nftw(path.c_str(), openUp, 64, FTW_PHYS | FTW_MOUNT);
    ::nftw(path.c_str(), forceRemoveEntry, 64, FTW_PHYS | FTW_DEPTH | FTW_MOUNT);
}

// Where large trees are built: creating 100,000 files on a busy disk takes
// minutes, on tmpfs seconds. TEMPSCOPE_TEST_FAST_TMP overrides; /dev/shm
// (tmpfs) when usable; else /tmp. Removal itself behaves the same.
inline std::string fastBase()
{
    if (const char *env = std::getenv("TEMPSCOPE_TEST_FAST_TMP"); env && *env)
        return env;
    if (::access("/dev/shm", W_OK | X_OK) == 0)
        return "/dev/shm";
    return "/tmp";
}

// A scratch directory under /tmp (or `base`), removed at the end.
class Scratch
{
public:
    explicit Scratch(const std::string &base = "/tmp")
    {
        std::string t = base + "/tempscope-rm.XXXXXX";
        std::vector<char> buf(t.begin(), t.end());
        buf.push_back(0);
        if (::mkdtemp(buf.data()))
            m_root = buf.data();
    }
    ~Scratch() { forceRemove(m_root); }
    Scratch(const Scratch &) = delete;
    Scratch &operator=(const Scratch &) = delete;

    bool ok() const { return !m_root.empty(); }
    const std::string &root() const { return m_root; }
    std::string path(const std::string &rel) const { return m_root + "/" + rel; }

    bool dir(const std::string &rel, mode_t mode = 0755) const
    {
        return ::mkdir(path(rel).c_str(), mode) == 0;
    }
    bool file(const std::string &rel, const std::string &content = "data", mode_t mode = 0644) const
    {
        const int fd = ::open(path(rel).c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
        if (fd < 0)
            return false;
        const bool ok = ::write(fd, content.data(), content.size()) == ssize_t(content.size());
        ::close(fd);
        return ok;
    }
    bool link(const std::string &rel, const std::string &target) const
    {
        return ::symlink(target.c_str(), path(rel).c_str()) == 0;
    }
    // Sets atime and mtime (not ctime: the kernel owns it) to `ago` before now.
    bool age(const std::string &rel, TimeNs ago) const
    {
        const TimeNs t = nowNs() - ago;
        const struct timespec ts[2] = {{t / 1'000'000'000, t % 1'000'000'000},
                                       {t / 1'000'000'000, t % 1'000'000'000}};
        return ::utimensat(AT_FDCWD, path(rel).c_str(), ts, AT_SYMLINK_NOFOLLOW) == 0;
    }

private:
    std::string m_root;
};

// The newest timestamp of a subtree on the basis, as the plan records it
// (directories by mtime for Newest, like the remover).
inline TimeNs newestOf(const std::string &path, TimeBasis basis)
{
    static thread_local TimeNs newest;
    static thread_local TimeBasis b;
    newest = 0;
    b = basis;
    auto visit = [](const char *, const struct stat *st, int, struct FTW *) {
        const TimeNs a = st->st_atim.tv_sec * 1'000'000'000LL + st->st_atim.tv_nsec;
        const TimeNs m = st->st_mtim.tv_sec * 1'000'000'000LL + st->st_mtim.tv_nsec;
        const TimeNs c = st->st_ctim.tv_sec * 1'000'000'000LL + st->st_ctim.tv_nsec;
        TimeNs t = m;
        switch (b) {
        case TimeBasis::Atime:
            t = a;
            break;
        case TimeBasis::Ctime:
            t = c;
            break;
        case TimeBasis::Mtime:
            t = m;
            break;
        case TimeBasis::Newest:
            t = S_ISDIR(st->st_mode) ? m : std::max({a, m, c});
            break;
        }
        newest = std::max(newest, t);
        return 0;
    };
    ::nftw(path.c_str(), visit, 32, FTW_PHYS | FTW_MOUNT);
    return newest;
}

// What a plan would record for `rel` under `root` right now.
inline RemovalTarget targetFor(const Scratch &s, const std::string &rel,
                               TimeBasis basis = TimeBasis::Newest)
{
    RemovalTarget t;
    t.relativePath = rel;
    struct stat st
    {
    };
    if (::lstat(s.path(rel).c_str(), &st) != 0)
        return t;
    t.id = idOf(st);
    t.kind = S_ISDIR(st.st_mode)   ? Kind::Directory
             : S_ISLNK(st.st_mode) ? Kind::Symlink
             : S_ISREG(st.st_mode) ? Kind::File
                                   : Kind::Unknown;
    t.newest = newestOf(s.path(rel), basis);
    return t;
}

// Everything older than an hour from now is stale: with ctime unsettable, the
// tests that are not about age use a cutoff in the future.
inline RemovalPolicy policy(bool perFile = false)
{
    RemovalPolicy p;
    p.basis = TimeBasis::Newest;
    p.cutoff = nowNs() + Hour;
    p.perFile = perFile;
    p.uid = ::geteuid();
    p.recordRemoved = true;
    return p;
}

// Top-level entry names of a directory.
inline std::vector<std::string> listNames(const std::string &dir)
{
    std::vector<std::string> names;
    if (DIR *d = ::opendir(dir.c_str())) {
        while (const dirent *de = ::readdir(d)) {
            if (std::strcmp(de->d_name, ".") && std::strcmp(de->d_name, ".."))
                names.emplace_back(de->d_name);
        }
        ::closedir(d);
    }
    return names;
}

// Removes every top-level item of the root the way the cleanup engine does.
inline std::vector<RemovalOutcome> removeAll(RemovalRoot &root, const Scratch &s,
                                             const RemovalPolicy &p, const std::string &sub = {})
{
    std::vector<RemovalOutcome> out;
    const std::string base = sub.empty() ? s.root() : s.path(sub);
    for (const std::string &name : listNames(base)) {
        const std::string rel = sub.empty() ? name : sub + "/" + name;
        out.push_back(root.remove(targetFor(s, rel, p.basis), p));
    }
    return out;
}

// FNV-1a over names, types, modes, sizes, link targets and contents of a
// tree: any change outside the root shows.
inline std::uint64_t treeHash(const std::string &path)
{
    static thread_local std::uint64_t h;
    static thread_local std::size_t skip;
    h = 1469598103934665603ull;
    skip = path.size();
    auto mix = [](const void *data, std::size_t n) {
        const auto *p = static_cast<const unsigned char *>(data);
        for (std::size_t i = 0; i < n; ++i)
            h = (h ^ p[i]) * 1099511628211ull;
    };
    auto visit = [](const char *p, const struct stat *st, int, struct FTW *) {
        auto m = [](const void *d, std::size_t n) {
            const auto *q = static_cast<const unsigned char *>(d);
            for (std::size_t i = 0; i < n; ++i)
                h = (h ^ q[i]) * 1099511628211ull;
        };
        m(p + skip, std::strlen(p + skip) + 1);
        const std::uint32_t mode = st->st_mode;
        m(&mode, sizeof mode);
        if (S_ISREG(st->st_mode)) {
            const std::uint64_t size = std::uint64_t(st->st_size);
            m(&size, sizeof size);
            const int fd = ::open(p, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
            char buf[8192];
            ssize_t n;
            while (fd >= 0 && (n = ::read(fd, buf, sizeof buf)) > 0)
                m(buf, std::size_t(n));
            if (fd >= 0)
                ::close(fd);
        } else if (S_ISLNK(st->st_mode)) {
            char buf[4096];
            const ssize_t n = ::readlink(p, buf, sizeof buf);
            if (n > 0)
                m(buf, std::size_t(n));
        }
        return 0;
    };
    mix(path.data(), 0);
    ::nftw(path.c_str(), visit, 32, FTW_PHYS | FTW_MOUNT);
    return h;
}

// A child process that holds `path` in some way until killed.
class ChildHolder
{
public:
    enum How { Open, Mapped, PosixLock };
    ChildHolder(const std::string &path, How how)
    {
        int ready[2];
        if (::pipe(ready) != 0)
            return;
        m_pid = ::fork();
        if (m_pid == 0) {
            ::close(ready[0]);
            const int fd = ::open(path.c_str(), O_RDWR | O_CLOEXEC);
            if (fd < 0)
                ::_exit(1);
            if (how == Mapped) {
                void *p = ::mmap(nullptr, 4, PROT_READ, MAP_SHARED, fd, 0);
                if (p == MAP_FAILED)
                    ::_exit(1);
                ::close(fd); // only the mapping keeps it
            } else if (how == PosixLock) {
                struct flock lk
                {
                };
                lk.l_type = F_WRLCK;
                lk.l_whence = SEEK_SET;
                if (::fcntl(fd, F_SETLK, &lk) != 0)
                    ::_exit(1);
            }
            (void)::write(ready[1], "x", 1);
            for (;;)
                ::pause();
        }
        ::close(ready[1]);
        char c;
        m_ready = ::read(ready[0], &c, 1) == 1;
        ::close(ready[0]);
    }
    ~ChildHolder()
    {
        if (m_pid > 0) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, nullptr, 0);
        }
    }
    bool ready() const { return m_ready; }
    pid_t pid() const { return m_pid; }

private:
    pid_t m_pid = -1;
    bool m_ready = false;
};

inline const char *statusName(RemovalStatus s)
{
    switch (s) {
    case RemovalStatus::Removed:
        return "Removed";
    case RemovalStatus::Partial:
        return "Partial";
    case RemovalStatus::Skipped:
        return "Skipped";
    case RemovalStatus::Failed:
        return "Failed";
    }
    return "?";
}

// One line on an outcome, for failure messages.
inline QByteArray describe(const RemovalOutcome &o)
{
    QByteArray s = QByteArray(statusName(o.status)) + " code=" + keepReasonName(o.code) +
                   " reason='" + QByteArray::fromStdString(o.reason) +
                   "' removed=" + QByteArray::number(o.entriesRemoved) +
                   " kept=" + QByteArray::number(o.entriesKept);
    for (std::size_t i = 0; i < o.kept.size() && i < 5; ++i)
        s += " [" + QByteArray::fromStdString(o.kept[i].relativePath) + ": " +
             QByteArray::fromStdString(o.kept[i].reason) + "]";
    return s;
}

inline std::unique_ptr<RemovalRoot> openRoot(const Scratch &s)
{
    int err = 0;
    auto root = RemovalRoot::open(s.root(), &err);
    if (!root)
        qWarning("cannot open root %s: %s", s.root().c_str(), std::strerror(err));
    return root;
}

} // namespace fixture

// The outcome has the status expected, or the failure says what it was.
#define CHECK_STATUS(outcome, expected)                                                            \
    QVERIFY2((outcome).status == (expected), fixture::describe(outcome).constData())
