#include "core/cleanup/Protections.h"

#include "core/inventory/PrefixFamilies.h"

#include <QCoreApplication>

namespace tempscope {

const QList<BuiltinProtection> &builtinProtections()
{
    static const QList<BuiltinProtection> list = [] {
        return QList<BuiltinProtection>{
            {QStringLiteral(".X*-lock"),
             QCoreApplication::translate("Protections", "X11 display lock files")},
            {QStringLiteral(".X11-unix"),
             QCoreApplication::translate("Protections", "X11 display sockets")},
            {QStringLiteral(".ICE-unix"),
             QCoreApplication::translate("Protections", "ICE session sockets")},
            {QStringLiteral(".font-unix"),
             QCoreApplication::translate("Protections", "font server sockets")},
            {QStringLiteral(".XIM-unix"),
             QCoreApplication::translate("Protections", "X input method sockets")},
            {QStringLiteral("systemd-private-*"),
             QCoreApplication::translate("Protections",
                                         "private temp directories of running services")},
            {QStringLiteral(".Trash-*"),
             QCoreApplication::translate("Protections", "trash directories of this file system")},
            {QStringLiteral(".Trash"),
             QCoreApplication::translate("Protections", "trash directories of this file system")},
        };
    }();
    return list;
}

ProtectionMatcher::ProtectionMatcher(bool builtins, QStringList protects, QStringList excludes)
    : m_builtins(builtins), m_protects(std::move(protects)), m_excludes(std::move(excludes))
{
}

bool ProtectionMatcher::matches(QStringView glob, QStringView relativePath)
{
    if (glob.contains(u'/'))
        return PrefixFamilies::globMatch(glob, relativePath);
    const qsizetype slash = relativePath.lastIndexOf(u'/');
    const QStringView name = slash < 0 ? relativePath : relativePath.mid(slash + 1);
    return PrefixFamilies::globMatch(glob, name);
}

QString ProtectionMatcher::keepReason(QStringView relativePath) const
{
    if (relativePath.isEmpty())
        return QCoreApplication::translate("Protections", "protected: the root itself");
    if (m_builtins) {
        for (const BuiltinProtection &p : builtinProtections()) {
            if (matches(p.pattern, relativePath))
                return QCoreApplication::translate("Protections", "protected: %1 (%2)")
                    .arg(p.pattern, p.why);
        }
    }
    for (const QString &p : m_protects) {
        if (matches(p, relativePath))
            return QCoreApplication::translate("Protections", "protected: %1").arg(p);
    }
    for (const QString &p : m_excludes) {
        if (matches(p, relativePath))
            return QCoreApplication::translate("Protections", "excluded: %1").arg(p);
    }
    return {};
}

} // namespace tempscope
