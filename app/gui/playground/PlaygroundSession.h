#pragma once
// PlaygroundSession: the live temp-file objects of the playground and the
// actions on them, done with the real core/tempfile classes in the
// playground's scratch root. Every action answers with a Lesson: the
// equivalent Python and C++ and what happened and why.
//
// Python's file objects buffer writes (io.BufferedRandom, 8 KiB); the core
// devices are unbuffered. So that "forgot to flush" is real here, each file
// object keeps Python's write buffer: write() fills it, flush(), seek(),
// read() and close() hand it to the OS, as Python does.
//
// Owns every object and the "other process" (tempscope-playground-child).
// Destroying the session cleans up everything it made, like the end of the
// program's `with` blocks, and removes the root when nothing else is in it;
// the crash demo's orphans stay for the inspector and the cleanup wizard.
// GUI thread only.

#include "core/tempfile/TempFileEvent.h"
#include "gui/playground/CodeSnippets.h"

#include <QObject>
#include <QPointer>
#include <QProcess>

#include <memory>
#include <vector>

namespace tempscope::tempfile {
class NamedTemporaryFile;
class SpooledTemporaryFile;
class TemporaryDirectory;
class TemporaryFile;
} // namespace tempscope::tempfile

namespace tempscope::gui::playground {

struct Lesson
{
    QString title; // "f1.read()"
    Code code;
    QString explanation;   // what happened and why, for people
    bool surprise = false; // a pitfall just bit: the window highlights it
};

enum class Action {
    Write,
    ReadBack,   // seek(0) + read()
    ReadNoSeek, // read() at the current position
    Flush,
    Close,
    LeaveScope,
    RemoveByHand,
    AddFile,
    OtherProcessReads,
    CheckInUse,
};

class PlaygroundObject
{
public:
    explicit PlaygroundObject(ObjectSpec spec);
    ~PlaygroundObject();
    Q_DISABLE_COPY_MOVE(PlaygroundObject)

    const ObjectSpec &spec() const { return m_spec; }
    ObjectKind kind() const { return m_spec.kind; }
    const QString &variable() const { return m_spec.variable; }

    enum class State { Open, Closed, RolledOver, Removed };
    State state() const;
    QString stateText() const;
    bool inScope() const { return m_inScope; }
    // The path in the file system; empty for TemporaryFile and an unrolled spool.
    QString path() const;
    bool exists() const;
    int fd() const;      // -1 when none
    int mode() const;    // permission bits, -1 when unknown
    qint64 size() const; // bytes the OS has (memory for an unrolled spool)
    qint64 buffered() const { return m_pending.size(); }
    // Spool facts.
    bool rolledOver() const;
    qint64 rolledAt() const { return m_rolledAt; }
    qint64 memoryBytes() const;

    bool can(Action action) const;

private:
    friend class PlaygroundSession;
    QIODevice *device() const;
    QString flushPending(); // error text or empty

    ObjectSpec m_spec;
    std::unique_ptr<tempfile::TemporaryFile> m_temporary;
    std::unique_ptr<tempfile::NamedTemporaryFile> m_named;
    std::unique_ptr<tempfile::SpooledTemporaryFile> m_spooled;
    std::unique_ptr<tempfile::TemporaryDirectory> m_directory;
    std::unique_ptr<QIODevice> m_raw; // mkstemp's descriptor
    QString m_path;                   // mkstemp/mkdtemp
    QByteArray m_pending;
    qint64 m_rolledAt = -1;
    int m_filesAdded = 0;
    bool m_closed = false;
    bool m_inScope = true;
};

class PlaygroundSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaygroundSession)

public:
    // root: an existing directory the session may fill (PlaygroundRoot).
    explicit PlaygroundSession(const QString &root, QObject *parent = nullptr);
    ~PlaygroundSession() override;

    const QString &root() const { return m_root; }
    tempfile::TempFileEventHub *events() { return &m_events; }

    // The helper program; found next to the application or in
    // ../libexec/tempscope by default.
    void setChildProgram(const QString &path) { m_childProgram = path; }
    QString childProgram() const;

    int count() const { return int(m_objects.size()); }
    const PlaygroundObject *object(int row) const { return m_objects.at(std::size_t(row)).get(); }
    int rowOf(const QString &variable) const;
    const Lesson &lastLesson() const { return m_lesson; }
    bool childRunning() const;

    // Returns the new row, or -1 (the lesson says why).
    int create(const ObjectSpec &spec);
    bool perform(int row, Action action, const QByteArray &data = {});

    // Pitfall demos: each makes its own object and shows the trap.
    int demoForgotSeek();
    int demoForgotFlush(); // finishes asynchronously (lessonChanged)
    int demoReopenRule();
    bool demoCrash(int count = 2); // asynchronous: crashFinished()

    // Destroys every object (leaving all scopes) and lists the root again.
    void clear();

    static QString crashPrefix() { return QStringLiteral("crashed-job_"); }

Q_SIGNALS:
    void aboutToAdd(int row);
    void added(int row);
    void objectChanged(int row);
    void aboutToClear();
    void cleared();
    void lessonChanged(const tempscope::gui::playground::Lesson &lesson);
    // Something in the root changed: the inspector should list it again.
    void rootChanged();
    // The crash demo's child was killed; orphans: the paths it left.
    void crashFinished(const QStringList &orphans);

private:
    void teach(const QString &title, const Code &code, const QString &explanation,
               bool surprise = false);
    QString nextVariable(ObjectKind kind);
    void runReader(int row, const QString &intro);
    QString inUseText(const QString &path) const;

    QString m_root;
    tempfile::TempFileEventHub m_events;
    std::vector<std::unique_ptr<PlaygroundObject>> m_objects;
    Lesson m_lesson;
    QString m_childProgram;
    QPointer<QProcess> m_child;
    int m_files = 0;
    int m_dirs = 0;
};

} // namespace tempscope::gui::playground

Q_DECLARE_METATYPE(tempscope::gui::playground::Lesson)
