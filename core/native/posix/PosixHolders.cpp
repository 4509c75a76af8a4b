// The holder query for POSIX (Holders.h) over the backend's walk of every
// process's holds (ProcessHolds.h: /proc on Linux, libproc on macOS, none
// elsewhere). Processes of other users are invisible to a normal user, so
// the answer is advisory; the remover's lock probes and the lease check on
// open complement it. Without a source (holdersAvailable() false) it is
// empty, which means unknown.

#include "core/native/Holders.h"
#include "core/native/posix/PosixFs.h"
#include "core/native/posix/ProcessHolds.h"

#include <algorithm>
#include <cerrno>
#include <sys/stat.h>

namespace tempscope::native {

namespace {

// Every hold of every visible process, by device and inode, without repeats.
std::unordered_map<FileId, std::vector<FileHolder>, FileIdHash> allHolds()
{
    std::unordered_map<FileId, std::vector<FileHolder>, FileIdHash> holds;
    posix::forEachHold([&](const FileId &id, const FileHolder &h) {
        std::vector<FileHolder> &list = holds[id];
        if (std::find(list.begin(), list.end(), h) == list.end())
            list.push_back(h);
    });
    return holds;
}

} // namespace

TreeHolders holdersInTree(const ScanTree &tree)
{
    TreeHolders out;
    const auto holds = allHolds();
    if (holds.empty())
        return out;
    for (std::uint32_t i = 0; i < tree.size(); ++i) {
        if (const auto it = holds.find(tree[i].id()); it != holds.end())
            out.emplace(i, it->second);
    }
    return out;
}

std::vector<PathHolders> holdersOf(std::span<const NativeString> paths)
{
    std::vector<PathHolders> out(paths.size());
    std::vector<FileId> ids(paths.size());
    for (std::size_t i = 0; i < paths.size(); ++i) {
        struct stat st
        {
        };
        if (::stat(paths[i].c_str(), &st) != 0)
            out[i].error = errno;
        else
            ids[i] = posix::fileId(st);
    }
    const auto holds = allHolds();
    for (std::size_t i = 0; i < paths.size(); ++i) {
        if (out[i].error)
            continue;
        if (const auto it = holds.find(ids[i]); it != holds.end())
            out[i].holders = it->second;
    }
    return out;
}

} // namespace tempscope::native
