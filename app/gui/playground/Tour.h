#pragma once
// The guided tour: the seeds' lessons in teaching order, each a short text
// and the playground actions that show it. A step runs against the session
// the window shows, so everything it does is visible in the object list and
// in the inspector like any other action.

#include <QList>
#include <QString>

#include <functional>

namespace tempscope::gui::playground {

class PlaygroundSession;

struct TourStep
{
    QString title;
    QString text; // what to watch for
    std::function<void(PlaygroundSession &)> run;
};

QList<TourStep> tourSteps();

} // namespace tempscope::gui::playground
