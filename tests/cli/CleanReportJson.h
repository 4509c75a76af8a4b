#pragma once
// Reading `tempscope-cli clean --json` reports in tests.

#include <QDebug>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

inline QJsonObject parse(const QByteArray &json)
{
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(json, &e);
    if (e.error != QJsonParseError::NoError)
        qWarning() << "bad JSON:" << e.errorString() << json.left(400);
    return d.object();
}

// The paths of the results with this action, sorted.
inline QStringList pathsWith(const QJsonObject &report, const QString &action)
{
    QStringList out;
    for (const QJsonValue &v : report.value(QStringLiteral("results")).toArray()) {
        if (v.toObject().value(QStringLiteral("action")).toString() == action)
            out << v.toObject().value(QStringLiteral("path")).toString();
    }
    out.sort();
    return out;
}
