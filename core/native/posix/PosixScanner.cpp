// POSIX scanner: a pool of threads lists directories by descriptor.
//
// Each task is a directory to list. Listing reads all names, stats each one
// relative to the directory descriptor (the backend's statEntryAt: lstat-like,
// no automount where the system can promise it), appends them to the tree as one block and queues
// the subdirectories. A queued subdirectory carries its already-opened descriptor while the
// descriptor budget allows (so a 5000-deep chain never needs a path), otherwise it is reopened
// later component by component from the root, each step O_NOFOLLOW. Either way its device and inode
// are checked against what was listed, so a directory swapped for a symlink or a mount is never
// entered.

#include "core/native/ScanCounter.h"
#include "core/native/Scanner.h"
#include "core/native/TaskPool.h"
#include "core/native/posix/Fd.h"
#include "core/native/posix/PosixFs.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <optional>
#include <sys/resource.h>
#include <sys/stat.h>
#include <system_error>
#include <thread>
#include <unistd.h>

namespace tempscope::native {

using posix::Fd;

bool lowerThreadPriority()
{
#ifdef __linux__
    // Per thread on Linux (QThread::LowPriority does nothing under SCHED_OTHER).
    static thread_local const bool lowered = ::setpriority(PRIO_PROCESS, 0, 10) == 0;
    return lowered;
#else
    return true; // the nice value is the whole process's here: left alone
#endif
}

namespace {

// GNU strerror_r returns the message; the XSI one (macOS, the BSDs) fills buf.
[[maybe_unused]] const char *messageOf(const char *returned, const char *)
{
    return returned;
}
[[maybe_unused]] const char *messageOf(int, const char *buf)
{
    return buf;
}

} // namespace

std::string errorText(int code)
{
    char buf[256] = {};
    return std::string(messageOf(strerror_r(code, buf, sizeof buf), buf));
}

namespace {

using posix::openDirectory;

// Listings longer than this are appended while they are read (see list()).
constexpr std::size_t StreamAfter = 8192;
// Past that, names are read in batches of this many and stat'ed on all the
// scan's threads: a flat directory is one task, and would otherwise use one.
constexpr std::size_t StatBatch = 4096;

struct Stat
{
    Entry entry;
    int error = 0; // stat failed with this code
    bool vanished = false;
};

// One batch of names read from a directory, stat'ed in place.
struct Batch
{
    std::string names;               // each followed by its NUL
    std::vector<std::size_t> starts; // where each name begins in `names`
    std::vector<Stat> stats;

