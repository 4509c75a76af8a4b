#include "gui/playground/PlaygroundSession.h"

#include "core/cleanup/CleanupPlan.h"
#include "core/inventory/Duration.h"
#include "core/native/Remover.h"
#include "core/tempfile/NamedTemporaryFile.h"
#include "core/tempfile/SpooledTemporaryFile.h"
#include "core/tempfile/TempFileError.h"
#include "core/tempfile/TemporaryDirectory.h"
#include "core/tempfile/TemporaryFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include "core/native/posix/PosixFs.h"

#include <sys/stat.h>
#endif

namespace tempscope::gui::playground {

using namespace tempfile;

namespace {

// Python's io.DEFAULT_BUFFER_SIZE: what a write may sit in before the OS sees it.
constexpr qsizetype kPythonBufferSize = 8192;

QString joinCode(const QString &a, const QString &b)
{
    return a + QStringLiteral("\n") + b;
}

Code chain(std::initializer_list<Code> parts)
{
    Code out;
    for (const Code &c : parts) {
        out.python = out.python.isEmpty() ? c.python : joinCode(out.python, c.python);
        out.cpp = out.cpp.isEmpty() ? c.cpp : joinCode(out.cpp, c.cpp);
    }
    return out;
}

QString shownBytes(const QByteArray &data)
{
    return snippets::pythonBytes(data);
}

} // namespace

// ---------------------------------------------------------------------------

PlaygroundObject::PlaygroundObject(ObjectSpec spec) : m_spec(std::move(spec)) {}

PlaygroundObject::~PlaygroundObject() = default;

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
#ifdef Q_OS_UNIX
    struct stat st
    {
    };
    const int descriptor = fd();
    if (descriptor >= 0 && ::fstat(descriptor, &st) == 0)
        return int(st.st_mode & 07777);
    const QByteArray p = QFile::encodeName(path());
    if (!p.isEmpty() && ::lstat(p.constData(), &st) == 0)
        return int(st.st_mode & 07777);
#endif
    return -1;
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

QString PlaygroundObject::stateText() const
{
    const bool named =
        m_spec.kind == ObjectKind::NamedTemporaryFile || m_spec.kind == ObjectKind::Mkstemp;
    switch (state()) {
    case State::Open:
        if (isDirectoryKind(m_spec.kind))
            return m_inScope ? PlaygroundSession::tr("exists")
                             : PlaygroundSession::tr("left behind");
        if (m_spec.kind == ObjectKind::SpooledTemporaryFile)
            return PlaygroundSession::tr("open · in memory");
        if (named && !exists())
            return PlaygroundSession::tr("open · name removed");
        if (!m_inScope)
            return PlaygroundSession::tr("open · descriptor leaked");
        return PlaygroundSession::tr("open");
    case State::RolledOver:
        return PlaygroundSession::tr("rolled over · on disk");
    case State::Closed:
        return m_inScope ? PlaygroundSession::tr("closed · file kept")
                         : PlaygroundSession::tr("left behind");
    case State::Removed:
        return PlaygroundSession::tr("removed");
    }
    return {};
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

// ---------------------------------------------------------------------------

PlaygroundSession::PlaygroundSession(const QString &root, QObject *parent)
    : QObject(parent), m_root(root), m_events(this)
{
    qRegisterMetaType<Lesson>();
}

PlaygroundSession::~PlaygroundSession()
{
    if (m_child) {
        m_child->disconnect(this);
        m_child->kill();
        m_child->waitForFinished(3000);
    }
    clear();
    QDir().rmdir(m_root); // only when empty: the crash demo's orphans keep it
}

QString PlaygroundSession::childProgram() const
{
    if (!m_childProgram.isEmpty())
        return m_childProgram;
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("tempscope-playground-child.exe");
#else
    const QString name = QStringLiteral("tempscope-playground-child");
#endif
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates{appDir + u'/' + name,
                                 appDir + QStringLiteral("/../libexec/tempscope/") + name};
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).absoluteFilePath();
    }
    return appDir + u'/' + name;
}

int PlaygroundSession::rowOf(const QString &variable) const
{
    for (int row = 0; row < count(); ++row) {
        if (object(row)->variable() == variable)
            return row;
    }
    return -1;
}

