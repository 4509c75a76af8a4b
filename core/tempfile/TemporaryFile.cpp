#include "core/tempfile/TemporaryFile.h"

#include "core/tempfile/OsFile.h"
#include "core/tempfile/TempFileError.h"

#include <atomic>
#include <cerrno>

namespace tempscope::tempfile {

namespace {

// Python's module-level _O_TMPFILE_WORKS.
std::atomic_bool s_unnamedFilesWork{true};

TempNameOptions nameOptions(const TemporaryFileOptions &options)
{
    auto names = withNamingOf<TempNameOptions>(options);
    names.events = nullptr; // this object reports its own "created"
    return names;
}

} // namespace

TemporaryFile::TemporaryFile(const TemporaryFileOptions &options, QObject *parent)
    : TempFileDevice(QStringLiteral("TemporaryFile"), options.events, parent)
{
    const TempNameOptions names = nameOptions(options);
    m_directory = detail::resolveDir(names);

#ifdef Q_OS_WIN
    const MkstempResult created = detail::createUniqueFile(names, true);
    m_method = Method::DeleteOnClose;
    m_windowsPath = created.path;
    attach(created.fd);
    report(TempFileEvent::Kind::Created, created.path, os::createFlagsText(false, true));
#else
    if (options.useUnnamedFile && os::hasUnnamedFiles() && s_unnamedFilesWork) {
        const os::Opened opened = os::openUnnamed(m_directory);
        if (opened.fd >= 0) {
            m_method = Method::UnnamedFile;
            attach(opened.fd);
            m_descriptorName = QString::number(opened.fd);
            report(TempFileEvent::Kind::Created, QString(),
                   u"O_TMPFILE in " + m_directory + u": never visible in a listing");
            return;
        }
        if (opened.error == EISDIR)
            s_unnamedFilesWork = false;
        // Any other error (EOPNOTSUPP, a missing directory, ...): fall back,
        // and let mkstemp report what is wrong with the directory.
    }
    const MkstempResult created = detail::createUniqueFile(names, false);
    m_method = Method::CreateThenUnlink;
    if (const int error = os::removeFile(created.path)) {
        os::closeFd(created.fd);
        TempFileError::raise(error, created.path, QStringLiteral("unlink"));
    }
    attach(created.fd);
    m_descriptorName = QString::number(created.fd);
    report(TempFileEvent::Kind::Created, created.path,
           os::createFlagsText(false, false) + QStringLiteral(", then unlinked at once"));
    report(TempFileEvent::Kind::Removed, created.path,
           QStringLiteral("unlinked while open: the data lives until close"));
#endif
}

TemporaryFile::~TemporaryFile()
{
    closeHandle();
#ifdef Q_OS_WIN
    report(TempFileEvent::Kind::Removed, m_windowsPath,
           QStringLiteral("deleted by the OS on close"));
#endif
}

QString TemporaryFile::methodName(Method method)
{
    switch (method) {
    case Method::UnnamedFile:
        return QStringLiteral("O_TMPFILE");
    case Method::CreateThenUnlink:
        return QStringLiteral("create then unlink");
    case Method::DeleteOnClose:
        return QStringLiteral("O_TEMPORARY");
    }
    return {};
}

QString TemporaryFile::name() const
{
#ifdef Q_OS_WIN
    return m_windowsPath;
#else
    return m_descriptorName;
#endif
}

QString TemporaryFile::path() const
{
    return m_windowsPath;
}

} // namespace tempscope::tempfile
