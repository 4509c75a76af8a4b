// The Windows removal walk (Win32RemovalWalk.h says how it works and why).

#include "core/native/win32/Win32RemovalWalk.h"

#include "core/native/Scanner.h"
#include "core/native/win32/DirectoryListing.h"
#include "core/native/win32/RelativeOpen.h"
#include "core/native/win32/RestartManager.h"
#include "core/native/win32/WinAttributes.h"
#include "core/native/win32/WinEntry.h"
#include "core/native/win32/WinPath.h"

#include <algorithm>
#include <vector>

namespace tempscope::native::win32 {

namespace {

constexpr ULONG ShareReadWrite = FILE_SHARE_READ | FILE_SHARE_WRITE;

struct Frame
{
    Handle dir; // listed through; shares no delete, so it cannot be renamed meanwhile
    NativeString name;
    Listed listed;
    std::vector<std::pair<NativeString, Listed>> children; // listed before any is touched
    std::size_t next = 0;
    std::size_t pathLength = 0;
    bool removable = true;
    Verdict own;
    bool keptInside = false;
    bool changedInside = false; // something below went: its times are set back if it stays
};

enum class Result { Removed, Gone, Kept, Stop };

struct Tally
{
    unsigned attempts = 0;
    std::chrono::milliseconds slept{0};
    std::uint32_t code = 0;
};

bool isLink(const Listed &l)
{
    return l.entry.kind == Kind::Symlink;
}

LONGLONG ticksOf(TimeNs ns)
{
    constexpr LONGLONG EpochDiff = 116444736000000000LL;
    return ns == 0 ? 0 : ns / 100 + EpochDiff; // 0: leave as it is
}

// A directory that stays gets the times it was listed with back (as systemd
// does), so a later pass, or per-file mode later on, judges it by its own age.
void restoreTimes(HANDLE dir, const Entry &listed)
{
    FILE_BASIC_INFO basic{}; // zero attributes and creation/change times: unchanged
    basic.LastWriteTime.QuadPart = ticksOf(listed.mtime);
    basic.LastAccessTime.QuadPart = ticksOf(listed.atime);
    (void)::SetFileInformationByHandle(dir, FileBasicInfo, &basic, sizeof basic); // best effort
}

} // namespace

class RemovalWalk::Impl : public RemovalBook
{
public:
    Impl(const WalkSetup &s, RemovalOutcome &out) : RemovalBook(s.policy, s.target, out), m_s(s) {}

    bool itemGone() const { return m_itemGone; }
    bool deferred() const { return m_deferred; }
    const std::optional<KeptEntry> &listingVeto() const { return m_listingVeto; }

    void run(HANDLE parent, const NativeString &name, const Listed &item)
    {
        m_itemParent = parent;
        m_path = m_s.target.relativePath;
        const Verdict v = judge(item.entry);
        if (item.entry.kind == Kind::Directory) {
            if (!(v.ok() || (m_policy.perFile && enterAnyway(v.code)))) {
                keep(v, true);
                return;
            }
            directory(name, item, v);
            return;
        }
        if (!v.ok()) {
            keep(v, true);
            return;
        }
        const Result r = removeEntry(parent, name, item);
        m_itemGone = r == Result::Removed || r == Result::Gone;
        m_out.alreadyGone = r == Result::Gone;
    }

private:
    Verdict judge(const Entry &e) const
    {
        if (e.device != m_s.volume)
            return keepFor(KeepReason::OtherFilesystem, "another volume");
        // No owner check: the ACL decides (access denied is kept).
        return judgeShared(e.id(), e, false);
    }

    void keep(const Verdict &v, bool fromListing = false)
    {
        if (fromListing && !v.gone && !m_listingVeto && vetoesItem(v.code))
            m_listingVeto = KeptEntry{m_path, v.reason, v.code};
        RemovalBook::keep(v);
    }

    void removed(const Listed &l, DWORD links)
    {
        RemovalBook::removed(l.entry.kind, l.entry.size, l.entry.diskBytes, links);
    }

