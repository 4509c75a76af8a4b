#pragma once
// A command's parsed command line, set up from its CommandDoc: the one place
// where the parser is configured, parse errors become one-line usage errors,
// --help is answered, and what the commands share is read: the age options,
// the roots.

#include "cli/CommandDoc.h"
#include "core/inventory/AgeRule.h"

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace tempscope::cli {

class CommandLine
{
public:
    explicit CommandLine(CommandDoc doc);

    // std::nullopt: go on with the command. Otherwise it ends here with this
    // exit status: the arguments did not parse (reported), or --help was shown.
    std::optional<int> parse(const QStringList &args);

    // Options by long name; the name must be one of the doc's options.
    bool isSet(QStringView longName) const;
    QString value(QStringView longName) const;
    QStringList values(QStringView longName) const;
    QStringList positionalArguments() const { return m_parser.positionalArguments(); }

    // Which roots to work on: the ROOT arguments, or with none the default
    // roots (the cleanable ones only with `cleanable`), those left out
    // reported on stderr, and with `sayOrigins` where each default comes from.
    QStringList roots(bool cleanable, bool sayOrigins = false) const;
    // Whether the user named the roots (then each must be usable).
    bool namedRoots() const { return !positionalArguments().isEmpty(); }

    // --by into rule.basis and, when given, --older-than into rule.threshold
    // (measured back from rule.now). On a bad value: the usage error's status.
    std::optional<int> readAgeOptions(AgeRule &rule) const;

private:
    CommandDoc m_doc;
    QCommandLineParser m_parser;
};

} // namespace tempscope::cli
