#pragma once
// The places a person looks at besides the system temp directory: the
// platform's secondary temp dirs (/var/tmp; %SystemRoot%\Temp; on macOS the
// per-user $TMPDIR and /private/tmp), $XDG_RUNTIME_DIR, the user's cache
// directory (listed, never cleaned by default), and roots the user added
// (persisted with QSettings). Each with the facts of its volume.
//
// discover() reads the environment and the settings; call it from any thread.

#include <QList>
#include <QSettings>
#include <QString>

namespace tempscope {

enum class RootKind { SystemTemp, SecondaryTemp, Runtime, Cache, User };
QString rootKindName(RootKind kind); // "system-temp", "secondary-temp", "runtime", "cache", "user"

struct VolumeFacts
{
    bool valid = false;
    QString fsType;         // "tmpfs", "ext4", ...
    QString device;
    qint64 bytesFree = -1;  // available to the user
    qint64 bytesTotal = -1;
    bool tmpfs = false;     // RAM-backed: emptied at reboot
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

    static QStringList userRoots(QSettings &settings);
    // Returns an error message, or an empty string when added.
    static QString addUserRoot(QSettings &settings, const QString &path);
    static void removeUserRoot(QSettings &settings, const QString &path);

    // Paths the CLI uses when given no ROOT: every existing root; for
    // cleaning only those with cleanByDefault.
    static QStringList defaultRoots(bool forCleaning);
};

} // namespace tempscope
