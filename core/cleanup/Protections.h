#pragma once
// What a cleanup never touches unless the user says so explicitly.
//
// Built-in protections cover names that running sessions depend on: X11/ICE
// sockets and lock files, systemd's private service directories. They are
// listed for the user (builtinProtections()) and switched off only as a whole
// and on purpose (CleanupRule::builtinProtection). The root itself is never
// removed: the remover only ever removes entries below it.
//
// User patterns are globs ('*', '?', '[...]', see PrefixFamilies::globMatch).
// A pattern without '/' is matched against an entry's name at any depth; one
// with '/' against its path relative to the root ("cache/*.lock").
//
// Immutable after construction; safe to share between threads.

#include <QList>
#include <QString>
#include <QStringList>

namespace tempscope {

struct BuiltinProtection
{
    QString pattern;
    QString why; // for people: "X11 display sockets"
};

const QList<BuiltinProtection> &builtinProtections();

class ProtectionMatcher
{
public:
    ProtectionMatcher() = default;
    ProtectionMatcher(bool builtins, QStringList protects, QStringList excludes);

    // Why an entry must be kept, or an empty string. `relativePath` is
    // '/'-separated from the root, without a leading '/'.
    QString keepReason(QStringView relativePath) const;
    bool keeps(QStringView relativePath) const { return !keepReason(relativePath).isEmpty(); }

    // One glob against a path as described above.
    static bool matches(QStringView glob, QStringView relativePath);

private:
    bool m_builtins = true;
    QStringList m_protects;
    QStringList m_excludes;
};

} // namespace tempscope
