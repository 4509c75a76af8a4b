// Benchmark driver for tests/bench/remove-bench: cleans ROOT in per-file mode
// with the native remover, every safety check on (root recheck per item,
// O_NOFOLLOW opens, device/inode/birth-time rechecks, flock and OFD probes,
// the /proc in-use index, timestamp restore). It stands in for
// `tempscope-cli clean --per-file` until the CLI exists; it plans the way the
// CLI does, from the top-level entries (lstat), without a full preview scan.
//
//   tempscope-remove-bench ROOT DAYS [--item] [--threads N]   (mtime basis)
//
// With --threads N, top-level items are shared among N threads, each with its
// own RemovalRoot on the same path (a RemovalRoot belongs to one thread), as
// an executor processing items on a small pool would.

#include "core/native/Remover.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <mutex>
#include <string>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace tempscope::native;

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s ROOT DAYS [--item]\n", argv[0]);
        return 2;
    }
    const std::string rootPath = argv[1];
    const long days = std::strtol(argv[2], nullptr, 10);
    bool item = false;
    unsigned threads = 1;
    for (int i = 3; i < argc; ++i) {
        if (std::strcmp(argv[i], "--item") == 0)
            item = true;
        else if (std::strcmp(argv[i], "--threads") == 0 && i + 1 < argc)
            threads = unsigned(std::max(1L, std::strtol(argv[++i], nullptr, 10)));
    }

    const auto started = std::chrono::steady_clock::now();
    {
        int err = 0;
        if (!RemovalRoot::open(rootPath, &err)) {
            std::fprintf(stderr, "%s: %s\n", rootPath.c_str(), std::strerror(err));
            return 2;
        }
    }
    const InUseIndex inUse = InUseIndex::scan();
    const TimeNs now = std::chrono::duration_cast<std::chrono::nanoseconds>(
                           std::chrono::system_clock::now().time_since_epoch())
                           .count();
    RemovalPolicy policy;
    policy.basis = TimeBasis::Mtime;
    policy.cutoff = now - TimeNs(days) * 86400 * 1'000'000'000;
    policy.perFile = !item;
    policy.uid = ::geteuid();
    policy.inUse = &inUse;

    std::vector<std::string> names;
    if (DIR *d = ::opendir(rootPath.c_str())) {
        while (const dirent *de = ::readdir(d)) {
            if (std::strcmp(de->d_name, ".") && std::strcmp(de->d_name, ".."))
                names.emplace_back(de->d_name);
        }
        ::closedir(d);
    }
    std::atomic<std::size_t> next{0};
    std::mutex totalsMutex;
    std::uint64_t removed = 0, kept = 0, bytes = 0, failed = 0;
    auto work = [&] {
        int error = 0;
        auto root = RemovalRoot::open(rootPath, &error);
        if (!root) {
            std::lock_guard lock(totalsMutex);
            ++failed;
            return;
        }
        std::uint64_t r = 0, k = 0, b = 0, f = 0;
        for (std::size_t i; (i = next.fetch_add(1)) < names.size();) {
            const std::string &name = names[i];
            struct stat st
            {
            };
            if (::fstatat(AT_FDCWD, (rootPath + "/" + name).c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0)
                continue;
            RemovalTarget t;
            t.relativePath = name;
            t.id = {(std::uint64_t(major(st.st_dev)) << 32) | minor(st.st_dev),
                    std::uint64_t(st.st_ino)};
            t.kind = S_ISDIR(st.st_mode)   ? Kind::Directory
                     : S_ISREG(st.st_mode) ? Kind::File
                                           : Kind::Unknown;
            t.newest = TimeNs(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
            const RemovalOutcome o = root->remove(t, policy);
            r += o.entriesRemoved;
            k += o.entriesKept;
            b += o.bytesFreed;
            f += o.status == RemovalStatus::Failed;
        }
        std::lock_guard lock(totalsMutex);
        removed += r;
        kept += k;
        bytes += b;
        failed += f;
    };
    std::vector<std::thread> pool;
    for (unsigned i = 1; i < threads; ++i)
        pool.emplace_back(work);
    work();
    for (auto &t : pool)
        t.join();
    const double s =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::printf("removed %llu, kept %llu, failed %llu, %llu bytes, %.3f s\n",
                static_cast<unsigned long long>(removed), static_cast<unsigned long long>(kept),
                static_cast<unsigned long long>(failed), static_cast<unsigned long long>(bytes), s);
    return failed ? 1 : 0;
}
