#include "gui/playground/OtherProcess.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

#include <memory>

namespace tempscope::gui::playground {

OtherProcess::OtherProcess(QObject *parent) : QObject(parent) {}

OtherProcess::~OtherProcess()
{
    blockSignals(true); // whoever listens may be going too
    stop();
}

QString OtherProcess::program() const
{
    if (!m_program.isEmpty())
        return m_program;
    const QString name = QStringLiteral("tempscope-playground-child");
    const QString appDir = QCoreApplication::applicationDirPath();
    // findExecutable adds the platform's executable suffix (.exe).
    const QString found = QStandardPaths::findExecutable(
        name, {appDir, appDir + QStringLiteral("/../libexec/tempscope")});
    return found.isEmpty() ? appDir + u'/' + name : QFileInfo(found).absoluteFilePath();
}

bool OtherProcess::running() const
{
    return m_child && m_child->state() != QProcess::NotRunning;
}

void OtherProcess::stop()
{
    if (!m_child)
        return;
    const bool wasRunning = running();
    QProcess *child = m_child;
    m_child = nullptr;
    child->disconnect(this);
    child->kill();
    child->waitForFinished(3000);
    child->deleteLater();
    if (wasRunning)
        Q_EMIT runningChanged(false);
}

QProcess *OtherProcess::start(const QStringList &arguments,
                              std::function<void(const QString &, const QString &)> notStarted)
{
    auto *child = new QProcess(this);
    m_child = child;
    child->setProgram(program());
    child->setArguments(arguments);
    connect(child, &QProcess::stateChanged, this, [this] { Q_EMIT runningChanged(running()); });
    connect(child, &QProcess::errorOccurred, this,
            [child, notStarted](QProcess::ProcessError error) {
                if (error != QProcess::FailedToStart)
                    return;
                child->deleteLater();
                notStarted(child->program(), child->errorString());
            });
    return child;
}

bool OtherProcess::read(const QString &path, std::function<void(const ReaderReport &)> done)
{
    if (running())
        return false;
    QProcess *child =
        start({QStringLiteral("read"), path}, [done](const QString &program, const QString &error) {
            done({.program = program, .error = error});
        });
    connect(
        child, &QProcess::finished, this, [child, done](int exitCode, QProcess::ExitStatus status) {
            const QByteArray out = child->readAllStandardOutput();
            child->deleteLater();
            const qsizetype eol = out.indexOf('\n');
            const QByteArray first = out.left(eol);
            ReaderReport report;
            report.program = child->program();
            report.started = true;
            if (status != QProcess::NormalExit || exitCode != 0 || !first.startsWith("size ")) {
                report.error =
                    QString::fromLocal8Bit(first.isEmpty() ? child->readAllStandardError() : first);
            } else {
                report.ok = true;
                report.size = first.mid(5).toLongLong();
                report.content = out.mid(eol + 1);
            }
            done(report);
        });
    child->start();
    return true;
}

bool OtherProcess::runForLine(const QStringList &arguments, const QString &keyword,
                              std::function<void(const LineReport &)> done,
                              const QProcessEnvironment *environment)
{
    if (running())
        return false;
    QProcess *child = start(arguments, [done](const QString &program, const QString &error) {
        done({.program = program, .error = error});
    });
    if (environment)
        child->setProcessEnvironment(*environment);
    connect(child, &QProcess::finished, this,
            [child, done, keyword](int exitCode, QProcess::ExitStatus status) {
                const QString out = QString::fromLocal8Bit(child->readAllStandardOutput());
                child->deleteLater();
                const QString first = out.section(u'\n', 0, 0);
                LineReport report{.program = child->program(), .started = true};
                if (status == QProcess::NormalExit && exitCode == 0 && first.startsWith(keyword)) {
                    report.ok = true;
                    report.line = first.mid(keyword.size()).trimmed();
                } else {
                    report.error = first.isEmpty()
                                       ? QString::fromLocal8Bit(child->readAllStandardError())
                                       : first;
                }
                done(report);
            });
    child->start();
    return true;
}

bool OtherProcess::gettempdir(const QString &tmpdir, std::function<void(const LineReport &)> done)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TMPDIR"), tmpdir);
    environment.remove(QStringLiteral("TEMP"));
    environment.remove(QStringLiteral("TMP"));
    return runForLine({QStringLiteral("gettempdir")}, QStringLiteral("tempdir"), std::move(done),
                      &environment);
}

bool OtherProcess::plant(const QString &link, const QString &target,
                         std::function<void(const LineReport &)> done)
{
    return runForLine({QStringLiteral("plant"), link, target}, QStringLiteral("planted"),
                      std::move(done));
}

bool OtherProcess::crash(const QString &dir, const QString &prefix, int count,
                         std::function<void(const CrashReport &)> done)
{
    if (running())
        return false;
    QProcess *child = start({QStringLiteral("crash"), dir, prefix, QString::number(count)},
                            [done](const QString &program, const QString &error) {
                                done({.program = program, .error = error});
                            });
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
    connect(child, &QProcess::finished, this, [child, orphans, done] {
        child->deleteLater();
        done({.program = child->program(), .started = true, .orphans = *orphans});
    });
    child->start();
    return true;
}

} // namespace tempscope::gui::playground
