#pragma once
// CleanupPlan: what a cleanup would do, decided from a scan before anything is
// touched. Every item of every root appears: a candidate with the rule that
// matched it, its bytes and age, or kept with the reason (too new, in use by
// PID n (name), protected, not yours, another filesystem, excluded, ...).
//
// In per-file mode the entries are the stale files of each item, or whole
// subtrees when everything in them is stale and old, plus each file kept.
//
// The plan only decides; CleanupExecutor carries it out, and a dry run is the
// executor with the remover's dryRun flag, so preview and run share the code.
// A plan is built on any thread and is immutable afterwards.

#include "core/cleanup/CleanupRule.h"
#include "core/cleanup/Protections.h"
#include "core/inventory/Inventory.h"
#include "core/native/Remover.h"

#include <QList>
#include <QSet>
#include <QString>

#include <chrono>
#include <memory>

namespace tempscope {

struct PlanEntry
{
    QString path;              // absolute, lossless (PathText.h)
    native::FileId id;         // device+inode at preview time (PlanRoot::targetOf)
    native::TimeNs newest = 0; // the newest timestamp on the rule's basis at preview time
    qsizetype rule = -1;       // index into CleanupPlan::rules(); -1: no rule selected it
    QString ruleLabel;
    bool candidate = false;
    QString reason;              // why it is kept (empty for candidates)
    quint64 bytes = 0;           // apparent bytes of the entry (subtree)
    std::chrono::seconds age{0}; // on the rule's basis
    native::Kind kind = native::Kind::Unknown;
    native::TimeNs cutoff = 0; // entries newer than this are kept
};

struct PlanRoot
{
    QString path;      // canonical, as scanned
    native::FileId id; // the root directory at scan time
    QList<PlanEntry> entries;
    quint64 candidateBytes = 0;
    qsizetype candidates = 0;

    // What the remover revalidates at delete time: the entry's path below
    // the root, identity, kind and newest timestamp (made when needed: a
    // plan of a million entries holds each path once).
    native::RemovalTarget targetOf(const PlanEntry &entry) const;
};

class CleanupPlan
{
public:
    struct Context
    {
        native::TimeNs now = 0;
        quint32 uid = 0;                                 // "yours"
        std::shared_ptr<const native::InUseIndex> inUse; // null: nothing is known to be open
    };

    CleanupPlan(QList<CleanupRule> rules, const Context &context);

    // Decides every item of a scanned root. Rules not meant for this root are ignored.
    void addRoot(const Inventory &inventory);
    // The same from the scan alone, each item totalled when it is decided:
    // the plan of a root of a million entries never holds a million items.
    void addRoot(const native::ScanTree &tree);

    const QList<CleanupRule> &rules() const { return m_rules; }
    const QList<PlanRoot> &roots() const { return m_roots; }
    const Context &context() const { return m_context; }
    // The matcher of a rule: its protections and excludes.
    const ProtectionMatcher &matcher(qsizetype rule) const { return m_matchers.at(rule); }

    qsizetype candidateCount() const;
    quint64 candidateBytes() const;

    // The user's choices after a preview; both keep the totals right.
    // Candidates whose path is in `paths` stay in the plan as kept entries
    // with `reason` (unchecked in a preview). Returns how many changed.
    qsizetype keep(const QSet<QString> &paths, const QString &reason);
    // Drops every entry that is neither one of `paths` nor below one of them:
    // a plan for items picked by hand, which lists nothing else.
    void restrictTo(const QStringList &paths);

private:
    // `items` null: each top-level entry totalled as its item is decided.
    void addRoot(const native::ScanTree &tree, const QList<Item> *items);
    void addItem(PlanRoot &root, const native::ScanTree &t, const Item &item,
                 const QList<qsizetype> &ruleIndices);
    void addPerFile(PlanRoot &root, const native::ScanTree &t, const Item &item, qsizetype rule,
                    const QString &label);
    void append(PlanRoot &root, PlanEntry &&entry);

    QList<CleanupRule> m_rules;
    QList<ProtectionMatcher> m_matchers;
    Context m_context;
    QList<PlanRoot> m_roots;
    QSet<QString> m_texts; // while a root is added: its distinct reasons and labels
};

// Reason texts shared by the plan and the executor.
QString inUseReason(const native::Holder &holder);
QString notYoursReason(quint32 uid);

} // namespace tempscope
