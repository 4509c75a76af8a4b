#pragma once
// Which timestamp an age is measured from: native::TimeBasis (see
// core/native/FileTypes.h for the rule), with its names for the CLI, the
// settings and the exports.

#include "core/native/ScanTree.h"

#include <QString>

#include <array>
#include <optional>

namespace tempscope {

using AgeBasis = native::TimeBasis;
inline constexpr std::array AllAgeBases{AgeBasis::Newest, AgeBasis::Mtime, AgeBasis::Atime,
                                        AgeBasis::Ctime};

QString ageBasisName(AgeBasis basis); // "newest", "mtime", ...
std::optional<AgeBasis> parseAgeBasis(QStringView text);
inline native::TimeNs timestampOf(const native::Entry &e, AgeBasis basis)
{
    return native::basisTime(e, basis);
}

} // namespace tempscope
