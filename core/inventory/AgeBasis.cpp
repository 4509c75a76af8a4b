#include "core/inventory/AgeBasis.h"

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

} // namespace tempscope
