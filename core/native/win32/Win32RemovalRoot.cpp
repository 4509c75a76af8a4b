// RemovalRoot on Windows (Win32RemovalRoot.h): the root's handle and
// identity, reaching a planned item relative to it for the shared steps of
// WalkingRemovalRoot.h, and the final pass.

#include "core/native/win32/Win32RemovalRoot.h"

#include "core/native/RemovalSupport.h"
#include "core/native/Scanner.h"
#include "core/native/win32/RelativeOpen.h"
#include "core/native/win32/Win32RemovalWalk.h"
#include "core/native/win32/WinAttributes.h"
#include "core/native/win32/WinEntry.h"
#include "core/native/win32/WinPath.h"

#include <algorithm>

namespace tempscope::native {

using win32::Handle;

namespace {

constexpr DWORD OpenFlags = FILE_FLAG_BACKUP_SEMANTICS | FILE_FLAG_OPEN_REPARSE_POINT;

// The directory at `path` itself (a link is not followed): its handle and facts.
Handle openRootHandle(const NativeString &extended, BY_HANDLE_FILE_INFORMATION &info)
{
    Handle h(::CreateFileW(extended.c_str(),
                           FILE_LIST_DIRECTORY | FILE_READ_ATTRIBUTES | SYNCHRONIZE,
                           win32::ShareAll, nullptr, OPEN_EXISTING, OpenFlags, nullptr));
    if (h.valid() && !::GetFileInformationByHandle(h.get(), &info))
        h.reset();
    return h;
}

FileId idOf(const BY_HANDLE_FILE_INFORMATION &info)
{
    return {info.dwVolumeSerialNumber, win32::fileId(info)};
}

bool isGone(DWORD error)
{
    return classifyWin32Error(error, {}) == ErrorClass::Gone;
}

} // namespace

std::unique_ptr<RemovalRoot> RemovalRoot::open(NativeStringView path, int *error)
{
    return Win32RemovalRoot::openWith(path, error, RetryPolicy::Environment::system());
}

RemovalRoot::~RemovalRoot() = default;

std::unique_ptr<Win32RemovalRoot> Win32RemovalRoot::openWith(NativeStringView path, int *error,
                                                             RetryPolicy::Environment environment,
                                                             RetryPolicy::Ms budget)
{
    BY_HANDLE_FILE_INFORMATION info{};
    Handle root = path.empty() ? Handle() : openRootHandle(win32::fullExtendedPath(path), info);
    DWORD err = root.valid() ? 0 : (path.empty() ? DWORD(ERROR_PATH_NOT_FOUND) : ::GetLastError());
    if (err == 0 && !win32::isDirectoryNotLink(info.dwFileAttributes))
        err = (info.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT) ? ERROR_CANT_RESOLVE_FILENAME
                                                                     : ERROR_DIRECTORY;
    if (error)
        *error = static_cast<int>(err);
    if (err)
        return nullptr;
    return std::unique_ptr<Win32RemovalRoot>(
        new Win32RemovalRoot(NativeString(path), idOf(info), std::move(root),
                             RetryPolicy(std::move(environment), budget)));
}

Win32RemovalRoot::Win32RemovalRoot(NativeString path, FileId id, Handle root, RetryPolicy retry)
    : WalkingRemovalRoot(std::move(path), id,
                         {ERROR_WRITE_PROTECT, ERROR_FILE_INVALID, ERROR_INVALID_NAME}, L"\\/"),
      m_root(std::move(root)), m_retry(std::move(retry))
{
}

Win32RemovalRoot::~Win32RemovalRoot() = default;

bool Win32RemovalRoot::stillSame() const
{
    BY_HANDLE_FILE_INFORMATION byPath{};
    BY_HANDLE_FILE_INFORMATION byHandle{};
    const Handle now = openRootHandle(win32::fullExtendedPath(m_path), byPath);
    return now.valid() && win32::isDirectoryNotLink(byPath.dwFileAttributes) &&
           ::GetFileInformationByHandle(m_root.get(), &byHandle) && idOf(byPath) == m_id &&
           idOf(byHandle) == m_id;
}

bool Win32RemovalRoot::readOnly() const
{
    DWORD flags = 0;
    return ::GetVolumeInformationByHandleW(m_root.get(), nullptr, 0, nullptr, nullptr, &flags,
                                           nullptr, 0) &&
           (flags & FILE_READ_ONLY_VOLUME);
}

RemovalOutcome Win32RemovalRoot::remove(const RemovalTarget &target, const RemovalPolicy &policy)
{
    RemovalOutcome out = removeItem(target, policy, false);
    if (out.deferred) {
        RemovalPolicy later = policy;
        later.inUse = nullptr;
        later.progress = nullptr;
        m_deferred.push_back({target, std::move(later), out});
    }
    return out;
}

namespace {

// The item in its parent's handle (held open: it cannot be renamed meanwhile).
class Win32Item final : public ItemWalk
{
public:
    Win32Item(Handle held, HANDLE parent, NativeString name, const win32::Listed &item,
              const win32::WalkSetup &setup)
        : m_held(std::move(held)), m_parent(parent), m_name(std::move(name)), m_item(item),
          m_setup(setup)
    {
        const Entry &e = item.entry;
        facts = {e.id(), e.kind, e.atime, e.mtime, e.ctime};
    }

