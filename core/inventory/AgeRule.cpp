#include "core/inventory/AgeRule.h"

#include "core/inventory/Duration.h"
#include "core/inventory/Inventory.h"

#include <QCoreApplication>

namespace tempscope {

std::chrono::seconds AgeRule::age(const Item &item) const
{
    return item.age(basis, now);
}

bool AgeRule::isStale(const Item &item) const
{
    return threshold && !item.counting && age(item) > *threshold;
}

QString ageBasisDescription(AgeBasis basis)
{
    switch (basis) {
    case AgeBasis::Newest:
        return QCoreApplication::translate("AgeRule",
                                           "the newest of access, modification and change time "
                                           "(for directories, the modification time)");
    case AgeBasis::Mtime:
        return QCoreApplication::translate("AgeRule", "the modification time (mtime)");
    case AgeBasis::Atime:
        return QCoreApplication::translate("AgeRule", "the access time (atime)");
    case AgeBasis::Ctime:
        return QCoreApplication::translate("AgeRule", "the status change time (ctime)");
    }
    return {};
}

QString ageBasisLabel(AgeBasis basis)
{
    // mtime, atime and ctime are the names of the fields themselves.
    if (basis == AgeBasis::Newest)
        return QCoreApplication::translate("AgeRule", "newest",
                                           "timestamp basis: the newest of atime, mtime, ctime");
    return ageBasisName(basis);
}

QString AgeRule::explain(const Item &item) const
{
    const QString basisText = ageBasisDescription(basis);
    const QString ageText = formatAge(age(item));
    const QString where =
        item.kind == native::Kind::Directory
            ? QCoreApplication::translate("AgeRule",
                                          "Measured from %1 of the newest entry anywhere inside, "
                                          "which is %2 old.")
                  .arg(basisText, ageText)
            : QCoreApplication::translate("AgeRule", "Measured from %1, which is %2 old.")
                  .arg(basisText, ageText);
    if (!threshold)
        return where + u' ' +
               QCoreApplication::translate("AgeRule",
                                           "No age threshold is set, so nothing is stale.");
    const QString limit = formatDuration(*threshold);
    if (isStale(item))
        return QCoreApplication::translate("AgeRule", "Stale: older than %1.").arg(limit) + u' ' +
               where;
    return QCoreApplication::translate("AgeRule", "Not stale: not older than %1.").arg(limit) +
           u' ' + where;
}

} // namespace tempscope
