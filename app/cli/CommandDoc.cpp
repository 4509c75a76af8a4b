#include "cli/CommandDoc.h"

#include "cli/Commands.h"

#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace tempscope::cli {

namespace {

constexpr qsizetype LineWidth = 79;

QString wrap(const QString &text, qsizetype indent, qsizetype firstIndent = -1)
{
    if (firstIndent < 0)
        firstIndent = indent;
    QString out;
    QString line(firstIndent, u' ');
    bool lineEmpty = true;
    for (const QString &word : text.simplified().split(u' ', Qt::SkipEmptyParts)) {
        if (!lineEmpty && line.size() + 1 + word.size() > LineWidth) {
            out += line + u'\n';
            line = QString(indent, u' ');
            lineEmpty = true;
        }
        if (!lineEmpty)
            line += u' ';
        line += word;
        lineEmpty = false;
    }
    return out + line + u'\n';
}

QStringList paragraphs(const QString &text)
{
    QStringList out;
    for (const QString &p : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
        if (!p.trimmed().isEmpty())
            out << p;
    }
    return out;
}

// Plain text of one paragraph for the terminal: preformatted lines as they
// are, the rest wrapped.
QString textParagraph(const QString &paragraph)
{
    QString out;
    QString text; // consecutive unindented lines, wrapped together
    for (const QString &line : paragraph.split(u'\n')) {
        if (line.startsWith(QStringLiteral("  "))) {
            if (!text.isEmpty())
                out += wrap(text, 0);
            text.clear();
            out += line + u'\n';
        } else {
            text += u' ' + line;
        }
    }
    if (!text.isEmpty())
        out += wrap(text, 0);
    return out;
}

// troff: backslashes, hyphens (as \-, so they copy as ASCII hyphens) and
// control characters at the start of a line.
QString roff(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\')
            out += QStringLiteral("\\e");
        else if (c == u'-')
            out += QStringLiteral("\\-");
        else
            out += c;
    }
    return out;
}

QString roffLine(const QString &text)
{
    const QString r = roff(text);
    return r.startsWith(u'.') || r.startsWith(u'\'') ? QStringLiteral("\\&") + r : r;
}

QString roffParagraph(const QString &paragraph)
{
    QString out;
    QString text;
    bool inBlock = false;
    const auto flushText = [&] {
        if (!text.isEmpty())
            out += QStringLiteral(".PP\n") + roffLine(text.simplified()) + u'\n';
        text.clear();
    };
    for (const QString &line : paragraph.split(u'\n')) {
        const bool indented = line.startsWith(QStringLiteral("  "));
        if (indented) {
            flushText();
            if (!inBlock)
                out += QStringLiteral(".PP\n.RS 4\n.nf\n");
            out += roffLine(line.mid(2)) + u'\n';
        } else {
            if (inBlock)
                out += QStringLiteral(".fi\n.RE\n");
            text += u' ' + line;
        }
        inBlock = indented;
    }
    flushText();
    if (inBlock)
        out += QStringLiteral(".fi\n.RE\n");
    return out;
}

QString roffSignature(const QCommandLineOption &o)
{
    QStringList parts;
    for (const QString &n : o.names())
        parts << QStringLiteral("\\fB%1\\fR")
                     .arg(roff((n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n));
    QString s = parts.join(QStringLiteral(", "));
    if (!o.valueName().isEmpty())
        s += QStringLiteral(" \\fI%1\\fR").arg(roff(o.valueName()));
    return s;
}

} // namespace

const QCommandLineOption &CommandDoc::option(QStringView wanted) const
{
    for (const QCommandLineOption &o : options) {
        if (o.names().contains(wanted))
            return o;
    }
    std::fprintf(stderr, "tempscope-cli: internal error: no option --%s\n",
                 wanted.toUtf8().constData());
    std::abort();
}

QList<CommandDoc> commandDocs()
{
    return {whereDoc(), scanDoc(), cleanDoc(), snapshotDoc(), historyDoc(), scheduleDoc()};
}

CommandDoc::Argument rootsArgument(const QString &help)
{
    return {QStringLiteral("ROOT"), QStringLiteral("[ROOT...]"), help};
}

QCommandLineOption prefixOption()
{
    return {
        QStringLiteral("prefix"),
        QStringLiteral("Only items whose name starts with P (or matches the glob P). Repeatable."),
        QStringLiteral("P")};
}

QCommandLineOption basisOption()
{
    return {QStringLiteral("by"),
            QStringLiteral(
                "Timestamp an age is measured from: newest (default), mtime, atime or ctime."),
            QStringLiteral("BASIS"), QStringLiteral("newest")};
}

QCommandLineOption helpOption()
{
    return {QStringList{QStringLiteral("h"), QStringLiteral("help")},
            QStringLiteral("Show this help.")};
}

