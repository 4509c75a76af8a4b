#pragma once
// PlaygroundSession: the playground's live temp objects (PlaygroundObject)
// and the steps a learner takes on them, made with the real core/tempfile
// classes in the playground's scratch root. Every step answers with a Lesson
// (Lessons.h): the equivalent Python and C++ and what happened and why.
//
// Coordinates: the objects do the file work, Lessons finds the words,
// OtherProcess plays "another process" (tempscope-playground-child) and
// platform::whoHasOpen() asks who holds a file open.
//
// Owns every object and the other process. Destroying the session cleans up
// everything it made, like the end of the program's `with` blocks, and
// removes the root when nothing else is in it; the crash demo's orphans stay
// for the inspector and the cleanup wizard. GUI thread only.

#include "core/tempfile/TempFileEvent.h"
#include "gui/playground/Lessons.h"
#include "gui/playground/PlaygroundObject.h"

#include <QObject>

#include <memory>
#include <vector>

namespace tempscope::gui::playground {

class OtherProcess;

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
    void setChildProgram(const QString &path);
    QString childProgram() const;

    int count() const { return int(m_objects.size()); }
    const PlaygroundObject *object(int row) const { return m_objects.at(std::size_t(row)).get(); }
    int rowOf(const QString &variable) const;
    const Lesson &lastLesson() const { return m_lesson; }
    // Everything done so far as one Python script and one C++ function
    // (snippets::session()); it changes with every step.
    Code script() const;
    bool childRunning() const;
    // Runs the event loop until the other process has answered (at most
    // timeoutMs); false when it still runs.
    bool waitForChild(int timeoutMs = 10'000);

    // Returns the new row, or -1 (the lesson says why).
    int create(const ObjectSpec &spec);
    bool perform(int row, Action action, const QByteArray &data = {});

    // Pitfall demos: each makes its own object and shows the trap.
    int demoForgotSeek();
    int demoForgotFlush(); // finishes asynchronously (lessonChanged)
    int demoReopenRule();
    bool demoCrash(int count = 2); // asynchronous: crashFinished()

    // The tutorials' recipes (PlaygroundRecipes.cpp): each makes its own
    // objects, does what the recipe does and teaches it as one program.
    // Those with the other process return -1 (and do nothing) while it runs;
    // their lesson comes when it has answered.
    int demoTextMode();         // str vs bytes, newlines, the TypeError
    int demoHandOff();          // delete=False, close, another tool reads, finally remove
    int demoExceptionInBlock(); // the block ends by an exception: still cleaned up
    int demoLowLevel();         // mkstemp + os.fdopen and mkdtemp, each in try/finally
    int demoNamingRace();       // a guessable name taken first, mkstemp's O_EXCL retry
    int demoGettempdir();       // the other process with TMPDIR set
    int demoSpoolName();        // a BytesIO until it rolls over; its name then

    // Stops the other process (its report never comes), destroys every object
    // (leaving all scopes) and lists the root again.
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
    // The other process started or ended: the actions that need it wait while it runs.
    void childRunningChanged(bool running);

private:
    void teach(const Lesson &lesson);
    void naiveOpenAfterRace(const QString &predictable, const QString &victim,
                            const QString &planted);
    QString nextVariable(ObjectKind kind);
    void runReader(int row, const QString &intro);

    QString m_root;
    tempfile::TempFileEventHub m_events;
    std::vector<std::unique_ptr<PlaygroundObject>> m_objects;
    Lesson m_lesson;
    OtherProcess *m_other;
    int m_files = 0;
    int m_dirs = 0;
    QStringList m_extraPaths; // what the recipes made outside any object; clear() removes it
};

} // namespace tempscope::gui::playground
