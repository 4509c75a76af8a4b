#pragma once
// Python's NamedTemporaryFile(): a mkstemp() file with a visible name whose
// removal follows delete / delete_on_close (here autoDelete /
// deleteOnClose):
//
//   autoDelete  deleteOnClose   close()   cleanup() / destructor
//   true        true (default)  removes   removes
//   true        false (3.12+)   keeps     removes
//   false       ignored         keeps     keeps
//
// cleanup() is what leaving Python's `with` block does: close if still open,
// then remove if autoDelete. Removing the file by hand first is fine, and
// close() may be called any number of times. The destructor runs cleanup()
// and reports failures as a "failed" event instead of throwing.
// A killed process leaves the file behind on POSIX (an orphan for the
// cleaner). Windows: with autoDelete && deleteOnClose the file is opened with
// O_TEMPORARY, so the OS removes it on close and nobody can reopen it by name
// while it is open.
//
// Qt differs: QTemporaryFile keeps its file until the object is destroyed
// (autoRemove), not until close(); close() and reopen with open() is allowed.

#include "core/tempfile/TempFileDevice.h"
#include "core/tempfile/TempFileFunctions.h"

namespace tempscope::tempfile {

struct NamedTemporaryFileOptions
{
    QString suffix = {};
    std::optional<QString> prefix = std::nullopt;
    std::optional<QString> dir = std::nullopt;
    bool autoDelete = true;    // Python's delete
    bool deleteOnClose = true; // Python's delete_on_close (3.12+)
    NameSource names = {};
    TempFileEventHub *events = TempFileEventHub::global();
};

class NamedTemporaryFile final : public TempFileDevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NamedTemporaryFile)

public:
    explicit NamedTemporaryFile(const NamedTemporaryFileOptions &options = {},
                                QObject *parent = nullptr);
    ~NamedTemporaryFile() override;

    QString path() const override { return m_path; }
    QString name() const { return m_path; }
    bool autoDelete() const { return m_autoDelete; }
    bool deleteOnClose() const { return m_deleteOnClose; }

    void close() override; // Python's close(): removes when autoDelete && deleteOnClose
    // Python's __exit__: close, then remove when autoDelete. Idempotent.
    // Throws TempFileError when the removal fails (a missing file is fine).
    void cleanup();

private:
    void removeFile();

    QString m_path;
    bool m_autoDelete;
    bool m_deleteOnClose;
    bool m_osDeletesOnClose = false; // Windows O_TEMPORARY
    bool m_cleanupCalled = false;
};

} // namespace tempscope::tempfile
