// Python's tempfile and core/tempfile side by side: every scenario of
// PythonScenarios runs as a Python snippet and as C++ in the same (emptied)
// directory, and both must report the same observations. The table is
// printed with qInfo so a run shows what was compared.
//
// The machine's Python decides what can be compared: 3.11 has no
// delete_on_close and still raises when a NamedTemporaryFile was removed by
// hand, so those scenarios (marked 3.12) are skipped on 3.11 and covered by
// TempfileClassesTest alone.

#include "PythonScenarios.h"

#include "core/tempfile/OsFile.h"

#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using tempscope::tempfile::test::PythonScenario;
using tempscope::tempfile::test::pythonScenarios;

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");

const QString kPrelude = QStringLiteral(R"(
import json, os, re, stat, sys, tempfile
d = sys.argv[1]
def listing(): return sorted(os.listdir(d))
def mode(p): return oct(stat.S_IMODE(os.lstat(p).st_mode))
def isabs(p): return os.path.isabs(p) and os.path.normpath(p) == p
out = {}
def scenario():
%1
scenario()
print(json.dumps(out))
)");

// The scenarios leave 0o500 and 0o000 directories behind (and a failing one
// may leave more), which QDir::removeRecursively cannot remove.
void emptyDirectory(const QString &dir)
{
    tempscope::tempfile::os::removeTree(dir, true);
    QDir().mkpath(dir);
}

} // namespace

class PythonComparisonTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameObservations_data();
    void sameObservations();
    void cleanupTestCase();

private:
    QJsonObject runPython(const QString &body, const QString &dir);

    int m_pythonMinor = 0;
    QTemporaryDir m_scratch;
};

void PythonComparisonTest::initTestCase()
{
#ifdef Q_OS_WIN
    QSKIP("the snippets are POSIX (modes, symlinks)");
#endif
    QVERIFY2(QFileInfo::exists(kPython), "python3 is part of the test setup (.ci/setup)");
    QProcess process;
    process.start(kPython,
                  {QStringLiteral("-c"), QStringLiteral("import sys; print(sys.version_info[1])")});
    QVERIFY(process.waitForFinished(60000));
    bool ok = false;
    m_pythonMinor = process.readAllStandardOutput().trimmed().toInt(&ok);
    QVERIFY(ok);
    qInfo("comparing with Python 3.%d", m_pythonMinor);
}

QJsonObject PythonComparisonTest::runPython(const QString &body, const QString &dir)
{
    QProcess process;
    process.start(kPython, {QStringLiteral("-c"), kPrelude.arg(body), dir});
    if (!process.waitForFinished(120000))
        return {{QStringLiteral("python"), QStringLiteral("did not finish")}};
    const QByteArray output = process.readAllStandardOutput();
    const QJsonDocument document = QJsonDocument::fromJson(output);
    if (process.exitCode() != 0 || !document.isObject()) {
        return {{QStringLiteral("python failed"),
                 QString::fromUtf8(output + process.readAllStandardError())}};
    }
    return document.object();
}

void PythonComparisonTest::sameObservations_data()
{
    QTest::addColumn<int>("index");
    const QList<PythonScenario> scenarios = pythonScenarios();
    for (qsizetype i = 0; i < scenarios.size(); ++i)
        QTest::newRow(qPrintable(scenarios[i].name)) << int(i);
}

void PythonComparisonTest::sameObservations()
{
    QFETCH(int, index);
    const PythonScenario scenario = pythonScenarios().at(index);
    if (m_pythonMinor < scenario.minPythonMinor)
        QSKIP("needs Python 3.12 or later; TempfileClassesTest covers the C++ side");

    const QString dir = m_scratch.filePath(QStringLiteral("shared"));
    emptyDirectory(dir);
    const mode_t umask = ::umask(022); // both sides start from the same umask
    const QJsonObject python = runPython(scenario.python, dir);
    emptyDirectory(dir);
    const QJsonObject cpp = scenario.cpp(dir);
    ::umask(umask);
    emptyDirectory(dir);

    const QByteArray pythonText = QJsonDocument(python).toJson(QJsonDocument::Compact);
    const QByteArray cppText = QJsonDocument(cpp).toJson(QJsonDocument::Compact);
    qInfo("python: %s", pythonText.constData());
    qInfo("c++:    %s", cppText.constData());
    QVERIFY2(!python.isEmpty(), "the snippet observed nothing");
    QCOMPARE(cppText, pythonText);
}

void PythonComparisonTest::cleanupTestCase()
{
    tempscope::tempfile::os::removeTree(m_scratch.filePath(QStringLiteral("shared")), true);
}

QTEST_GUILESS_MAIN(PythonComparisonTest)
#include "PythonComparisonTest.moc"
