#include "core/cleanup/CleanupPlan.h"

#include "core/inventory/Duration.h"
#include "core/inventory/PathText.h"
#include "core/native/Accounts.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <limits>
#include <vector>

namespace tempscope {

using native::Entry;
using native::Kind;
using native::ScanTree;
using native::TimeNs;

namespace {

// As ScanTree::relativePath() separates.
#ifdef _WIN32
constexpr native::PathChar Separator = L'\\';
#else
constexpr native::PathChar Separator = '/';
#endif

std::chrono::seconds ageOf(TimeNs now, TimeNs t)
{
    return elapsedSeconds(now, t);
}

// A root's candidate totals, after its entries changed.
void recount(PlanRoot &root)
{
    root.candidates = 0;
    root.candidateBytes = 0;
    for (const PlanEntry &e : std::as_const(root.entries)) {
        if (e.candidate) {
            ++root.candidates;
            root.candidateBytes += e.bytes;
        }
    }
}

bool isSpecial(Kind k)
{
    return k == Kind::Fifo || k == Kind::Socket || k == Kind::CharDevice || k == Kind::BlockDevice;
}

// Preorder over a subtree with an explicit stack; `visit` returns whether to descend.
template <typename Visit> void walkSubtree(const ScanTree &t, std::uint32_t top, Visit visit)
{
    std::vector<std::uint32_t> stack{top};
    while (!stack.empty()) {
        const std::uint32_t i = stack.back();
        stack.pop_back();
        if (!visit(i))
            continue;
        const Entry &e = t[i];
        if (!e.isDir())
            continue;
        for (std::uint32_t k = e.childCount; k-- > 0;)
            stack.push_back(e.firstChild + k);
    }
}

// Preorder over a subtree like walkSubtree(), with each entry's path below the
// root kept up to date step by step, so a walk costs the length of the names
// it visits, not their depth times it (a 20,000-deep chain).
// `visit(i, relativeText)` returns whether to descend.
template <typename Visit>
void walkSubtreeWithPaths(const ScanTree &t, std::uint32_t top, Visit visit)
{
    struct Step
    {
        std::uint32_t entry;
        qsizetype length; // of the parent's path
    };
    QString text = pathText(t.relativePath(t[top].parent));
    std::vector<Step> stack{{top, text.size()}};
    while (!stack.empty()) {
        const Step step = stack.back();
        stack.pop_back();
        text.truncate(step.length);
        if (!text.isEmpty())
            text += QChar(char16_t(Separator));
        text += pathText(t.name(step.entry));
        if (!visit(step.entry, std::as_const(text)))
            continue;
        const Entry &e = t[step.entry];
        if (!e.isDir())
            continue;
        for (std::uint32_t k = e.childCount; k-- > 0;)
            stack.push_back({e.firstChild + k, text.size()});
    }
}

} // namespace

native::RemovalTarget PlanRoot::targetOf(const PlanEntry &entry) const
{
    // Every entry's path is the root's, a separator unless the root ends
    // with one, and the path below the root.
    const qsizetype below = path.size() + (path.endsWith(QChar(char16_t(Separator))) ? 0 : 1);
    return {nativePath(entry.path.mid(below)), entry.id, entry.kind, entry.newest};
}

QString inUseReason(const native::Holder &holder)
{
    return QCoreApplication::translate("CleanupPlan", "in use by PID %1 (%2)")
        .arg(holder.pid)
        .arg(QString::fromStdString(holder.command));
}

QString notYoursReason(quint32 uid)
{
    return QCoreApplication::translate("CleanupPlan", "not yours (owner %1)")
        .arg(QString::fromStdString(native::userName(uid)));
}

CleanupPlan::CleanupPlan(QList<CleanupRule> rules, const Context &context)
    : m_rules(std::move(rules)), m_context(context)
{
    for (const CleanupRule &r : std::as_const(m_rules))
        m_matchers.append(ProtectionMatcher(r.builtinProtection, r.protects, r.excludes));
}

void CleanupPlan::addRoot(const Inventory &inventory)
{
    addRoot(inventory.tree(), &inventory.items());
}

void CleanupPlan::addRoot(const ScanTree &tree)
{
    addRoot(tree, nullptr);
}

void CleanupPlan::addRoot(const ScanTree &tree, const QList<Item> *items)
{
    PlanRoot root;
    root.path = pathText(tree.rootPath());
    if (tree.size() > 0)
        root.id = tree[ScanTree::Root].id();
    QList<qsizetype> ruleIndices;
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        if (m_rules[i].appliesToRoot(root.path))
            ruleIndices.append(i);
    }
    const Entry *top = tree.size() > 0 ? &tree[ScanTree::Root] : nullptr;
    // One entry per item at least (exactly, in item mode): no regrowth, which
    // would copy every entry once more and hold both copies at the peak.
    root.entries.reserve(items ? items->size() : top ? qsizetype(top->childCount) : 0);
    if (items) {
        for (const Item &item : *items)
            addItem(root, tree, item, ruleIndices);
    } else if (top) {
        for (std::uint32_t i = top->firstChild; i < top->firstChild + top->childCount; ++i)
            addItem(root, tree, Inventory::subtreeTotals(tree, i), ruleIndices);
    }
    m_texts.clear();
    // Scans list directories in parallel: sort so plans read the same every
    // time. Every path starts with the root's: compared from past it.
    const qsizetype common = root.path.size();
    std::sort(root.entries.begin(), root.entries.end(),
              [common](const PlanEntry &a, const PlanEntry &b) {
                  return QStringView(a.path).mid(std::min(common, a.path.size())) <
                         QStringView(b.path).mid(std::min(common, b.path.size()));
              });
    recount(root);
    m_roots.append(std::move(root));
}

