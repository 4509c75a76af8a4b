// The Windows node operations of the removal walk (Win32RemovalWalk.h says
// how they work and why; core/native/RemovalWalk.h is the order of the steps).

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

using Child = std::pair<NativeString, Listed>; // a name and its listing

struct Frame : WalkFrame<Child>
{
    Handle dir; // listed through; shares no delete, so it cannot be renamed meanwhile
    Listed listed;
};

struct Node
{
    using Raw = HANDLE;
    using Facts = Listed;
    using Child = win32::Child;
    using Frame = win32::Frame;
    static constexpr wchar_t Separator = L'\\';
    static HANDLE raw(const Frame &f) { return f.dir.get(); }
    static const NativeString &nameOf(const Child &c) { return c.first; }
    static Kind kindOf(const Listed &l) { return l.entry.kind; }
};

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

class Win32Walk final : public RemovalWalk<Win32Walk, Node>
{
    friend class RemovalWalk<Win32Walk, Node>;

public:
    Win32Walk(const WalkSetup &s, const WalkPass &pass, RemovalOutcome &out)
        : RemovalWalk(s.policy, s.target, out), m_s(s), m_dry(pass.dry),
          m_probeLocks(pass.probeLocks)
    {
    }

    bool deferred() const { return m_deferred; }

private:
    Verdict judge(const Listed &l) const
    {
        const Entry &e = l.entry;
        if (e.device != m_s.volume)
            return keepFor(KeepReason::OtherFilesystem, "another volume");
        // No owner check: the ACL decides (access denied is kept).
        return judgeShared(e.id(), e, false);
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
        if (m_dry) {
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
    StepResult removeEntry(HANDLE dir, const NativeString &name, const Listed &listed)
    {
        if (cancelled())
            return StepResult::Stop;
        Verdict veto;
        DWORD links = 1;
        if (m_dry && (!m_probeLocks || listed.entry.kind == Kind::Directory)) {
            removed(listed, links);
            return StepResult::Removed;
        }
        Tally tally;
        RetryStep s;
        if (m_dry) {
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
            return StepResult::Removed;
        case RetryStep::Gone:
            return StepResult::Gone;
        case RetryStep::Deferred:
            deferEntry(s.code == ErrorDirNotEmpty
                           ? "not empty yet (an entry inside is being deleted): deferred to "
                             "the final pass"
                           : "in use by another process: deferred to the final pass");
            return StepResult::Kept;
        case RetryStep::GaveUp:
            break;
        }
        keep(veto.ok() ? verdictFor(s) : veto);
        return StepResult::Kept;
    }

    // Opens and lists a directory into `f`.
    Verdict openFrame(HANDLE parent, const NativeString &name, const Listed &listed, Frame &f)
    {
        constexpr ACCESS_MASK list = FILE_LIST_DIRECTORY | FILE_READ_ATTRIBUTES;
        Opened o = openRelative(parent, name, list | FILE_WRITE_ATTRIBUTES, ShareReadWrite);
        if (!o.handle.valid() && o.error == ERROR_ACCESS_DENIED && !m_dry)
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

    // The listing is the child's facts.
    static Verdict describe(Frame &, const Child &child, Listed &facts)
    {
        facts = child.second;
        return {};
    }

    // A file or a link (the link itself: never followed), as judged.
    StepResult removeLeaf(HANDLE dir, Frame *, const NativeString &name, const Listed &listed)
    {
        return removeEntry(dir, name, listed);
    }

    // Emptied: deleted through a fresh DELETE handle (checked against the
    // listed file id), each retry another one: Wine, after a 145, accepts a
    // second disposition on the same handle and then keeps the directory.
    bool removeEmptied(Frame &f, HANDLE parent, Frame *)
    {
        f.dir.reset();
        const StepResult r = removeEntry(parent, f.name, f.listed);
        return r == StepResult::Removed || r == StepResult::Gone;
    }

    // A directory that stays gets its times back if something inside went.
    void finishKept(Frame &f)
    {
        if (f.changedInside && f.dir.valid() && !m_dry)
            restoreTimes(f.dir.get(), f.listed.entry);
    }

    const WalkSetup &m_s;
    bool m_dry;
    bool m_probeLocks;
    std::vector<std::uint64_t> m_buffer;
    bool m_deferred = false;
};

} // namespace

WalkEnd walkItem(const WalkSetup &setup, const WalkPass &pass, HANDLE parent,
                 const NativeString &name, const Listed &item, RemovalOutcome &out)
{
    Win32Walk walk(setup, pass, out);
    walk.setQuiet(pass.quiet);
    walk.run(parent, name, item);
    WalkEnd end;
    end.itemGone = walk.itemGone();
    end.readOnly = walk.readOnly();
    end.deferred = walk.deferred();
    end.veto = walk.listingVeto();
    return end;
}

} // namespace tempscope::native::win32
