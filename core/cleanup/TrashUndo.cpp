#include "core/cleanup/TrashUndo.h"

#include "core/inventory/PathText.h"
#include "core/native/Trash.h"

#include <QCoreApplication>

namespace tempscope {

QList<TrashedEntry> trashedEntries(const CleanupReport &report)
{
    QList<TrashedEntry> out;
    for (const CleanupResult &r : report.results) {
        if (r.action == CleanupOutcome::Trashed && !r.trashedAs.isEmpty())
            out.append({r.path, r.trashedAs});
    }
    return out;
}

QList<RestoreResult> restoreFromTrash(const QList<TrashedEntry> &entries)
{
    QList<RestoreResult> out;
    // Last moved first: an item moved after its parent's sibling never
    // depends on it, and this is the order a user undoes in.
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        RestoreResult r;
        r.original = it->original;
        std::string why;
        r.restored =
            native::restoreFromTrash(nativePath(it->trashedAs), nativePath(it->original), &why);
        if (!r.restored)
            r.reason = QString::fromStdString(why);
        out.append(r);
    }
    return out;
}

} // namespace tempscope
