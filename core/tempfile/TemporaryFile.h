#pragma once
// Python's TemporaryFile(): a file nobody else can open by name, gone when
// closed.
//
// POSIX: open(dir, O_TMPFILE|O_RDWR|O_EXCL|O_NOFOLLOW|O_CLOEXEC, 0600) where
// the kernel and file system support it: the file never appears in a listing
// and vanishes even after SIGKILL. Otherwise mkstemp() and unlink at once
// (visible for a moment, and left behind if the process dies in between).
// As in Python, an EISDIR answer (a kernel that reads O_TMPFILE as
// O_DIRECTORY) turns O_TMPFILE off for the rest of the process.
// Windows: a NamedTemporaryFile opened with O_TEMPORARY
// (FILE_FLAG_DELETE_ON_CLOSE): visible while open, deleted by the OS on the
// last close.
//
// name(): like Python, the descriptor number on POSIX ("7"), the path on
// Windows. Qt has no equivalent: QTemporaryFile always has a name (on Linux
// it too may start as O_TMPFILE, but fileName() links it into the directory).
//
// RAII: the destructor closes. Throws TempFileError from the constructor.

#include "core/tempfile/TempFileDevice.h"
#include "core/tempfile/TempFileFunctions.h"

namespace tempscope::tempfile {

struct TemporaryFileOptions
{
    QString suffix = {};
    std::optional<QString> prefix = std::nullopt;
    std::optional<QString> dir = std::nullopt;
    // false: skip O_TMPFILE and use create-then-unlink (the playground shows both).
    bool useUnnamedFile = true;
    NameSource names = {};
    TempFileEventHub *events = TempFileEventHub::global();
};

class TemporaryFile final : public TempFileDevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemporaryFile)

public:
    enum class Method {
        UnnamedFile,      // O_TMPFILE
        CreateThenUnlink, // mkstemp + unlink
        DeleteOnClose,    // Windows O_TEMPORARY
    };

    explicit TemporaryFile(const TemporaryFileOptions &options = {}, QObject *parent = nullptr);
    ~TemporaryFile() override;

    Method method() const { return m_method; }
    static QString methodName(Method method);
    QString name() const;
    QString path() const override; // empty on POSIX: there is none
    // The directory the file was made in (absolute).
    const QString &directory() const { return m_directory; }

private:
    Method m_method = Method::CreateThenUnlink;
    QString m_directory;
    QString m_windowsPath;
    QString m_descriptorName; // Python keeps name = fd even after close
};

} // namespace tempscope::tempfile
