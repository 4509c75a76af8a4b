#include "core/native/ScanTree.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace tempscope::native {

#ifdef _WIN32
static constexpr PathChar Separator = L'\\';
#else
static constexpr PathChar Separator = '/';
#endif

const char *kindName(Kind kind)
{
    switch (kind) {
    case Kind::File:
        return "file";
    case Kind::Directory:
        return "dir";
    case Kind::Symlink:
        return "symlink";
    case Kind::Fifo:
        return "fifo";
    case Kind::Socket:
        return "socket";
    case Kind::CharDevice:
        return "char-device";
    case Kind::BlockDevice:
        return "block-device";
    case Kind::Unknown:
        break;
    }
    return "unknown";
}

const char *scanOpName(ScanOp op)
{
    switch (op) {
    case ScanOp::Open:
        return "open";
    case ScanOp::Read:
        return "read";
    case ScanOp::Stat:
        return "stat";
    }
    return "?";
}

NativeStringView ScanTree::name(std::uint32_t i) const
{
    const Entry &e = (*this)[i];
    const std::uint32_t block = e.nameOffset / NameBlock;
    return {m_names[block].get() + (e.nameOffset % NameBlock), e.nameLength};
}

NativeString ScanTree::relativePath(std::uint32_t i) const
{
    if (i == Root)
        return {};
    std::vector<std::uint32_t> chain;
    std::size_t length = 0;
    for (std::uint32_t k = i; k != Root; k = (*this)[k].parent) {
        chain.push_back(k);
        length += (*this)[k].nameLength + 1;
    }
    NativeString out;
    out.reserve(length);
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        if (!out.empty())
            out += Separator;
        out += name(*it);
    }
    return out;
}

NativeString ScanTree::absolutePath(std::uint32_t i) const
{
    if (i == Root)
        return m_rootPath;
    return childPath(relativePath(i));
}

NativeString ScanTree::childPath(NativeStringView name) const
{
    NativeString out = m_rootPath;
    if (out.empty() || out.back() != Separator)
        out += Separator;
    out += name;
    return out;
}

std::size_t ScanTree::bytesUsed() const
{
    return m_chunks.size() * (sizeof(Entry) << ChunkBits) +
           m_names.size() * NameBlock * sizeof(PathChar) + m_errors.capacity() * sizeof(ScanError);
}

ScanTree ScanTree::topLevelCopy() const
{
    ScanTree out;
    if (m_count == 0)
        return out;
    const Entry &root = (*this)[Root];
    const std::uint32_t count = root.childCount;
    out.m_rootPath = m_rootPath;
    out.m_cancelled = m_cancelled;
    const std::uint32_t n = 1 + count;
    for (std::uint32_t c = 0; c < (n + ChunkMask) >> ChunkBits; ++c)
        out.m_chunks.push_back(std::make_unique<Entry[]>(std::size_t(1) << ChunkBits));
    Entry &r = out.at(Root);
    r = root;
    r.nameOffset = out.storeName(NativeStringView());
    r.firstChild = count ? 1 : 0;
    for (std::uint32_t k = 0; k < count; ++k) {
        Entry &e = out.at(1 + k);
        e = (*this)[root.firstChild + k];
        e.parent = Root;
        e.firstChild = 0;
        e.childCount = 0;
        e.nameOffset = out.storeName(name(root.firstChild + k));
    }
    out.m_count = n;
    // The errors about the root and its children, renumbered.
    for (const ScanError &error : m_errors) {
        if (error.entry == Root)
            out.m_errors.push_back(error);
        else if (error.entry >= root.firstChild && error.entry - root.firstChild < count)
            out.m_errors.push_back({error.entry - root.firstChild + 1, error.code, error.op});
    }
    return out;
}

std::uint32_t ScanTree::storeName(NativeStringView name)
{
    if (name.size() > 0xFFFF)
        throw std::length_error("file name too long");
    if (m_names.empty() || m_nameUsed + name.size() > NameBlock) {
        m_names.push_back(std::make_unique_for_overwrite<PathChar[]>(NameBlock));
        m_nameUsed = 0;
    }
    const std::uint32_t offset =
        static_cast<std::uint32_t>((m_names.size() - 1) * NameBlock + m_nameUsed);
    std::copy(name.begin(), name.end(), m_names.back().get() + m_nameUsed);
    m_nameUsed += static_cast<std::uint32_t>(name.size());
    return offset;
}

