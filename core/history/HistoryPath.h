#pragma once
// Where the history database lives by default: history.sqlite in the
// application data directory of Tempscope's programs
// (QStandardPaths::AppDataLocation for organisation "Tempscope", application
// "tempscope"; ~/.local/share/Tempscope/tempscope on Linux), the same for
// the window and tempscope-cli whatever the running program is called.
// Call from the main thread (it reads the application's name).

#include <QString>

namespace tempscope {

QString defaultHistoryPath();

} // namespace tempscope
