#pragma once
// The dark look (`tempscope --dark`): the Fusion style with darkPalette()
// (Colors.h), and the one thing Fusion draws too faintly on a dark base:
// the outline of a check box, which it takes from the window colour made
// darker — on dark grey that is nearly the base itself, so the check boxes
// of a list (the wizard's families) vanish. Here every check box gets an
// outline with at least the 3:1 contrast WCAG asks of controls.

class QStyle;

namespace tempscope::gui {

// The Fusion style with legible check box outlines (owned by the caller,
// or by QApplication once set).
QStyle *darkStyle();
// Sets darkStyle() and darkPalette() on the application.
void useDarkLook();

} // namespace tempscope::gui