    // Why an entry stays after the retry policy gave up on it (final pass or
    // a permanent error); a holder is named through the Restart Manager.
    Verdict verdictFor(const RetryStep &s)
    {
        const bool inUse = s.code == ErrorSharingViolation || s.code == ErrorLockViolation ||
                           s.errorClass == ErrorClass::LongLived;
        if (inUse) {
            NativeString absolute = joinPath(m_s.root, m_path);
            std::replace(absolute.begin(), absolute.end(), L'/', L'\\');
            const std::vector<LockingProcess> who = lockingProcesses(absolute);
            const KeepReason code =
                s.code == ErrorLockViolation ? KeepReason::Locked : KeepReason::InUse;
            if (!who.empty())
                return keepFor(code,
                               inUseText({static_cast<int>(who.front().pid), who.front().name}));
            return keepFor(code, s.errorClass == ErrorClass::LongLived
                                     ? "in use (a running program or a mapped file; holder unknown)"
                                     : "in use by another process (open without sharing; holder "
                                       "unknown)");
        }
        switch (s.code) {
        case ErrorAccessDenied:
            return keepFor(KeepReason::PermissionDenied, "permission denied");
        case ErrorWriteProtect:
            return keepFor(KeepReason::ReadOnlyFilesystem,
                           "read-only file system (write-protected)");
        case ErrorDirNotEmpty:
            return keepFor(KeepReason::NotEmpty, "directory not empty");
        default:
            return keepFor(KeepReason::Error, errorText(static_cast<int>(s.code)));
        }
    }

    // A provisional "kept": the final pass tries it once more.
    void deferEntry(const char *what)
    {
        m_deferred = true;
        keep(keepFor(KeepReason::InUse, what));
    }

    // The opened entry is still the listed one (file id, volume, kind).
    bool sameEntry(const BY_HANDLE_FILE_INFORMATION &now, const Listed &listed) const
    {
        const Kind kind = kindFromAttributes(now.dwFileAttributes);
        return fileId(now) == listed.entry.inode && now.dwVolumeSerialNumber == m_s.volume &&
               kind == listed.entry.kind;
    }

    static Verdict replaced(const Listed &listed)
    {
        return keepFor(KeepReason::ChangedSincePreview,
                       isLink(listed) ? "changed since preview (listed as a link, opened as "
                                        "something else: left alone)"
                                      : "changed since preview (replaced)");
    }

    // Opens `name` in `dir` for DELETE with share mode 0, checks it and
    // deletes it through the handle; `clearReadOnly` once the policy says so.
    Attempt deleteOnce(HANDLE dir, const NativeString &name, const Listed &listed,
                       bool clearReadOnly, Verdict &veto, DWORD &links)
    {
        Attempt a;
        Opened o = openRelative(
            dir, name, DELETE | FILE_READ_ATTRIBUTES | (clearReadOnly ? FILE_WRITE_ATTRIBUTES : 0),
            listed.entry.kind == Kind::Directory ? ShareReadWrite : 0);
        if (!o.handle.valid()) {
            a.code = o.error;
            return a;
        }
        if (!sameEntry(o.info, listed)) {
            veto = replaced(listed);
            a.code = ERROR_FILE_INVALID;
            return a;
        }
        const Entry now = entryFromHandle(o.info);
        if (now.kind == Kind::File) {
            if (Verdict v = ageVerdict(m_policy, m_target, now); !v.ok()) {
                veto = v; // touched since the listing
                a.code = ERROR_FILE_INVALID;
                return a;
            }
        }
        links = o.info.nNumberOfLinks;
        if (m_s.dry) {
            a.ok = true; // the lock probe passed: nothing else holds it
            return a;
        }
        const DWORD attributes = o.info.dwFileAttributes;
        bool cleared = false;
        if ((attributes & FILE_ATTRIBUTE_READONLY) && clearReadOnly)
            cleared = setAttributes(o.handle.get(), attributes & ~DWORD(FILE_ATTRIBUTE_READONLY));
        Disposer::Used used{};
        DWORD error = 0;
        if (m_s.disposer.mark(o.handle.get(), o.info.dwVolumeSerialNumber, used, error)) {
            // Attributes belong to the file, not the name: with other hard
            // links it lives on, and keeps its read-only bit.
            if (cleared && links > 1)
                setAttributes(o.handle.get(), attributes);
            a.ok = true;
            return a;
        }
        if (cleared)
            setAttributes(o.handle.get(), attributes); // failed: leave it as it was
        a.code = error;
        a.context.atDisposition = true;
        a.context.readOnly = (attributes & FILE_ATTRIBUTE_READONLY) && !cleared;
        return a;
    }

