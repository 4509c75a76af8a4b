#include "gui/scan/ItemStates.h"

#include "core/cleanup/Protections.h"
#include "core/inventory/PathText.h"
#include "core/native/Remover.h"

#include <QCoreApplication>

#ifdef Q_OS_LINUX
#include "core/native/posix/PosixFs.h"

#include <QByteArray>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <cstdlib>

namespace tempscope::gui {

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

#ifdef Q_OS_LINUX
namespace {

bool isNumber(const char *s)
{
    if (!*s)
        return false;
    for (; *s; ++s) {
        if (*s < '0' || *s > '9')
            return false;
    }
    return true;
}

QByteArray readSmall(int dirfd, const char *name)
{
    QByteArray text;
    const int fd = ::openat(dirfd, name, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return text;
    char buf[16384];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n <= 0)
            break;
        text.append(buf, n);
    }
    ::close(fd);
    return text;
}

} // namespace
#endif

ProcessHolders ProcessHolders::scan()
{
    ProcessHolders out;
#ifdef Q_OS_LINUX
    // The same sources as the remover's InUseIndex (posix/InUseIndex.cpp),
    // but keeping every holder and how it holds the entry.
    const int proc = ::open("/proc", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (proc < 0)
        return out;
    DIR *dir = ::fdopendir(proc);
    if (!dir) {
        ::close(proc);
        return out;
    }
    const int self = int(::getpid());
    while (const dirent *de = ::readdir(dir)) {
        if (!isNumber(de->d_name))
            continue;
        const int pid = std::atoi(de->d_name);
        if (pid == self)
            continue; // our own descriptors are the scan's, not a user's
        const int pidDir = ::openat(proc, de->d_name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (pidDir < 0)
            continue; // exited
        EntryHolder holder;
        holder.pid = pid;
        holder.command = QString::fromLocal8Bit(readSmall(pidDir, "comm").trimmed());

        struct stat st
        {
        };
        if (::fstatat(pidDir, "cwd", &st, 0) == 0) {
            EntryHolder h = holder;
            h.via = EntryHolder::Via::WorkingDirectory;
            out.add(native::posix::fileId(st), h);
        }
        const int fdDir = ::openat(pidDir, "fd", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fdDir >= 0) {
            if (DIR *fds = ::fdopendir(fdDir)) {
                while (const dirent *f = ::readdir(fds)) {
                    if (!isNumber(f->d_name))
                        continue;
                    if (::fstatat(fdDir, f->d_name, &st, 0) == 0 &&
                        (S_ISREG(st.st_mode) || S_ISDIR(st.st_mode))) {
                        EntryHolder h = holder;
                        h.fd = std::atoi(f->d_name);
                        out.add(native::posix::fileId(st), h);
                    }
                }
                ::closedir(fds);
            } else {
                ::close(fdDir);
            }
        }
        // "address perms offset major:minor inode path"
        const QByteArray maps = readSmall(pidDir, "maps");
        for (const QByteArray &line : maps.split('\n')) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (fields.size() < 5)
                continue;
            const quint64 inode = fields[4].toULongLong();
            const QList<QByteArray> dev = fields[3].split(':');
            if (inode == 0 || dev.size() != 2)
                continue;
            EntryHolder h = holder;
            h.via = EntryHolder::Via::Mapping;
            out.add({native::posix::deviceId(dev[0].toULongLong(nullptr, 16),
                                             dev[1].toULongLong(nullptr, 16)),
                     inode},
                    h);
        }
        ::close(pidDir);
    }
    ::closedir(dir);
#endif
    return out;
}

std::shared_ptr<const ItemStates> ItemStates::evaluate(const Inventory &inventory,
                                                       const ProcessHolders &holders)
{
    auto states = std::make_shared<ItemStates>();
    const native::ScanTree &tree = inventory.tree();
#ifndef Q_OS_LINUX
    // Elsewhere the core index knows one holder per entry.
    ProcessHolders fallback;
    const ProcessHolders *source = &holders;
    if (holders.isEmpty()) {
        const native::InUseIndex index = native::InUseIndex::scan();
        for (std::uint32_t i = 1; i < tree.size(); ++i) {
            if (const native::Holder *h = index.holder(tree[i].id()))
                fallback.add(tree[i].id(), {h->pid, QString::fromStdString(h->command),
                                            EntryHolder::Via::Descriptor, -1});
        }
        source = &fallback;
    }
#else
    const ProcessHolders *source = &holders;
#endif
    if (!source->isEmpty()) {
        for (std::uint32_t i = 1; i < tree.size(); ++i) {
            const native::Entry &e = tree[i];
            if (e.kind == native::Kind::Unknown)
                continue;
            if (const QList<EntryHolder> *h = source->holders(e.id())) {
                states->m_held.insert(i, *h);
                for (std::uint32_t a = i; a != native::ScanTree::Root; a = tree[a].parent) {
                    if (states->m_inUse.contains(a))
                        break;
                    states->m_inUse.insert(a);
                }
            }
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

} // namespace tempscope::gui