void CleanupPlan::append(PlanRoot &root, PlanEntry &&e)
{
    // Reasons and labels repeat ("too new (3 h old, ...)" for thousands of
    // entries): each distinct text is held once.
    if (!e.reason.isEmpty())
        e.reason = *m_texts.insert(e.reason);
    if (!e.ruleLabel.isEmpty())
        e.ruleLabel = *m_texts.insert(e.ruleLabel);
    root.entries.append(std::move(e));
}

void CleanupPlan::addItem(PlanRoot &root, const ScanTree &t, const Item &item,
                          const QList<qsizetype> &ruleIndices)
{
    const Entry &top = t[item.entry];
    PlanEntry e;
    e.path = pathText(t.absolutePath(item.entry));
    e.kind = item.kind;
    e.bytes = item.bytes;
    e.age = item.age(AgeBasis::Newest, m_context.now);

    QString label;
    for (qsizetype ri : ruleIndices) {
        if (const auto matched = m_rules[ri].matchInclude(item.name)) {
            e.rule = ri;
            label = m_rules[ri].label(*matched);
            break;
        }
    }
    if (e.rule < 0) {
        e.reason = QCoreApplication::translate("CleanupPlan", "not selected by any rule");
        append(root, std::move(e));
        return;
    }
    const CleanupRule &rule = m_rules[e.rule];
    e.ruleLabel = label;
    TimeNs newest = 0;
    walkSubtree(t, item.entry, [&](std::uint32_t i) {
        if (t[i].kind != Kind::Unknown)
            newest = std::max(newest, timestampOf(t[i], rule.basis));
        return true;
    });
    e.age = ageOf(m_context.now, newest);
    const std::optional<TimeNs> cutoff = staleCutoff(m_context.now, rule.olderThan);
    e.cutoff = cutoff.value_or(std::numeric_limits<TimeNs>::min());
    e.id = top.id();
    e.newest = newest;

    const QString keep = m_matchers[e.rule].keepReason(item.name);
    if (!cutoff)
        e.reason =
            QCoreApplication::translate(
                "CleanupPlan", "the rule's age (%1) reaches back before 1970: nothing is that old")
                .arg(formatDuration(rule.olderThan));
    else if (!keep.isEmpty())
        e.reason = keep;
    else if (isSpecial(item.kind))
        e.reason = QCoreApplication::translate("CleanupPlan", "special file (%1): never removed")
                       .arg(QLatin1StringView(native::kindName(item.kind)));
    else if (item.kind == Kind::Unknown)
        e.reason = QCoreApplication::translate("CleanupPlan", "could not be read");
    else if (item.mountPoint)
        e.reason = QCoreApplication::translate("CleanupPlan", "another filesystem (mount point)");
    else if (!rule.includeOthers && item.uid != m_context.uid)
        e.reason = notYoursReason(item.uid);
    if (!e.reason.isEmpty()) {
        append(root, std::move(e));
        return;
    }
    if (rule.unit == CleanupUnit::PerFile && item.kind == Kind::Directory) {
        addPerFile(root, t, item, e.rule, label);
        return;
    }
    if (item.errors > 0) {
        e.reason = QCoreApplication::translate("CleanupPlan",
                                               "not fully readable (%1 errors during the scan)")
                       .arg(item.errors);
    } else if (e.newest > e.cutoff) {
        e.reason =
            QCoreApplication::translate("CleanupPlan", "too new (%1 old, rule: older than %2)")
                .arg(formatAge(e.age), formatDuration(rule.olderThan));
    } else if (m_context.inUse) {
        walkSubtree(t, item.entry, [&](std::uint32_t i) {
            if (!e.reason.isEmpty())
                return false;
            if (const native::Holder *h = m_context.inUse->holder(t[i].id()))
                e.reason = inUseReason(*h);
            return e.reason.isEmpty();
        });
    }
    e.candidate = e.reason.isEmpty();
    append(root, std::move(e));
}