void TreeBuilder::setRoot(NativeStringView path, const Entry &root)
{
    std::lock_guard lock(m_mutex);
    m_tree.m_rootPath = NativeString(path);
    m_tree.m_chunks.push_back(std::make_unique<Entry[]>(std::size_t(1) << ScanTree::ChunkBits));
    Entry &r = m_tree.at(0);
    r = root;
    r.parent = ScanTree::Root;
    r.nameOffset = m_tree.storeName(NativeStringView());
    r.nameLength = 0;
    m_tree.m_count = 1;
}

std::uint32_t TreeBuilder::appendLocked(std::uint32_t parent, const Entry &entry,
                                        NativeStringView name, int error)
{
    ScanTree &t = m_tree;
    if (t.m_count >= 0xFFFFFFF0u)
        throw std::length_error("too many entries in one scan");
    const std::uint32_t i = t.m_count;
    if ((i >> ScanTree::ChunkBits) >= t.m_chunks.size())
        t.m_chunks.push_back(std::make_unique<Entry[]>(std::size_t(1) << ScanTree::ChunkBits));
    Entry &e = t.at(i);
    e = entry;
    e.parent = parent;
    e.firstChild = 0;
    e.childCount = 0;
    e.nameOffset = t.storeName(name);
    e.nameLength = static_cast<std::uint16_t>(name.size());
    if (error != 0) {
        e.kind = Kind::Unknown;
        e.flags |= Entry::HasError;
        t.m_errors.push_back({i, error, ScanOp::Stat});
    }
    ++t.m_count;
    return i;
}

std::uint32_t TreeBuilder::appendChildren(std::uint32_t parent, std::vector<Pending> &children)
{
    std::lock_guard lock(m_mutex);
    ScanTree &t = m_tree;
    if (std::uint64_t(t.m_count) + children.size() >= 0xFFFFFFF0u)
        throw std::length_error("too many entries in one scan");
    const std::uint32_t first = t.m_count;
    for (const Pending &p : children)
        appendLocked(parent, p.entry, p.name, p.error);
    Entry &dir = t.at(parent);
    dir.firstChild = first;
    dir.childCount = static_cast<std::uint32_t>(children.size());
    return first;
}

TreeBuilder::Block::Block(TreeBuilder &builder, std::uint32_t parent,
                          const std::vector<Pending> &first)
    : m_builder(builder), m_lock(builder.m_mutex), m_parent(parent), m_first(builder.m_tree.m_count)
{
    for (const Pending &p : first)
        m_builder.appendLocked(m_parent, p.entry, p.name, p.error);
}

TreeBuilder::Block::~Block()
{
    Entry &dir = m_builder.m_tree.at(m_parent);
    dir.firstChild = m_first;
    dir.childCount = m_builder.m_tree.m_count - m_first;
}

std::uint32_t TreeBuilder::Block::add(const Entry &entry, NativeStringView name, int error)
{
    return m_builder.appendLocked(m_parent, entry, name, error);
}

void TreeBuilder::Block::addError(std::uint32_t entry, ScanOp op, int code)
{
    m_builder.addErrorLocked(entry, op, code);
}

void TreeBuilder::Block::markNotListed(std::uint32_t entry)
{
    m_builder.m_tree.at(entry).flags |= Entry::NotListed;
}

void TreeBuilder::addErrorLocked(std::uint32_t entry, ScanOp op, int code)
{
    m_tree.m_errors.push_back({entry, code, op});
    m_tree.at(entry).flags |= Entry::HasError;
}

void TreeBuilder::addError(std::uint32_t entry, ScanOp op, int code)
{
    std::lock_guard lock(m_mutex);
    addErrorLocked(entry, op, code);
}

void TreeBuilder::markNotListed(std::uint32_t entry)
{
    std::lock_guard lock(m_mutex);
    m_tree.at(entry).flags |= Entry::NotListed;
}

void TreeBuilder::addVanished(std::uint64_t n)
{
    std::lock_guard lock(m_mutex);
    m_tree.m_vanished += n;
}

void TreeBuilder::setCancelled()
{
    std::lock_guard lock(m_mutex);
    m_tree.m_cancelled = true;
}

Entry TreeBuilder::entry(std::uint32_t i) const
{
    std::lock_guard lock(m_mutex);
    return m_tree[i];
}

std::vector<NativeString> TreeBuilder::chain(std::uint32_t i) const
{
    std::lock_guard lock(m_mutex);
    std::vector<NativeString> names;
    for (std::uint32_t k = i; k != ScanTree::Root; k = m_tree[k].parent)
        names.emplace_back(m_tree.name(k));
    std::reverse(names.begin(), names.end());
    return names;
}

} // namespace tempscope::native
