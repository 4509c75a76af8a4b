#pragma once
// Runs tempscope-cli as a separate process, as scripts do.

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// A temporary directory removed with rm, which (unlike QDir) sees names
// that are not UTF-8.
class TreeDir : public QTemporaryDir
{
public:
    ~TreeDir()
    {
        if (isValid())
            QProcess::execute(QStringLiteral("rm"), {QStringLiteral("-rf"), QStringLiteral("--"), path()});
    }
};

inline QString cliPath()
{
    const QString fromEnv = qEnvironmentVariable("TEMPSCOPE_CLI");
    return fromEnv.isEmpty() ? QStringLiteral(TEMPSCOPE_CLI) : fromEnv;
}

inline CliResult runCli(const QStringList &args,
                        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProgram(cliPath());
    p.setArguments(args);
    p.start();
    if (!p.waitForFinished(300'000))
        p.kill();
    CliResult r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}
