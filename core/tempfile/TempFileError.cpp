#include "core/tempfile/TempFileError.h"

#include <QtGlobal>

#include <cerrno>

namespace tempscope::tempfile {

TempFileError::TempFileError(Kind kind, const QString &path, const QString &operation, int osError,
                             const QString &message)
    : std::runtime_error(message.toStdString()), m_kind(kind), m_path(path), m_operation(operation),
      m_osError(osError), m_message(message)
{
}

QString TempFileError::pythonName() const
{
    switch (m_kind) {
    case Kind::FileExists:
        return QStringLiteral("FileExistsError");
    case Kind::FileNotFound:
        return QStringLiteral("FileNotFoundError");
    case Kind::NotADirectory:
        return QStringLiteral("NotADirectoryError");
    case Kind::IsADirectory:
        return QStringLiteral("IsADirectoryError");
    case Kind::Permission:
        return QStringLiteral("PermissionError");
    case Kind::Other:
        break;
    }
    return QStringLiteral("OSError");
}

TempFileError::Kind TempFileError::kindForErrno(int osError)
{
    switch (osError) {
    case EEXIST:
        return Kind::FileExists;
    case ENOENT:
        return Kind::FileNotFound;
    case ENOTDIR:
        return Kind::NotADirectory;
    case EISDIR:
        return Kind::IsADirectory;
    case EACCES:
    case EPERM:
        return Kind::Permission;
    default:
        return Kind::Other;
    }
}

void TempFileError::raise(int osError, const QString &path, const QString &operation)
{
    // Python's str(OSError): "[Errno 2] No such file or directory: '/x'"
    const QString message = u"[Errno " + QString::number(osError) + u"] " +
                            qt_error_string(osError) + u": '" + path + u"' (" + operation + u')';
    raise(kindForErrno(osError), path, operation, osError, message);
}

void TempFileError::raise(Kind kind, const QString &path, const QString &operation, int osError,
                          const QString &message)
{
    switch (kind) {
    case Kind::FileExists:
        throw FileExistsError(path, operation, osError, message);
    case Kind::FileNotFound:
        throw FileNotFoundError(path, operation, osError, message);
    case Kind::NotADirectory:
        throw NotADirectoryError(path, operation, osError, message);
    case Kind::IsADirectory:
        throw IsADirectoryError(path, operation, osError, message);
    case Kind::Permission:
        throw PermissionError(path, operation, osError, message);
    case Kind::Other:
        break;
    }
    throw OSError(path, operation, osError, message);
}

} // namespace tempscope::tempfile
