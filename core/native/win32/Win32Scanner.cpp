// Windows scanner: a pool of threads lists directories through handles.
//
// Each task is a directory to list. It is opened by its `\\?\` path with
// FILE_FLAG_OPEN_REPARSE_POINT (so a reparse point is opened itself, never
// its target) and checked against what its parent listed: same volume serial,
// same file id, still a directory, not a reparse point. A directory swapped
// for a junction between listing and opening is therefore not entered. The
// listing itself comes from GetFileInformationByHandleEx(FileIdBothDirectoryInfo)
// on that handle: names, sizes, times (including the change time, which is
// POSIX ctime), attributes and the file id in one pass, no per-entry open.
//
// Reparse points (symbolic links, junctions, volume mount points, and other
// tags) are reported as Kind::Symlink and never descended. Everything listed
// under the root is on the root's volume by construction: the only ways to
// another volume are mount points, which are reparse points.

#include "core/native/ScanCounter.h"
#include "core/native/Scanner.h"
#include "core/native/TaskPool.h"
#include "core/native/win32/DirectoryListing.h"
#include "core/native/win32/Handle.h"
#include "core/native/win32/WinAttributes.h"
#include "core/native/win32/WinEntry.h"
#include "core/native/win32/WinPath.h"

#include <windows.h>

#include <algorithm>
#include <thread>
#include <vector>

namespace tempscope::native {

using win32::Handle;

bool lowerThreadPriority()
{
    static thread_local const bool lowered =
        ::SetThreadPriority(::GetCurrentThread(), THREAD_PRIORITY_BELOW_NORMAL) != 0;
    return lowered;
}

std::string errorText(int code)
{
    const auto format = [code](DWORD language) {
        wchar_t *buf = nullptr;
        const DWORD n =
            ::FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM |
                                 FORMAT_MESSAGE_IGNORE_INSERTS,
                             nullptr, static_cast<DWORD>(code), language,
                             reinterpret_cast<wchar_t *>(&buf), 0, nullptr);
        std::wstring text;
        if (n > 0 && buf)
            text.assign(buf, n);
        if (buf)
            ::LocalFree(buf);
        while (!text.empty() && (text.back() == L'\n' || text.back() == L'\r' ||
                                 text.back() == L' ' || text.back() == L'.'))
            text.pop_back();
        return text;
    };
    // English as documented; a system without English messages still says something.
    std::wstring text = format(MAKELANGID(LANG_ENGLISH, SUBLANG_ENGLISH_US));
    if (text.empty())
        text = format(MAKELANGID(LANG_NEUTRAL, SUBLANG_DEFAULT));
    if (text.empty())
        return "Windows error " + std::to_string(code);
    return win32::toUtf8(text);
}

namespace {

using win32::entryFromHandle;
using win32::entryFromListing;
using win32::openDirectory;
using win32::synthesisedMode;

bool isGone(DWORD code)
{
    return code == ERROR_FILE_NOT_FOUND || code == ERROR_PATH_NOT_FOUND;
}

// A directory replaced by something else between listing and opening.
constexpr DWORD ErrorReplaced = ERROR_FILE_INVALID;

struct Task
{
    std::uint32_t entry;
    FileId id;
    NativeString path; // `\\?\` form
    std::uint32_t top; // the root's child it lies under (ScanCounter); the root's task: 0
};

class Win32Scan
{
public:
    Win32Scan(const ScanOptions &options, ScanTree &tree, std::uint64_t volume)
        : m_options(options), m_builder(tree), m_volume(volume)
    {
    }

    void run(unsigned threads, NativeString rootPath)
    {
        m_pool.run(threads,
                   Task{ScanTree::Root, {m_volume, 0}, std::move(rootPath), ScanTree::Root},
                   [this](Task &&task) {
                       if (m_counter.cancelled()) {
                           m_builder.markNotListed(task.entry);
                       } else {
                           std::vector<std::uint64_t> buffer;
                           list(task, buffer);
                       }
                       m_counter.finished(m_builder, task.top);
                   });
        if (m_counter.cancelled())
            m_builder.setCancelled();
    }

private:
    void fail(std::uint32_t entry, ScanOp op, DWORD code)
    {
        if (isGone(code))
            m_builder.addVanished(1);
        else
            m_builder.addError(entry, op, static_cast<int>(code));
        m_builder.markNotListed(entry);
    }

