#pragma once
// The subcommands of tempscope-cli. Each takes its own arguments (the command
// name first, as argv[0] would be) and returns the process exit status:
// 0 done, 1 some items failed, 2 bad usage or bad input.

#include "cli/CommandDoc.h"

#include <QStringList>

namespace tempscope::cli {

int runScan(const QStringList &args);
int runWhere(const QStringList &args);
int runClean(const QStringList &args);
int runSnapshot(const QStringList &args);
int runHistory(const QStringList &args);
int runSchedule(const QStringList &args);
int runSchedule(const QStringList &args);

// What each command accepts and does (CommandDoc.h).
CommandDoc scanDoc();
CommandDoc whereDoc();
CommandDoc cleanDoc();
CommandDoc snapshotDoc();
CommandDoc historyDoc();
CommandDoc scheduleDoc();
CommandDoc scheduleDoc();
// In the order of the overview and the man page.
QList<CommandDoc> commandDocs();

} // namespace tempscope::cli
