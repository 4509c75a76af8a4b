#include "core/tempfile/SpooledTemporaryFile.h"

#include "core/tempfile/TempFileError.h"
#include "core/tempfile/TempFileFunctions.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace tempscope::tempfile {

SpooledTemporaryFile::SpooledTemporaryFile(const SpooledTemporaryFileOptions &options,
                                           QObject *parent)
    : QIODevice(parent), m_options(options)
{
    QIODevice::open(QIODevice::ReadWrite | QIODevice::Unbuffered);
    report(TempFileEvent::Kind::Created,
           u"in memory, rolls over past " + QString::number(m_options.maxSize) + u" bytes");
}

SpooledTemporaryFile::~SpooledTemporaryFile()
{
    close();
}

bool SpooledTemporaryFile::open(OpenMode)
{
    setErrorString(tr("A temporary file cannot be reopened"));
    return false;
}

void SpooledTemporaryFile::close()
{
    if (m_closed)
        return;
    m_closed = true;
    QIODevice::close();
    if (m_file) {
        m_file->close();
    } else {
        m_memory = QByteArray();
        report(TempFileEvent::Kind::Closed, QStringLiteral("memory released"));
    }
}

qint64 SpooledTemporaryFile::size() const
{
    return m_file ? m_file->size() : m_memory.size();
}

bool SpooledTemporaryFile::seek(qint64 pos)
{
    return QIODevice::seek(pos);
}

QString SpooledTemporaryFile::name() const
{
    return m_file ? m_file->name() : QString();
}

void SpooledTemporaryFile::rollover()
{
    rolloverAt(pos());
}

void SpooledTemporaryFile::rolloverAt(qint64 position)
{
    if (m_file || m_closed)
        return;
    const auto fileOptions = withNamingOf<TemporaryFileOptions>(m_options);
    auto file = std::make_unique<TemporaryFile>(fileOptions);
    const qint64 bytes = m_memory.size();
    if (file->write(m_memory) != bytes) {
        TempFileError::raise(TempFileError::Kind::Other, file->name(), QStringLiteral("write"), EIO,
                             file->errorString());
    }
    file->seek(position);
    m_file = std::move(file);
    m_memory = QByteArray();
    report(TempFileEvent::Kind::RolledOver,
           u"now backed by a TemporaryFile (" + TemporaryFile::methodName(m_file->method()) + u')',
           bytes, position);
    Q_EMIT rolledOver(bytes, position);
}

int SpooledTemporaryFile::fileno()
{
    rollover();
    return m_file ? m_file->fileno() : -1;
}

void SpooledTemporaryFile::truncate(std::optional<qint64> size)
{
    if (size && *size > m_options.maxSize)
        rollover();
    if (m_file) {
        m_file->truncate(size.value_or(pos()));
        return;
    }
    // io.BytesIO.truncate only ever shrinks.
    const qint64 newSize = size.value_or(pos());
    if (newSize < m_memory.size())
        m_memory.truncate(static_cast<qsizetype>(newSize));
}

qint64 SpooledTemporaryFile::readData(char *data, qint64 maxSize)
{
    if (m_file) {
        m_file->seek(pos());
        return m_file->read(data, maxSize);
    }
    const qint64 available = std::max<qint64>(0, m_memory.size() - pos());
    const qint64 count = std::min(available, maxSize);
    if (count > 0)
        std::memcpy(data, m_memory.constData() + pos(), static_cast<size_t>(count));
    return count;
}

qint64 SpooledTemporaryFile::writeData(const char *data, qint64 maxSize)
{
    qint64 written;
    if (m_file) {
        m_file->seek(pos());
        written = m_file->write(data, maxSize);
    } else {
        const qint64 end = pos() + maxSize;
        if (end > m_memory.size())
            m_memory.resize(static_cast<qsizetype>(end), '\0'); // fills a gap after seek()
        std::memcpy(m_memory.data() + pos(), data, static_cast<size_t>(maxSize));
        written = maxSize;
        report(TempFileEvent::Kind::Written, QStringLiteral("in memory"), written, end);
    }
    // Python's _check(): the position after the write decides. QIODevice
    // moves pos() only after writeData returns, hence rolloverAt().
    if (!m_file && m_options.maxSize > 0 && pos() + written > m_options.maxSize) {
        rolloverAt(pos() + written);
    }
    return written;
}

void SpooledTemporaryFile::report(TempFileEvent::Kind kind, const QString &detail, qint64 bytes,
                                  qint64 position) const
{
    if (!m_options.events)
        return;
    m_options.events->report(TempFileEvent::of(kind, QStringLiteral("SpooledTemporaryFile"), this,
                                               {}, detail, bytes, position));
}

} // namespace tempscope::tempfile
