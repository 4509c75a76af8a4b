#include "core/cleanup/CleanupRule.h"

#include "core/inventory/Duration.h"
#include "core/inventory/PrefixFamilies.h"

#include <QCoreApplication>

namespace tempscope {

bool isGlobPattern(QStringView pattern)
{
    return pattern.contains(u'*') || pattern.contains(u'?') || pattern.contains(u'[');
}

bool matchesPattern(QStringView pattern, QStringView name)
{
    if (isGlobPattern(pattern))
        return PrefixFamilies::globMatch(pattern, name);
    return name.startsWith(pattern);
}

QString CleanupRule::label(const QString &matchedInclude) const
{
    if (!name.isEmpty())
        return name;
    QString selector = matchedInclude;
    if (!selector.isEmpty() && !isGlobPattern(selector))
        selector += u'*';
    if (selector.isEmpty())
        selector = QStringLiteral("*");
    QString text = QCoreApplication::translate("CleanupRule", "%1 older than %2 by %3")
                       .arg(selector, formatDuration(olderThan), ageBasisName(basis));
    if (unit == CleanupUnit::PerFile)
        text += QCoreApplication::translate("CleanupRule", ", per file");
    return text;
}

std::optional<QString> CleanupRule::matchInclude(QStringView itemName) const
{
    if (includes.isEmpty())
        return QStringLiteral("*");
    for (const QString &p : includes) {
        if (matchesPattern(p, itemName))
            return p;
    }
    return std::nullopt;
}

bool CleanupRule::appliesToRoot(const QString &canonicalRoot) const
{
    return roots.isEmpty() || roots.contains(canonicalRoot);
}

QString cleanupUnitName(CleanupUnit unit)
{
    return unit == CleanupUnit::PerFile ? QStringLiteral("per-file") : QStringLiteral("item");
}

QString cleanupActionName(CleanupAction action)
{
    return action == CleanupAction::Trash ? QStringLiteral("trash") : QStringLiteral("delete");
}

} // namespace tempscope