void CleanupPlan::addPerFile(PlanRoot &root, const ScanTree &t, const Item &item,
                             qsizetype ruleIndex, const QString &label)
{
    const CleanupRule &rule = m_rules[ruleIndex];
    const ProtectionMatcher &matcher = m_matchers[ruleIndex];
    // The caller refused rules without a representable cutoff.
    const TimeNs cutoff =
        staleCutoff(m_context.now, rule.olderThan).value_or(std::numeric_limits<TimeNs>::min());

    // Pass 1 (preorder): every entry's own verdict. The top is the item, whose
    // own protections and ownership were checked by the caller.
    std::vector<std::uint32_t> order;
    QHash<std::uint32_t, QString> ownReason;
    QSet<std::uint32_t> blockedDirs;
    walkSubtreeWithPaths(t, item.entry, [&](std::uint32_t i, const QString &relativeText) {
        order.push_back(i);
        const Entry &en = t[i];
        const TimeNs ts = timestampOf(en, rule.basis);
        QString why;
        if (i != item.entry) {
            why = matcher.keepReason(relativeText);
            if (why.isEmpty() && isSpecial(en.kind))
                why = QCoreApplication::translate("CleanupPlan", "special file (%1): never removed")
                          .arg(QLatin1StringView(native::kindName(en.kind)));
            else if (why.isEmpty() && en.has(Entry::MountPoint))
                why =
                    QCoreApplication::translate("CleanupPlan", "another filesystem (mount point)");
            else if (why.isEmpty() && !rule.includeOthers && en.uid != m_context.uid)
                why = notYoursReason(en.uid);
        }
        if (why.isEmpty() &&
            (en.kind == Kind::Unknown || en.has(Entry::HasError) || en.has(Entry::NotListed)))
            why = QCoreApplication::translate("CleanupPlan", "could not be read completely");
        const bool blocking = !why.isEmpty();
        if (why.isEmpty() && ts > cutoff)
            why =
                QCoreApplication::translate("CleanupPlan", "too new (%1 old, rule: older than %2)")
                    .arg(formatAge(ageOf(m_context.now, ts)), formatDuration(rule.olderThan));
        if (why.isEmpty() && m_context.inUse) {
            if (const native::Holder *h = m_context.inUse->holder(en.id()))
                why = inUseReason(*h);
        }
        if (!why.isEmpty())
            ownReason.insert(i, why);
        if (blocking && en.isDir())
            blockedDirs.insert(i);
        return !blocking; // never look inside what is kept for good
    });

    // Pass 2 (children before parents): subtree bytes, newest timestamp, and
    // whether everything in it is stale.
    struct Agg
    {
        quint64 bytes = 0;
        TimeNs newest = 0;
        bool stale = true;
    };
    QHash<std::uint32_t, Agg> agg;
    agg.reserve(qsizetype(order.size()));
    for (std::uint32_t i : order) {
        const Entry &en = t[i];
        agg.insert(i,
                   {en.isDir() ? 0 : en.size, timestampOf(en, rule.basis), !ownReason.contains(i)});
    }
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const std::uint32_t i = *it;
        if (i == item.entry)
            break;
        const Agg &a = agg[i];
        Agg &p = agg[t[i].parent];
        p.bytes += a.bytes;
        p.newest = std::max(p.newest, a.newest);
        p.stale = p.stale && a.stale;
    }
    // Pass 3 (preorder): maximal stale subtrees become candidates; kept files
    // and directories kept for good are listed with their reason. A directory
    // that is merely too new, or holds something kept, is looked into.
    QString rootText = pathText(t.rootPath());
    if (!rootText.endsWith(QChar(char16_t(Separator))))
        rootText += QChar(char16_t(Separator));
    auto entryFor = [&](std::uint32_t i, const Agg &a, const QString &relativeText) {
        const Entry &en = t[i];
        PlanEntry e;
        e.path = rootText + relativeText;
        e.rule = ruleIndex;
        e.ruleLabel = label;
        e.bytes = a.bytes;
        e.kind = en.kind;
        e.cutoff = cutoff;
        e.age = ageOf(m_context.now, a.newest);
        e.id = en.id();
        e.newest = a.newest;
        return e;
    };
    walkSubtreeWithPaths(t, item.entry, [&](std::uint32_t i, const QString &relativeText) {
        const Entry &en = t[i];
        const Agg &a = agg[i];
        if (a.stale) {
            PlanEntry e = entryFor(i, a, relativeText);
            e.candidate = true;
            append(root, std::move(e));
            return false;
        }
        const bool blocked = blockedDirs.contains(i);
        if (en.isDir() && !blocked)
            return true;
        PlanEntry e = entryFor(i, a, relativeText);
        e.reason = ownReason.value(i);
        append(root, std::move(e));
        return false;
    });
}

