#include "gui/playground/PlaygroundSession.h"

#include "gui/playground/OtherProcess.h"
#include "gui/playground/PitfallLessons.h"
#include "gui/playground/PlatformCalls.h"

#include "core/tempfile/TempFileError.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

namespace tempscope::gui::playground {

PlaygroundSession::PlaygroundSession(const QString &root, QObject *parent)
    : QObject(parent), m_root(root), m_events(this), m_other(new OtherProcess(this))
{
    qRegisterMetaType<Lesson>();
    connect(m_other, &OtherProcess::runningChanged, this, &PlaygroundSession::childRunningChanged);
}

PlaygroundSession::~PlaygroundSession()
{
    m_other->stop();
    clear();
    QDir().rmdir(m_root); // only when empty: the crash demo's orphans keep it
}

void PlaygroundSession::setChildProgram(const QString &path)
{
    m_other->setProgram(path);
}

QString PlaygroundSession::childProgram() const
{
    return m_other->program();
}

int PlaygroundSession::rowOf(const QString &variable) const
{
    for (int row = 0; row < count(); ++row) {
        if (object(row)->variable() == variable)
            return row;
    }
    return -1;
}

Code PlaygroundSession::script() const
{
    QList<ObjectSpec> specs;
    QList<Code> programs;
    for (const auto &o : m_objects) {
        specs << o->spec();
        programs << o->program();
    }
    return snippets::session(specs, programs);
}

bool PlaygroundSession::childRunning() const
{
    return m_other->running();
}

bool PlaygroundSession::waitForChild(int timeoutMs)
{
    if (!childRunning())
        return true;
    QEventLoop loop;
    connect(this, &PlaygroundSession::childRunningChanged, &loop, [&loop](bool running) {
        if (!running)
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    QCoreApplication::processEvents(); // the report comes after the child ended
    return !childRunning();
}

void PlaygroundSession::teach(const Lesson &lesson)
{
    m_lesson = lesson;
    Q_EMIT lessonChanged(m_lesson);
}

QString PlaygroundSession::nextVariable(ObjectKind kind)
{
    return isDirectoryKind(kind) ? QStringLiteral("d%1").arg(++m_dirs)
                                 : QStringLiteral("f%1").arg(++m_files);
}

int PlaygroundSession::create(const ObjectSpec &requested)
{
    ObjectSpec spec = normalized(requested);
    if (spec.dir.isEmpty())
        spec.dir = m_root;
    spec.variable = nextVariable(spec.kind);
    std::unique_ptr<PlaygroundObject> object;
    try {
        object = PlaygroundObject::make(spec, &m_events);
    } catch (const tempfile::TempFileError &e) {
        teach(Lessons::notCreated(spec, e));
        return -1;
    }
    const Lesson lesson = Lessons::created(*object);
    const int row = count();
    Q_EMIT aboutToAdd(row);
    m_objects.push_back(std::move(object));
    Q_EMIT added(row);
    teach(lesson);
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
    try {
        switch (action) {
        case Action::OtherProcessReads:
            o.perform(action); // only recorded: the other process does the reading
            runReader(row, {});
            break;
        case Action::CheckInUse:
            o.perform(action);
            teach(PitfallLessons::inUse(o, platform::whoHasOpen(o.path())));
            break;
        default:
            teach(Lessons::performed(o, action, data, o.perform(action, data)));
            break;
        }
    } catch (const tempfile::TempFileError &e) {
        teach(Lessons::failed(e));
    } catch (const std::exception &e) {
        teach(Lessons::failed(e));
    }
    Q_EMIT objectChanged(row);
    Q_EMIT rootChanged();
    return true;
}

void PlaygroundSession::runReader(int row, const QString &intro)
{
    const PlaygroundObject &o = *object(row);
    // The object may change or go before the other process answers.
    const ObjectSpec spec = o.spec();
    const QString path = o.path();
    const qint64 buffered = o.buffered();
    m_other->read(path, [=, this](const ReaderReport &report) {
        teach(PitfallLessons::otherProcessRead(spec, path, buffered, report, intro));
    });
}

int PlaygroundSession::demoForgotSeek()
{
    const int row = create({.kind = ObjectKind::NamedTemporaryFile,
                            .prefix = QStringLiteral("seek_"),
                            .suffix = QStringLiteral(".txt")});
    if (row < 0)
        return row;
    const QByteArray text("Hello from the pipeline!\n");
    perform(row, Action::Write, text);
    perform(row, Action::ReadNoSeek);
    teach(PitfallLessons::forgotSeek(object(row)->spec(), text, m_lesson));
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
    m_objects.at(std::size_t(row))->perform(Action::OtherProcessReads); // recorded: the code
    runReader(row, PitfallLessons::forgotFlushIntro(object(row)->spec(), text));
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
    return m_other->crash(m_root, crashPrefix(), count, [this](const CrashReport &report) {
        teach(PitfallLessons::crash(m_root, crashPrefix(), report));
        if (report.started)
            Q_EMIT rootChanged();
        Q_EMIT crashFinished(report.orphans);
    });
}

void PlaygroundSession::clear()
{
    m_other->stop(); // its report would speak of objects that are gone
    if (m_objects.empty() && m_extraPaths.isEmpty())
        return;
    Q_EMIT aboutToClear();
    for (auto it = m_objects.rbegin(); it != m_objects.rend(); ++it) {
        const QString path = (*it)->path();
        const bool directory = isDirectoryKind((*it)->kind());
        const bool left = (*it)->outlivesItsBlock();
        it->reset(); // RAII: what leaving every block would do
        if (left && !path.isEmpty()) {
            if (directory)
                QDir(path).removeRecursively();
            else
                QFile::remove(path);
        }
    }
    m_objects.clear();
    m_files = m_dirs = 0;
    for (const QString &path : std::as_const(m_extraPaths))
        QFile::remove(path); // a link itself, never what it points to
    m_extraPaths.clear();
    Q_EMIT cleared();
    Q_EMIT rootChanged();
}

} // namespace tempscope::gui::playground
