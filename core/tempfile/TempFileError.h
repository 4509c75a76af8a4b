#pragma once
// Typed errors of the tempfile library, named after the Python exceptions
// they stand for (FileExistsError, FileNotFoundError, ...), so the playground
// and the comparison tests can show "the same error" side by side.
//
// Every error carries the path involved, the operation ("open", "mkdir",
// "unlink", ...) and the OS error number (errno; on Windows the CRT errno).
// Functions and constructors throw them; destructors never do (see
// TempFileEvent::Kind::Failed for how a destructor reports).

#include <QString>

#include <stdexcept>

namespace tempscope::tempfile {

class TempFileError : public std::runtime_error
{
public:
    enum class Kind {
        FileExists,    // EEXIST, also "TMP_MAX names tried"
        FileNotFound,  // ENOENT, also "no usable temporary directory"
        NotADirectory, // ENOTDIR
        IsADirectory,  // EISDIR
        Permission,    // EACCES, EPERM
        Other,         // any other errno: Python's plain OSError
    };

    TempFileError(Kind kind, const QString &path, const QString &operation, int osError,
                  const QString &message);

    Kind kind() const { return m_kind; }
    const QString &path() const { return m_path; }
    const QString &operation() const { return m_operation; }
    int osError() const { return m_osError; }
    // "[Errno 17] File exists: '/tmp/tmpabc'" in Python's words.
    const QString &message() const { return m_message; }
    // "FileExistsError", "PermissionError", ... ("OSError" for Kind::Other).
    QString pythonName() const;

    static Kind kindForErrno(int osError);
    // Throws the subclass that matches osError.
    [[noreturn]] static void raise(int osError, const QString &path, const QString &operation);
    [[noreturn]] static void raise(Kind kind, const QString &path, const QString &operation,
                                   int osError, const QString &message);

private:
    Kind m_kind;
    QString m_path;
    QString m_operation;
    int m_osError;
    QString m_message;
};

// One subclass per kind, so callers can catch exactly what Python code catches.
#define TEMPSCOPE_TEMPFILE_ERROR(Name, K)                                                          \
    class Name final : public TempFileError                                                        \
    {                                                                                              \
    public:                                                                                        \
        Name(const QString &path, const QString &operation, int osError, const QString &message)   \
            : TempFileError(Kind::K, path, operation, osError, message)                            \
        {                                                                                          \
        }                                                                                          \
    };
TEMPSCOPE_TEMPFILE_ERROR(FileExistsError, FileExists)
TEMPSCOPE_TEMPFILE_ERROR(FileNotFoundError, FileNotFound)
TEMPSCOPE_TEMPFILE_ERROR(NotADirectoryError, NotADirectory)
TEMPSCOPE_TEMPFILE_ERROR(IsADirectoryError, IsADirectory)
TEMPSCOPE_TEMPFILE_ERROR(PermissionError, Permission)
TEMPSCOPE_TEMPFILE_ERROR(OSError, Other)
#undef TEMPSCOPE_TEMPFILE_ERROR

} // namespace tempscope::tempfile
