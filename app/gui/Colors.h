#pragma once
// Text colours that stay legible in light and dark palettes alike. A colour
// that means something (an error, a name with hidden characters, a muted
// detail) is chosen from the palette's own text and background colours and
// then made lighter or darker until it has a WCAG contrast ratio of at
// least 4.5 against the background it is drawn on.
//
// Free functions, any thread.

#include <QColor>
#include <QPalette>

namespace tempscope::gui {

// The WCAG 2 contrast ratio of two colours, 1 (same) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);
// wanted, lightened or darkened (hue kept) until it reaches `minimum`
// contrast against background; wanted itself when it already does.
QColor legibleOn(const QColor &wanted, const QColor &background, double minimum = 4.5);
// Red for errors and warnings, on the palette's window and base colours.
QColor errorTextColor(const QPalette &palette);
// Text that matters less than the rest ("protected", "none"): the text
// colour blended towards the base as far as the contrast allows.
QColor mutedTextColor(const QPalette &palette);
// A dark palette for the Fusion style (`tempscope --dark`): light text on
// dark grey, every text role legible on the colours it is drawn on.
QPalette darkPalette();

} // namespace tempscope::gui
