#include "gui/playground/PlaygroundRoot.h"

#include "gui/playground/PlatformCalls.h"

#include "core/native/Accounts.h"
#include "core/tempfile/TempFileError.h"
#include "core/tempfile/TempFileFunctions.h"

#include <QFileInfo>

namespace tempscope::gui::playground {

namespace {

QString userTag()
{
    QString user = QString::fromStdString(native::userName(native::currentUid()));
    for (QChar &c : user) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_' && c != u'.')
            c = u'_';
    }
    return user.isEmpty() ? QStringLiteral("user") : user;
}

} // namespace

QString PlaygroundRoot::preferredPath()
{
    return tempfile::gettempdir() + QStringLiteral("/tempscope-playground-") + userTag();
}

PlaygroundRoot PlaygroundRoot::ensure()
{
    try {
        const QString preferred = preferredPath();
        if (!QFileInfo::exists(preferred) && !QFileInfo(preferred).isSymLink())
            platform::makePrivateDirectory(preferred);
        if (platform::claimPrivateDirectory(preferred))
            return {QFileInfo(preferred).canonicalFilePath(), {}};
        const QString fresh = tempfile::mkdtemp(
            {.prefix = QFileInfo(preferred).fileName() + u'-', .events = nullptr});
        return {QFileInfo(fresh).canonicalFilePath(), {}};
    } catch (const tempfile::TempFileError &e) {
        return {{}, e.message()};
    }
}

} // namespace tempscope::gui::playground
