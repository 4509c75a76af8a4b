#pragma once
// Which timestamp an age is measured from. `Newest` is the conservative rule
// of systemd-tmpfiles: the newest of atime, mtime and ctime for files, of
// atime and mtime for directories (listing a directory changes its ctime on
// some filesystems, reading it changes its atime on few).

#include "native/ScanTree.h"

#include <QString>

#include <array>
#include <optional>

namespace tempscope {

enum class AgeBasis { Newest, Mtime, Atime, Ctime };
inline constexpr std::array AllAgeBases{AgeBasis::Newest, AgeBasis::Mtime, AgeBasis::Atime, AgeBasis::Ctime};

QString ageBasisName(AgeBasis basis); // "newest", "mtime", ...
std::optional<AgeBasis> parseAgeBasis(QStringView text);
native::TimeNs timestampOf(const native::Entry &e, AgeBasis basis);

} // namespace tempscope
