#pragma once
// What the snippet tests share: running a Python program the playground
// shows with /usr/bin/python3, and compiling the C++ it shows against core
// with the build's compiler (syntax only).

#include "gui/playground/PlaygroundSession.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace snippet_runner {

inline const QString kPython = QStringLiteral("/usr/bin/python3");

struct Run
{
    bool ok = false;
    QString output; // stdout and stderr
};

// Runs python as the program file dir/name; ok when it exits 0.
inline Run runPython(const QTemporaryDir &dir, const QString &name, const QString &python)
{
    const QString file = dir.filePath(name);
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(python.toUtf8()) < 0)
        return {false, out.errorString()};
    out.close();
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(kPython, {file});
    if (!p.waitForFinished(60'000))
        return {false, QStringLiteral("did not finish: ") + p.errorString()};
    return {p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
            QString::fromUtf8(p.readAll())};
}

// The installed Python's version ("3.11.2") and whether it is 3.12 or newer;
// an empty version when it does not run.
struct PythonVersion
{
    QString version;
    bool atLeast312 = false;
};

inline PythonVersion pythonVersion(const QTemporaryDir &dir)
{
    const Run run = runPython(dir, QStringLiteral("version.py"),
                              QStringLiteral("import sys\nprint('%d.%d.%d' % sys.version_info[:3], "
                                             "sys.version_info >= (3, 12))"));
    if (!run.ok)
        return {};
    return {run.output.section(u' ', 0, 0), run.output.trimmed().endsWith(QStringLiteral("True"))};
}

// Whether python is marked as needing Python 3.12+.
inline bool needs312(const QString &python)
{
    return python.contains(QStringLiteral("Python 3.12+"));
}

// Compiles unit (a C++ file's text) with the build's compiler and core's
// include directories (listed one a line in includesFile); the compiler's
// words when it fails, empty when it compiled.
inline QString compileErrors(const QTemporaryDir &dir, const QString &compilerPath,
                             const QString &includesFile, const QString &unit)
{
    QFile includes(includesFile);
    if (!includes.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read ") + includesFile;
    QStringList arguments = {QStringLiteral("-std=c++20"), QStringLiteral("-fsyntax-only"),
                             QStringLiteral("-fPIC"), QStringLiteral("-Wno-unused-result")};
    for (const QByteArray &line : includes.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            arguments << QStringLiteral("-I") + QString::fromUtf8(line.trimmed());
    }
    const QString file = dir.filePath(QStringLiteral("snippets-%1.cpp").arg(qHash(unit)));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(unit.toUtf8()) < 0)
        return out.errorString();
    out.close();
    QProcess cc;
    cc.setProcessChannelMode(QProcess::MergedChannels);
    cc.start(compilerPath, arguments << file);
    if (!cc.waitForFinished(180'000))
        return QStringLiteral("the compiler did not finish");
    return cc.exitCode() == 0 ? QString() : QString::fromUtf8(cc.readAll()).left(3000);
}

// The headers every C++ snippet may use.
inline QString cppPrelude()
{
    return QStringLiteral(
        "#include \"core/native/Remover.h\"\n#include \"core/tempfile/NamedTemporaryFile.h\"\n"
        "#include \"core/tempfile/SpooledTemporaryFile.h\"\n"
        "#include \"core/tempfile/TempFileFunctions.h\"\n"
        "#include \"core/tempfile/TemporaryDirectory.h\"\n"
        "#include \"core/tempfile/TemporaryFile.h\"\n"
        "#include \"core/tempfile/TextMode.h\"\n"
        "#include <QCoreApplication>\n#include <QDebug>\n#include <QDir>\n#include <QFile>\n"
        "#include <QProcess>\n#include <QProcessEnvironment>\n#include <QScopeGuard>\n"
        "#include <csignal>\n#include <optional>\n#include <stdexcept>\n"
        "#include <sys/stat.h>\n#include <unistd.h>\n#include <cstdint>\n"
        "using namespace Qt::StringLiterals;\n");
}

// The fixture both snippet tests share: a scratch directory, the installed
// Python's version and a fresh session (with the helper program) per test.
class SnippetTestBase : public QObject
{
    Q_OBJECT

protected:
    QTemporaryDir m_tmp;
    std::unique_ptr<tempscope::gui::playground::PlaygroundSession> m_session;
    QString m_pythonVersion; // "3.11.2"
    bool m_python312 = false;

    tempscope::gui::playground::PlaygroundSession &session() { return *m_session; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        if (!QFileInfo(kPython).isExecutable())
            QSKIP("no /usr/bin/python3");
        const PythonVersion version = pythonVersion(m_tmp);
        QVERIFY2(!version.version.isEmpty(), "python3 does not run");
        m_pythonVersion = version.version;
        m_python312 = version.atLeast312;
    }

    void init()
    {
        const QString root = m_tmp.filePath(QStringLiteral("root"));
        QVERIFY(QDir().mkpath(root));
        m_session = std::make_unique<tempscope::gui::playground::PlaygroundSession>(root);
        m_session->setChildProgram(QStringLiteral(TEMPSCOPE_PLAYGROUND_CHILD));
    }

    void cleanup() { m_session.reset(); }
};

} // namespace snippet_runner
