#pragma once
// The places a person looks at besides the system temp directory: the
// platform's secondary temp dirs (/var/tmp; %SystemRoot%\Temp; on macOS the
// per-user $TMPDIR, /private/tmp and /private/var/tmp), $XDG_RUNTIME_DIR, the
// user's cache directories (listed, never cleaned by default; see
// PlatformRoots.h), and roots the user added
// (persisted with QSettings). Each with the facts of its volume.
//
// discover() reads the environment and the settings; call it from any thread
// with a QSettings object that thread owns. User roots live under the key
// "locations/userRoots" as canonical paths, in the settings file shared by
// the GUI and the CLI (openSettings()), each with the identity it had when it
// was saved (device, inode, owner) under "locations/userRootIdentities". A
// saved root that is now a symbolic link (or lies behind one), belongs to
// someone else or is another directory is marked changed: it is listed, never
// scanned or cleaned by default, until the user confirms it again.
//
// Default roots (what the CLI uses when given no ROOT) are real temp
// directories: never Python's last-resort fallback to the current directory,
// never a changed saved root, and for cleaning never a directory RootGuard
// refuses. Each says where it came from.

#include "core/locations/TempDirResolver.h"

#include <QList>
#include <QProcessEnvironment>
#include <QSettings>
#include <QString>

#include <memory>

namespace tempscope {

enum class RootKind { SystemTemp, SecondaryTemp, Runtime, Cache, User };
QString rootKindName(RootKind kind); // "system-temp", "secondary-temp", "runtime", "cache", "user"

struct VolumeFacts
{
    bool valid = false;
    QString fsType; // "tmpfs", "ext4", ...
    QString device;
    qint64 bytesFree = -1; // available to the user
    qint64 bytesTotal = -1;
    bool tmpfs = false; // RAM-backed: emptied at reboot
    bool readOnly = false;
};
VolumeFacts volumeFacts(const QString &path);

// What a saved directory was when the user saved it.
struct RootIdentity
{
    quint64 device = 0;
    quint64 inode = 0;
    uint owner = 0;
    bool valid = false; // false for roots saved before identities were kept
    // The identity of the directory at path now (lstat: a symlink is not
    // followed); invalid when there is none.
    static RootIdentity of(const QString &path);
    friend bool operator==(const RootIdentity &, const RootIdentity &) = default;
};

struct ScratchRoot
{
    QString path;
    RootKind kind = RootKind::User;
    bool exists = false;
    bool writable = false;
    bool cleanByDefault = true; // false for caches: listed, not cleaned unless named
    VolumeFacts volume;
    QString origin; // where it comes from, for people: "system temp directory, from $TMPDIR"
    bool fallback =
        false; // the system temp directory is Python's last resort, the current directory
    bool changed = false; // a saved root that is no longer the directory saved
    QString changeReason; // why, for people: "it is now a symbolic link to /"
};

// The roots used when none is named, and the ones left out with the reason.
struct DefaultRoots
{
    QList<ScratchRoot> roots;
    QStringList skipped; // "PATH: why", one per root left out
};

class ScratchRoots
{
public:
    // The system temp dir first, then the platform's scratch roots, then the
    // user's; duplicates (same canonical path) removed.
    static QList<ScratchRoot> discover(QSettings &settings);
    static QList<ScratchRoot> discover();
    // With a given temp-dir resolution (tests; the others use cached()).
    static QList<ScratchRoot> discover(QSettings &settings, const TempDirResolution &temp);

    // The settings file Tempscope's programs share (organisation "Tempscope",
    // application "tempscope"), whatever the running program's name is.
    static std::unique_ptr<QSettings> openSettings();

    // The saved roots' paths (at most settings::MaxListItems; a corrupt list
    // is reported and read as empty).
    static QStringList userRoots(QSettings &settings);
    // Returns an error message, or an empty string when added. Refuses paths
    // that do not exist, are not directories, are "/", the home directory or
    // an ancestor of it, or are already listed.
    static QString addUserRoot(QSettings &settings, const QString &path);
    // The user accepts a changed saved root as it is now: its current
    // identity is saved. Returns an error message, or an empty string.
    // Refused when it is now a symbolic link or lies behind one (add the
    // target itself), or no longer a directory that could be added.
    static QString confirmUserRoot(QSettings &settings, const QString &path);
    // Whether the saved root at path is still what was saved; the reason
    // when not. Empty for a root that is not saved or is unchanged.
    static QString userRootChange(QSettings &settings, const QString &path);
    // True when the path (as given or canonical) was listed and is removed.
    static bool removeUserRoot(QSettings &settings, const QString &path);

    // The roots the CLI uses when given no ROOT: every existing root that is
    // not the current-directory fallback and not a changed saved root; for
    // cleaning only those with cleanByDefault that RootGuard allows.
    static DefaultRoots defaultRoots(bool forCleaning);
    static DefaultRoots defaultRoots(QSettings &settings, bool forCleaning);
    static DefaultRoots defaultRoots(const QList<ScratchRoot> &discovered, bool forCleaning);

    // The running platform's scratch roots alone (no system temp, no user
    // roots), in order, with kind and cleanByDefault set; facts not filled
    // in (PlatformRoots.h has every platform's rules).
    static QList<ScratchRoot> platformRoots(const QProcessEnvironment &environment);
    // Fills in exists, writable and the volume facts.
    static ScratchRoot describe(const QString &path, RootKind kind, bool cleanByDefault = true);
};

} // namespace tempscope
