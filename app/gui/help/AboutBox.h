#pragma once
// AboutBox: Help › About Tempscope: what the app is, its version and
// licence, and the Qt it was built with and runs on.
//
// GUI thread only.

#include <QString>

class QWidget;

namespace tempscope::gui {

// The box's text (rich text made from fixed strings and version numbers only).
QString aboutText();
void showAboutBox(QWidget *parent);

} // namespace tempscope::gui
