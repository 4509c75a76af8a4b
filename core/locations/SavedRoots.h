#pragma once
// The roots the user saved (ScratchRoots::addUserRoot), as kept in the
// settings: the paths under "locations/userRoots" and, for each, the identity
// it had when saved (device, inode, owner) under
// "locations/userRootIdentities" as "device:inode:owner:path". Internal to
// core/locations: ScratchRoots' saved-root functions are defined with these.
//
// Any thread, with a QSettings that thread owns.

#include "core/locations/ScratchRoots.h"

#include <QHash>
#include <QSettings>
#include <QString>

namespace tempscope::savedroots {

// The key that recognises one directory under several names: the canonical
// path when it exists, else the cleaned absolute path.
QString pathKey(const QString &path);

// The identities saved with the roots, by path; entries that do not parse
// are reported and left out.
QHash<QString, RootIdentity> identities(QSettings &settings);

// Why the saved root at path is no longer what was saved (a symbolic link,
// behind one, another owner's, another directory); empty when it is, or
// when it is missing altogether (a missing root is shown as missing).
QString changeOf(const QString &path, const RootIdentity &saved);

} // namespace tempscope::savedroots