bool PlaygroundSession::childRunning() const
{
    return m_child && m_child->state() != QProcess::NotRunning;
}

void PlaygroundSession::teach(const QString &title, const Code &code, const QString &explanation,
                              bool surprise)
{
    m_lesson = {title, code, explanation, surprise};
    Q_EMIT lessonChanged(m_lesson);
}

QString PlaygroundSession::nextVariable(ObjectKind kind)
{
    return isDirectoryKind(kind) ? QStringLiteral("d%1").arg(++m_dirs)
                                 : QStringLiteral("f%1").arg(++m_files);
}

int PlaygroundSession::create(const ObjectSpec &requested)
{
    ObjectSpec spec = requested;
    if (spec.dir.isEmpty())
        spec.dir = m_root;
    spec.variable = nextVariable(spec.kind);
    auto object = std::make_unique<PlaygroundObject>(spec);
    QString detail;
    const auto conn = connect(&m_events, &TempFileEventHub::eventReported, this,
                              [&detail](const TempFileEvent &e) {
                                  if (e.kind == TempFileEvent::Kind::Created && detail.isEmpty())
                                      detail = e.detail;
                              });
    const Code code = snippets::create(spec);
    const QString title = QStringLiteral("%1 = %2(…)").arg(spec.variable, kindName(spec.kind));
    try {
        switch (spec.kind) {
        case ObjectKind::TemporaryFile:
            object->m_temporary =
                std::make_unique<TemporaryFile>(TemporaryFileOptions{.suffix = spec.suffix,
                                                                     .prefix = spec.prefix,
                                                                     .dir = spec.dir,
                                                                     .events = &m_events});
            break;
        case ObjectKind::NamedTemporaryFile:
            object->m_named = std::make_unique<NamedTemporaryFile>(
                NamedTemporaryFileOptions{.suffix = spec.suffix,
                                          .prefix = spec.prefix,
                                          .dir = spec.dir,
                                          .autoDelete = spec.autoDelete,
                                          .deleteOnClose = spec.deleteOnClose,
                                          .events = &m_events});
            break;
        case ObjectKind::SpooledTemporaryFile:
            object->m_spooled = std::make_unique<SpooledTemporaryFile>(
                SpooledTemporaryFileOptions{.maxSize = spec.maxSize,
                                            .suffix = spec.suffix,
                                            .prefix = spec.prefix,
                                            .dir = spec.dir,
                                            .events = &m_events});
            connect(object->m_spooled.get(), &SpooledTemporaryFile::rolledOver, this,
                    [o = object.get()](qint64, qint64 position) { o->m_rolledAt = position; });
            break;
        case ObjectKind::TemporaryDirectory:
            object->m_directory = std::make_unique<TemporaryDirectory>(
                TemporaryDirectoryOptions{.suffix = spec.suffix,
                                          .prefix = spec.prefix,
                                          .dir = spec.dir,
                                          .events = &m_events});
            break;
        case ObjectKind::Mkstemp: {
            const MkstempResult made = mkstemp({.suffix = spec.suffix,
                                                .prefix = spec.prefix,
                                                .dir = spec.dir,
                                                .events = &m_events});
            auto file = std::make_unique<QFile>();
            file->open(made.fd, QIODevice::ReadWrite | QIODevice::Unbuffered,
                       QFileDevice::AutoCloseHandle);
            object->m_raw = std::move(file);
            object->m_path = made.path;
            break;
        }
        case ObjectKind::Mkdtemp:
            object->m_path = mkdtemp({.suffix = spec.suffix,
                                      .prefix = spec.prefix,
                                      .dir = spec.dir,
                                      .events = &m_events});
            break;
        }
    } catch (const TempFileError &e) {
        disconnect(conn);
        teach(title, code, tr("%1: %2").arg(e.pythonName(), e.message()), true);
        return -1;
    }
    disconnect(conn);

    const PlaygroundObject &o = *object;
    QString why;
    switch (spec.kind) {
    case ObjectKind::TemporaryFile:
        switch (o.m_temporary->method()) {
        case TemporaryFile::Method::UnnamedFile:
            why = tr("Nothing appears in the listing: the file was opened with O_TMPFILE and has "
                     "no name at all. "
                     "Its name is just the descriptor number (%1). It vanishes on close, even if "
                     "the process is killed.")
                      .arg(o.m_temporary->name());
            break;
        case TemporaryFile::Method::CreateThenUnlink:
            why = tr(
                "Nothing appears in the listing: this file system has no O_TMPFILE, so the file "
                "was created "
                "with a name and unlinked at once. A crash between the two would leave it behind.");
            break;
        case TemporaryFile::Method::DeleteOnClose:
            why = tr("On Windows a TemporaryFile is a named file opened with O_TEMPORARY: it is "
                     "visible while "
                     "open and the system deletes it on the last close.");
            break;
        }
        break;
    case ObjectKind::NamedTemporaryFile:
        why =
            tr("%1 appears in the listing (%2). ").arg(QFileInfo(o.path()).fileName(), detail) +
            (!spec.autoDelete ? tr("delete=False: it stays after close and after the block; "
                                   "removing it is your job.")
             : spec.deleteOnClose
                 ? tr("delete=True, delete_on_close=True (the defaults): close() removes it.")
                 : tr("delete_on_close=False: it survives close() and goes when the block ends."));
        break;
    case ObjectKind::SpooledTemporaryFile:
        why =
            spec.maxSize > 0
                ? tr("Nothing on disk yet: the data stays in memory until a write leaves the "
                     "position above "
                     "max_size=%1, that is at byte %2. Then it rolls over to a real TemporaryFile.")
                      .arg(spec.maxSize)
                      .arg(spec.maxSize + 1)
                : tr("max_size=0: the data stays in memory however much you write; only fileno() "
                     "or "
                     "rollover() move it to disk.");
        break;
    case ObjectKind::TemporaryDirectory:
        why = tr("%1 appears (%2). Leaving the block removes it with everything inside.")
                  .arg(QFileInfo(o.path()).fileName(), detail);
        break;
    case ObjectKind::Mkstemp:
        why =
            tr("%1 appears (%2) and descriptor %3 is open. mkstemp cleans up nothing: closing the "
               "descriptor and removing the file are yours.")
                .arg(QFileInfo(o.path()).fileName(), detail)
                .arg(o.fd());
        break;
    case ObjectKind::Mkdtemp:
        why = tr("%1 appears (%2). mkdtemp cleans up nothing: remove it yourself (shutil.rmtree).")
                  .arg(QFileInfo(o.path()).fileName(), detail);
        break;
    }

    const int row = count();
    Q_EMIT aboutToAdd(row);
    m_objects.push_back(std::move(object));
    Q_EMIT added(row);
    teach(title, code, why);
    Q_EMIT rootChanged();
    return row;
}

