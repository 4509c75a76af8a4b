#pragma once
// The steps of RemovalRoot::remove() both backends share (Remover.h says what
// callers see; SAFETY.md rules 1, 9, 10 and Windows rule 5 why): refuse when
// the root is aborted, replaced or the run cancelled; split the planned path
// (nothing that leaves the root, never the root itself); let the platform
// reach the item's parent from the root handle, component by component, and
// look at the item; check it against the plan (rule 10) and the run's roots;
// in item mode a dry walk first, whose veto keeps the item whole; then the
// walk, a read-only file system aborting the root; the outcome settled.
//
// PosixRemovalRoot (descriptors) and Win32RemovalRoot (handles) derive from
// it and give the platform's part: reach(), an ItemWalk over the reached
// item, and the error numbers of their system. One thread at a time.

#include "core/native/RemovalWalk.h"
#include "core/native/Remover.h"

#include <memory>
#include <optional>
#include <vector>

namespace tempscope::native {

// The item as its parent shows it once reached: what the plan is checked against.
struct ItemFacts
{
    FileId id;
    Kind kind = Kind::Unknown;
    TimeNs atime = 0;
    TimeNs mtime = 0;
    TimeNs ctime = 0;
};

// A reached item, ready to be walked; it holds what the walk starts from
// (its parent's descriptor or handle, its name and listing).
class ItemWalk
{
public:
    virtual ~ItemWalk() = default;
    ItemFacts facts;
    // One pass of the platform's walk over the item, counted into `out`.
    virtual WalkEnd walk(const WalkPass &pass, RemovalOutcome &out) = 0;
    // After a real walk that removed something: the parent's times back, where
    // the platform keeps them (POSIX does, as systemd-tmpfiles does).
    virtual void restoreParentTimes() {}
};

class WalkingRemovalRoot : public RemovalRoot
{
public:
    RemovalOutcome remove(const RemovalTarget &target, const RemovalPolicy &policy) override;

protected:
    // The system's error numbers for what the shared steps report.
    struct SystemErrors
    {
        int readOnly;    // the file system is read-only (EROFS, ERROR_WRITE_PROTECT)
        int stale;       // the root was replaced (ESTALE, ERROR_FILE_INVALID)
        int invalidPath; // the planned path leaves the root (EINVAL, ERROR_INVALID_NAME)
    };

    WalkingRemovalRoot(NativeString path, FileId id, SystemErrors errors,
                       NativeStringView separators)
        : RemovalRoot(std::move(path), id), m_errors(errors), m_separators(separators)
    {
    }

    // remove(); in the final pass (finalPass) item mode has no dry check:
    // the item passed it in the first pass, and what was deferred is retried.
    RemovalOutcome removeItem(const RemovalTarget &target, const RemovalPolicy &policy,
                              bool finalPass);

    // Reaches the parent of parts.back() (the path of `target`) from the root, component by
    // component, and looks at the item without getting in anyone's way.
    // nullptr with `refused` filled when it cannot: gone (alreadyGoneOutcome),
    // a link or another file system on the way, an error.
    virtual std::unique_ptr<ItemWalk> reach(const RemovalTarget &target,
                                            const RemovalPolicy &policy,
                                            const std::vector<NativeString> &parts,
                                            RemovalOutcome &refused) = 0;

private:
    SystemErrors m_errors;
    NativeStringView m_separators;
};

} // namespace tempscope::native
