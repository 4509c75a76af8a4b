#pragma once
// What snapshot, history and schedule share about the history database: the
// --db option and where the database is when it is not given.

#include <QCommandLineOption>
#include <QString>

namespace tempscope::cli {

class CommandLine;

QCommandLineOption historyDbOption(); // --db PATH

// The path from --db, or the default one (HistoryPath.h). For writing, the
// default's directory is created when missing (a --db directory is not: a
// mistyped path is an error, not a new directory). Empty with *error set
// when there is none.
QString historyDbPath(const CommandLine &cmd, bool forWriting, QString *error);

} // namespace tempscope::cli
