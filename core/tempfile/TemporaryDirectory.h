#pragma once
// Python's TemporaryDirectory(): mkdtemp() (mode 0700) and a recursive
// cleanup when the object goes away.
//
// cleanup() never follows symlinks (a link to a directory outside is removed,
// its target and the target's mode stay as they were), repairs the
// permissions of directories the current user owns so trees with modes
// 000-700 can be removed, and may be called any number of times (once the
// directory is gone it does nothing). ignoreCleanupErrors makes it silent;
// otherwise the first failure throws TempFileError. autoDelete=false (Python
// 3.12's delete=False) keeps the directory when the object is destroyed;
// cleanup() still removes it when called.
// The destructor never throws: a failure becomes a "failed" event.
//
// Qt differs: QTemporaryDir::remove() uses QDir::removeRecursively(), which
// changes no permissions, so a 0500 subdirectory with a file in it makes it
// fail (and leaves part of the tree behind); its names follow the template
// rules of QTemporaryFile ("<app>-XXXXXX" in QDir::tempPath(), [A-Za-z]).
//
// Not a QObject: nothing to signal besides events. Thread: the owner's.

#include "core/tempfile/TempFileFunctions.h"

namespace tempscope::tempfile {

struct TemporaryDirectoryOptions
{
    QString suffix = {};
    std::optional<QString> prefix = std::nullopt;
    std::optional<QString> dir = std::nullopt;
    bool ignoreCleanupErrors = false;
    bool autoDelete = true; // Python's delete (3.12+)
    NameSource names = {};
    TempFileEventHub *events = TempFileEventHub::global();
};

class TemporaryDirectory final
{
    Q_DISABLE_COPY_MOVE(TemporaryDirectory)

public:
    explicit TemporaryDirectory(const TemporaryDirectoryOptions &options = {});
    ~TemporaryDirectory();

    const QString &path() const { return m_path; }
    const QString &name() const { return m_path; }
    bool autoDelete() const { return m_options.autoDelete; }

    void cleanup();

private:
    void report(TempFileEvent::Kind kind, const QString &text = {}) const;

    TemporaryDirectoryOptions m_options;
    QString m_path;
    bool m_cleanedUp = false;
};

} // namespace tempscope::tempfile