qsizetype CleanupPlan::candidateCount() const
{
    qsizetype n = 0;
    for (const PlanRoot &r : m_roots)
        n += r.candidates;
    return n;
}

quint64 CleanupPlan::candidateBytes() const
{
    quint64 n = 0;
    for (const PlanRoot &r : m_roots)
        n += r.candidateBytes;
    return n;
}

qsizetype CleanupPlan::keep(const QSet<QString> &paths, const QString &reason)
{
    qsizetype changed = 0;
    for (PlanRoot &root : m_roots) {
        for (PlanEntry &e : root.entries) {
            if (e.candidate && paths.contains(e.path)) {
                e.candidate = false;
                e.reason = reason;
                ++changed;
            }
        }
        recount(root);
    }
    return changed;
}

void CleanupPlan::restrictTo(const QStringList &paths)
{
    const QSet<QString> wanted(paths.cbegin(), paths.cend());
    // The entry itself or any directory above it (per-file entries lie below the item).
    const auto picked = [&wanted](const QString &path) {
        QStringView p = path;
        while (!p.isEmpty()) {
            if (wanted.contains(p.toString()))
                return true;
            const qsizetype slash = p.lastIndexOf(u'/');
            if (slash <= 0)
                return false;
            p = p.left(slash);
        }
        return false;
    };
    for (PlanRoot &root : m_roots) {
        root.entries.removeIf([&picked](const PlanEntry &e) { return !picked(e.path); });
        recount(root);
    }
}

} // namespace tempscope
