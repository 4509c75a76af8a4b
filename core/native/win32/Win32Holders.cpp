// The holder query on Windows (Holders.h): the Restart Manager, asked for a
// batch of files at once; a batch somebody holds is split in halves until
// each held file is asked about alone, so a tree where nothing is held costs
// one session per batch and k held files about k * log2(batch) more.

#include "core/native/Holders.h"
#include "core/native/Remover.h"
#include "core/native/win32/RestartManager.h"
#include "core/native/win32/WinPath.h"

#include <windows.h>

#include <algorithm>

namespace tempscope::native {

namespace {

// Files per Restart Manager session at the top level.
constexpr std::size_t Batch = 512;

std::vector<FileHolder> fromLocking(const std::vector<LockingProcess> &who)
{
    std::vector<FileHolder> out;
    for (const LockingProcess &p : who) {
        FileHolder h;
        h.pid = static_cast<int>(p.pid);
        h.command = p.name;
        h.via = FileHolder::Via::Handle;
        if (std::find(out.begin(), out.end(), h) == out.end())
            out.push_back(std::move(h));
    }
    return out;
}

// Calls found(k, holders) for every held paths[k] in [from, to).
template <class Found>
void narrow(std::span<const NativeString> paths, std::size_t from, std::size_t to, Found &&found)
{
    if (from >= to)
        return;
    const std::vector<LockingProcess> who = win32::lockingProcesses(paths.subspan(from, to - from));
    if (who.empty())
        return;
    if (to - from == 1) {
        found(from, fromLocking(who));
        return;
    }
    const std::size_t mid = from + (to - from) / 2;
    narrow(paths, from, mid, found);
    narrow(paths, mid, to, found);
}

template <class Found> void query(std::span<const NativeString> paths, Found &&found)
{
    for (std::size_t from = 0; from < paths.size(); from += Batch)
        narrow(paths, from, std::min(paths.size(), from + Batch), found);
}

} // namespace

// The Restart Manager answers for files (see RestartManager.h).
bool holdersAvailable()
{
    return true;
}

// Windows cannot list every open file of every process: the remover's
// share-mode-0 open is the in-use test there, and ofTree() asks the Restart
// Manager about a tree's files.
InUseIndex InUseIndex::scan()
{
    return {};
}

TreeHolders holdersInTree(const ScanTree &tree)
{
    // The Restart Manager knows files only.
    std::vector<std::uint32_t> entries;
    std::vector<NativeString> paths;
    for (std::uint32_t i = 1; i < tree.size(); ++i) {
        if (tree[i].kind == Kind::File) {
            entries.push_back(i);
            paths.push_back(tree.absolutePath(i));
        }
    }
    TreeHolders out;
    query(paths, [&](std::size_t k, std::vector<FileHolder> holders) {
        out.emplace(entries[k], std::move(holders));
    });
    return out;
}

std::vector<PathHolders> holdersOf(std::span<const NativeString> paths)
{
    std::vector<PathHolders> out(paths.size());
    std::vector<NativeString> present;
    std::vector<std::size_t> index;
    for (std::size_t i = 0; i < paths.size(); ++i) {
        if (::GetFileAttributesW(win32::fullExtendedPath(paths[i]).c_str()) ==
            INVALID_FILE_ATTRIBUTES) {
            out[i].error = static_cast<int>(::GetLastError());
        } else {
            present.push_back(paths[i]);
            index.push_back(i);
        }
    }
    query(present, [&](std::size_t k, std::vector<FileHolder> holders) {
        out[index[k]].holders = std::move(holders);
    });
    return out;
}

} // namespace tempscope::native
