#pragma once
// Which directories may be cleaned at all (SAFETY.md rule 11), decided by
// identity, not by text. Refused: a root whose device and inode are those of
// "/", of a system directory (/usr, /etc, /var, ...), of a home directory (the
// user's, root's and every local home in the password database) or of any
// directory above one of those, however it is reached: a bind mount, a
// symlink chain, "..", /proc/self/cwd. Also refused: what does not exist or
// is not a directory. Paths are bytes: a root whose name is not UTF-8 is
// checked like any other.
//
// A RootGuard collects the protected identities once; check() judges a path
// and refusal() the identity of a root that is already open (the executor
// asks it again about the descriptor it removes from). Reads the file system
// and the user database; any thread.

#include "core/native/FileTypes.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace tempscope {

struct RootVerdict
{
    QString canonicalPath; // symlinks resolved; empty when refused
    native::FileId id;     // the directory that was opened and judged
    QString refusal;       // one line for people; empty when allowed
    bool allowed() const { return refusal.isEmpty(); }
};

class RootGuard
{
public:
    // Protects "/", the system directories and homeDirectories() plus the
    // homes of the password database.
    RootGuard();
    // Protects "/", the system directories and exactly these homes (tests).
    explicit RootGuard(const QStringList &homes);

    RootVerdict verdict(const QString &path) const;
    // Why a root with this identity may not be cleaned; empty when it may.
    QString refusal(const native::FileId &id, const QString &shownPath) const;

    // This user's home directories: $HOME, the account's home and Qt's idea
    // of it, each canonical when it exists.
    static QStringList homeDirectories();

    static RootVerdict check(const QString &path) { return RootGuard().verdict(path); }
    static RootVerdict check(const QString &path, const QStringList &homes)
    {
        return RootGuard(homes).verdict(path);
    }

private:
    struct Protected
    {
        QString path; // the protected directory as shown
        bool home = false;
        bool self = false; // the directory itself, not one above it
    };
    void protect(const QString &path, bool home, bool skipSharedTemp);

    QHash<QPair<quint64, quint64>, Protected> m_protected;
};

} // namespace tempscope