bool PlaygroundSession::perform(int row, Action action, const QByteArray &data)
{
    if (row < 0 || row >= count())
        return false;
    PlaygroundObject &o = *m_objects.at(std::size_t(row));
    if (!o.can(action))
        return false;
    const ObjectSpec &spec = o.spec();
    const QString &v = spec.variable;
    const bool spooled = spec.kind == ObjectKind::SpooledTemporaryFile;
    const bool buffered =
        spec.kind == ObjectKind::TemporaryFile || spec.kind == ObjectKind::NamedTemporaryFile;
    try {
        switch (action) {
        case Action::Write: {
            const Code code = snippets::write(spec, data);
            const QString title = QStringLiteral("%1.write(…)").arg(v);
            if (spooled) {
                const bool before = o.rolledOver();
                o.m_spooled->write(data);
                const qint64 pos = o.m_spooled->pos();
                if (!before && o.rolledOver()) {
                    teach(title, code,
                          tr("Rolled over at byte %1: the position passed max_size=%2, so the %3 "
                             "in memory moved to "
                             "a real TemporaryFile (descriptor %4). Reading and writing go on at "
                             "byte %1.")
                              .arg(o.m_rolledAt)
                              .arg(spec.maxSize)
                              .arg(formatBytes(quint64(o.m_rolledAt)))
                              .arg(o.fd()),
                          true);
                } else if (o.rolledOver()) {
                    teach(
                        title, code,
                        tr("Written to the TemporaryFile behind the spool; the position is now %1.")
                            .arg(pos));
                } else if (spec.maxSize > 0) {
                    teach(title, code,
                          tr("Still in memory: the position is %1, not above max_size=%2. One byte "
                             "more than %2 "
                             "rolls it over.",
                             "", int(spec.maxSize - pos))
                              .arg(pos)
                              .arg(spec.maxSize));
                } else {
                    teach(title, code,
                          tr("Still in memory (%1): max_size=0 never rolls over on writes.")
                              .arg(formatBytes(quint64(pos))));
                }
            } else if (buffered) {
                o.m_pending += data;
                QString why = tr("%n byte(s) went into the file object's buffer, not to the file "
                                 "yet: other processes "
                                 "see them after flush() or close().",
                                 "", int(o.m_pending.size()));
                if (o.m_pending.size() >= kPythonBufferSize) {
                    o.flushPending();
                    why = tr("The buffer (8 KiB) filled up, so Python handed the data to the OS on "
                             "its own.");
                }
                teach(title, code, why);
            } else {
                o.device()->write(data);
                teach(title, code,
                      tr("os.write() is unbuffered: the %n byte(s) are in the file at once.", "",
                         int(data.size())));
            }
            break;
        }
        case Action::ReadBack: {
            o.flushPending();
            o.device()->seek(0);
            const QByteArray got = o.device()->readAll();
            teach(
                QStringLiteral("%1.seek(0); %1.read()").arg(v), snippets::readBack(spec),
                tr("seek(0) moved the position to the start, so read() returned all %n byte(s): %1",
                   "", int(got.size()))
                    .arg(shownBytes(got)));
            break;
        }
        case Action::ReadNoSeek: {
            o.flushPending();
            const qint64 pos = o.device()->pos();
            const QByteArray got = o.device()->readAll();
            if (got.isEmpty() && o.size() > 0) {
                teach(QStringLiteral("%1.read()").arg(v), snippets::readNoSeek(spec),
                      tr("read returned nothing: the position is at the end (byte %1) after the "
                         "write. "
                         "seek(0) first, then read.")
                          .arg(pos),
                      true);
            } else {
                teach(
                    QStringLiteral("%1.read()").arg(v), snippets::readNoSeek(spec),
                    tr("read() started at byte %1 and returned %n byte(s): %2", "", int(got.size()))
                        .arg(pos)
                        .arg(shownBytes(got)));
            }
            break;
        }
        case Action::Flush: {
            const qint64 pending = o.buffered();
            o.flushPending();
            QString why;
            if (spooled && !o.rolledOver())
                why = tr("Nothing to do: the data lives in this process's memory, where no other "
                         "process can see it.");
            else if (spec.kind == ObjectKind::Mkstemp)
                why = tr("os.write() has no buffer: the data was in the file already.");
            else if (pending > 0)
                why = tr("flush() handed the %n buffered byte(s) to the OS: another process "
                         "reading the file now sees them.",
                         "", int(pending));
            else
                why = tr("The buffer was empty: everything written had reached the OS already.");
            teach(QStringLiteral("%1.flush()").arg(v), snippets::flush(spec), why);
            break;
        }
        case Action::Close: {
            o.flushPending();
            QString why;
            if (spec.kind == ObjectKind::TemporaryFile) {
                o.m_temporary->close();
                why = tr("Closed and gone: a TemporaryFile has no name to keep, so its last "
                         "descriptor took the data with it.");
            } else if (spec.kind == ObjectKind::NamedTemporaryFile) {
                o.m_named->close();
                why = !spec.autoDelete ? tr("The file survived close: delete=False. Nothing will "
                                            "remove it but you.")
                      : spec.deleteOnClose
                          ? tr("close() removed the file: delete_on_close=True (the default).")
                          : tr("The file survived close: delete_on_close=False. It goes when the "
                               "block ends.");
            } else if (spooled) {
                const bool rolled = o.rolledOver();
                o.m_spooled->close();
                why = rolled
                          ? tr("Closed: the TemporaryFile behind the spool closed and is gone.")
                          : tr("Closed: the memory was released. Nothing ever touched the disk.");
            } else {
                o.device()->close();
                why =
                    tr("The descriptor is closed; the file stays. mkstemp never removes anything.");
            }
            o.m_closed = true;
            teach(QStringLiteral("%1.close()").arg(v), snippets::close(spec), why);
            break;
        }
        case Action::LeaveScope: {
            QString why;
            switch (spec.kind) {
            case ObjectKind::TemporaryFile:
            case ObjectKind::SpooledTemporaryFile:
                why = o.m_closed ? tr("Already closed: __exit__ had nothing left to do.")
                                 : tr("__exit__ closed it, and with it the data is gone.");
                o.flushPending();
                if (!o.m_closed)
                    o.device()->close();
                o.m_closed = true;
                break;
            case ObjectKind::NamedTemporaryFile: {
                o.flushPending();
                const bool existed = o.exists();
                o.m_named->cleanup();
                o.m_closed = true;
                why = !spec.autoDelete ? tr("delete=False: the block ended and the file is still "
                                            "there. This is how "
                                            "temp files pile up when nobody removes them.")
                      : existed ? tr("__exit__ closed the file and removed it (delete=True).")
                                : tr("__exit__ found the file already gone and did not complain.");
                break;
            }
            case ObjectKind::TemporaryDirectory:
                o.m_directory->cleanup();
                why =
                    tr("cleanup() removed the directory with everything in it (%n file(s) added).",
                       "", o.m_filesAdded);
                break;
            case ObjectKind::Mkstemp:
                why = tr("Nothing happened: the file stays and descriptor %1 is still open (leaked "
                         "until the "
                         "process ends). With mkstemp, write try/finally with os.close and "
                         "os.remove.")
                          .arg(o.fd());
                break;
            case ObjectKind::Mkdtemp:
                why = tr("Nothing happened: the directory stays. With mkdtemp, remove it yourself "
                         "in a finally block.");
                break;
            }
            o.m_inScope = false;
            // Something outlived its block: that is how temp directories fill up.
            teach(tr("end of %1's block").arg(v), snippets::leaveScope(spec), why, o.exists());
            break;
        }
        case Action::RemoveByHand: {
            if (isDirectoryKind(spec.kind))
                QDir(o.path()).removeRecursively();
            else
                QFile::remove(o.path());
            teach(
                tr("remove %1 by hand").arg(v), snippets::removeByHand(spec),
                spec.kind == ObjectKind::NamedTemporaryFile
                    ? tr("Removed inside the block. That is fine (Python 3.12+): __exit__ will "
                         "find it gone and carry on. "
                         "The open descriptor still reads and writes the now nameless file.")
                : spec.kind == ObjectKind::TemporaryDirectory
                    ? tr("Removed by hand; cleanup() at the end of the block will have nothing to "
                         "do.")
                    : tr("Removed: with mkstemp and mkdtemp this is the step nobody may forget."));
            break;
        }
        case Action::AddFile: {
            const QString name = QStringLiteral("part-%1.txt").arg(++o.m_filesAdded);
            QFile out(o.path() + u'/' + name);
            if (!out.open(QIODevice::WriteOnly) || out.write("intermediate data\n") < 0)
                throw std::runtime_error(out.errorString().toStdString());
            out.close();
            teach(tr("add %1 to %2").arg(name, v), snippets::addFile(spec, name),
                  spec.kind == ObjectKind::TemporaryDirectory
                      ? tr("%1 is inside the directory now: leaving the block removes it too.")
                            .arg(name)
                      : tr("%1 is inside; nothing will remove it unless you do.").arg(name));
            break;
        }
        case Action::OtherProcessReads:
            runReader(row, {});
            break;
        case Action::CheckInUse: {
            o.flushPending();
            const QString holder = inUseText(o.path());
            teach(
                tr("who has %1 open?").arg(v), snippets::inUse(spec),
                tr("Windows: a NamedTemporaryFile with delete_on_close=True is opened with "
                   "O_TEMPORARY, and nobody "
                   "can open it again by name while it is open (PermissionError). Close it first, "
                   "or create it "
                   "with delete=False, close it, hand the path on and remove it yourself.\n"
                   "Linux lets anyone open it; Tempscope's in-use detection sees who holds it: %1. "
                   "A cleanup keeps files that are in use.")
                    .arg(holder));
            break;
        }
        }
    } catch (const TempFileError &e) {
        teach(tr("error"), {}, tr("%1: %2").arg(e.pythonName(), e.message()), true);
    } catch (const std::exception &e) {
        teach(tr("error"), {}, QString::fromLocal8Bit(e.what()), true);
    }
    Q_EMIT objectChanged(row);
    Q_EMIT rootChanged();
    return true;
}

