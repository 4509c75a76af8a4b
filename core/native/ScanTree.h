#pragma once
// ScanTree: the compact result of scanning one root. One fixed-size record per
// entry, names packed into shared blocks; no per-entry allocation. The children
// of a directory sit next to each other, and every entry comes after its
// parent, so a single backwards pass aggregates subtrees.
//
// Backends fill it through TreeBuilder (thread-safe); once scan() returns the
// tree is immutable and may be read from any thread.

#include "core/native/FileTypes.h"

#include <cstdint>
#include <memory>
#include <mutex>
#include <span>
#include <vector>

namespace tempscope::native {

struct Entry
{
    enum Flag : std::uint8_t {
        MountPoint = 1, // another filesystem (or a bind mount) starts here: not entered
        HasError = 2,   // see ScanTree::errors()
        NotListed = 4,  // a directory whose contents are not in the tree
    };

    std::uint64_t size = 0;      // apparent size in bytes
    std::uint64_t diskBytes = 0; // allocated bytes (st_blocks * 512)
    TimeNs atime = 0;
    TimeNs mtime = 0;
    TimeNs ctime = 0;
    std::uint64_t device = 0;
    std::uint64_t inode = 0;
    std::uint32_t mode = 0; // st_mode (permission bits; on Windows synthesised)
    std::uint32_t uid = 0;
    std::uint32_t parent = 0;     // the root is its own parent
    std::uint32_t firstChild = 0; // children are [firstChild, firstChild + childCount)
    std::uint32_t childCount = 0;
    std::uint32_t nameOffset = 0;
    std::uint16_t nameLength = 0;
    Kind kind = Kind::Unknown;
    std::uint8_t flags = 0;

    FileId id() const { return {device, inode}; }
    bool isDir() const { return kind == Kind::Directory; }
    bool has(Flag f) const { return (flags & f) != 0; }
};

enum class ScanOp : std::uint8_t { Open, Read, Stat };

struct ScanError
{
    std::uint32_t entry = 0; // the entry the error is about
    int code = 0;            // errno (POSIX) or GetLastError() (Windows)
    ScanOp op = ScanOp::Stat;
};

const char *scanOpName(ScanOp op);

class ScanTree
{
public:
    static constexpr std::uint32_t Root = 0;

    ScanTree() = default;
    ScanTree(ScanTree &&) = default;
    ScanTree &operator=(ScanTree &&) = default;
    ScanTree(const ScanTree &) = delete;
    ScanTree &operator=(const ScanTree &) = delete;

    std::uint32_t size() const { return m_count; }
    const Entry &operator[](std::uint32_t i) const
    {
        return m_chunks[i >> ChunkBits][i & ChunkMask];
    }
    NativeStringView name(std::uint32_t i) const;

    // The root as it was opened (absolute, symlinks resolved).
    const NativeString &rootPath() const { return m_rootPath; }
    // Path from the root, separated by '/' ('\\' on Windows); empty for the root.
    NativeString relativePath(std::uint32_t i) const;
    NativeString absolutePath(std::uint32_t i) const;
    // The absolute path of the root's child called `name`, in the tree or not.
    NativeString childPath(NativeStringView name) const;

    std::span<const ScanError> errors() const { return m_errors; }
    bool cancelled() const { return m_cancelled; }
    // Entries that disappeared between listing and stat (normal in a live temp dir).
    std::uint64_t vanished() const { return m_vanished; }

    // Memory held by the store, for benchmarks.
    std::size_t bytesUsed() const;

    // The root and its children only (as they are now; the children list
    // nothing): what a window shows of a root whose scan is still running.
    ScanTree topLevelCopy() const;

private:
    friend class TreeBuilder;
    static constexpr unsigned ChunkBits = 12;
    static constexpr std::uint32_t ChunkMask = (1u << ChunkBits) - 1;
    static constexpr std::uint32_t NameBlock = 1u << 16;

    Entry &at(std::uint32_t i) { return m_chunks[i >> ChunkBits][i & ChunkMask]; }
    std::uint32_t storeName(NativeStringView name);

    std::vector<std::unique_ptr<Entry[]>> m_chunks;
    std::vector<std::unique_ptr<PathChar[]>> m_names;
    std::uint32_t m_count = 0;
    std::uint32_t m_nameUsed = 0; // used in the last name block
    NativeString m_rootPath;
    std::vector<ScanError> m_errors;
    std::uint64_t m_vanished = 0;
    bool m_cancelled = false;
};

// Used by the scanner backends. All methods are thread-safe.
class TreeBuilder
{
public:
    struct Pending
    {
        Entry entry; // name fields ignored
        NativeString name;
        int error = 0; // non-zero: stat failed with this code
    };

    // A listing appended while it is still being read: the builder stays
    // locked from construction to destruction, so the block stays contiguous
    // without the whole listing ever being buffered (a directory of a million
    // entries would otherwise need as much memory again as the tree). Other
    // threads wait for it, so it is for long listings only, and while it is
    // open only its own methods may be called from its thread.
    class Block
    {
    public:
        // Opens the block of `parent`'s children with the entries read so far.
        Block(TreeBuilder &builder, std::uint32_t parent, const std::vector<Pending> &first);
        ~Block();
        Block(const Block &) = delete;
        Block &operator=(const Block &) = delete;

        // Appends one child; returns its index.
        std::uint32_t add(const Entry &entry, NativeStringView name, int error);
        std::uint32_t first() const { return m_first; }
        void addError(std::uint32_t entry, ScanOp op, int code);
        void markNotListed(std::uint32_t entry);

    private:
        TreeBuilder &m_builder;
        std::unique_lock<std::mutex> m_lock; // taken before m_first is read: keep this order
        std::uint32_t m_parent;
        std::uint32_t m_first;
    };

    explicit TreeBuilder(ScanTree &tree) : m_tree(tree) {}

    void setRoot(NativeStringView path, const Entry &root);
    // Appends the listing of directory `parent` as one contiguous block and
    // returns the index of its first entry.
    std::uint32_t appendChildren(std::uint32_t parent, std::vector<Pending> &children);
    void addError(std::uint32_t entry, ScanOp op, int code);
    void markNotListed(std::uint32_t entry);
    void addVanished(std::uint64_t n);
    void setCancelled();
    Entry entry(std::uint32_t i) const;
    // Names from the root's child down to `i` (for re-opening a directory by components).
    std::vector<NativeString> chain(std::uint32_t i) const;
    // Runs f(tree) with the builder locked: f reads the parts of the tree no
    // scanner thread writes any more.
    template <typename F> void read(F f) const
    {
        std::lock_guard lock(m_mutex);
        f(static_cast<const ScanTree &>(m_tree));
    }

private:
    // With m_mutex held: appends one entry, returns its index.
    std::uint32_t appendLocked(std::uint32_t parent, const Entry &entry, NativeStringView name,
                               int error);
    void addErrorLocked(std::uint32_t entry, ScanOp op, int code);

    ScanTree &m_tree;
    mutable std::mutex m_mutex;
};

} // namespace tempscope::native
