#include "core/export/TmpfilesExport.h"

#include "core/cleanup/Protections.h"
#include "core/inventory/Duration.h"
#include "core/inventory/PathText.h"

#include <QCoreApplication>

#include <algorithm>

namespace tempscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TmpfilesExport", text);
}

QString timeSpan(std::chrono::seconds d)
{
    // One unit systemd's parser reads, the largest that divides evenly.
    struct Unit
    {
        qint64 seconds;
        const char16_t *suffix;
    };
    static constexpr Unit Units[] = {{86400, u"d"}, {3600, u"h"}, {60, u"min"}};
    const qint64 s = d.count();
    for (const Unit &u : Units) {
        if (s > 0 && s % u.seconds == 0)
            return QString::number(s / u.seconds) + QStringView(u.suffix);
    }
    return QString::number(s) + u's';
}

} // namespace

QString tmpfilesAge(AgeBasis basis, std::chrono::seconds olderThan)
{
    // Lower case letters are for files, upper case for directories. Newest
    // judges directories by their mtime (AgeBasis.h).
    QString by;
    switch (basis) {
    case AgeBasis::Newest:
        by = QStringLiteral("acmM");
        break;
    case AgeBasis::Mtime:
        by = QStringLiteral("mM");
        break;
    case AgeBasis::Atime:
        by = QStringLiteral("aA");
        break;
    case AgeBasis::Ctime:
        by = QStringLiteral("cC");
        break;
    }
    return by + u':' + timeSpan(olderThan);
}

std::optional<QString> tmpfilesPath(const QString &root, const QString &glob)
{
    // Paths of e and x lines are globs: a literal root escapes the glob
    // characters. The field is then unquoted (backslash escapes, double
    // quotes around whitespace) and specifiers are expanded ('%%').
    QString path;
    for (const QChar c : root) {
        if (c == u'*' || c == u'?' || c == u'[' || c == u']' || c == u'\\')
            path += u'\\';
        path += c;
    }
    if (!glob.isEmpty())
        path += (path.endsWith(u'/') ? QString() : QStringLiteral("/")) + glob;

    QString field;
    bool quote = false;
    for (const QChar c : path) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f)
            return std::nullopt; // a line break cannot be written in a line-based file
        if (u == u' ' || u == u'\'')
            quote = true;
        if (u == u'%')
            field += u'%';
        else if (u == u'\\' || u == u'"')
            field += u'\\';
        field += c;
    }
    return quote ? u'"' + field + u'"' : field;
}

TmpfilesExport exportTmpfiles(const QList<CleanupRule> &rules, const QStringList &roots,
                              const QString &generator)
{
    TmpfilesExport result;
    QStringList lines;
    QStringList seenRoots;
    const auto warn = [&](const QString &w) {
        if (!result.warnings.contains(w))
            result.warnings.append(w);
    };

    for (const CleanupRule &rule : rules) {
        QStringList ruleRoots;
        for (const QString &r : roots) {
            if (rule.appliesToRoot(r))
                ruleRoots.append(r);
        }
        if (ruleRoots.isEmpty())
            continue;
        lines.append(QStringLiteral("# %1").arg(rule.label()));
        const QString age = tmpfilesAge(rule.basis, rule.olderThan);

        if (rule.unit == CleanupUnit::Item)
            warn(tr("Whole items: tmpfiles.d judges every file by its own age, so the old files of "
                    "an item "
                    "that has newer ones are removed too: the file behaves like --per-file."));
        if (!rule.includes.isEmpty())
            warn(tr("Includes: tmpfiles.d cleans only inside the directories that match an include "
                    "(\"e ROOT/upload_*\"); it neither removes top-level files that match nor "
                    "those directories themselves."));
        if (!rule.includeOthers)
            warn(tr("Other users' entries: tmpfiles.d removes stale files of every user; Tempscope "
                    "keeps "
                    "them unless --include-others is given."));
        if (rule.action == CleanupAction::Trash)
            warn(tr("Trash: tmpfiles.d deletes; it cannot move items to the trash."));
        warn(tr("Files in use: tmpfiles.d does not check whether a process has a file open "
                "(it only skips directories locked with flock); Tempscope skips them."));

        for (const QString &root : std::as_const(ruleRoots)) {
            if (seenRoots.contains(root))
                warn(tr("Several rules for %1: tmpfiles.d applies the first line for a path and "
                        "ignores later ones.")
                         .arg(printablePath(nativePath(root))));
            seenRoots.append(root);
            const auto line = [&](const QString &format, const QString &glob) {
                if (const std::optional<QString> field = tmpfilesPath(root, glob)) {
                    lines.append(format.arg(*field));
                } else {
                    lines.append(QStringLiteral("# (left out: a control character in the path) ") +
                                 format.arg(printablePath(nativePath(root + u'/' + glob))));
                    warn(
                        tr("Paths with control characters (such as line breaks) cannot be written; "
                           "their lines are left out."));
                }
            };
            if (rule.includes.isEmpty()) {
                line(QStringLiteral("e %1 - - - ") + age, QString());
            } else {
                for (const QString &inc : rule.includes)
                    line(QStringLiteral("e %1 - - - ") + age,
                         isGlobPattern(inc) ? inc : inc + u'*');
            }

            // Kept entries: x keeps a path and everything below it.
            QStringList kept;
            if (rule.builtinProtection) {
                for (const BuiltinProtection &p : builtinProtections())
                    kept.append(p.pattern);
            }
            kept += rule.protects;
            kept += rule.excludes;
            bool anyDepthLost = false;
            bool leadingWildcard = false;
            for (const QString &pattern : std::as_const(kept)) {
                line(QStringLiteral("x %1"), pattern);
                const bool builtin =
                    std::any_of(builtinProtections().cbegin(), builtinProtections().cend(),
                                [&](const BuiltinProtection &p) { return p.pattern == pattern; });
                if (!pattern.contains(u'/') && !builtin)
                    anyDepthLost = true;
                if (isGlobPattern(pattern.left(1)))
                    leadingWildcard = true;
            }
            for (const QString &inc : rule.includes) {
                if (isGlobPattern(inc.left(1)))
                    leadingWildcard = true;
            }
            if (anyDepthLost)
                warn(tr("Excludes and protections by name: Tempscope keeps a matching name at any "
                        "depth; "
                        "tmpfiles.d globs match whole paths, so the file keeps matches at the top "
                        "level of the root only."));
            if (leadingWildcard)
                warn(tr("A glob starting with a wildcard does not match names starting with '.' in "
                        "tmpfiles.d."));
        }
    }

    QString &text = result.text;
    text += QStringLiteral("# systemd tmpfiles.d(5) cleanup policy");
    if (!generator.isEmpty())
        text += QStringLiteral(", written by ") + generator;
    text += u'\n';
    text += QStringLiteral(
        "# Install as /etc/tmpfiles.d/tempscope.conf; systemd-tmpfiles-clean.timer applies it\n"
        "# daily, or run: systemd-tmpfiles --clean /etc/tmpfiles.d/tempscope.conf\n"
        "# Type Path Mode User Group Age (age-by: a/m/c for files, A/M/C for directories)\n");
    if (!result.warnings.isEmpty()) {
        text += QStringLiteral(
            "#\n# Not expressible in tmpfiles.d, so this file differs from Tempscope here:\n");
        for (const QString &w : std::as_const(result.warnings))
            text += QStringLiteral("#  - ") + w + u'\n';
    }
    text += u'\n';
    for (const QString &l : std::as_const(lines))
        text += l + u'\n';
    return result;
}

} // namespace tempscope