QString PlaygroundSession::inUseText(const QString &path) const
{
#ifdef Q_OS_UNIX
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return tr("the file is gone");
    const native::InUseIndex index = native::InUseIndex::scan();
    if (const native::Holder *h = index.holder(native::posix::fileId(st)))
        return inUseReason(*h);
    return tr("nobody (not open)");
#else
    QFile again(path);
    return again.open(QIODevice::ReadOnly)
               ? tr("it opened again")
               : tr("it could not be opened: %1").arg(again.errorString());
#endif
}

void PlaygroundSession::runReader(int row, const QString &intro)
{
    if (childRunning())
        return;
    const PlaygroundObject &o = *object(row);
    const QString variable = o.variable();
    const QString path = o.path();
    const qint64 buffered = o.buffered();
    const Code code = snippets::otherProcessReads(o.spec());
    auto *child = new QProcess(this);
    m_child = child;
    child->setProgram(childProgram());
    child->setArguments({QStringLiteral("read"), path});
    connect(child, &QProcess::finished, this, [=, this](int exitCode, QProcess::ExitStatus status) {
        const QByteArray out = child->readAllStandardOutput();
        child->deleteLater();
        const qsizetype eol = out.indexOf('\n');
        const QByteArray first = out.left(eol);
        QString why;
        bool surprise = false;
        if (status != QProcess::NormalExit || exitCode != 0 || !first.startsWith("size ")) {
            why = tr("The other process could not read %1: %2")
                      .arg(path, QString::fromLocal8Bit(
                                     first.isEmpty() ? child->readAllStandardError() : first));
            surprise = true;
        } else {
            const QByteArray content = out.mid(eol + 1);
            why = tr("Another process opened %1 and saw %n byte(s): %2.", "",
                     int(first.mid(5).toLongLong()))
                      .arg(QFileInfo(path).fileName(), shownBytes(content));
            if (buffered > 0) {
                why +=
                    u' ' +
                    tr("The last %n byte(s) written are still in %1's buffer inside this process: "
                       "flush() before another process reads.",
                       "", int(buffered))
                        .arg(variable);
                surprise = true;
            }
        }
        teach(tr("another process reads %1").arg(variable), code,
              intro.isEmpty() ? why : intro + u' ' + why, surprise);
    });
    connect(child, &QProcess::errorOccurred, this, [=, this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        child->deleteLater();
        teach(tr("another process reads %1").arg(variable), code,
              tr("The helper program %1 could not start: %2")
                  .arg(child->program(), child->errorString()),
              true);
    });
    child->start();
}

