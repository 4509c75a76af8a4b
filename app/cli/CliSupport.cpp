#include "cli/CliSupport.h"

#include "core/inventory/PathText.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>

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

namespace {
// errno of the first failed write to stdout; 0 while everything went out.
int outputError = 0;
} // namespace

void writeOut(std::string_view bytes)
{
    if (outputError != 0 || bytes.empty())
        return;
    errno = 0;
    if (std::fwrite(bytes.data(), 1, bytes.size(), stdout) != bytes.size())
        outputError = errno != 0 ? errno : EIO;
}

void writeOut(const QString &text)
{
    // Escaped raw bytes (non-UTF-8 names) go out as the original bytes.
    writeOut(std::string_view(outputBytes(text)));
}

bool writeOutSink(std::string_view bytes)
{
    writeOut(bytes);
    return outputError == 0;
}

int finishOutput(int exitCode)
{
    // stdio buffers: a full disk or a closed pipe often shows only now.
    errno = 0;
    if (std::fflush(stdout) != 0 && outputError == 0)
        outputError = errno != 0 ? errno : EIO;
    if (std::ferror(stdout) && outputError == 0)
        outputError = EIO;
    errno = 0;
    if (std::fclose(stdout) != 0 && outputError == 0)
        outputError = errno != 0 ? errno : EIO;
    if (outputError == 0)
        return exitCode;
    writeErr(QStringLiteral("tempscope-cli: cannot write the output: %1\n")
                 .arg(QString::fromLocal8Bit(std::strerror(outputError))));
    return exitCode == ExitUsage ? ExitUsage : ExitSomeFailed;
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
