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
// In text mode (spec.text, core's TextMode) str is encoded and newlines
// translated first, and the bytes wait in TextIOWrapper's pending chunk
// (8192 bytes) before they reach that buffer, as CPython's TextIOWrapper does;
// a spool's text goes to its memory at each write (Python's rollover check
// asks tell(), which flushes).
//
// Destroying an object does what leaving its `with` block does (RAII);
// what mkstemp, mkdtemp and delete=False keep stays. GUI thread only.

#include "gui/playground/CodeSnippets.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

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
    WriteWrongType,    // str to a binary file, bytes to a text file: TypeError, nothing written
    RaiseInBlock,      // an exception leaves the block: __exit__ (the destructor) runs
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
    std::optional<QString>
        text;           // ReadBack, ReadNoSeek in text mode: data decoded (nullopt: not UTF-8)
    QString typeError;  // WriteWrongType: Python's TypeError message
    QString raised;     // RaiseInBlock: the exception that left the block
    int namesTried = 0; // make(): names mkstemp tried (more than 1: collisions)
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
    qint64 buffered() const { return m_pending.size() + m_textPending.size(); }
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

    // The code of every action done so far, in order: inside the block, and
    // after it ended (Python's `with`, C++'s scope); snippets::program() of them
    // runs what the playground did.
    const QList<Code> &steps() const { return m_steps; }
    const QList<Code> &stepsAfterBlock() const { return m_after; }
    Code program() const { return snippets::program(m_spec, m_steps, m_after); }
    // How many names mkstemp tried when it was made (spec.firstNames forces collisions).
    int namesTried() const { return m_namesTried; }

    bool can(Action action) const;
    // Does action (can() must allow it). Throws TempFileError or
    // std::runtime_error when the OS refuses.
    Outcome perform(Action action, const QByteArray &data = {});

private:
    explicit PlaygroundObject(ObjectSpec spec);
    QIODevice *device() const;
    QString flushPending(); // error text or empty
    Outcome act(Action action, const QByteArray &data);
    Outcome write(const QByteArray &data);
    Outcome close();
    Outcome leaveScope();
    Outcome raiseInBlock();
    void record(Action action, const QByteArray &data, const Outcome &outcome, bool wasInScope);
    // Python's write path for bytes: BufferedWriter (st_blksize), then the OS.
    bool bufferedWrite(const QByteArray &bytes, Outcome &out);

    ObjectSpec m_spec;
    QString m_createdDetail;
    std::unique_ptr<tempfile::TemporaryFile> m_temporary;
    std::unique_ptr<tempfile::NamedTemporaryFile> m_named;
    std::unique_ptr<tempfile::SpooledTemporaryFile> m_spooled;
    std::unique_ptr<tempfile::TemporaryDirectory> m_directory;
    std::unique_ptr<QIODevice> m_raw; // mkstemp's descriptor
    QString m_path;                   // mkstemp/mkdtemp
    QByteArray m_pending;
    QByteArray m_textPending; // text mode: TextIOWrapper's pending bytes (8192-byte chunks)
    QList<Code> m_steps;
    QList<Code> m_after;
    int m_namesTried = 0;
    qint64 m_bufferSize = 0;
    qint64 m_rolledAt = -1;
    int m_filesAdded = 0;
    bool m_closed = false;
    bool m_inScope = true;
};

} // namespace tempscope::gui::playground