    // A file, a link, or (emptied) a directory, by name in `dir`.
    Result removeEntry(HANDLE dir, const NativeString &name, const Listed &listed)
    {
        if (cancelled())
            return Result::Stop;
        Verdict veto;
        DWORD links = 1;
        if (m_s.dry && (!m_s.probeLocks || listed.entry.kind == Kind::Directory)) {
            removed(listed, links);
            return Result::Removed;
        }
        Tally tally;
        RetryStep s;
        if (m_s.dry) {
            // One probe, no waiting: what a run would meet at this moment.
            const Attempt a = deleteOnce(dir, name, listed, false, veto, links);
            s = a.ok ? RetryStep{RetryStep::Removed, ErrorClass::Gone, 0}
                     : RetryStep{RetryStep::GaveUp, classifyWin32Error(a.code, a.context), a.code};
            if (s.errorClass == ErrorClass::Gone && !a.ok)
                s.kind = RetryStep::Gone;
        } else {
            s = retry(m_s.retry, m_s.token, tally, [&](bool clearReadOnly) {
                return deleteOnce(dir, name, listed, clearReadOnly, veto, links);
            });
        }
        switch (s.kind) {
        case RetryStep::Removed:
            removed(listed, links);
            return Result::Removed;
        case RetryStep::Gone:
            return Result::Gone;
        case RetryStep::Deferred:
            deferEntry(s.code == ErrorDirNotEmpty
                           ? "not empty yet (an entry inside is being deleted): deferred to "
                             "the final pass"
                           : "in use by another process: deferred to the final pass");
            return Result::Kept;
        case RetryStep::GaveUp:
            break;
        }
        keep(veto.ok() ? verdictFor(s) : veto);
        return Result::Kept;
    }

    // Opens and lists a directory into `f`.
    Verdict openFrame(HANDLE parent, const NativeString &name, const Listed &listed, Frame &f)
    {
        constexpr ACCESS_MASK list = FILE_LIST_DIRECTORY | FILE_READ_ATTRIBUTES;
        Opened o = openRelative(parent, name, list | FILE_WRITE_ATTRIBUTES, ShareReadWrite);
        if (!o.handle.valid() && o.error == ERROR_ACCESS_DENIED && !m_s.dry)
            o = openRelative(parent, name, list, ShareReadWrite); // its times cannot be set back
        if (!o.handle.valid()) {
            if (classifyWin32Error(o.error, {}) == ErrorClass::Gone)
                return {KeepReason::None, {}, true};
            return verdictFor({RetryStep::GaveUp, classifyWin32Error(o.error, {}), o.error});
        }
        if (!sameEntry(o.info, listed))
            return replaced(listed);
        f.dir = std::move(o.handle);
        f.name = name;
        f.listed = listed;
        const DWORD err = listDirectory(
            f.dir.get(), m_buffer, [&](const FILE_ID_BOTH_DIR_INFO &info, std::wstring_view n) {
                f.children.emplace_back(NativeString(n), Listed{entryFromListing(info, m_s.volume),
                                                                info.FileAttributes});
            });
        if (err != 0)
            return keepFor(KeepReason::Error, errorText(static_cast<int>(err)));
        return {};
    }

