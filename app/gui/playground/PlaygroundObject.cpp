#include "gui/playground/PlaygroundObject.h"

#include "gui/playground/PlatformCalls.h"

#include "core/tempfile/NamedTemporaryFile.h"
#include "core/tempfile/SpooledTemporaryFile.h"
#include "core/tempfile/TempFileEvent.h"
#include "core/tempfile/TempFileFunctions.h"
#include "core/tempfile/TemporaryDirectory.h"
#include "core/tempfile/TemporaryFile.h"
#include "core/tempfile/TextMode.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <exception>
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
        // The forced names first, then random ones; every name tried is counted.
        const auto firstNames = std::make_shared<QStringList>(spec.firstNames);
        PlaygroundObject *o = object.get();
        const NameSource names = [firstNames, o] {
            ++o->m_namesTried;
            return firstNames->isEmpty() ? RandomNameSequence::shared().next()
                                         : firstNames->takeFirst();
        };
        const MkstempResult made = mkstemp({.suffix = spec.suffix,
                                            .prefix = spec.prefix,
                                            .dir = spec.dir,
                                            .names = names,
                                            .events = events});
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
    if (!m_textPending.isEmpty()) { // TextIOWrapper's flush() hands its chunk on first
        Outcome ignored;
        bufferedWrite(std::exchange(m_textPending, {}), ignored);
    }
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
    case Action::WriteWrongType:
        return open;
    case Action::RaiseInBlock:
        return m_inScope && m_spec.kind != ObjectKind::Mkstemp &&
               m_spec.kind != ObjectKind::Mkdtemp; // no block to leave
    }
    return false;
}

Outcome PlaygroundObject::perform(Action action, const QByteArray &data)
{
    const bool wasInScope = m_inScope;
    const Outcome out = act(action, data);
    record(action, data, out, wasInScope);
    return out;
}

void PlaygroundObject::record(Action action, const QByteArray &data, const Outcome &outcome,
                              bool wasInScope)
{
    Code code;
    switch (action) {
    case Action::Write:
        code = snippets::write(m_spec, data);
        break;
    case Action::ReadBack:
        code = snippets::readBack(m_spec);
        break;
    case Action::ReadNoSeek:
        code = snippets::readNoSeek(m_spec);
        break;
    case Action::Flush:
        code = snippets::flush(m_spec);
        break;
    case Action::Close:
        code = snippets::close(m_spec);
        break;
    case Action::LeaveScope:
        return; // the end of the block is the program's shape, not a statement
    case Action::RemoveByHand:
        code = snippets::removeByHand(m_spec);
        break;
    case Action::AddFile:
        code = snippets::addFile(m_spec, outcome.added);
        break;
    case Action::OtherProcessReads:
        code = snippets::otherProcessReads(m_spec);
        break;
    case Action::CheckInUse:
        code = snippets::inUse(m_spec);
        break;
    case Action::WriteWrongType:
        code = snippets::writeWrongType(m_spec);
        break;
    case Action::RaiseInBlock:
        code = snippets::raiseInBlock(m_spec);
        break;
    }
    (wasInScope ? m_steps : m_after) << code;
}

Outcome PlaygroundObject::act(Action action, const QByteArray &data)
{
    Outcome out;
    switch (action) {
    case Action::Write:
        return write(data);
    case Action::ReadBack:
        flushPending();
        device()->seek(0);
        out.data = device()->readAll();
        if (m_spec.text)
            out.text = TextMode().decode(out.data);
        break;
    case Action::ReadNoSeek:
        flushPending();
        out.position = device()->pos();
        out.data = device()->readAll();
        if (m_spec.text)
            out.text = TextMode().decode(out.data);
        break;
    case Action::WriteWrongType:
        out.typeError = TextMode::wrongTypeMessage(m_spec.text ? TextMode::FileMode::Text
                                                               : TextMode::FileMode::Binary);
        break;
    case Action::RaiseInBlock:
        return raiseInBlock();
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

bool PlaygroundObject::bufferedWrite(const QByteArray &bytes, Outcome &out)
{
    // CPython's BufferedWriter.write(): what fits waits in the buffer.
    if (m_pending.size() + bytes.size() <= m_bufferSize) {
        m_pending += bytes;
        return false;
    }
    const QByteArray held = std::exchange(m_pending, {});
    if (!held.isEmpty())
        device()->write(held);
    out.bufferFilled = true;
    if (bytes.size() > m_bufferSize)
        device()->write(bytes);
    else
        m_pending = bytes;
    return true;
}

Outcome PlaygroundObject::write(const QByteArray &data)
{
    Outcome out;
    // Text mode: str (here UTF-8 from the form) encoded, newlines translated.
    const QByteArray bytes = m_spec.text ? TextMode().encode(QString::fromUtf8(data)) : data;
    switch (m_spec.kind) {
    case ObjectKind::SpooledTemporaryFile: {
        const bool before = rolledOver();
        m_spooled->write(bytes);
        out.position = m_spooled->pos();
        out.rolledNow = !before && rolledOver();
        break;
    }
    case ObjectKind::TemporaryFile:
    case ObjectKind::NamedTemporaryFile:
        if (m_spec.text) {
            // CPython's TextIOWrapper.write(): pending bytes go on to the
            // buffer when the next would pass a chunk, or a chunk is full.
            constexpr qsizetype kChunk = 8192;
            if (m_textPending.size() + bytes.size() > kChunk) {
                bufferedWrite(std::exchange(m_textPending, {}), out);
            }
            m_textPending += bytes;
            if (m_textPending.size() >= kChunk)
                bufferedWrite(std::exchange(m_textPending, {}), out);
        } else {
            bufferedWrite(bytes, out);
        }
        out.buffered = buffered();
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

Outcome PlaygroundObject::raiseInBlock()
{
    // A real exception leaves a real scope: the guard's destructor is what
    // ends the block, as an object's destructor (Python's __exit__) would.
    // A cleanup that fails on the way out must not throw during unwinding
    // (std::terminate): it is kept and thrown once the exception is caught.
    Outcome out;
    std::exception_ptr cleanupFailed;
    try {
        const auto endOfBlock = qScopeGuard([this, &out, &cleanupFailed] {
            try {
                const Outcome left = leaveScope();
                out.wasClosed = left.wasClosed;
                out.existed = left.existed;
            } catch (...) {
                cleanupFailed = std::current_exception();
            }
        });
        throw std::runtime_error("pipeline failed");
    } catch (const std::runtime_error &e) {
        out.raised = QString::fromLatin1(e.what());
    }
    if (cleanupFailed)
        std::rethrow_exception(cleanupFailed);
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
