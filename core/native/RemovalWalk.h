#pragma once
// The removal walk of one item, once for both backends (SAFETY.md rules 2,
// 3, 5 and 10; Windows rules 2-5): the order of its steps lives here, what
// each step does to the file system lives in the platform's node operations.
//
// The walk starts at the item, reached and checked by the root
// (WalkingRemovalRoot.h). A directory is opened relative to its parent's
// open handle, checked against what its parent listed, and listed whole
// before any child is touched, so entries created during the run are never
// in the list and only keep their directory (not an error). Directories go
// on an explicit stack of frames, never recursion: depth is bounded by
// memory, not by the C++ stack or PATH_MAX. A child is judged on the facts of
// the listing (another file system, special file, a root of the run,
// protected, not the owner's, in use by the index, too new); a directory is
// entered when it may go, or in per-file mode when only its age or its use
// keeps it (it may hold old files). Files and links are removed by the
// platform; a directory goes once it is empty, it may go itself, and nothing
// below it stayed. A directory that stays gets its mode and times back.
//
// `Derived` (CRTP) is the platform's walk: posix::PosixWalk (descriptors)
// or win32::Win32Walk (handles). It provides, with `Node` naming its types:
//   Node::Raw        a directory as the OS names it (int, HANDLE)
//   Node::Facts      an entry as listed (posix::Meta, win32::Listed)
//   Node::Child      an entry of a frame's list (a name; a name and facts)
//   Node::Frame      a directory being emptied, derived from WalkFrame<Child>
//   Node::Separator  between path components in reports ('/', '\\')
//   Node::raw(frame), Node::nameOf(child), Node::kindOf(facts)
//   judge(facts)                       the listing's verdict (judgeShared and more)
//   describe(frame, child, facts)      the facts of a listed child, or why not
//   openFrame(parent, name, facts, frame)   open, check and list a directory
//   removeLeaf(parent, frame*, name, facts) remove a file or link (frame: its
//                                      directory, nullptr for the item)
//   removeEmptied(frame, parent, frame*)    remove an emptied directory: gone?
//   finishKept(frame)                  a directory that stays: mode, times back
// and may hide the hooks pushed(), beforeFinish(frame, parent*) and
// popping(frame). One walk per item and pass, on the calling thread.

#include "core/native/RemovalSupport.h"

#include <optional>
#include <vector>

