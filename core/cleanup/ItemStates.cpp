#include "core/cleanup/ItemStates.h"

#include "core/cleanup/Protections.h"
#include "core/inventory/PathText.h"
#include "core/native/Holders.h"

#include <QCoreApplication>

#include <algorithm>

namespace tempscope {

QString EntryHolder::text() const
{
    const QString who =
        QCoreApplication::translate("ItemStates", "PID %1 (%2)").arg(pid).arg(command);
    switch (via) {
    case Via::Descriptor:
        return QCoreApplication::translate("ItemStates", "%1, fd %2").arg(who).arg(fd);
    case Via::Mapping:
        return QCoreApplication::translate("ItemStates", "%1, mapped into memory").arg(who);
    case Via::WorkingDirectory:
        return QCoreApplication::translate("ItemStates", "%1, working directory").arg(who);
    case Via::Handle:
        break;
    }
    return who;
}

void ProcessHolders::add(const native::FileId &id, const EntryHolder &holder)
{
    QList<EntryHolder> &list = m_holders[qMakePair(quint64(id.device), quint64(id.inode))];
    if (!list.contains(holder))
        list.append(holder);
}

const QList<EntryHolder> *ProcessHolders::holders(const native::FileId &id) const
{
    const auto it = m_holders.constFind(qMakePair(quint64(id.device), quint64(id.inode)));
    return it == m_holders.cend() ? nullptr : &*it;
}

ProcessHolders ProcessHolders::scan()
{
    ProcessHolders out;
    out.m_system = true;
    return out;
}

namespace {

EntryHolder entryHolder(const native::FileHolder &h)
{
    EntryHolder out;
    out.pid = h.pid;
    out.command = QString::fromStdString(h.command);
    out.via = h.via;
    out.fd = h.fd;
    return out;
}

} // namespace

QHash<std::uint32_t, QList<EntryHolder>> ProcessHolders::inTree(const native::ScanTree &tree) const
{
    QHash<std::uint32_t, QList<EntryHolder>> out;
    if (m_system) {
        // Our own descriptors are the scan's, not a user's.
        const int self = int(QCoreApplication::applicationPid());
        for (const auto &[entry, holders] : native::holdersInTree(tree)) {
            for (const native::FileHolder &h : holders) {
                if (h.pid != self)
                    out[entry].append(entryHolder(h));
            }
        }
    }
    if (!m_holders.isEmpty()) {
        for (std::uint32_t i = 0; i < tree.size(); ++i) {
            if (const QList<EntryHolder> *h = holders(tree[i].id())) {
                QList<EntryHolder> &list = out[i];
                for (const EntryHolder &one : *h) {
                    if (!list.contains(one))
                        list.append(one);
                }
            }
        }
    }
    return out;
}

std::shared_ptr<const ItemStates> ItemStates::evaluate(const Inventory &inventory,
                                                       const ProcessHolders &holders)
{
    auto states = std::make_shared<ItemStates>();
    const native::ScanTree &tree = inventory.tree();
    const QHash<std::uint32_t, QList<EntryHolder>> held = holders.inTree(tree);
    for (auto it = held.cbegin(); it != held.cend(); ++it) {
        const std::uint32_t i = it.key();
        if (i == native::ScanTree::Root || tree[i].kind == native::Kind::Unknown)
            continue;
        states->m_held.insert(i, it.value());
        for (std::uint32_t a = i; a != native::ScanTree::Root; a = tree[a].parent) {
            if (states->m_inUse.contains(a))
                break;
            states->m_inUse.insert(a);
        }
    }
    for (const Item &item : inventory.items()) {
        const QString why = protection(item.name);
        if (!why.isEmpty())
            states->m_protected.insert(item.entry, why);
    }
    return states;
}

QList<std::uint32_t> ItemStates::heldInside(const native::ScanTree &tree, std::uint32_t entry) const
{
    QList<std::uint32_t> out;
    if (!m_inUse.contains(entry))
        return out;
    // Only branches marked in use are walked.
    QList<std::uint32_t> stack{entry};
    while (!stack.isEmpty()) {
        const std::uint32_t i = stack.takeLast();
        if (m_held.contains(i))
            out.append(i);
        const native::Entry &e = tree[i];
        for (std::uint32_t c = e.firstChild + e.childCount; c-- > e.firstChild;) {
            if (e.childCount && m_inUse.contains(c))
                stack.append(c);
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

QList<EntryHolder> ItemStates::processesInside(const native::ScanTree &tree,
                                               std::uint32_t entry) const
{
    QList<EntryHolder> out;
    for (std::uint32_t i : heldInside(tree, entry)) {
        for (const EntryHolder &h : m_held.value(i)) {
            if (std::none_of(out.cbegin(), out.cend(),
                             [&](const EntryHolder &x) { return x.pid == h.pid; }))
                out.append(h);
        }
    }
    std::sort(out.begin(), out.end(),
              [](const EntryHolder &a, const EntryHolder &b) { return a.pid < b.pid; });
    return out;
}

QString ItemStates::protection(QStringView name)
{
    for (const BuiltinProtection &p : builtinProtections()) {
        if (ProtectionMatcher::matches(p.pattern, name))
            return p.why;
    }
    return {};
}

} // namespace tempscope