    void list(const Task &task, std::vector<std::uint64_t> &buffer)
    {
        Handle dir = openDirectory(task.path, FILE_FLAG_OPEN_REPARSE_POINT);
        if (!dir.valid()) {
            fail(task.entry, ScanOp::Open, ::GetLastError());
            return;
        }
        if (task.entry != ScanTree::Root) {
            BY_HANDLE_FILE_INFORMATION info{};
            if (!::GetFileInformationByHandle(dir.get(), &info)) {
                fail(task.entry, ScanOp::Open, ::GetLastError());
                return;
            }
            const Entry now = entryFromHandle(info);
            if (now.kind != Kind::Directory || now.id() != task.id) {
                // Replaced between listing and opening (a race, or an attack): not entered.
                fail(task.entry, ScanOp::Open, ErrorReplaced);
                return;
            }
        }

        std::vector<TreeBuilder::Pending> children;
        const DWORD err = win32::listDirectory(
            dir.get(), buffer, [&](const FILE_ID_BOTH_DIR_INFO &info, std::wstring_view name) {
                TreeBuilder::Pending p;
                p.entry = entryFromListing(info, m_volume);
                p.name.assign(name);
                children.push_back(std::move(p));
            });
        if (err != 0)
            m_builder.addError(task.entry, ScanOp::Read, static_cast<int>(err));
        dir.reset();

        const std::uint32_t first = m_builder.appendChildren(task.entry, children);
        std::vector<Task> subdirs;
        for (std::size_t k = 0; k < children.size(); ++k) {
            const Entry &e = children[k].entry;
            if (e.kind != Kind::Directory)
                continue;
            const auto index = static_cast<std::uint32_t>(first + k);
            subdirs.push_back({index, e.id(), win32::joinPath(task.path, children[k].name),
                               ScanCounter::topOf(task.top, index)});
        }

        m_counter.directoryListed(children.size());

        m_counter.beforeQueueing(m_builder, task, first,
                                 static_cast<std::uint32_t>(children.size()), subdirs);
        m_pool.push(std::move(subdirs));
    }

    const ScanOptions &m_options;
    TreeBuilder m_builder;
    std::uint64_t m_volume;
    ScanCounter m_counter{m_options};

    TaskPool<Task> m_pool;
};

RootError rootError(DWORD code)
{
    const int c = static_cast<int>(code);
    switch (code) {
    case ERROR_FILE_NOT_FOUND:
    case ERROR_PATH_NOT_FOUND:
        return {c, "does not exist"};
    case ERROR_DIRECTORY:
        return {c, "is not a directory"};
    case ERROR_ACCESS_DENIED:
        return {c, "permission denied"};
    case ERROR_CANT_RESOLVE_FILENAME:
        return {c, "is a symbolic link loop"};
    case ERROR_FILENAME_EXCED_RANGE:
        return {c, "path is too long"};
    case ERROR_INVALID_NAME:
    case ERROR_BAD_PATHNAME:
        return {c, "is not a valid path"};
    case ERROR_NOT_READY:
        return {c, "is on a drive that is not ready"};
    default:
        return {c, errorText(c)};
    }
}

// The root with its links resolved once (like realpath on POSIX), in `\\?\` form.
NativeString finalPath(HANDLE h, const NativeString &fallback)
{
    std::vector<wchar_t> buf(1024);
    for (int round = 0; round < 2; ++round) {
        const DWORD n = ::GetFinalPathNameByHandleW(h, buf.data(), static_cast<DWORD>(buf.size()),
                                                    FILE_NAME_NORMALIZED | VOLUME_NAME_DOS);
        if (n == 0)
            break;
        if (n < buf.size())
            return NativeString(buf.data(), n);
        buf.resize(n + 1);
    }
    return fallback;
}

} // namespace

ScanResult scan(NativeStringView root, const ScanOptions &options)
{
    ScanResult result;
    if (root.empty()) {
        result.rootError = rootError(ERROR_PATH_NOT_FOUND);
        return result;
    }
    const NativeString given = win32::fullExtendedPath(root);
    // The root itself may be a link (a junction to another drive is common for
    // temp directories): resolve it once, then never follow anything again.
    Handle rootHandle = openDirectory(given, 0);
    if (!rootHandle.valid()) {
        result.rootError = rootError(::GetLastError());
        return result;
    }
    BY_HANDLE_FILE_INFORMATION info{};
    if (!::GetFileInformationByHandle(rootHandle.get(), &info)) {
        result.rootError = rootError(::GetLastError());
        return result;
    }
    if (!(info.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY)) {
        result.rootError = rootError(ERROR_DIRECTORY);
        return result;
    }
    const NativeString resolved = win32::extendedPath(finalPath(rootHandle.get(), given));
    rootHandle.reset();

    Entry rootEntry = entryFromHandle(info);
    rootEntry.kind = Kind::Directory; // even when reached through a link
    rootEntry.mode = synthesisedMode(Kind::Directory, info.dwFileAttributes);
    TreeBuilder(result.tree).setRoot(win32::displayPath(resolved), rootEntry);

    Win32Scan scanner(options, result.tree, rootEntry.device);
    scanner.run(scanThreads(options.threads), resolved);
    return result;
}

} // namespace tempscope::native
