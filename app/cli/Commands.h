#pragma once
// The subcommands of tempscope-cli. Each takes its own arguments (the command
// name first, as argv[0] would be) and returns the process exit status:
// 0 done, 1 some items failed, 2 bad usage or bad input.

#include <QStringList>

namespace tempscope::cli {

int runScan(const QStringList &args);
int runWhere(const QStringList &args);
int runClean(const QStringList &args);

} // namespace tempscope::cli
