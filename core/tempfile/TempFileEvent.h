#pragma once
// What the tempfile objects report while they live, for the playground and
// the logs: created, written, rolled over, closed, removed, failed.
//
// Design: every object reports to a TempFileEventHub, a plain QObject with one
// signal. By default that is the process-wide TempFileEventHub::global(); an
// options struct can name another hub (a test's, a playground session's) or
// nullptr for none. The signal is emitted on the thread that used the object;
// connect with Qt::QueuedConnection (TempFileEvent is a registered metatype)
// to receive it on the GUI thread. Emitting never throws and never blocks on
// I/O, so destructors can report.

#include <QMetaType>
#include <QObject>
#include <QString>

namespace tempscope::tempfile {

struct TempFileEvent
{
    enum class Kind {
        Created,    // path made (or unnamed file opened); detail: flags and mode
        Written,    // bytes written; position is where the write ended
        RolledOver, // a SpooledTemporaryFile moved from memory to a TemporaryFile
        Closed,     // the handle was closed
        Removed,    // the path is gone from the file system
        Failed,     // an error a destructor could not throw; detail holds it
    };

    Kind kind = Kind::Created;
    QString source;        // "mkstemp", "NamedTemporaryFile", ...
    quintptr objectId = 0; // the object's address: ties events of one object together
    QString path;          // empty for an unnamed file (O_TMPFILE, spooled in memory)
    qint64 bytes = -1;     // Written: bytes; RolledOver: bytes copied; else -1
    qint64 position = -1;  // Written/RolledOver: position after the operation
    QString detail;

    // An event of `source`; object (its address ties the events of one object
    // together) may be null for the functions.
    static TempFileEvent of(Kind kind, const QString &source, const void *object,
                            const QString &path = {}, const QString &detail = {}, qint64 bytes = -1,
                            qint64 position = -1);
    static QString kindName(Kind kind); // "created", "written", ...
    QString toString() const;           // one log line
};

class TempFileEventHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TempFileEventHub)

public:
    explicit TempFileEventHub(QObject *parent = nullptr);

    // The default hub of every tempfile object; lives until the process exits.
    static TempFileEventHub *global();

    // Thread-safe: only emits.
    void report(const TempFileEvent &event);

Q_SIGNALS:
    void eventReported(const tempscope::tempfile::TempFileEvent &event);
};

} // namespace tempscope::tempfile

Q_DECLARE_METATYPE(tempscope::tempfile::TempFileEvent)
