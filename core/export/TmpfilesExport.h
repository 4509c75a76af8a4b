#pragma once
// Cleanup rules as a systemd tmpfiles.d(5) file, so a policy tried with
// Tempscope can be deployed to machines that already run
// systemd-tmpfiles-clean.timer:
//
//   e /tmp - - - mM:7d          clean below /tmp what is older than 7 days
//   x /tmp/systemd-private-*    ... but keep these
//
// tmpfiles.d judges every file on its own and removes a directory when it is
// empty and old itself: that is Tempscope's per-file unit, and for a rule
// without includes, by mtime, atime or ctime, the file removes exactly what
// `tempscope-cli clean --per-file` plans (tests/cli/TmpfilesExportTest.cpp).
// What tmpfiles.d cannot say -- whole items, includes on top-level files,
// excludes at any depth, other users' entries, files in use, the trash --
// is listed as comments in the file and returned as warnings.

#include "core/cleanup/CleanupRule.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace tempscope {

struct TmpfilesExport
{
    QString text;         // the tmpfiles.d file, UTF-8 when written
    QStringList warnings; // one sentence each; also in `text` as comments
};

// `roots` are the canonical roots the rules are for; a rule with its own
// roots uses those of them it names. `generator` goes into the header comment.
TmpfilesExport exportTmpfiles(const QList<CleanupRule> &rules, const QStringList &roots,
                              const QString &generator = {});

// tmpfiles.d's age field for a basis and a threshold: "mM:7d", "acmM:36h".
QString tmpfilesAge(AgeBasis basis, std::chrono::seconds olderThan);
// ROOT/GLOB as one tmpfiles.d path field: the root literal (glob characters
// escaped), the glob as it is; '%' doubled for specifiers, backslashes and
// double quotes escaped, in double quotes when there is whitespace. Bytes
// that are not UTF-8 stay raw bytes (systemd-tmpfiles reads them so).
// nullopt for a control character, which a tmpfiles.d line cannot hold.
std::optional<QString> tmpfilesPath(const QString &root, const QString &glob = {});

} // namespace tempscope
