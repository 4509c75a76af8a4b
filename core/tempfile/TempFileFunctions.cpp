#include "core/tempfile/TempFileFunctions.h"

#include "core/locations/TempDirResolver.h"
#include "core/tempfile/OsFile.h"
#include "core/tempfile/TempFileError.h"

#include <QDir>

#include <cerrno>

namespace tempscope::tempfile {

namespace {

QString nextName(const TempNameOptions &options)
{
    return options.names ? options.names() : RandomNameSequence::shared().next();
}

QString candidatePath(const QString &dir, const TempNameOptions &options)
{
    return dir + u'/' + options.prefix.value_or(gettempprefix()) + nextName(options) +
           options.suffix;
}

// Windows reports EACCES, not EEXIST, for a name taken by a directory;
// Python retries then as long as the directory itself is writable.
bool isWindowsCollision(int error, const QString &dir)
{
#ifdef Q_OS_WIN
    return error == EACCES && os::isWritableDirectory(dir);
#else
    Q_UNUSED(error);
    Q_UNUSED(dir);
    return false;
#endif
}

[[noreturn]] void raiseNamesExhausted(const QString &dir)
{
    TempFileError::raise(TempFileError::Kind::FileExists, dir, QStringLiteral("open"), EEXIST,
                         u"[Errno " + QString::number(EEXIST) +
                             u"] No usable temporary file name found in '" + dir + u"' after " +
                             QString::number(kTmpMax) + u" names");
}

} // namespace

QString gettempdir()
{
    const TempDirResolution &resolution = TempDirResolver::cached();
    if (resolution.tempDir.isEmpty()) {
        TempFileError::raise(TempFileError::Kind::FileNotFound, QString(),
                             QStringLiteral("gettempdir"), ENOENT, resolution.error);
    }
    return resolution.tempDir;
}

QString gettempprefix()
{
    return QStringLiteral("tmp");
}

namespace detail {

QString resolveDir(const TempNameOptions &options)
{
    const QString dir = options.dir ? *options.dir : gettempdir();
    return QDir::cleanPath(
        QDir::current().absoluteFilePath(dir.isEmpty() ? QStringLiteral(".") : dir));
}

void report(TempFileEventHub *hub, TempFileEvent event)
{
    if (hub)
        hub->report(event);
}

MkstempResult createUniqueFile(const TempNameOptions &options, bool deleteOnClose)
{
    const QString dir = resolveDir(options);
    for (int attempt = 0; attempt < kTmpMax; ++attempt) {
        const QString path = candidatePath(dir, options);
        const os::Opened opened = os::createExclusive(path, options.text, deleteOnClose);
        if (opened.fd >= 0)
            return {opened.fd, path};
        if (opened.error == EEXIST || isWindowsCollision(opened.error, dir))
            continue;
        TempFileError::raise(opened.error, path, QStringLiteral("open"));
    }
    raiseNamesExhausted(dir);
}

} // namespace detail

MkstempResult mkstemp(const TempNameOptions &options)
{
    MkstempResult result = detail::createUniqueFile(options, false);
    detail::report(
        options.events,
        TempFileEvent::of(TempFileEvent::Kind::Created,
                          options.source.isEmpty() ? QStringLiteral("mkstemp") : options.source,
                          nullptr, result.path,
                          os::createFlagsText(options.text, false) + u"; the caller removes it"));
    return result;
}

QString mkdtemp(const TempNameOptions &options)
{
    const QString dir = detail::resolveDir(options);
    for (int attempt = 0; attempt < kTmpMax; ++attempt) {
        const QString path = candidatePath(dir, options);
        const int error = os::makeDirectory(path);
        if (error == 0) {
            detail::report(options.events,
                           TempFileEvent::of(TempFileEvent::Kind::Created,
                                             options.source.isEmpty() ? QStringLiteral("mkdtemp")
                                                                      : options.source,
                                             nullptr, path, QStringLiteral("mkdir, mode 0700")));
            return path;
        }
        if (error == EEXIST || isWindowsCollision(error, dir))
            continue;
        TempFileError::raise(error, path, QStringLiteral("mkdir"));
    }
    raiseNamesExhausted(dir);
}

} // namespace tempscope::tempfile
