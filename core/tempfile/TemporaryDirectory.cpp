#include "core/tempfile/TemporaryDirectory.h"

#include "core/tempfile/OsFile.h"
#include "core/tempfile/TempFileError.h"

namespace tempscope::tempfile {

TemporaryDirectory::TemporaryDirectory(const TemporaryDirectoryOptions &options)
    : m_options(options)
{
    auto names = withNamingOf<TempNameOptions>(options);
    names.source = QStringLiteral("TemporaryDirectory");
    m_path = mkdtemp(names);
}

TemporaryDirectory::~TemporaryDirectory()
{
    if (!m_options.autoDelete)
        return;
    try {
        cleanup();
    } catch (const TempFileError &error) {
        report(TempFileEvent::Kind::Failed, error.message());
    }
}

void TemporaryDirectory::cleanup()
{
    // Python: "if self._finalizer.detach() or os.path.exists(self.name)".
    if (m_cleanedUp && !os::exists(m_path))
        return;
    m_cleanedUp = true;
    os::removeTree(m_path, m_options.ignoreCleanupErrors);
    if (!os::exists(m_path))
        report(TempFileEvent::Kind::Removed, QStringLiteral("removed with everything in it"));
    else
        report(TempFileEvent::Kind::Failed, QStringLiteral("cleanup errors ignored; still there"));
}

void TemporaryDirectory::report(TempFileEvent::Kind kind, const QString &text) const
{
    detail::report(m_options.events, TempFileEvent::of(kind, QStringLiteral("TemporaryDirectory"),
                                                       this, m_path, text));
}

} // namespace tempscope::tempfile
