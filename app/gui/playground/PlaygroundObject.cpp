#include "gui/playground/PlaygroundObject.h"

#include "gui/playground/PlatformCalls.h"

#include "core/tempfile/NamedTemporaryFile.h"
#include "core/tempfile/SpooledTemporaryFile.h"
#include "core/tempfile/TempFileEvent.h"
#include "core/tempfile/TempFileFunctions.h"
#include "core/tempfile/TemporaryDirectory.h"
#include "core/tempfile/TemporaryFile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <stdexcept>

namespace tempscope::gui::playground {

using namespace tempfile;

PlaygroundObject::PlaygroundObject(ObjectSpec spec) : m_spec(std::move(spec)) {}

PlaygroundObject::~PlaygroundObject() = default;

std::unique_ptr<PlaygroundObject> PlaygroundObject::make(const ObjectSpec &spec,
                                                         TempFileEventHub *events)
{
    std::unique_ptr<PlaygroundObject> object(new PlaygroundObject(spec));
    QMetaObject::Connection heard;
    if (events)
        heard = QObject::connect(
            events, &TempFileEventHub::eventReported, [o = object.get()](const TempFileEvent &e) {
                if (e.kind == TempFileEvent::Kind::Created && o->m_createdDetail.isEmpty())
                    o->m_createdDetail = e.detail;
            });
    const auto stopListening = qScopeGuard([&heard] { QObject::disconnect(heard); });
    switch (spec.kind) {
    case ObjectKind::TemporaryFile:
        object->m_temporary = std::make_unique<TemporaryFile>(TemporaryFileOptions{
            .suffix = spec.suffix, .prefix = spec.prefix, .dir = spec.dir, .events = events});
        break;
    case ObjectKind::NamedTemporaryFile:
        object->m_named = std::make_unique<NamedTemporaryFile>(
            NamedTemporaryFileOptions{.suffix = spec.suffix,
                                      .prefix = spec.prefix,
                                      .dir = spec.dir,
                                      .autoDelete = spec.autoDelete,
                                      .deleteOnClose = spec.deleteOnClose,
                                      .events = events});
        break;
    case ObjectKind::SpooledTemporaryFile: {
        object->m_spooled = std::make_unique<SpooledTemporaryFile>(
            SpooledTemporaryFileOptions{.maxSize = spec.maxSize,
                                        .suffix = spec.suffix,
                                        .prefix = spec.prefix,
                                        .dir = spec.dir,
                                        .events = events});
        SpooledTemporaryFile *spool = object->m_spooled.get();
        QObject::connect(spool, &SpooledTemporaryFile::rolledOver, spool,
                         [o = object.get()](qint64, qint64 position) { o->m_rolledAt = position; });
        break;
    }
    case ObjectKind::TemporaryDirectory:
        object->m_directory = std::make_unique<TemporaryDirectory>(
            TemporaryDirectoryOptions{.suffix = spec.suffix,
                                      .prefix = spec.prefix,
                                      .dir = spec.dir,
                                      .autoDelete = spec.autoDelete,
                                      .events = events});
        break;
    case ObjectKind::Mkstemp: {
        const MkstempResult made = mkstemp(
            {.suffix = spec.suffix, .prefix = spec.prefix, .dir = spec.dir, .events = events});
        auto file = std::make_unique<QFile>();
        file->open(made.fd, QIODevice::ReadWrite | QIODevice::Unbuffered,
                   QFileDevice::AutoCloseHandle);
        object->m_raw = std::move(file);
        object->m_path = made.path;
        break;
    }
    case ObjectKind::Mkdtemp:
        object->m_path = mkdtemp(
            {.suffix = spec.suffix, .prefix = spec.prefix, .dir = spec.dir, .events = events});
        break;
    }
    if (spec.kind == ObjectKind::TemporaryFile || spec.kind == ObjectKind::NamedTemporaryFile)
        object->m_bufferSize = platform::pythonBufferSize(object->fd());
    return object;
}

QIODevice *PlaygroundObject::device() const
{
    if (m_temporary)
        return m_temporary.get();
    if (m_named)
        return m_named.get();
    if (m_spooled)
        return m_spooled.get();
    return m_raw.get();
}

QString PlaygroundObject::flushPending()
{
    if (m_pending.isEmpty())
        return {};
    QIODevice *d = device();
    const qint64 written = d ? d->write(m_pending) : -1;
    m_pending.clear();
    return written < 0 && d ? d->errorString() : QString();
}

bool PlaygroundObject::rolledOver() const
{
    return m_spooled && m_spooled->isRolled();
}

qint64 PlaygroundObject::memoryBytes() const
{
    return m_spooled && !m_spooled->isRolled() && !m_closed ? m_spooled->size() : 0;
}

QString PlaygroundObject::path() const
{
    switch (m_spec.kind) {
    case ObjectKind::TemporaryFile:
        return {};
    case ObjectKind::NamedTemporaryFile:
        return m_named->path();
    case ObjectKind::SpooledTemporaryFile:
        return {};
    case ObjectKind::TemporaryDirectory:
        return m_directory->path();
    case ObjectKind::Mkstemp:
    case ObjectKind::Mkdtemp:
        return m_path;
    }
    return {};
}

bool PlaygroundObject::exists() const
{
    const QString p = path();
    return !p.isEmpty() && QFileInfo::exists(p);
}

int PlaygroundObject::fd() const
{
    if (m_closed)
        return -1;
    if (m_temporary)
        return m_temporary->fileno();
    if (m_named)
        return m_named->fileno();
    if (m_spooled)
        return m_spooled->file() ? m_spooled->file()->fileno() : -1;
    if (auto *raw = qobject_cast<QFile *>(m_raw.get()))
        return raw->handle();
    return -1;
}

int PlaygroundObject::mode() const
{
    return platform::permissionBits(fd(), path());
}

qint64 PlaygroundObject::size() const
{
    if (isDirectoryKind(m_spec.kind)) {
        qint64 total = 0;
        QDirIterator it(path(), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            total += it.fileInfo().size();
        }
        return total;
    }
    if (!m_closed && device())
        return device()->size();
    return exists() ? QFileInfo(path()).size() : 0;
}

PlaygroundObject::State PlaygroundObject::state() const
{
    if (isDirectoryKind(m_spec.kind))
        return exists() ? State::Open : State::Removed;
    if (m_spec.kind == ObjectKind::SpooledTemporaryFile && !m_closed)
        return rolledOver() ? State::RolledOver : State::Open;
    if (!m_closed)
        return State::Open;
    return exists() ? State::Closed : State::Removed;
}

bool PlaygroundObject::outlivesItsBlock() const
{
    switch (m_spec.kind) {
    case ObjectKind::Mkstemp:
    case ObjectKind::Mkdtemp:
        return true;
    case ObjectKind::NamedTemporaryFile:
    case ObjectKind::TemporaryDirectory:
        return !m_spec.autoDelete;
    case ObjectKind::TemporaryFile:
    case ObjectKind::SpooledTemporaryFile:
        return false;
    }
    return false;
}

bool PlaygroundObject::can(Action action) const
{
    const bool directory = isDirectoryKind(m_spec.kind);
    const bool open = !directory && !m_closed;
    const bool named =
        m_spec.kind == ObjectKind::NamedTemporaryFile || m_spec.kind == ObjectKind::Mkstemp;
    switch (action) {
    case Action::Write:
    case Action::ReadBack:
    case Action::ReadNoSeek:
    case Action::Flush:
        return open;
    case Action::Close:
        return open && m_inScope;
    case Action::LeaveScope:
        return m_inScope;
    case Action::RemoveByHand:
        return (named || directory) && exists();
    case Action::AddFile:
        return directory && exists();
    case Action::OtherProcessReads:
        return named && exists();
    case Action::CheckInUse:
        return named && exists();
    }
    return false;
}

Outcome PlaygroundObject::perform(Action action, const QByteArray &data)
{
    Outcome out;
    switch (action) {
    case Action::Write:
        return write(data);
    case Action::ReadBack:
        flushPending();
        device()->seek(0);
        out.data = device()->readAll();
        break;
    case Action::ReadNoSeek:
        flushPending();
        out.position = device()->pos();
        out.data = device()->readAll();
        break;
    case Action::Flush:
    case Action::CheckInUse: // the OS is asked about the file as it has it
        out.flushed = buffered();
        flushPending();
        break;
    case Action::Close:
        return close();
    case Action::LeaveScope:
        return leaveScope();
    case Action::RemoveByHand:
        if (isDirectoryKind(m_spec.kind))
            QDir(path()).removeRecursively();
        else
            QFile::remove(path());
        break;
    case Action::AddFile: {
        out.added = QStringLiteral("part-%1.txt").arg(++m_filesAdded);
        QFile file(path() + u'/' + out.added);
        if (!file.open(QIODevice::WriteOnly) || file.write("intermediate data\n") < 0)
            throw std::runtime_error(file.errorString().toStdString());
        break;
    }
    case Action::OtherProcessReads:
        break;
    }
    return out;
}

Outcome PlaygroundObject::write(const QByteArray &data)
{
    Outcome out;
    switch (m_spec.kind) {
    case ObjectKind::SpooledTemporaryFile: {
        const bool before = rolledOver();
        m_spooled->write(data);
        out.position = m_spooled->pos();
        out.rolledNow = !before && rolledOver();
        break;
    }
    case ObjectKind::TemporaryFile:
    case ObjectKind::NamedTemporaryFile:
        // CPython's BufferedWriter.write(): what fits waits in the buffer.
        if (m_pending.size() + data.size() <= m_bufferSize) {
            m_pending += data;
        } else {
            flushPending();
            out.bufferFilled = true;
            if (data.size() > m_bufferSize)
                device()->write(data);
            else
                m_pending = data;
        }
        out.buffered = m_pending.size();
        break;
    default: // os.write() on mkstemp's descriptor
        device()->write(data);
        break;
    }
    return out;
}

Outcome PlaygroundObject::close()
{
    Outcome out;
    flushPending();
    switch (m_spec.kind) {
    case ObjectKind::TemporaryFile:
        m_temporary->close();
        break;
    case ObjectKind::NamedTemporaryFile:
        m_named->close();
        break;
    case ObjectKind::SpooledTemporaryFile:
        out.wasRolled = rolledOver();
        m_spooled->close();
        break;
    default:
        device()->close();
        break;
    }
    m_closed = true;
    return out;
}

Outcome PlaygroundObject::leaveScope()
{
    Outcome out;
    out.wasClosed = m_closed;
    switch (m_spec.kind) {
    case ObjectKind::TemporaryFile:
    case ObjectKind::SpooledTemporaryFile:
        flushPending();
        if (!m_closed)
            device()->close();
        m_closed = true;
        break;
    case ObjectKind::NamedTemporaryFile:
        flushPending();
        out.existed = exists();
        m_named->cleanup();
        m_closed = true;
        break;
    case ObjectKind::TemporaryDirectory: // delete=False (3.12+): __exit__ leaves it
        if (m_spec.autoDelete)
            m_directory->cleanup();
        break;
    case ObjectKind::Mkstemp: // nothing: the file stays, the descriptor leaks
    case ObjectKind::Mkdtemp:
        break;
    }
    m_inScope = false;
    return out;
}

} // namespace tempscope::gui::playground
