#pragma once
// Which timestamp an age is measured from. `Newest` is the conservative rule
// of systemd-tmpfiles: the newest of atime, mtime and ctime for files; for
// directories, mtime. (systemd also takes a directory's atime, which it can
// trust because it reads with O_NOATIME; anyone else listing the directory,
// a backup, an indexer, or a scan by a user who does not own it, refreshes
// that atime on relatime mounts, and every directory would look in use. The
// remover judges directories the same way.)

#include "core/native/ScanTree.h"

#include <QString>

#include <array>
#include <optional>

namespace tempscope {

enum class AgeBasis { Newest, Mtime, Atime, Ctime };
inline constexpr std::array AllAgeBases{AgeBasis::Newest, AgeBasis::Mtime, AgeBasis::Atime,
                                        AgeBasis::Ctime};

QString ageBasisName(AgeBasis basis); // "newest", "mtime", ...
std::optional<AgeBasis> parseAgeBasis(QStringView text);
native::TimeNs timestampOf(const native::Entry &e, AgeBasis basis);

} // namespace tempscope
