#include "gui/AgeBasisHelp.h"

#include <QCoreApplication>

namespace tempscope::gui {

QString ageBasisHelp(AgeBasis basis)
{
    switch (basis) {
    case AgeBasis::Newest:
        return QCoreApplication::translate(
            "AgeBasisHelp", "newest: the latest of mtime, atime and ctime, the safest choice");
    case AgeBasis::Mtime:
        return QCoreApplication::translate("AgeBasisHelp",
                                           "mtime: when the contents were last written");
    case AgeBasis::Atime:
        return QCoreApplication::translate(
            "AgeBasisHelp", "atime: when it was last read (often updated at most once a day)");
    case AgeBasis::Ctime:
        return QCoreApplication::translate(
            "AgeBasisHelp", "ctime: when its contents, owner, permissions or name last changed");
    }
    return {};
}

} // namespace tempscope::gui
