#pragma once
// Which directories may be cleaned at all. Refused: "/", the home directory
// and every ancestor of it, anything that is not an existing directory. The
// check runs on the canonical path (symlinks resolved), so "/tmp/../" or a
// symlink to "/" is refused just the same.
//
// Reads the file system and the user database; any thread.

#include <QString>
#include <QStringList>

namespace tempscope {

struct RootVerdict
{
    QString canonicalPath; // empty when refused
    QString refusal;       // one line for people; empty when allowed
    bool allowed() const { return refusal.isEmpty(); }
};

class RootGuard
{
public:
    // Home directories to protect: $HOME and the account's home from the
    // user database, each canonical when it exists.
    static QStringList homeDirectories();

    static RootVerdict check(const QString &path);
    static RootVerdict check(const QString &path, const QStringList &homes);
};

} // namespace tempscope
