#include "core/catalogue/Verdicts.h"

#include "core/inventory/PathText.h"
#include "core/native/FileHead.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace tempscope {

namespace {

// lupdate files a free tr() call under its enclosing namespace; the lookup
// must use that same context.
QString tr(const char *s, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("tempscope", s, disambiguation, n);
}

// Clock granularity of process start times: /proc gives boot time in whole
// seconds and start times in ticks, file systems round too.
constexpr native::TimeNs StartSlack = 2'000'000'000;

// The entry's pids for this item, from where the entry says they are written.
QList<int> creatorPids(const CatalogueEntry &entry, const Inventory &inv, const Item &item)
{
    QList<int> pids;
    const auto add = [&](const QString &text) {
        const QRegularExpressionMatch m = entry.pidRegex.match(text);
        bool ok = false;
        const int pid = m.hasMatch() ? m.captured(1).toInt(&ok) : 0;
        if (ok && pid > 0 && !pids.contains(pid))
            pids.append(pid);
    };
    const native::ScanTree &tree = inv.tree();
    switch (entry.pidFrom) {
    case CatalogueEntry::PidFrom::None:
        break;
    case CatalogueEntry::PidFrom::Name:
        add(item.name);
        break;
    case CatalogueEntry::PidFrom::Content:
        if (item.kind == native::Kind::File) {
            const std::string head = native::readFileHead(tree.absolutePath(item.entry), 64);
            add(QString::fromLatin1(head.data(), qsizetype(head.size())));
        }
        break;
    case CatalogueEntry::PidFrom::Children: {
        const native::Entry &e = tree[item.entry];
        for (std::uint32_t c = e.firstChild; c < e.firstChild + e.childCount && pids.size() < 64;
             ++c)
            add(pathText(tree.name(c)));
        break;
    }
    }
    return pids;
}

bool ownsProcess(const CatalogueEntry &entry, const native::ProcessInfo &p)
{
    if (entry.processes.isEmpty())
        return true;
    for (const QString &name : entry.processes) {
        if (p.isNamed(name.toStdString()))
            return true;
    }
    return false;
}

QString processName(const native::ProcessInfo &p)
{
    return QString::fromStdString(!p.comm.empty() ? p.comm : p.argv0);
}

ItemVerdict judge(const Inventory &inv, const Item &item, const CatalogueEntry *entry,
                  const native::ProcessSnapshot &processes,
                  const QList<ItemVerdicts::Holding> &held, bool holdersKnown)
{
    ItemVerdict v;
    if (entry) {
        v.creator.program = entry->program;
        v.creator.entryId = entry->id;
    }
    if (!held.isEmpty()) {
        v.verdict = Verdict::InUse;
        v.reason = tr("held by %1 pid %2").arg(held.first().command).arg(held.first().pid);
        if (held.size() > 1)
            v.reason += tr(" and %n more process(es)", nullptr, int(held.size() - 1));
        return v;
    }
    if (!holdersKnown) {
        v.reason = tr("whether it is in use cannot be seen on this system");
        return v;
    }
    if (!entry) {
        v.reason = tr("no known program makes names like this");
        return v;
    }
    if (!processes.available) {
        v.reason = tr("the running processes cannot be listed on this system");
        return v;
    }
    const native::TimeNs changed = inv.tree()[item.entry].ctime;
    const QList<int> pids = creatorPids(*entry, inv, item);
    if (!pids.isEmpty()) {
        QString firstReason;
        for (int pid : pids) {
            const native::ProcessInfo *p = processes.find(pid);
            QString why;
            if (!p)
                why = tr("%1 pid %2 is gone").arg(entry->program).arg(pid);
            else if (!ownsProcess(*entry, *p))
                why = tr("pid %1 is now %2, not %3").arg(pid).arg(processName(*p), entry->program);
            else if (p->startTime > 0 && changed > 0 && p->startTime > changed + StartSlack)
                why = tr("pid %1 (%2) was reused: it started after the item was made")
                          .arg(pid)
                          .arg(processName(*p));
            else {
                v.creator.pid = pid;
                v.creator.alive = true;
                v.verdict = Verdict::OwnerRunning;
                v.reason = tr("%1 pid %2 runs").arg(processName(*p)).arg(pid);
                return v;
            }
            if (firstReason.isEmpty())
                firstReason = why;
        }
        v.creator.pid = pids.first();
        v.creator.alive = false;
        v.verdict = Verdict::Orphan;
        v.reason =
            pids.size() == 1
                ? firstReason
                : tr("none of the %1 pids inside runs (%2)").arg(pids.size()).arg(firstReason);
        return v;
    }
    if (entry->processes.isEmpty()) {
        v.reason = tr("%1: which process made it cannot be told").arg(entry->program);
        return v;
    }
    for (const native::ProcessInfo &p : processes.processes) {
        if ((entry->anyUser || p.uid == item.uid) && ownsProcess(*entry, p)) {
            v.creator.alive = true;
            v.verdict = Verdict::OwnerRunning;
            v.reason = tr("%1 pid %2 runs").arg(processName(p)).arg(p.pid);
            return v;
        }
    }
    v.creator.alive = false;
    v.verdict = Verdict::Orphan;
    v.reason = entry->anyUser
                   ? tr("no process named %1 runs").arg(entry->processes.first())
                   : tr("no process named %1 runs for its owner").arg(entry->processes.first());
    return v;
}

} // namespace