namespace tempscope::native {

// What removing one entry came to.
enum class StepResult { Removed, Gone, Kept, Stop };

// What the root asks of one walk of an item (WalkingRemovalRoot.h).
struct WalkPass
{
    bool dry = false;        // check only; remove nothing
    bool probeLocks = false; // dry: look for locks too (Windows opens for DELETE to see them)
    bool quiet = false;      // no progress reports (the dry check before a real run)
};

// How a walk of an item ended.
struct WalkEnd
{
    bool itemGone = false;
    bool readOnly = false; // the file system is read-only: the root stops
    bool deferred = false; // something was put aside for the final pass (Windows)
    // The first entry that keeps the whole item in item mode, as the
    // platform can tell it before removing anything.
    std::optional<KeptEntry> veto;
};

// The part of a directory frame the walk itself keeps.
template <class Child> struct WalkFrame
{
    NativeString name;           // in the parent directory
    std::vector<Child> children; // listed before any is touched
    std::size_t next = 0;
    std::size_t pathLength = 0; // of this directory's path in the walk's m_path
    bool removable = true;      // its own checks passed
    Verdict own;                // why not, when !removable
    bool keptInside = false;    // something below stays
    bool changedInside = false; // something below went
};

template <class Derived, class Node> class RemovalWalk : public RemovalBook
{
public:
    using Raw = typename Node::Raw;
    using Facts = typename Node::Facts;
    using Child = typename Node::Child;
    using Frame = typename Node::Frame;

    using RemovalBook::RemovalBook;

    bool itemGone() const { return m_itemGone; }
    // The first entry kept, on what the listing showed, for a reason that
    // keeps a whole item (vetoesItem): too new, changed, in use by the index.
    const std::optional<KeptEntry> &listingVeto() const { return m_listingVeto; }

    // The item `name` in the directory `parent`, as `item` shows it.
    void run(Raw parent, const NativeString &name, const Facts &item)
    {
        m_itemParent = parent;
        m_path = m_target.relativePath;
        const Verdict v = self().judge(item);
        if (Node::kindOf(item) == Kind::Directory) {
            if (!enters(v)) {
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
        const StepResult r = self().removeLeaf(parent, nullptr, name, item);
        m_itemGone = r == StepResult::Removed || r == StepResult::Gone;
        m_out.alreadyGone = r == StepResult::Gone;
    }

protected:
    // Kept; `fromListing`: decided on the listing's facts alone.
    void keep(const Verdict &v, bool fromListing = false)
    {
        if (fromListing && !v.gone && !m_listingVeto && vetoesItem(v.code))
            m_listingVeto = KeptEntry{m_path, v.reason, v.code};
        RemovalBook::keep(v);
    }

    // The hooks a platform may hide.
    void pushed() {}
    void beforeFinish(Frame &, Frame *) {}
    void popping(Frame &) {}

    Raw m_itemParent{};
    std::vector<Frame> m_stack;

private:
    Derived &self() { return static_cast<Derived &>(*this); }

    bool enters(const Verdict &v) const
    {
        return v.ok() || (m_policy.perFile && enterAnyway(v.code));
    }

    void push(Frame &&f)
    {
        m_stack.push_back(std::move(f));
        self().pushed();
    }

    void directory(const NativeString &name, const Facts &item, const Verdict &own)
    {
        Frame top;
        const Verdict v = self().openFrame(m_itemParent, name, item, top);
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
        push(std::move(top));
        while (!m_stack.empty()) {
            Frame &f = m_stack.back();
            if (f.next < f.children.size() && !m_stop && !cancelled()) {
                Child child = f.children[f.next++];
                step(m_stack.size() - 1, child);
            } else {
                finishTop();
            }
        }
    }

    void step(std::size_t at, const Child &child)
    {
        Frame &f = m_stack[at];
        const NativeString &name = Node::nameOf(child);
        m_path.resize(f.pathLength);
        m_path += Node::Separator;
        m_path += name;
        Facts facts;
        if (const Verdict v = self().describe(f, child, facts); !v.ok()) {
            if (!v.gone)
                f.keptInside = true;
            keep(v);
            return;
        }
        const Verdict v = self().judge(facts);
        if (Node::kindOf(facts) == Kind::Directory) {
            if (!enters(v)) {
                f.keptInside = true;
                keep(v, true);
                return;
            }
            Frame c;
            const Verdict ov = self().openFrame(Node::raw(f), name, facts, c);
            if (!ov.ok()) {
                if (!ov.gone)
                    f.keptInside = true;
                keep(ov);
                return;
            }
            c.removable = v.ok();
            c.own = v;
            c.pathLength = m_path.size();
            push(std::move(c)); // `f` is invalid from here on
            return;
        }
        if (!v.ok()) {
            f.keptInside = true;
            keep(v, true);
            return;
        }
        const StepResult r = self().removeLeaf(Node::raw(f), &f, name, facts);
        if (r == StepResult::Removed)
            f.changedInside = true;
        else if (r == StepResult::Kept || r == StepResult::Stop)
            f.keptInside = true;
    }

    void finishTop()
    {
        const std::size_t i = m_stack.size() - 1;
        Frame &f = m_stack[i];
        Frame *parent = i > 0 ? &m_stack[i - 1] : nullptr;
        m_path.resize(f.pathLength);
        self().beforeFinish(f, parent);
        bool gone = false;
        if (!m_stop && f.removable && !f.keptInside && !cancelled())
            gone = self().removeEmptied(f, parent ? Node::raw(*parent) : m_itemParent, parent);
        else if (!f.removable && !m_stop)
            keep(f.own, true);
        if (!gone)
            self().finishKept(f);
        if (parent) {
            if (gone)
                parent->changedInside = true;
            else
                parent->keptInside = true;
        } else {
            m_itemGone = gone;
        }
        self().popping(f);
        m_stack.pop_back();
    }

    std::optional<KeptEntry> m_listingVeto;
    bool m_itemGone = false;
};

} // namespace tempscope::native
