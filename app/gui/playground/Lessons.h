#pragma once
// Lessons: what a playground step did and why, in words for people, with the
// same step as code in Python and in C++ (CodeSnippets.h). Pure functions of
// the facts an object or an action's Outcome reports; they change nothing.
// Which lesson a step gets is PlaygroundSession's call. The pitfall demos and
// what other processes see have theirs in PitfallLessons.h.
//
// The texts are translated in PlaygroundSession's context, where the
// translation files have them. GUI thread only (translations).

#include "gui/playground/CodeSnippets.h"
#include "gui/playground/PlaygroundObject.h"

#include <QCoreApplication>
#include <QMetaType>

#include <exception>

namespace tempscope::tempfile {
class TempFileError;
}

namespace tempscope::gui::playground {

struct Lesson
{
    QString title; // "f1.read()"
    Code code;
    QString explanation;   // what happened and why, for people
    bool surprise = false; // a pitfall just bit: the window highlights it
};

class Lessons
{
    Q_DECLARE_TR_FUNCTIONS(tempscope::gui::playground::PlaygroundSession)

public:
    // The object's state in a few words: "open · in memory", "left behind".
    static QString stateText(const PlaygroundObject &o);

    static Lesson created(const PlaygroundObject &o);
    static Lesson notCreated(const ObjectSpec &spec, const tempfile::TempFileError &e);
    // After o.perform(action, data) answered outcome (Write to AddFile).
    static Lesson performed(const PlaygroundObject &o, Action action, const QByteArray &data,
                            const Outcome &outcome);
    static Lesson failed(const tempfile::TempFileError &e);
    static Lesson failed(const std::exception &e);

private:
    static Lesson wrote(const PlaygroundObject &o, const QByteArray &data, const Outcome &outcome);
    static Lesson flushed(const PlaygroundObject &o, const Outcome &outcome);
    static Lesson closed(const PlaygroundObject &o, const Outcome &outcome);
    static Lesson leftScope(const PlaygroundObject &o, const Outcome &outcome);
    static QString readText(const Outcome &outcome);
    static QString raised(const PlaygroundObject &o, const Outcome &outcome);
};

} // namespace tempscope::gui::playground

Q_DECLARE_METATYPE(tempscope::gui::playground::Lesson)
