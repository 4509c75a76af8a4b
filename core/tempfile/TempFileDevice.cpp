#include "core/tempfile/TempFileDevice.h"

#include "core/tempfile/OsFile.h"
#include "core/tempfile/TempFileError.h"

namespace tempscope::tempfile {

TempFileDevice::TempFileDevice(const QString &source, TempFileEventHub *events, QObject *parent)
    : QIODevice(parent), m_source(source), m_events(events)
{
}

TempFileDevice::~TempFileDevice()
{
    // Subclasses close (and remove) in their own destructors; this is only
    // the last safety net for the descriptor.
    if (m_fd >= 0) {
        m_file.close();
        os::closeFd(m_fd);
        m_fd = -1;
    }
}

void TempFileDevice::attach(int fd)
{
    m_fd = fd;
    // DontCloseHandle: the descriptor is closed by closeHandle(), which needs
    // close()'s result and the moment it happens (O_TEMPORARY deletes then).
    m_file.open(fd, QIODevice::ReadWrite | QIODevice::Unbuffered, QFileDevice::DontCloseHandle);
    QIODevice::open(QIODevice::ReadWrite | QIODevice::Unbuffered);
}

bool TempFileDevice::open(OpenMode)
{
    setErrorString(tr("A temporary file cannot be reopened"));
    return false;
}

void TempFileDevice::close()
{
    closeHandle();
}

int TempFileDevice::closeHandle()
{
    if (m_fd < 0)
        return 0;
    if (isOpen())
        QIODevice::close();
    m_file.close();
    const int error = os::closeFd(std::exchange(m_fd, -1));
    report(TempFileEvent::Kind::Closed, path());
    return error;
}

qint64 TempFileDevice::size() const
{
    return m_fd >= 0 ? m_file.size() : 0;
}

bool TempFileDevice::seek(qint64 pos)
{
    return QIODevice::seek(pos);
}

void TempFileDevice::truncate(std::optional<qint64> size)
{
    const qint64 newSize = size.value_or(pos());
    if (m_fd < 0) {
        TempFileError::raise(TempFileError::Kind::Other, path(), QStringLiteral("truncate"), EBADF,
                             QStringLiteral("I/O operation on closed file."));
    }
    if (const int error = os::truncateFd(m_fd, newSize))
        TempFileError::raise(error, path(), QStringLiteral("truncate"));
}

void TempFileDevice::report(TempFileEvent::Kind kind, const QString &path, const QString &detail,
                            qint64 bytes, qint64 position) const
{
    if (!m_events)
        return;
    m_events->report(TempFileEvent::of(kind, m_source, this, path, detail, bytes, position));
}

bool TempFileDevice::syncPosition()
{
    // QIODevice keeps the logical position; the descriptor follows it lazily.
    return m_file.pos() == pos() || m_file.seek(pos());
}

qint64 TempFileDevice::readData(char *data, qint64 maxSize)
{
    if (m_fd < 0 || !syncPosition())
        return -1;
    return m_file.read(data, maxSize);
}

qint64 TempFileDevice::writeData(const char *data, qint64 maxSize)
{
    if (m_fd < 0 || !syncPosition())
        return -1;
    const qint64 written = m_file.write(data, maxSize);
    if (written > 0)
        report(TempFileEvent::Kind::Written, path(), {}, written, pos() + written);
    return written;
}

} // namespace tempscope::tempfile