    const char *name(std::size_t k) const { return names.data() + starts[k]; }
};

struct Task
{
    std::uint32_t entry;
    FileId id;
    int fd;            // -1: reopen from the root by components
    std::uint32_t top; // the root's child it lies under (ScanCounter); the root's task: 0
};

class PosixScan
{
public:
    PosixScan(const ScanOptions &options, ScanTree &tree, Fd rootFd, FileId rootId)
        : m_options(options), m_builder(tree), m_rootFd(std::move(rootFd)),
          m_rootDevice(rootId.device)
    {
        struct rlimit rl
        {
        };
        long limit = 1024;
        if (::getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
            limit = static_cast<long>(rl.rlim_cur);
        // Keep well inside the limit: each thread also holds one directory open.
        m_fdBudget = std::clamp<long>((limit - 24) / 2, 2, 1024);
    }

    void run(unsigned threads)
    {
        m_threads = threads;
        m_pool.run(threads, Task{ScanTree::Root, {m_rootDevice, 0}, -2, ScanTree::Root},
                   [this](Task &&task) {
                       if (m_counter.cancelled()) {
                           if (task.fd >= 0) {
                               ::close(task.fd);
                               m_fdsHeld.fetch_sub(1);
                           }
                           m_builder.markNotListed(task.entry);
                       } else {
                           list(task);
                       }
                       m_counter.finished(m_builder, task.top);
                   });
        if (m_counter.cancelled())
            m_builder.setCancelled();
    }

private:
    Fd openTask(const Task &task)
    {
        if (task.fd == -2) // the root
            return Fd(::fcntl(m_rootFd.get(), F_DUPFD_CLOEXEC, 0));
        if (task.fd >= 0) {
            m_fdsHeld.fetch_sub(1);
            return Fd(task.fd);
        }
        // Reopen by components from the root; O_NOFOLLOW on every step.
        Fd current(::fcntl(m_rootFd.get(), F_DUPFD_CLOEXEC, 0));
        for (const NativeString &name : m_builder.chain(task.entry)) {
            Fd next(openDirectory(current.get(), name.c_str()));
            if (!next.valid())
                return Fd();
            current = std::move(next);
        }
        return current;
    }

    bool sameDirectory(int fd, const FileId &id)
    {
        struct stat st
        {
        };
        if (::fstat(fd, &st) != 0)
            return false;
        return posix::fileId(st) == id;
    }

    Stat statChild(int dirfd, const char *name) const
    {
        Stat out;
        if (const int err = posix::statEntryAt(dirfd, name, out.entry); err == 0) {
            if (out.entry.device != m_rootDevice)
                out.entry.flags |= Entry::MountPoint;
        } else if (err == ENOENT) {
            out.vanished = true;
        } else {
            out.error = err;
        }
        return out;
    }

    // Stats a batch, its parts on helper threads beside this one.
    void statBatch(int dirfd, Batch &batch) const
    {
        const std::size_t n = batch.starts.size();
        batch.stats.resize(n);
        const auto part = [&](std::size_t from, std::size_t to) {
            for (std::size_t k = from; k < to; ++k)
                batch.stats[k] = statChild(dirfd, batch.name(k));
        };
        const std::size_t parts = std::clamp<std::size_t>(m_threads, 1, 8);
        std::vector<std::thread> helpers;
        for (std::size_t p = 1; p < parts; ++p) {
            try {
                helpers.emplace_back(part, n * p / parts, n * (p + 1) / parts);
            } catch (const std::system_error &) {
                part(n * p / parts, n * (p + 1) / parts); // no thread to be had: here, then
            }
        }
        part(0, n / parts);
        for (std::thread &h : helpers)
            h.join();
    }

    // Queues a listed subdirectory, with its descriptor while the budget
    // allows. Errors go through the open block when there is one (the
    // builder is locked by it), else straight to the builder.
    void queueSubdir(const Task &parent, std::uint32_t index, const Entry &e, const char *name,
                     int dirfd, TreeBuilder::Block *block, std::vector<Task> &subdirs,
                     std::uint64_t &vanished)
    {
        if (e.kind != Kind::Directory)
            return;
        const auto markNotListed = [&] {
            if (block)
                block->markNotListed(index);
            else
                m_builder.markNotListed(index);
        };
        if (e.flags & Entry::MountPoint) {
            markNotListed();
            return;
        }
        Task t{index, e.id(), -1, ScanCounter::topOf(parent.top, index)};
        if (m_fdsHeld.load() < m_fdBudget) {
            const int cfd = openDirectory(dirfd, name);
            if (cfd >= 0) {
                m_fdsHeld.fetch_add(1);
                t.fd = cfd;
            } else if (errno == ENOENT) {
                ++vanished;
                markNotListed();
                return;
            } else if (errno != EMFILE && errno != ENFILE) {
                const int err = errno;
                if (block)
                    block->addError(index, ScanOp::Open, err);
                else
                    m_builder.addError(index, ScanOp::Open, err);
                markNotListed();
                return;
            }
        }
        subdirs.push_back(t);
    }

    void list(const Task &task)
    {
        Fd fd = openTask(task);
        if (!fd.valid()) {
            const int err = errno == ENOENT ? 0 : errno;
            if (err)
                m_builder.addError(task.entry, ScanOp::Open, err);
            else
                m_builder.addVanished(1);
            m_builder.markNotListed(task.entry);
            return;
        }
        if (task.entry != ScanTree::Root && !sameDirectory(fd.get(), task.id)) {
            // Replaced between listing and opening (a race, or an attack): not entered.
            m_builder.addError(task.entry, ScanOp::Open, ESTALE);
            m_builder.markNotListed(task.entry);
            return;
        }
        const int dirfd = fd.get();
        DIR *dir = ::fdopendir(fd.release());
        if (!dir) {
            m_builder.addError(task.entry, ScanOp::Open, errno);
            ::close(dirfd);
            m_builder.markNotListed(task.entry);
            return;
        }

        // Short listings are buffered and appended as one block; a long one
        // is appended while it is read (TreeBuilder::Block), so memory stays
        // bounded by the tree whatever the size of a single directory, and
        // past the buffered start it is stat'ed in batches on all threads.
        std::vector<TreeBuilder::Pending> children;
        std::optional<TreeBuilder::Block> block;
        std::vector<Task> subdirs;
        std::uint64_t vanished = 0;
        std::uint64_t listed = 0;
        Batch batch;
        bool readError = false;
        const auto next = [&]() -> const char * {
            for (;;) {
                errno = 0;
                const dirent *de = ::readdir(dir);
                if (!de) {
                    if (errno != 0) {
                        readError = true;
                        if (block)
                            block->addError(task.entry, ScanOp::Read, errno);
                        else
                            m_builder.addError(task.entry, ScanOp::Read, errno);
                    }
                    return nullptr;
                }
                const char *n = de->d_name;
                if (!posix::isDotOrDotDot(n))
                    return n;
            }
        };
        while (!block) {
            const char *n = next();
            if (!n)
                break;
            const Stat st = statChild(dirfd, n);
            if (st.vanished) {
                ++vanished;
                continue;
            }
            ++listed;
            children.push_back({st.entry, n, st.error});
            if (children.size() >= StreamAfter) {
                block.emplace(m_builder, task.entry, children);
                for (std::size_t k = 0; k < children.size(); ++k) {
                    if (!children[k].error)
                        queueSubdir(task, static_cast<std::uint32_t>(block->first() + k),
                                    children[k].entry, children[k].name.c_str(), dirfd, &*block,
                                    subdirs, vanished);
                }
                children.clear();
                children.shrink_to_fit();
            }
        }
        while (block && !readError) {
            batch.names.clear();
            batch.starts.clear();
            while (batch.starts.size() < StatBatch) {
                const char *n = next();
                if (!n)
                    break;
                batch.starts.push_back(batch.names.size());
                batch.names.append(n);
                batch.names.push_back('\0');
            }
            if (batch.starts.empty())
                break;
            statBatch(dirfd, batch);
            for (std::size_t k = 0; k < batch.starts.size(); ++k) {
                const Stat &st = batch.stats[k];
                if (st.vanished) {
                    ++vanished;
                    continue;
                }
                ++listed;
                const std::uint32_t index = block->add(st.entry, batch.name(k), st.error);
                if (!st.error)
                    queueSubdir(task, index, st.entry, batch.name(k), dirfd, &*block, subdirs,
                                vanished);
            }
            if (batch.starts.size() < StatBatch)
                break;
        }
        if (block) {
            block.reset();
        } else {
            const std::uint32_t first = m_builder.appendChildren(task.entry, children);
            for (std::size_t k = 0; k < children.size(); ++k) {
                if (!children[k].error)
                    queueSubdir(task, static_cast<std::uint32_t>(first + k), children[k].entry,
                                children[k].name.c_str(), dirfd, nullptr, subdirs, vanished);
            }
        }
        if (vanished)
            m_builder.addVanished(vanished);
        ::closedir(dir);

        m_counter.directoryListed(listed);

        // Only the root's own children are counted (ScanCounter).
        const Entry self = task.entry == ScanTree::Root ? m_builder.entry(ScanTree::Root) : Entry{};
        m_counter.beforeQueueing(m_builder, task, self.firstChild, self.childCount, subdirs);
        m_pool.push(std::move(subdirs));
    }

    const ScanOptions &m_options;
    TreeBuilder m_builder;
    Fd m_rootFd;
    std::uint64_t m_rootDevice;
    long m_fdBudget = 64;
    unsigned m_threads = 1;
    std::atomic<long> m_fdsHeld{0};
    ScanCounter m_counter{m_options};
    TaskPool<Task> m_pool;
};

RootError rootError(int code)
{
    switch (code) {
    case ENOENT:
        return {code, "does not exist"};
    case ENOTDIR:
        return {code, "is not a directory"};
    case EACCES:
    case EPERM:
        return {code, "permission denied"};
    case ELOOP:
        return {code, "is a symbolic link loop"};
    case ENAMETOOLONG:
        return {code, "path is too long"};
    default:
        return {code, errorText(code)};
    }
}

} // namespace

ScanResult scan(NativeStringView root, const ScanOptions &options)
{
    ScanResult result;
    // Resolve the root once; from here on everything is relative to its descriptor.
    const std::string given(root);
    char *resolved = ::realpath(given.c_str(), nullptr);
    if (!resolved) {
        result.rootError = rootError(errno);
        return result;
    }
    const std::string path(resolved);
    std::free(resolved);

    Fd rootFd(openDirectory(AT_FDCWD, path.c_str()));
    if (!rootFd.valid()) {
        result.rootError = rootError(errno);
        return result;
    }
    Entry rootEntry;
    if (const int err = posix::statEntryFd(rootFd.get(), rootEntry)) {
        result.rootError = rootError(err);
        return result;
    }
    rootEntry.flags &= ~Entry::MountPoint; // a root may be a mount of its own
    TreeBuilder(result.tree).setRoot(path, rootEntry);

    PosixScan scan(options, result.tree, std::move(rootFd), rootEntry.id());
    scan.run(scanThreads(options.threads));
    return result;
}

} // namespace tempscope::native
