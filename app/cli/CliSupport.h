#pragma once
// What every tempscope-cli command shares: exit codes, the one-line error
// convention, output streams that write bytes as given, and argument parsing
// that keeps non-UTF-8 paths intact.

#include <QString>
#include <QStringList>

#include <cstdio>
#include <string_view>

namespace tempscope::cli {

enum ExitCode { ExitOk = 0, ExitSomeFailed = 1, ExitUsage = 2 };

// The command line with every argument decoded losslessly (see PathText.h).
QStringList losslessArguments(int argc, char **argv);

// Prints "tempscope-cli: <message>" on stderr and returns ExitUsage.
int usageError(const QString &message);

// Standard output. A failed write is remembered (the first error number) and
// later writes are dropped; finishOutput() reports it.
void writeOut(std::string_view bytes);
void writeOut(const QString &text);
// The sink for JsonWriter and CsvWriter: writeOut, false once output failed.
bool writeOutSink(std::string_view bytes);
// Flushes and closes standard output. When anything written to it was lost,
// prints "tempscope-cli: cannot write the output: <reason>" and returns
// ExitSomeFailed (the command's work, a removal say, may well be done, but
// its report is not); otherwise returns exitCode.
int finishOutput(int exitCode);
void writeErr(const QString &text);
bool stderrIsTerminal();

} // namespace tempscope::cli
