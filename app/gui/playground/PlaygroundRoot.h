#pragma once
// Where the playground works: <gettempdir()>/tempscope-playground-<user>,
// a 0700 directory inside the temp directory Python programs use, so what the
// playground teaches happens where real temp files live, and the inspector
// shows it as a root of its own.
//
// The name is predictable, so it is only used when it is a real directory
// (not a symlink) owned by the current user; otherwise a fresh mkdtemp()
// directory "tempscope-playground-<user>-XXXXXXXX" is used instead. It is
// kept between sessions when something is left in it (the crash demo's
// orphans, or everything after the app was killed), so the inspector finds
// those next time; an empty root is removed when the playground closes.

#include <QString>

namespace tempscope::gui::playground {

struct PlaygroundRoot
{
    QString path;  // absolute; empty when none could be made
    QString error; // why not

    // Creates (or reuses) the root.
    static PlaygroundRoot ensure();
    static QString preferredPath();
};

} // namespace tempscope::gui::playground
