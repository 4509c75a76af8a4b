#include "core/history/HistoryPath.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace tempscope {

QString defaultHistoryPath()
{
    // AppDataLocation follows the running program's names; answer for the
    // shared ones, then put the program's back.
    const QString app = QCoreApplication::applicationName();
    const QString org = QCoreApplication::organizationName();
    QCoreApplication::setApplicationName(QStringLiteral("tempscope"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tempscope"));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCoreApplication::setApplicationName(app);
    QCoreApplication::setOrganizationName(org);
    if (dir.isEmpty())
        return QString();
    return QDir(dir).filePath(QStringLiteral("history.sqlite"));
}

} // namespace tempscope
