#pragma once
// A cleanup rule: which items of which roots are stale, and what to do with
// them. A plan (CleanupPlan) applies a list of rules to scanned roots; the
// first rule whose roots and includes match an item decides for it.
//
// Plain value type; safe to copy between threads.

#include "core/inventory/AgeBasis.h"

#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace tempscope {

enum class CleanupUnit {
    Item,    // a top-level entry with everything under it (the default)
    PerFile, // every file judged alone; directories go when all they hold goes and they are old
};

enum class CleanupAction { Delete, Trash };

struct CleanupRule
{
    QString name;      // shown in plans; label() when empty
    QStringList roots; // canonical directories; empty: every root of the plan
    QStringList
        includes; // prefixes ("upload_") or globs ("upload_*.csv") on item names; empty: all
    QStringList excludes; // globs: matching entries are kept ("excluded")
    QStringList protects; // globs: matching entries are kept ("protected")
    std::chrono::seconds olderThan{0};
    AgeBasis basis = AgeBasis::Newest;
    CleanupUnit unit = CleanupUnit::Item;
    bool includeOthers = false; // opt-in: also entries other users own
    bool builtinProtection =
        true; // opt-out only explicitly (X11/ICE sockets, systemd-private-*, ...)
    CleanupAction action = CleanupAction::Delete;

    // "upload_* older than 7d by newest" (the include that matched, if given).
    QString label(const QString &matchedInclude = {}) const;
    // The include pattern that selects this top-level name; "*" when the rule
    // has no includes; nullopt when none matches.
    std::optional<QString> matchInclude(QStringView name) const;
    // Whether the rule is meant for this (canonical) root.
    bool appliesToRoot(const QString &canonicalRoot) const;
};

// A prefix is a pattern without glob characters; it matches names starting with it.
bool isGlobPattern(QStringView pattern);
bool matchesPattern(QStringView pattern, QStringView name);

QString cleanupUnitName(CleanupUnit unit);       // "item", "per-file"
QString cleanupActionName(CleanupAction action); // "delete", "trash"

} // namespace tempscope
