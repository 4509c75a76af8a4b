#include "cli/CommandLine.h"

#include "cli/CliSupport.h"
#include "core/inventory/Duration.h"
#include "core/inventory/PathText.h"
#include "core/locations/ScratchRoots.h"

#include <utility>

namespace tempscope::cli {

CommandLine::CommandLine(CommandDoc doc) : m_doc(std::move(doc))
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.setApplicationDescription(m_doc.description);
    if (!m_doc.argument.name.isEmpty())
        m_parser.addPositionalArgument(m_doc.argument.name, m_doc.argument.help,
                                       m_doc.argument.syntax);
    m_parser.addOptions(m_doc.options);
}

std::optional<int> CommandLine::parse(const QStringList &args)
{
    if (!m_parser.parse(args))
        return usageError(m_parser.errorText());
    if (isSet(u"help")) {
        writeOut(helpText(m_doc));
        return ExitOk;
    }
    return std::nullopt;
}

bool CommandLine::isSet(QStringView longName) const
{
    return m_parser.isSet(m_doc.option(longName));
}

QString CommandLine::value(QStringView longName) const
{
    return m_parser.value(m_doc.option(longName));
}

QStringList CommandLine::values(QStringView longName) const
{
    return m_parser.values(m_doc.option(longName));
}

std::optional<int> CommandLine::readAgeOptions(AgeRule &rule) const
{
    const auto basis = parseAgeBasis(value(u"by"));
    if (!basis)
        return usageError(QStringLiteral("unknown --by \"%1\" (use newest, mtime, atime or ctime)")
                              .arg(value(u"by")));
    rule.basis = *basis;
    if (isSet(u"older-than")) {
        QString why;
        rule.threshold = parseAge(value(u"older-than"), rule.now, &why);
        if (!rule.threshold)
            return usageError(QStringLiteral("--older-than: ") + why);
    }
    return std::nullopt;
}

QStringList CommandLine::roots(bool cleanable, bool sayOrigins) const
{
    if (namedRoots())
        return positionalArguments();
    QStringList out;
    const DefaultRoots defaults = ScratchRoots::defaultRoots(cleanable);
    for (const QString &skipped : defaults.skipped)
        writeErr(QStringLiteral("tempscope-cli: skipped %1\n").arg(skipped));
    for (const ScratchRoot &r : defaults.roots) {
        out << r.path;
        if (sayOrigins)
            writeErr(QStringLiteral("tempscope-cli: root %1 (%2)\n")
                         .arg(printablePath(nativePath(r.path)), r.origin));
    }
    return out;
}

} // namespace tempscope::cli
