#include "core/native/win32/Win32Remover.h"

#include "core/native/Scanner.h"
#include "core/native/win32/DirectoryListing.h"
#include "core/native/win32/Disposition.h"
#include "core/native/win32/Handle.h"
#include "core/native/win32/RestartManager.h"
#include "core/native/win32/WinAttributes.h"
#include "core/native/win32/WinPath.h"

#include <windows.h>

namespace tempscope::native {

using win32::Handle;

const char *removeStatusName(RemoveStatus s)
{
    switch (s) {
    case RemoveStatus::Removed:
        return "removed";
    case RemoveStatus::Gone:
        return "gone";
    case RemoveStatus::Locked:
        return "locked";
    case RemoveStatus::Deferred:
        return "deferred";
    case RemoveStatus::Failed:
        return "failed";
    }
    return "?";
}

namespace {

constexpr DWORD OpenFlags = FILE_FLAG_BACKUP_SEMANTICS | FILE_FLAG_OPEN_REPARSE_POINT;

using win32::Attempt;
using win32::fileId;
using win32::isDirectoryNotLink;
using win32::openFailure;
using win32::setAttributes;

// A directory being emptied. Its handle is shared for reading and writing but
// not for deleting: nobody can rename or delete it (or any ancestor, held the
// same way) while its contents go, so the paths below it keep meaning what
// was listed.
struct Frame
{
    Handle dir;
    NativeString path;
    DWORD attributes = 0;
    std::uint32_t volume = 0;
    std::uint64_t id = 0;
    bool notDirectory = false; // swapped for a file or link since it was listed
    struct Child
    {
        NativeString name;
        DWORD attributes = 0;
        std::uint64_t id = 0;
    };
    std::vector<Child> children;
    std::size_t next = 0;
};

} // namespace

Win32Remover::Win32Remover(RetryPolicy &policy, RemoveOptions options)
    : m_policy(policy), m_options(std::move(options)), m_disposer(m_options.tryPosixSemantics)
{
}

bool Win32Remover::markForDelete(void *handle, std::uint32_t volume, RemoveResult &r,
                                 std::uint32_t &error)
{
    win32::Disposer::Used used{};
    DWORD err = 0;
    if (!m_disposer.mark(handle, volume, used, err)) {
        error = err;
        return false;
    }
    (used == win32::Disposer::Used::PosixSemantics ? r.posixSemantics : r.usedFallback) = true;
    return true;
}

Win32Remover::Step Win32Remover::removeLeaf(const NativeString &path, std::uint64_t token,
                                            RemoveResult &r, bool listedAsLink)
{
    return win32::retry(m_policy, token, r, [&](bool clearReadOnly) {
        // Share mode 0: if anyone has it open, this fails with a sharing
        // violation instead of deleting under their feet.
        const DWORD access = DELETE | FILE_READ_ATTRIBUTES | SYNCHRONIZE |
                             (clearReadOnly ? FILE_WRITE_ATTRIBUTES : 0);
        Handle h(
            ::CreateFileW(path.c_str(), access, 0, nullptr, OPEN_EXISTING, OpenFlags, nullptr));
        if (!h.valid())
            return openFailure();
        Attempt a;
        BY_HANDLE_FILE_INFORMATION info{};
        if (!::GetFileInformationByHandle(h.get(), &info)) {
            a.code = ::GetLastError();
            return a;
        }
        const DWORD attributes = info.dwFileAttributes;
        if (listedAsLink && !(attributes & FILE_ATTRIBUTE_REPARSE_POINT)) {
            // Listed as a link, opened as something else: the link was
            // followed (Wine does this with Unix symlinks) or swapped for a
            // real file or directory. Either way it is not what was judged.
            a.code = ERROR_FILE_INVALID;
            return a;
        }
        bool cleared = false;
        if ((attributes & FILE_ATTRIBUTE_READONLY) && clearReadOnly)
            cleared = setAttributes(h.get(), attributes & ~DWORD(FILE_ATTRIBUTE_READONLY));
        std::uint32_t error = 0;
        if (markForDelete(h.get(), info.dwVolumeSerialNumber, r, error)) {
            // Attributes belong to the file, not the name: with other hard
            // links it lives on, and must keep its read-only bit.
            if (cleared && info.nNumberOfLinks > 1)
                setAttributes(h.get(), attributes);
            a.ok = true;
            return a;
        }
        if (cleared)
            setAttributes(h.get(), attributes); // failed: leave it as it was
        a.code = error;
        a.context.atDisposition = true;
        a.context.readOnly = (attributes & FILE_ATTRIBUTE_READONLY) && !cleared;
        return a;
    });
}

Win32Remover::Step Win32Remover::removeTree(const NativeString &path, std::uint64_t token,
                                            RemoveResult &r)
{
    std::vector<std::uint64_t> buffer;
    // Opens a directory to empty it and lists it. `expectedId`: the file id
    // its parent listed; a different one means it was replaced meanwhile.
    const auto openFrame = [&](const NativeString &p, const std::uint64_t *expectedId, Frame &f) {
        f = Frame{};
        f.path = p;
        f.dir = Handle(::CreateFileW(
            p.c_str(), DELETE | FILE_LIST_DIRECTORY | FILE_READ_ATTRIBUTES | SYNCHRONIZE,
            FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr, OPEN_EXISTING, OpenFlags, nullptr));
        if (!f.dir.valid())
            return openFailure();
        Attempt a;
        BY_HANDLE_FILE_INFORMATION info{};
        if (!::GetFileInformationByHandle(f.dir.get(), &info)) {
            a.code = ::GetLastError();
            return a;
        }
        f.attributes = info.dwFileAttributes;
        f.volume = info.dwVolumeSerialNumber;
        const std::uint64_t id = fileId(info);
        f.id = id;
        if (!isDirectoryNotLink(f.attributes)) {
            f.notDirectory = true;
            f.dir.reset();
            a.ok = true;
            return a;
        }
        if (expectedId && *expectedId != id) {
            a.code = ERROR_FILE_INVALID; // not what was listed: leave it alone
            return a;
        }
        const DWORD err = win32::listDirectory(
            f.dir.get(), buffer, [&](const FILE_ID_BOTH_DIR_INFO &e, std::wstring_view name) {
                f.children.push_back(
                    {NativeString(name), e.FileAttributes, std::uint64_t(e.FileId.QuadPart)});
            });
        if (err != 0) {
            a.code = err;
            return a;
        }
        a.ok = true;
        return a;
    };

    std::vector<Frame> stack(1);
    Step s = win32::retry(m_policy, token, r,
                          [&](bool) { return openFrame(path, nullptr, stack.front()); });
    if (!s.ok() || s.kind == Step::Gone)
        return s;
    if (stack.front().notDirectory) // became a link or a file: removed as such
        return removeLeaf(path, token, r, stack.front().attributes & FILE_ATTRIBUTE_REPARSE_POINT);

    // Depth-first with an explicit stack: no recursion however deep the tree.
    while (!stack.empty()) {
        Frame &f = stack.back();
        if (f.next < f.children.size()) {
            const Frame::Child child = f.children[f.next++];
            const NativeString childPath = win32::joinPath(f.path, child.name);
            bool link = child.attributes & FILE_ATTRIBUTE_REPARSE_POINT;
            if (isDirectoryNotLink(child.attributes)) {
                Frame sub;
                s = win32::retry(m_policy, token, r,
                                 [&](bool) { return openFrame(childPath, &child.id, sub); });
                if (s.kind == Step::Gone)
                    continue;
                if (!s.ok()) {
                    r.blocker = win32::displayPath(childPath);
                    return s;
                }
                if (!sub.notDirectory) {
                    stack.push_back(std::move(sub)); // `f` is not used after this
                    continue;
                }
                link = sub.attributes & FILE_ATTRIBUTE_REPARSE_POINT;
            }
            s = removeLeaf(childPath, token, r, link);
            if (!s.ok()) {
                r.blocker = win32::displayPath(childPath);
                return s;
            }
            continue;
        }
        // Emptied: delete the directory through the handle that pinned it.
        bool reopen = false;
        s = win32::retry(m_policy, token, r, [&](bool clearReadOnly) {
            Attempt a;
            if (reopen) {
                // Each retry gets a fresh handle: Wine, after a 145, accepts a
                // second disposition on the same handle and then silently
                // keeps the directory. The old handle shares no DELETE, so it
                // must close first; the file id proves the same directory is back.
                f.dir.reset();
                f.dir = Handle(
                    ::CreateFileW(f.path.c_str(),
                                  DELETE | FILE_LIST_DIRECTORY | FILE_READ_ATTRIBUTES | SYNCHRONIZE,
                                  FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr, OPEN_EXISTING,
                                  OpenFlags, nullptr));
                if (!f.dir.valid())
                    return openFailure();
                BY_HANDLE_FILE_INFORMATION info{};
                if (!::GetFileInformationByHandle(f.dir.get(), &info) || fileId(info) != f.id ||
                    !isDirectoryNotLink(info.dwFileAttributes)) {
                    a.code = ERROR_FILE_INVALID; // replaced meanwhile: leave it alone
                    return a;
                }
            }
            reopen = true;
            bool cleared = false;
            if ((f.attributes & FILE_ATTRIBUTE_READONLY) && clearReadOnly)
                cleared = ::SetFileAttributesW(f.path.c_str(),
                                               f.attributes & ~DWORD(FILE_ATTRIBUTE_READONLY)) != 0;
            std::uint32_t error = 0;
            if (markForDelete(f.dir.get(), f.volume, r, error)) {
                a.ok = true;
                return a;
            }
            if (cleared)
                ::SetFileAttributesW(f.path.c_str(), f.attributes);
            a.code = error;
            a.context.atDisposition = true;
            a.context.readOnly = (f.attributes & FILE_ATTRIBUTE_READONLY) && !cleared;
            return a;
        });
        if (!s.ok()) {
            if (stack.size() > 1)
                r.blocker = win32::displayPath(f.path);
            return s;
        }
        stack.pop_back(); // closing the handle lets the directory go
    }
    return {Step::Removed, ErrorClass::Gone, 0};
}

Win32Remover::Step Win32Remover::removeItem(const NativeString &path, std::uint64_t token,
                                            RemoveResult &r)
{
    const DWORD attributes = ::GetFileAttributesW(path.c_str());
    if (attributes != INVALID_FILE_ATTRIBUTES && isDirectoryNotLink(attributes))
        return removeTree(path, token, r);
    // Files, links and junctions (removed as links), and anything that could
    // not be looked at: opening it for DELETE gives the error to classify.
    return removeLeaf(path, token, r,
                      attributes != INVALID_FILE_ATTRIBUTES &&
                          (attributes & FILE_ATTRIBUTE_REPARSE_POINT));
}

RemoveResult Win32Remover::finishResult(const NativeString &path, const Step &step, RemoveResult r)
{
    switch (step.kind) {
    case Step::Removed:
        r.status = RemoveStatus::Removed;
        r.code = 0;
        r.blocker.clear();
        return r;
    case Step::Gone:
        r.status = r.posixSemantics || r.usedFallback ? RemoveStatus::Removed : RemoveStatus::Gone;
        r.code = 0;
        return r;
    case Step::Deferred:
        r.status = RemoveStatus::Deferred;
        break;
    case Step::GaveUp:
        if (step.errorClass == ErrorClass::LongLived)
            r.status = RemoveStatus::Deferred;
        else if (step.code == ERROR_SHARING_VIOLATION || step.code == ERROR_LOCK_VIOLATION)
            r.status = RemoveStatus::Locked;
        else
            r.status = RemoveStatus::Failed;
        break;
    }
    r.code = step.code;
    r.message = step.code == ERROR_FILE_INVALID
                    ? std::string("changed during removal: not what was listed, left alone")
                    : errorText(static_cast<int>(step.code));
    const bool final = step.kind == Step::GaveUp;
    const bool inUse = r.status == RemoveStatus::Locked || r.status == RemoveStatus::Deferred;
    if (final && inUse && m_options.nameLockers)
        r.lockedBy = win32::lockingProcesses(r.blocker.empty() ? NativeStringView(path)
                                                               : NativeStringView(r.blocker));
    if (final && inUse && m_options.deleteAtRebootIfStuck) {
        const NativeString target = r.blocker.empty() ? path : win32::extendedPath(r.blocker);
        const DWORD attributes = ::GetFileAttributesW(target.c_str());
        if (attributes != INVALID_FILE_ATTRIBUTES && !isDirectoryNotLink(attributes))
            r.rebootScheduled =
                ::MoveFileExW(target.c_str(), nullptr, MOVEFILE_DELAY_UNTIL_REBOOT) != 0;
    }
    return r;
}

RemoveResult Win32Remover::remove(NativeStringView path)
{
    const std::uint64_t token = m_next++;
    const NativeString extended = win32::extendedPath(path);
    RemoveResult r;
    const Step step = removeItem(extended, token, r);
    if (step.kind == Step::Deferred)
        m_deferred.emplace(token, NativeString(path));
    return finishResult(extended, step, std::move(r));
}

std::vector<Win32Remover::Final> Win32Remover::finish()
{
    std::vector<Final> out;
    for (const std::uint64_t token : m_policy.beginFinalPass()) {
        const auto it = m_deferred.find(token);
        if (it == m_deferred.end())
            continue;
        Final f;
        f.index = static_cast<std::size_t>(token);
        f.path = it->second;
        if (m_options.stillWanted && !m_options.stillWanted(f.path)) {
            f.result.status = RemoveStatus::Failed;
            f.result.message = "changed since preview";
        } else {
            const NativeString extended = win32::extendedPath(f.path);
            const Step step = removeItem(extended, token, f.result);
            f.result = finishResult(extended, step, std::move(f.result));
        }
        out.push_back(std::move(f));
    }
    m_deferred.clear();
    return out;
}

} // namespace tempscope::native
