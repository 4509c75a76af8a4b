#include "core/inventory/AgeBasis.h"

#include <algorithm>

namespace tempscope {

QString ageBasisName(AgeBasis basis)
{
    switch (basis) {
    case AgeBasis::Newest:
        return QStringLiteral("newest");
    case AgeBasis::Mtime:
        return QStringLiteral("mtime");
    case AgeBasis::Atime:
        return QStringLiteral("atime");
    case AgeBasis::Ctime:
        return QStringLiteral("ctime");
    }
    return {};
}

std::optional<AgeBasis> parseAgeBasis(QStringView text)
{
    for (AgeBasis b : AllAgeBases) {
        if (text == ageBasisName(b))
            return b;
    }
    return std::nullopt;
}

native::TimeNs timestampOf(const native::Entry &e, AgeBasis basis)
{
    switch (basis) {
    case AgeBasis::Mtime:
        return e.mtime;
    case AgeBasis::Atime:
        return e.atime;
    case AgeBasis::Ctime:
        return e.ctime;
    case AgeBasis::Newest:
        break;
    }
    if (e.isDir())
        return e.mtime;
    return std::max({e.atime, e.mtime, e.ctime});
}

} // namespace tempscope