QString verdictName(Verdict v)
{
    switch (v) {
    case Verdict::InUse:
        return QStringLiteral("in-use");
    case Verdict::OwnerRunning:
        return QStringLiteral("owner-running");
    case Verdict::Orphan:
        return QStringLiteral("orphan");
    case Verdict::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString verdictLabel(Verdict v)
{
    switch (v) {
    case Verdict::InUse:
        return tr("In use");
    case Verdict::OwnerRunning:
        return tr("Owner running");
    case Verdict::Orphan:
        return tr("Orphan");
    case Verdict::Unknown:
        break;
    }
    return tr("Unknown");
}

std::optional<Verdict> verdictFromName(QStringView name)
{
    for (Verdict v : {Verdict::InUse, Verdict::OwnerRunning, Verdict::Orphan, Verdict::Unknown}) {
        if (name == verdictName(v))
            return v;
    }
    return std::nullopt;
}

std::shared_ptr<const ItemVerdicts> ItemVerdicts::evaluate(const Inventory &inventory,
                                                           const Catalogue &catalogue,
                                                           const native::ProcessSnapshot &processes,
                                                           const HoldersInside &holders,
                                                           bool holdersKnown)
{
    auto out = std::make_shared<ItemVerdicts>();
    out->m_items.reserve(inventory.items().size());
    // Reasons repeat ("no known program makes names like this" for most of
    // a million items): each distinct text is held once.
    QSet<QString> reasons;
    for (const Item &item : inventory.items()) {
        const QList<Holding> held = holders ? holders(item) : QList<Holding>();
        ItemVerdict v =
            judge(inventory, item, catalogue.match(item.name), processes, held, holdersKnown);
        v.reason = *reasons.insert(v.reason);
        out->m_items.append(std::move(v));
    }
    return out;
}

ItemVerdicts::HoldersInside
ItemVerdicts::fromTreeHolders(const native::ScanTree &tree,
                              std::shared_ptr<const native::TreeHolders> held)
{
    // Item entry -> holders of anything inside it: each held entry walks up
    // to its item (the child of the root).
    auto byItem = std::make_shared<QHash<std::uint32_t, QList<Holding>>>();
    const int self = int(QCoreApplication::applicationPid());
    for (const auto &[entry, list] : *held) {
        std::uint32_t e = entry;
        while (e != native::ScanTree::Root && tree[e].parent != native::ScanTree::Root)
            e = tree[e].parent;
        if (e == native::ScanTree::Root)
            continue;
        QList<Holding> &mine = (*byItem)[e];
        for (const native::FileHolder &h : list) {
            const bool seen = std::any_of(mine.begin(), mine.end(),
                                          [&](const Holding &x) { return x.pid == h.pid; });
            if (h.pid != self && !seen)
                mine.append({h.pid, QString::fromStdString(h.command)});
        }
    }
    return [byItem](const Item &item) { return byItem->value(item.entry); };
}

std::shared_ptr<const ItemVerdicts> ItemVerdicts::evaluateNow(const Inventory &inventory,
                                                              const Catalogue &catalogue)
{
    auto held =
        std::make_shared<const native::TreeHolders>(native::holdersInTree(inventory.tree()));
    return evaluate(inventory, catalogue, native::listProcesses(),
                    fromTreeHolders(inventory.tree(), held), native::holdersAvailable());
}

qsizetype ItemVerdicts::count(Verdict v) const
{
    return std::count_if(m_items.begin(), m_items.end(),
                         [v](const ItemVerdict &i) { return i.verdict == v; });
}

} // namespace tempscope