int PlaygroundSession::demoForgotSeek()
{
    const int row = create({.kind = ObjectKind::NamedTemporaryFile,
                            .prefix = QStringLiteral("seek_"),
                            .suffix = QStringLiteral(".txt")});
    if (row < 0)
        return row;
    const QByteArray text("Hello from the pipeline!\n");
    const ObjectSpec spec = object(row)->spec();
    perform(row, Action::Write, text);
    perform(row, Action::ReadNoSeek);
    const Lesson last = m_lesson;
    teach(tr("Pitfall: forgetting seek(0)"),
          chain({snippets::create(spec), snippets::write(spec, text), snippets::readNoSeek(spec)}),
          last.explanation + u'\n' +
              tr("Now press “seek(0) + read” on %1 to see the data.").arg(spec.variable),
          true);
    return row;
}

int PlaygroundSession::demoForgotFlush()
{
    const int row = create({.kind = ObjectKind::NamedTemporaryFile,
                            .prefix = QStringLiteral("flush_"),
                            .suffix = QStringLiteral(".log")});
    if (row < 0)
        return row;
    const QByteArray text("Service started\n");
    perform(row, Action::Write, text);
    runReader(row, tr("Pitfall: forgetting flush(). %1 wrote %2 and handed the path to another "
                      "process without flushing.")
                       .arg(object(row)->variable(), shownBytes(text)));
    return row;
}

