#pragma once
// ItemStates: what keeps the items of one scan from being cleaned, beside
// their age: the processes that hold an entry open, mapped or as their
// working directory, and the built-in protections (X11 sockets, systemd's
// private directories, ...). Evaluated once on the scan worker right after
// the scan; afterwards immutable and shared like the Inventory it describes.
//
// Who holds what comes from native's holder query (core/native/Holders.h), a
// snapshot: a process may have let go (or taken hold) since. On Linux every
// holder is listed with how it holds the entry (fd number, memory map,
// working directory); on Windows the Restart Manager names the processes
// holding files.

#include "core/inventory/Inventory.h"
#include "core/native/FileTypes.h"
#include "core/native/Holders.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>

namespace tempscope {

struct EntryHolder
{
    using Via = native::FileHolder::Via; // how native saw it held
    int pid = 0;
    QString command; // the process's name (comm)
    Via via = Via::Descriptor;
    int fd = -1; // for Via::Descriptor

    QString text() const; // "PID 1234 (python3), fd 5"
    friend bool operator==(const EntryHolder &, const EntryHolder &) = default;
};

// Who holds what. Empty by default (nobody); scan() asks the system (the
// visible processes but this one) when the states are evaluated; add() names
// holders by device and inode (tests, other sources).
class ProcessHolders
{
public:
    static ProcessHolders scan();
    void add(const native::FileId &id, const EntryHolder &holder);
    const QList<EntryHolder> *holders(const native::FileId &id) const;
    bool isEmpty() const { return !m_system && m_holders.isEmpty(); }
    // The holders of the tree's entries, by entry; the held ones only.
    QHash<std::uint32_t, QList<EntryHolder>> inTree(const native::ScanTree &tree) const;

private:
    QHash<QPair<quint64, quint64>, QList<EntryHolder>> m_holders;
    bool m_system = false;
};

class ItemStates
{
public:
    // Every entry of the inventory's tree against the holders; the built-in
    // protections against each item's name.
    static std::shared_ptr<const ItemStates> evaluate(const Inventory &inventory,
                                                      const ProcessHolders &holders);

    // The processes holding this very entry (empty: none).
    QList<EntryHolder> holdersOf(std::uint32_t entry) const { return m_held.value(entry); }
    // The entry or something below it is held.
    bool inUse(std::uint32_t entry) const { return m_inUse.contains(entry); }
    // Held entries inside the subtree of `entry` (itself included), in tree order.
    QList<std::uint32_t> heldInside(const native::ScanTree &tree, std::uint32_t entry) const;
    // The distinct processes holding anything in the subtree of `entry`.
    QList<EntryHolder> processesInside(const native::ScanTree &tree, std::uint32_t entry) const;
    // Why a name is protected by the built-in protections ("X11 display
    // sockets"), or an empty string.
    static QString protection(QStringView name);
    QString protectionOf(std::uint32_t entry) const { return m_protected.value(entry); }
    qsizetype heldCount() const { return m_held.size(); }

private:
    QHash<std::uint32_t, QList<EntryHolder>> m_held;
    QSet<std::uint32_t> m_inUse;               // held entries and all their ancestors
    QHash<std::uint32_t, QString> m_protected; // top-level items only
};

} // namespace tempscope