    WalkEnd walk(const WalkPass &pass, RemovalOutcome &out) override
    {
        return win32::walkItem(m_setup, pass, m_parent, m_name, m_item, out);
    }

private:
    Handle m_held; // the parent, unless it is the root
    HANDLE m_parent;
    NativeString m_name;
    win32::Listed m_item;
    win32::WalkSetup m_setup;
};

} // namespace

std::unique_ptr<ItemWalk> Win32RemovalRoot::reach(const RemovalTarget &target,
                                                  const RemovalPolicy &policy,
                                                  const std::vector<NativeString> &parts,
                                                  RemovalOutcome &refused)
{
    // The item's parent, from the root handle, one component at a time; each
    // directory on the way is held without delete sharing, so it cannot be
    // renamed or replaced while the item goes.
    Handle held;
    HANDLE parent = m_root.get();
    for (std::size_t k = 0; k + 1 < parts.size(); ++k) {
        win32::Opened next =
            win32::openRelative(parent, parts[k], FILE_LIST_DIRECTORY | FILE_READ_ATTRIBUTES,
                                FILE_SHARE_READ | FILE_SHARE_WRITE);
        const DWORD attributes = next.info.dwFileAttributes;
        if (!next.handle.valid())
            refused = isGone(next.error) ? alreadyGoneOutcome()
                                         : removalOutcome(RemovalStatus::Skipped, KeepReason::Error,
                                                          errorText(static_cast<int>(next.error)),
                                                          static_cast<int>(next.error));
        else if (attributes & FILE_ATTRIBUTE_REPARSE_POINT)
            refused = removalOutcome(RemovalStatus::Skipped, KeepReason::SymlinkNow,
                                     "a link or junction on the way (not followed)");
        else if (!(attributes & FILE_ATTRIBUTE_DIRECTORY))
            refused = removalOutcome(RemovalStatus::Skipped, KeepReason::ChangedSincePreview,
                                     "changed since preview (a directory on the way was replaced)");
        else if (next.info.dwVolumeSerialNumber != m_id.device)
            refused = removalOutcome(RemovalStatus::Skipped, KeepReason::OtherFilesystem,
                                     "another volume");
        else {
            held = std::move(next.handle);
            parent = held.get();
            continue;
        }
        return nullptr;
    }

    // The item itself, looked at without getting in anyone's way.
    win32::Listed item;
    {
        const win32::Opened o =
            win32::openRelative(parent, parts.back(), FILE_READ_ATTRIBUTES, win32::ShareAll);
        if (!o.handle.valid()) {
            refused = isGone(o.error) ? alreadyGoneOutcome()
                                      : removalOutcome(RemovalStatus::Skipped,
                                                       o.error == ERROR_ACCESS_DENIED
                                                           ? KeepReason::PermissionDenied
                                                           : KeepReason::Error,
                                                       errorText(static_cast<int>(o.error)),
                                                       static_cast<int>(o.error));
            return nullptr;
        }
        item.entry = win32::entryFromHandle(o.info);
        item.attributes = o.info.dwFileAttributes;
    } // closed: our own handle must not make the item look in use
    const win32::WalkSetup setup{policy,   target,  static_cast<std::uint32_t>(m_id.device),
                                 m_path,   m_retry, m_disposer,
                                 m_token++};
    return std::make_unique<Win32Item>(std::move(held), parent, parts.back(), item, setup);
}

std::vector<FinalOutcome> Win32RemovalRoot::finishDeferred()
{
    (void)m_retry.beginFinalPass(); // from now on a failure gives up: no sleeping, no deferring
    std::vector<FinalOutcome> finals;
    for (Deferred &d : m_deferred) {
        const RemovalOutcome second = removeItem(d.target, d.policy, true);
        RemovalOutcome merged = d.first;
        merged.deferred = false;
        const bool walked = second.entriesRemoved > 0 || second.entriesKept > 0 ||
                            second.status == RemovalStatus::Removed;
        if (!walked) {
            // Refused before the walk (the root or the item changed): what
            // the first pass kept stays, for this reason.
            merged.code = second.code;
            merged.reason = second.reason;
            merged.cancelled = second.cancelled;
        } else {
            const RemovalOutcome first = std::move(merged);
            merged = second;
            merged.entriesRemoved += first.entriesRemoved;
            merged.bytesFreed += first.bytesFreed;
            merged.bytesRemoved += first.bytesRemoved;
            merged.linkedFiles += first.linkedFiles;
            merged.alreadyGone = false;
            merged.removed.insert(merged.removed.begin(), first.removed.begin(),
                                  first.removed.end());
            merged.code = second.entriesKept > 0 ? second.code : KeepReason::None;
            merged.reason = second.entriesKept > 0 ? second.reason : std::string();
            settleOutcome(merged, second.status == RemovalStatus::Removed);
        }
        finals.push_back({d.target.relativePath, std::move(merged)});
    }
    m_deferred.clear();
    return finals;
}

RemovalOutcome Win32RemovalRoot::moveToTrash(const RemovalTarget &, const RemovalPolicy &,
                                             const TrashDir &)
{
    return removalOutcome(RemovalStatus::Skipped, KeepReason::Error,
                          "no trash on Windows: the Recycle Bin is not supported");
}

} // namespace tempscope::native
