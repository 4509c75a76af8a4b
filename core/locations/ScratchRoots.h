#pragma once
// The places a person looks at besides the system temp directory: the
// platform's secondary temp dirs (/var/tmp; %SystemRoot%\Temp; on macOS the
// per-user $TMPDIR and /private/tmp), $XDG_RUNTIME_DIR, the user's cache
// directory (listed, never cleaned by default), and roots the user added
// (persisted with QSettings). Each with the facts of its volume.
//
// discover() reads the environment and the settings; call it from any thread
// with a QSettings object that thread owns. User roots live under the key
// "locations/userRoots" as canonical paths, in the settings file shared by
// the GUI and the CLI (openSettings()).

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

struct ScratchRoot
{
    QString path;
    RootKind kind = RootKind::User;
    bool exists = false;
    bool writable = false;
    bool cleanByDefault = true; // false for caches: listed, not cleaned unless named
    VolumeFacts volume;
};

class ScratchRoots
{
public:
    // The system temp dir first, then the platform's scratch roots, then the
    // user's; duplicates (same canonical path) removed.
    static QList<ScratchRoot> discover(QSettings &settings);
    static QList<ScratchRoot> discover();

    // The settings file Tempscope's programs share (organisation "Tempscope",
    // application "tempscope"), whatever the running program's name is.
    static std::unique_ptr<QSettings> openSettings();

    static QStringList userRoots(QSettings &settings);
    // Returns an error message, or an empty string when added. Refuses paths
    // that do not exist, are not directories, are "/", the home directory or
    // an ancestor of it, or are already listed.
    static QString addUserRoot(QSettings &settings, const QString &path);
    // True when the path (as given or canonical) was listed and is removed.
    static bool removeUserRoot(QSettings &settings, const QString &path);

    // Paths the CLI uses when given no ROOT: every existing root; for
    // cleaning only those with cleanByDefault.
    static QStringList defaultRoots(bool forCleaning);
    static QStringList defaultRoots(QSettings &settings, bool forCleaning);

    // The platform's scratch roots alone (no system temp, no user roots), in
    // order, with kind and cleanByDefault set; facts not filled in.
    static QList<ScratchRoot> platformRoots(const QProcessEnvironment &environment);
    // Fills in exists, writable and the volume facts.
    static ScratchRoot describe(const QString &path, RootKind kind, bool cleanByDefault = true);
};

} // namespace tempscope
