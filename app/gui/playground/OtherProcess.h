#pragma once
// OtherProcess: "another process" for the playground's demos, the helper
// program tempscope-playground-child (ChildMain.cpp). It reads a file the
// way any other program would see it, or makes temp files and is killed
// (SIGKILL) before it can clean up, like a crashed program.
//
// One run at a time; what it saw arrives in a report through the callback,
// on the GUI thread. Destroying it (or stop()) kills a running child without
// reporting. GUI thread only.

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class QProcess;
class QProcessEnvironment;

namespace tempscope::gui::playground {

// What the other process saw when it opened a file.
struct ReaderReport
{
    QString program = {};    // the helper that ran (or failed to start)
    bool started = false;    // false: it could not start; error says why
    bool ok = false;         // it opened the file and read it
    qint64 size = 0;         // the file's size as it saw it
    QByteArray content = {}; // the first 4 KiB it read
    QString error = {};      // why it did not start, or what it said instead of reading
};

// What the helper said in one line ("tempdir PATH", "planted").
struct LineReport
{
    QString program = {};
    bool started = false;
    bool ok = false;    // it exited 0
    QString line = {};  // its first line of output, without the keyword
    QString error = {}; // why it did not start, or what it said instead
};

// What the crashed helper left behind.
struct CrashReport
{
    QString program = {};
    bool started = false;
    QStringList orphans = {}; // the paths it made and never removed
    QString error = {};       // why it did not start
};

class OtherProcess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OtherProcess)

public:
    explicit OtherProcess(QObject *parent = nullptr);
    ~OtherProcess() override;

    // The helper program; found next to the application or in
    // ../libexec/tempscope by default.
    void setProgram(const QString &path) { m_program = path; }
    QString program() const;
    bool running() const;

    // Has the helper read path; false (and nothing happens) while a run goes on.
    bool read(const QString &path, std::function<void(const ReaderReport &)> done);
    // Has the helper make count NamedTemporaryFiles and count mkdtemp
    // directories named prefix… in dir, then kills it; false while a run goes on.
    bool crash(const QString &dir, const QString &prefix, int count,
               std::function<void(const CrashReport &)> done);
    // Has the helper work out gettempdir() with TMPDIR set to tmpdir in its
    // environment (and TEMP, TMP unset); false while a run goes on.
    bool gettempdir(const QString &tmpdir, std::function<void(const LineReport &)> done);
    // Has the helper write target and link the predictable name link to it,
    // as a rival process would; false while a run goes on.
    bool plant(const QString &link, const QString &target,
               std::function<void(const LineReport &)> done);
    // Kills a running child; its report never comes, runningChanged(false) does.
    void stop();

Q_SIGNALS:
    // A child started or ended (before its report comes).
    void runningChanged(bool running);

private:
    bool runForLine(const QStringList &arguments, const QString &keyword,
                    std::function<void(const LineReport &)> done,
                    const QProcessEnvironment *environment = nullptr);
    // A child for arguments, not started yet; notStarted(program, error) when it fails to.
    QProcess *start(const QStringList &arguments,
                    std::function<void(const QString &, const QString &)> notStarted);

    QString m_program;
    QPointer<QProcess> m_child;
};

} // namespace tempscope::gui::playground
