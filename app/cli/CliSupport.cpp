#include "CliSupport.h"

#include "inventory/PathText.h"

#include <QCoreApplication>

#include <unistd.h>

namespace tempscope::cli {

namespace {
QString s_command;
}

void setCommandName(const QString &name)
{
    s_command = name;
}

QStringList losslessArguments(int argc, char **argv)
{
    QStringList args;
    args.reserve(argc);
    for (int i = 0; i < argc; ++i)
        args << pathText(native::NativeStringView(argv[i]));
    return args;
}

int usageError(const QString &message)
{
    writeErr(QStringLiteral("tempscope-cli: ") + message + u'\n');
    return ExitUsage;
}

bool parseArguments(QCommandLineParser &parser, const QStringList &args)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(args)) {
        usageError(parser.errorText());
        return false;
    }
    return true;
}

void printHelp(const QCommandLineParser &parser, const QString &extra)
{
    // The parser names the executable path; people type "tempscope-cli COMMAND".
    QString text = parser.helpText();
    const qsizetype lineEnd = text.indexOf(u'\n');
    const QString usage = text.left(lineEnd);
    const qsizetype options = usage.indexOf(QStringLiteral(" [options]"));
    if (usage.startsWith(QStringLiteral("Usage: ")) && options > 0)
        text.replace(7, options - 7, QStringLiteral("tempscope-cli ") + s_command);
    writeOut(text);
    if (!extra.isEmpty())
        writeOut(u'\n' + extra);
}

void writeOut(std::string_view bytes)
{
    std::fwrite(bytes.data(), 1, bytes.size(), stdout);
}

void writeOut(const QString &text)
{
    // Escaped raw bytes (non-UTF-8 names) go out as the original bytes.
    const std::string bytes = outputBytes(text);
    std::fwrite(bytes.data(), 1, bytes.size(), stdout);
}

void writeErr(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

bool stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

} // namespace tempscope::cli
