#include "core/catalogue/OrphanCleanup.h"

#include "core/inventory/PathText.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace tempscope {

void keepAllButOrphans(CleanupPlan &plan, const Inventory &inventory, const ItemVerdicts &verdicts)
{
    if (plan.roots().isEmpty())
        return;
    const PlanRoot &root = plan.roots().constLast();
    const bool matching = verdicts.size() == inventory.items().size();
    // Item path -> why it is kept; empty for orphans.
    QHash<QString, QString> reasonOfItem;
    for (qsizetype i = 0; i < inventory.items().size(); ++i) {
        const QString path = pathText(inventory.tree().absolutePath(inventory.items()[i].entry));
        if (!matching) {
            reasonOfItem.insert(
                path, QCoreApplication::translate("OrphanCleanup", "not judged: the scan changed"));
            continue;
        }
        const ItemVerdict &v = verdicts.at(i);
        reasonOfItem.insert(
            path, v.verdict == Verdict::Orphan
                      ? QString()
                      : QCoreApplication::translate("OrphanCleanup", "not an orphan (%1): %2")
                            .arg(verdictName(v.verdict), v.reason));
    }
    // Every candidate not inside an orphan is kept: one whose item cannot be
    // told is kept too.
    QHash<QString, QSet<QString>> byReason;
    for (const PlanEntry &e : root.entries) {
        if (!e.candidate)
            continue;
        QString item;
        if (e.path.size() > root.path.size() && e.path.startsWith(root.path)) {
            qsizetype from = root.path.size();
            while (from < e.path.size() && (e.path[from] == u'/' || e.path[from] == u'\\'))
                ++from;
            qsizetype end = from;
            while (end < e.path.size() && e.path[end] != u'/' && e.path[end] != u'\\')
                ++end;
            item = e.path.left(end);
        }
        const auto it = reasonOfItem.constFind(item);
        if (it == reasonOfItem.cend())
            byReason[QCoreApplication::translate("OrphanCleanup",
                                                 "not judged: not an item of the scan")]
                .insert(e.path);
        else if (!it->isEmpty())
            byReason[*it].insert(e.path);
    }
    for (auto it = byReason.cbegin(); it != byReason.cend(); ++it)
        plan.keep(it.value(), it.key());
}

} // namespace tempscope
