#pragma once
// Runs tempscope-cli as a separate process, as scripts do.

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <sys/time.h>

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
            QProcess::execute(QStringLiteral("rm"),
                              {QStringLiteral("-rf"), QStringLiteral("--"), path()});
    }
};

inline QString cliPath()
{
    const QString fromEnv = qEnvironmentVariable("TEMPSCOPE_CLI");
    return fromEnv.isEmpty() ? QStringLiteral(TEMPSCOPE_CLI) : fromEnv;
}

// Waits for a started process and collects what it printed.
inline CliResult finishedResult(QProcess &p)
{
    if (!p.waitForFinished(300'000))
        p.kill();
    CliResult r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

inline CliResult runCli(const QStringList &args,
                        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProgram(cliPath());
    p.setArguments(args);
    p.start();
    return finishedResult(p);
}

// Runs tempscope-cli with standard output going to a file (/dev/full, say).
inline CliResult runCliTo(const QStringList &args, const QString &stdoutFile,
                          const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProgram(cliPath());
    p.setArguments(args);
    p.setStandardOutputFile(stdoutFile, QIODevice::Append);
    p.start();
    return finishedResult(p);
}

// Whether this process may make a private mount namespace and mount there
// (root with unshare(1)): the tests that need full or read-only file systems.
inline bool canMountPrivately()
{
    if (QStandardPaths::findExecutable(QStringLiteral("unshare")).isEmpty())
        return false;
    return QProcess::execute(QStringLiteral("unshare"),
                             {QStringLiteral("-m"), QStringLiteral("mount"), QStringLiteral("-t"),
                              QStringLiteral("tmpfs"), QStringLiteral("-o"),
                              QStringLiteral("size=64k"), QStringLiteral("tempscope-probe"),
                              QStringLiteral("/mnt")}) == 0;
}

// Runs a sh script in a private mount namespace (mounts made there vanish
// with it), with $CLI set to tempscope-cli. stdout is the script's.
inline CliResult
runInMountNamespace(const QString &script,
                    QProcessEnvironment env = QProcessEnvironment::systemEnvironment())
{
    env.insert(QStringLiteral("CLI"), cliPath());
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProgram(QStringLiteral("unshare"));
    p.setArguments({QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-c"), script});
    p.start();
    return finishedResult(p);
}

// A file of `content` whose atime and mtime are 30 days old; false when it
// cannot be made (check it: QVERIFY(oldFile(...))).
[[nodiscard]] inline bool oldFile(const QString &path, const QByteArray &content = "sentinel")
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size() || !f.flush())
        return false;
    f.close();
    const qint64 then = QDateTime::currentSecsSinceEpoch() - 30 * 86400;
    const struct timeval times[2] = {{then, 0}, {then, 0}};
    return ::utimes(QFile::encodeName(path).constData(), times) == 0;
}
