#include "CliSupport.h"

#include "inventory/PathText.h"

#include <QCoreApplication>

#include <unistd.h>

namespace tempscope::cli {

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
