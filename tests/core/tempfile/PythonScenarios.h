#pragma once
// The scenarios PythonComparisonTest runs twice on the same directory: once
// as a Python snippet (/usr/bin/python3), once with core/tempfile. Both
// report the same observations as a JSON object: visible in the listing or
// not, mode bits, survives close or not, rolled over or not, error names.

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace tempscope::tempfile::test {

struct PythonScenario
{
    QString name;
    // Body of a Python function: `d` is the directory, `out` the dict to fill;
    // helpers: listing(), mode(path), isabs(path).
    QString python;
    std::function<QJsonObject(const QString &dir)> cpp;
    int minPythonMinor = 0; // 12: needs Python 3.12 (delete_on_close, delete=False dirs)
};

QList<PythonScenario> pythonScenarios();
void appendSpooledScenarios(QList<PythonScenario> &list); // PythonSpooledScenarios.cpp

} // namespace tempscope::tempfile::test