    void directory(const NativeString &name, const Listed &item, const Verdict &own)
    {
        Frame top;
        const Verdict v = openFrame(m_itemParent, name, item, top);
        if (!v.ok()) {
            if (v.gone) {
                m_itemGone = true;
                m_out.alreadyGone = true;
            }
            keep(v);
            return;
        }
        top.removable = own.ok();
        top.own = own;
        top.pathLength = m_path.size();
        m_stack.push_back(std::move(top));
        while (!m_stack.empty()) {
            Frame &f = m_stack.back();
            if (f.next < f.children.size() && !m_stop && !cancelled()) {
                const std::size_t k = f.next++;
                step(m_stack.size() - 1, k);
            } else {
                finishTop();
            }
        }
    }

    void step(std::size_t frame, std::size_t k)
    {
        Frame &f = m_stack[frame];
        const NativeString name = f.children[k].first;
        const Listed child = f.children[k].second;
        m_path.resize(f.pathLength);
        m_path += L'\\';
        m_path += name;
        const Verdict v = judge(child.entry);
        if (child.entry.kind == Kind::Directory) {
            if (!(v.ok() || (m_policy.perFile && enterAnyway(v.code)))) {
                f.keptInside = true;
                keep(v, true);
                return;
            }
            Frame c;
            const Verdict ov = openFrame(f.dir.get(), name, child, c);
            if (!ov.ok()) {
                if (!ov.gone)
                    f.keptInside = true;
                keep(ov);
                return;
            }
            c.removable = v.ok();
            c.own = v;
            c.pathLength = m_path.size();
            m_stack.push_back(std::move(c)); // `f` is invalid from here on
            return;
        }
        if (!v.ok()) {
            f.keptInside = true;
            keep(v, true);
            return;
        }
        const Result r = removeEntry(f.dir.get(), name, child);
        if (r == Result::Kept || r == Result::Stop)
            m_stack[frame].keptInside = true;
        else if (r == Result::Removed)
            m_stack[frame].changedInside = true;
    }

    void finishTop()
    {
        const std::size_t i = m_stack.size() - 1;
        Frame &f = m_stack[i];
        m_path.resize(f.pathLength);
        const HANDLE parent = i > 0 ? m_stack[i - 1].dir.get() : m_itemParent;
        bool gone = false;
        if (!m_stop && f.removable && !f.keptInside && !cancelled()) {
            // Emptied: deleted through a fresh DELETE handle (checked against
            // the listed file id), each retry another one: Wine, after a 145,
            // accepts a second disposition on the same handle and then keeps
            // the directory.
            f.dir.reset();
            const Result r = removeEntry(parent, f.name, f.listed);
            gone = r == Result::Removed || r == Result::Gone;
        } else if (!f.removable && !m_stop) {
            keep(f.own, true);
        }
        if (!gone && f.changedInside && f.dir.valid() && !m_s.dry)
            restoreTimes(f.dir.get(), f.listed.entry);
        if (i > 0) {
            m_stack[i - 1].keptInside = m_stack[i - 1].keptInside || !gone;
            m_stack[i - 1].changedInside = m_stack[i - 1].changedInside || gone;
        } else {
            m_itemGone = gone;
        }
        m_stack.pop_back();
    }

    const WalkSetup &m_s;
    HANDLE m_itemParent = nullptr;
    std::vector<Frame> m_stack;
    std::vector<std::uint64_t> m_buffer;
    std::optional<KeptEntry> m_listingVeto;
    bool m_itemGone = false;
    bool m_deferred = false;
};

RemovalWalk::RemovalWalk(const WalkSetup &setup, RemovalOutcome &out)
    : m_impl(std::make_unique<Impl>(setup, out))
{
}

RemovalWalk::~RemovalWalk() = default;

void RemovalWalk::setQuiet(bool quiet)
{
    m_impl->setQuiet(quiet);
}

void RemovalWalk::run(HANDLE parent, const NativeString &name, const Listed &item)
{
    m_impl->run(parent, name, item);
}

bool RemovalWalk::itemGone() const
{
    return m_impl->itemGone();
}

bool RemovalWalk::deferred() const
{
    return m_impl->deferred();
}

bool RemovalWalk::readOnly() const
{
    return m_impl->readOnly();
}

const std::optional<KeptEntry> &RemovalWalk::listingVeto() const
{
    return m_impl->listingVeto();
}

} // namespace tempscope::native::win32
