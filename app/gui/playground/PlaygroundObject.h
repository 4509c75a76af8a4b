#pragma once
// PlaygroundObject: one live temp object of the playground, made with the
// real core/tempfile class its kind names, and the actions a program does on
// it. It reports facts (an Outcome per action) and says nothing about them:
// Lessons.h turns them into words.
//
// Python's file objects buffer writes (io.BufferedRandom, as large as the
// file's st_blksize: platform::pythonBufferSize()); the core devices are
// unbuffered. So that "forgot to flush" is real here, each file object keeps
// Python's write buffer as CPython's BufferedWriter does: a write that fits
// stays in it; one that does not first hands the buffer to the OS, then goes
// to the OS itself when larger than the buffer, else waits in it. flush(),
// seek(), read() and close() hand the buffer to the OS, as Python does.
//
// Destroying an object does what leaving its `with` block does (RAII);
// what mkstemp, mkdtemp and delete=False keep stays. GUI thread only.

#include "gui/playground/CodeSnippets.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QIODevice;

namespace tempscope::tempfile {
class NamedTemporaryFile;
class SpooledTemporaryFile;
class TempFileEventHub;
class TemporaryDirectory;
class TemporaryFile;
} // namespace tempscope::tempfile

namespace tempscope::gui::playground {

enum class Action {
    Write,
    ReadBack,   // seek(0) + read()
    ReadNoSeek, // read() at the current position
    Flush,
    Close,
    LeaveScope,
    RemoveByHand,
    AddFile,
    OtherProcessReads, // the session's: PlaygroundObject::perform() does nothing
    CheckInUse,        // the session's: perform() only flushes Python's buffer
};

// What one action did; which fields are set depends on the action.
struct Outcome
{
    QByteArray data;      // ReadBack, ReadNoSeek: what came back
    qint64 position = -1; // ReadNoSeek: where the read started; Write: the spool's position after
    qint64 buffered = 0;  // Write: bytes in Python's buffer after the write
    qint64 flushed = 0;   // Flush: bytes Python's buffer handed to the OS
    bool bufferFilled = false; // Write: it did not fit in the buffer, so data went to the OS
    bool rolledNow = false;    // Write: this write rolled the spool over
    bool wasRolled = false;    // Close: the spool had rolled over before
    bool wasClosed = false;    // LeaveScope: closed before the block ended
    bool existed = false;      // LeaveScope: the path existed when the block ended
    QString added;             // AddFile: the new file's name
};

class PlaygroundObject
{
public:
    // Makes the object spec describes in spec.dir (absolute); the core classes
    // report to events. Throws TempFileError as Python would raise.
    static std::unique_ptr<PlaygroundObject> make(const ObjectSpec &spec,
                                                  tempfile::TempFileEventHub *events);
    ~PlaygroundObject();
    Q_DISABLE_COPY_MOVE(PlaygroundObject)

    const ObjectSpec &spec() const { return m_spec; }
    ObjectKind kind() const { return m_spec.kind; }
    const QString &variable() const { return m_spec.variable; }
    // The detail of the "created" event: flags and mode.
    const QString &createdDetail() const { return m_createdDetail; }
    // The TemporaryFile, for its method and name; null for other kinds.
    const tempfile::TemporaryFile *temporaryFile() const { return m_temporary.get(); }

    enum class State { Open, Closed, RolledOver, Removed };
    State state() const;
    bool closed() const { return m_closed; }
    bool inScope() const { return m_inScope; }
    // The path in the file system; empty for TemporaryFile and an unrolled spool.
    QString path() const;
    bool exists() const;
    int fd() const;      // -1 when none
    int mode() const;    // permission bits, -1 when unknown
    qint64 size() const; // bytes the OS has (memory for an unrolled spool)
    qint64 buffered() const { return m_pending.size(); }
    // The size of Python's write buffer for this file (0: no buffer).
    qint64 bufferSize() const { return m_bufferSize; }
    int filesAdded() const { return m_filesAdded; }
    // Spool facts.
    bool rolledOver() const;
    qint64 rolledAt() const { return m_rolledAt; }
    qint64 memoryBytes() const;
    // What leaving the block leaves behind for someone to remove: mkstemp,
    // mkdtemp, delete=False.
    bool outlivesItsBlock() const;

    bool can(Action action) const;
    // Does action (can() must allow it). Throws TempFileError or
    // std::runtime_error when the OS refuses.
    Outcome perform(Action action, const QByteArray &data = {});

private:
    explicit PlaygroundObject(ObjectSpec spec);
    QIODevice *device() const;
    QString flushPending(); // error text or empty
    Outcome write(const QByteArray &data);
    Outcome close();
    Outcome leaveScope();

    ObjectSpec m_spec;
    QString m_createdDetail;
    std::unique_ptr<tempfile::TemporaryFile> m_temporary;
    std::unique_ptr<tempfile::NamedTemporaryFile> m_named;
    std::unique_ptr<tempfile::SpooledTemporaryFile> m_spooled;
    std::unique_ptr<tempfile::TemporaryDirectory> m_directory;
    std::unique_ptr<QIODevice> m_raw; // mkstemp's descriptor
    QString m_path;                   // mkstemp/mkdtemp
    QByteArray m_pending;
    qint64 m_bufferSize = 0;
    qint64 m_rolledAt = -1;
    int m_filesAdded = 0;
    bool m_closed = false;
    bool m_inScope = true;
};

} // namespace tempscope::gui::playground
