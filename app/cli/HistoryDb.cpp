#include "cli/HistoryDb.h"

#include "cli/CommandLine.h"
#include "core/history/HistoryPath.h"
#include "core/inventory/PathText.h"

#include <QDir>
#include <QFileInfo>

namespace tempscope::cli {

QCommandLineOption historyDbOption()
{
    return {QStringLiteral("db"),
            QStringLiteral("The history database (default: history.sqlite in Tempscope's data "
                           "directory; tempscope-cli where --json names it as history_db)."),
            QStringLiteral("PATH")};
}

QString historyDbPath(const CommandLine &cmd, bool forWriting, QString *error)
{
    if (cmd.isSet(u"db")) {
        const QString path = cmd.value(u"db");
        if (path.isEmpty())
            *error = QStringLiteral("--db needs a path");
        return path;
    }
    const QString path = defaultHistoryPath();
    if (path.isEmpty()) {
        *error = QStringLiteral("there is no data directory for the history database (give --db)");
        return path;
    }
    const QString dir = QFileInfo(path).absolutePath();
    if (forWriting && !QFileInfo(dir).isDir() && !QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create the directory %1 for the history database")
                     .arg(printablePath(nativePath(dir)));
        return QString();
    }
    return path;
}

} // namespace tempscope::cli
