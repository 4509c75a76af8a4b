#pragma once
// The code of the tutorials' recipes as the playground runs them (see
// PlaygroundSession's demo… recipes): whole programs in Python and in C++
// (Tempscope's core/tempfile). Pure functions; code is never translated, the
// comments inside it are.

#include "gui/playground/CodeSnippets.h"

namespace tempscope::gui::playground::snippets::recipes {

// delete=False, written and closed by the block, handed to another tool by
// path, removed in finally (missing_ok).
Code handOff(const ObjectSpec &spec, const QByteArray &data);
// mkstemp + os.fdopen(fd, "w+b") in try/finally; mkdtemp + shutil.rmtree.
Code lowLevel(const ObjectSpec &file, const QByteArray &data, const ObjectSpec &dir,
              const QString &added);
// A guessable name in dir taken first by a link to victim; open() follows it,
// mkstemp's O_EXCL|O_NOFOLLOW refuses it and takes the next random name.
Code namingRace(const QString &dir, const QString &victim, const ObjectSpec &mkstemp);
// gettempdir() here (cached) and in a child with TMPDIR set to dirSpec's mkdtemp.
Code gettempdir(const ObjectSpec &dir);
// A spool's name while in memory (None) and after the rollover (the descriptor).
Code spoolName(const ObjectSpec &spec, const QByteArray &small, const QByteArray &big);

} // namespace tempscope::gui::playground::snippets::recipes