QString optionSignature(const QCommandLineOption &o)
{
    QStringList parts;
    for (const QString &n : o.names())
        parts << (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
    QString s = parts.join(QStringLiteral(", "));
    if (!o.valueName().isEmpty())
        s += u' ' + o.valueName();
    return s;
}

QString helpText(const CommandDoc &doc)
{
    QString out = QStringLiteral("Usage: tempscope-cli %1 %2\n\n").arg(doc.name, doc.synopsis);
    for (const QString &p : paragraphs(doc.description))
        out += textParagraph(p) + u'\n';

    qsizetype column = 0;
    for (const QCommandLineOption &o : doc.options)
        column = std::max(column, optionSignature(o).size());
    column = std::min<qsizetype>(column + 4, 28);

    if (!doc.argument.name.isEmpty()) {
        out += QStringLiteral("Arguments:\n");
        const QString head = QStringLiteral("  ") + doc.argument.syntax;
        if (head.size() + 2 > column)
            out += head + u'\n' + wrap(doc.argument.help, column);
        else
            out += head + wrap(doc.argument.help, column, column).mid(head.size());
        out += u'\n';
    }
    out += QStringLiteral("Options:\n");
    for (const QCommandLineOption &o : doc.options) {
        const QString head = QStringLiteral("  ") + optionSignature(o);
        if (head.size() + 2 > column)
            out += head + u'\n' + wrap(o.description(), column);
        else
            out += head + wrap(o.description(), column, column).mid(head.size());
    }
    for (const QString &p : paragraphs(doc.notes))
        out += u'\n' + textParagraph(p);
    if (!doc.examples.isEmpty()) {
        out += QStringLiteral("\nExamples:\n");
        for (const auto &[command, what] : doc.examples)
            out += QStringLiteral("  ") + command + u'\n' + wrap(what, 6);
    }
    if (!doc.exitStatus.isEmpty()) {
        out += QStringLiteral("\nExit status:\n");
        for (const auto &[code, meaning] : doc.exitStatus)
            out += wrap(QString::number(code) + u' ' + meaning, 4, 2);
    }
    return out;
}

QString overviewText(const QList<CommandDoc> &docs)
{
    QString out = QStringLiteral("Usage: tempscope-cli COMMAND [OPTIONS]\n\n"
                                 "Inspect temporary directories and clean them safely.\n\n"
                                 "Commands:\n");
    for (const CommandDoc &d : docs)
        out +=
            QStringLiteral("  %1 ").arg(d.name.leftJustified(8)) + wrap(d.summary, 11, 11).mid(11);
    out += QStringLiteral(
        "  help     a command's options, examples and exit status: tempscope-cli help COMMAND\n"
        "           (the same as tempscope-cli COMMAND --help)\n"
        "\nOptions:\n"
        "  --version  print the version\n"
        "\nThe man page tempscope-cli(1) describes every command and option.\n");
    return out;
}

QString manPage(const QList<CommandDoc> &docs, const QString &version, const QString &date)
{
    QString out;
    out += QStringLiteral(".\\\" Generated by tempscope-cli --man; edit app/cli, not this file.\n");
    out += QStringLiteral(".TH TEMPSCOPE\\-CLI 1 \"%1\" \"Tempscope %2\" \"User Commands\"\n")
               .arg(date, version);
    out += QStringLiteral(
        ".ad l\n.nh\n"); // ragged right, no hyphenation: paths and commands stay whole
    out += QStringLiteral(
        ".SH NAME\ntempscope\\-cli \\- inspect temporary directories and clean them safely\n");
    out += QStringLiteral(".SH SYNOPSIS\n");
    for (const CommandDoc &d : docs)
        out += QStringLiteral(".B tempscope\\-cli %1\n%2\n.br\n").arg(d.name, roff(d.synopsis));
    out += QStringLiteral(
        ".B tempscope\\-cli help\n[\\fICOMMAND\\fR]\n.br\n.B tempscope\\-cli \\-\\-version\n");
    out += QStringLiteral(
        ".SH DESCRIPTION\n"
        "\\fBtempscope\\-cli\\fR is the command\\-line twin of the desktop application\n"
        "\\fBtempscope\\fR: it shows which directory is the temp directory and why,\n"
        "what the temp directories hold, and removes what is stale after the same\n"
        "safety checks. Names that are not valid UTF\\-8 are kept intact.\n");
    out += QStringLiteral(".SH COMMANDS\n");
    for (const CommandDoc &d : docs) {
        out += QStringLiteral(".SS \"%1 %2\"\n").arg(d.name, roff(d.synopsis));
        for (const QString &p : paragraphs(d.description))
            out += roffParagraph(p);
        if (!d.argument.name.isEmpty())
            out += QStringLiteral(".TP\n\\fI%1\\fR\n%2\n")
                       .arg(roff(d.argument.syntax), roffLine(d.argument.help));
        for (const QCommandLineOption &o : d.options)
            out += QStringLiteral(".TP\n%1\n%2\n").arg(roffSignature(o), roffLine(o.description()));
        for (const QString &p : paragraphs(d.notes))
            out += roffParagraph(p);
    }
    out += QStringLiteral(".SH EXAMPLES\n");
    for (const CommandDoc &d : docs) {
        for (const auto &[command, what] : d.examples)
            out += QStringLiteral(".TP\n.B %1\n%2\n").arg(roff(command), roffLine(what));
    }
    out += QStringLiteral(".SH \"EXIT STATUS\"\n");
    QList<std::pair<int, QString>> codes;
    for (const CommandDoc &d : docs) {
        for (const auto &[code, meaning] : d.exitStatus) {
            const auto known = std::find_if(codes.begin(), codes.end(),
                                            [&](const auto &c) { return c.first == code; });
            if (known == codes.end())
                codes.append({code, meaning});
        }
    }
    std::sort(codes.begin(), codes.end());
    for (const auto &[code, meaning] : codes)
        out += QStringLiteral(".TP\n.B %1\n%2\n").arg(code).arg(roffLine(meaning));
    out += QStringLiteral(".SH \"SEE ALSO\"\n"
                          ".BR tmpfiles.d (5),\n"
                          ".BR systemd\\-tmpfiles (8),\n"
                          ".BR tmpreaper (8)\n");
    return out;
}

} // namespace tempscope::cli
