#pragma once
// The one description of a tempscope-cli command that its parser, its
// --help text and the man page tempscope-cli(1) are all made from, so they
// cannot disagree: every option the parser accepts is documented in both.

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <utility>

namespace tempscope::cli {

struct CommandDoc
{
    QString name;        // "clean"
    QString synopsis;    // after "tempscope-cli clean ": "[ROOT...] --older-than DUR [OPTIONS]"
    QString summary;     // one line for the command list
    QString description; // paragraphs separated by blank lines
    struct Argument
    {
        QString name;   // "ROOT", empty when the command takes no arguments
        QString syntax; // "[ROOT...]"
        QString help;
    } argument;
    QList<QCommandLineOption> options;
    // Further paragraphs; lines indented by two spaces are kept as they are.
    QString notes;
    QList<std::pair<QString, QString>> examples; // command line, what it does
    QList<std::pair<int, QString>> exitStatus;   // code, meaning

    // The option with this long name; it must exist.
    const QCommandLineOption &option(QStringView longName) const;
};

// The directories a command works on: "[ROOT...]", help as given.
CommandDoc::Argument rootsArgument(const QString &help);

// Options that mean the same in every command that has them.
QCommandLineOption prefixOption(); // --prefix P
QCommandLineOption basisOption();  // --by BASIS
QCommandLineOption helpOption();   // -h, --help

// `tempscope-cli COMMAND --help`.
QString helpText(const CommandDoc &doc);
// `tempscope-cli --help`: the commands with their summaries.
QString overviewText(const QList<CommandDoc> &docs);
// The man page tempscope-cli(1) in troff (man macros).
QString manPage(const QList<CommandDoc> &docs, const QString &version, const QString &date);

// "--older-than DUR", "-h, --help".
QString optionSignature(const QCommandLineOption &option);

} // namespace tempscope::cli
