#pragma once
// What each timestamp basis means, in one line for people who do not know
// the stat fields by name. Shown as the tooltip of each choice and as a
// line next to the chooser (the filter bar, the cleanup wizard's rules).
//
// Free function, GUI thread (translated when called).

#include "core/inventory/AgeBasis.h"

#include <QString>

namespace tempscope::gui {

// "mtime: when the contents were last written", ...
QString ageBasisHelp(AgeBasis basis);

} // namespace tempscope::gui