int PlaygroundSession::demoReopenRule()
{
    const int row = create({.kind = ObjectKind::NamedTemporaryFile,
                            .prefix = QStringLiteral("reopen_"),
                            .suffix = QStringLiteral(".txt")});
    if (row < 0)
        return row;
    perform(row, Action::Write, QByteArray("Cross-process data\n"));
    perform(row, Action::Flush);
    perform(row, Action::CheckInUse);
    return row;
}

bool PlaygroundSession::demoCrash(int count)
{
    if (childRunning())
        return false;
    const Code code = snippets::crash(m_root, crashPrefix());
    auto *child = new QProcess(this);
    m_child = child;
    child->setProgram(childProgram());
    child->setArguments({QStringLiteral("crash"), m_root, crashPrefix(), QString::number(count)});
    auto orphans = std::make_shared<QStringList>();
    connect(child, &QProcess::readyReadStandardOutput, this, [child, orphans] {
        while (child->canReadLine()) {
            const QString line = QString::fromLocal8Bit(child->readLine()).trimmed();
            if (line.startsWith(QLatin1String("file ")) || line.startsWith(QLatin1String("dir ")))
                orphans->append(line.section(u' ', 1));
            else if (line == QLatin1String("ready"))
                child->kill(); // SIGKILL: no destructor, no atexit, no cleanup
        }
    });
    connect(child, &QProcess::finished, this, [=, this] {
        child->deleteLater();
        QStringList names;
        for (const QString &p : std::as_const(*orphans))
            names << QFileInfo(p).fileName();
        teach(tr("Pitfall: a crash before cleanup"), code,
              tr("The helper made temp files with NamedTemporaryFile and directories with mkdtemp, "
                 "then was "
                 "killed (SIGKILL). No __exit__, no finally ran: %n path(s) stayed behind in the "
                 "playground: %1. "
                 "The inspector lists them in the family %2*. They are new, so a 7-day rule keeps "
                 "them for now; "
                 "with a 0s threshold they are stale and the cleanup wizard removes them.",
                 "", int(orphans->size()))
                  .arg(names.join(QStringLiteral(", ")), crashPrefix()),
              true);
        Q_EMIT rootChanged();
        Q_EMIT crashFinished(*orphans);
    });
    connect(child, &QProcess::errorOccurred, this, [=, this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        child->deleteLater();
        teach(tr("Pitfall: a crash before cleanup"), code,
              tr("The helper program %1 could not start: %2")
                  .arg(child->program(), child->errorString()),
              true);
        Q_EMIT crashFinished({});
    });
    child->start();
    return true;
}

void PlaygroundSession::clear()
{
    if (m_objects.empty())
        return;
    Q_EMIT aboutToClear();
    for (auto it = m_objects.rbegin(); it != m_objects.rend(); ++it) {
        PlaygroundObject &o = **it;
        const QString path = o.path();
        const ObjectKind kind = o.kind();
        const bool keepsFile = kind == ObjectKind::Mkstemp || kind == ObjectKind::Mkdtemp ||
                               (kind == ObjectKind::NamedTemporaryFile && !o.spec().autoDelete) ||
                               (kind == ObjectKind::TemporaryDirectory && !o.spec().autoDelete);
        it->reset(); // RAII: what leaving every block would do
        if (keepsFile && !path.isEmpty()) {
            if (isDirectoryKind(kind))
                QDir(path).removeRecursively();
            else
                QFile::remove(path);
        }
    }
    m_objects.clear();
    m_files = m_dirs = 0;
    Q_EMIT cleared();
    Q_EMIT rootChanged();
}

} // namespace tempscope::gui::playground
