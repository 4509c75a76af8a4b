#pragma once
// The guided tour: the seeds' lessons in teaching order, each a short text
// and the playground actions that show it. A step runs against the session
// the window shows, so everything it does is visible in the object list and
// in the inspector like any other action.
//
// A step that acts on an object acts on the one an earlier step made (its
// row is kept in TourRows under a name), never on whatever is newest: the
// learner may make objects of their own between steps.
//
// Going back: replayTour() clears the playground and runs the steps before
// the one gone back to again, so what the playground holds is truthfully
// what it held when that step was shown (new objects, new random names).
// Objects the learner made by hand go with the clear.

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace tempscope::gui::playground {

class PlaygroundSession;

// The rows the tour's steps made, by the name the steps know them by.
using TourRows = QHash<QString, int>;

struct TourStep
{
    QString title;
    QString text; // what to watch for
    std::function<void(PlaygroundSession &, TourRows &)> run;
};

QList<TourStep> tourSteps();

// Clears session and rows, then runs the first count steps of tour again.
void replayTour(const QList<TourStep> &tour, int count, PlaygroundSession &session, TourRows &rows);

} // namespace tempscope::gui::playground
