#pragma once
// Numbers as the window shows them: in the locale of the chosen language
// (QLocale(), which Translations sets), so digit grouping, the decimal
// separator and the size units ("1,5 Mio", "512 o") agree everywhere in
// the window. The command line keeps core's C-locale formatBytes: scripts
// read it.
//
// widestText: how wide a column of such numbers must be so that none is
// ever cut short ("1013.9 …"), measured in a given font.
//
// Free functions, GUI thread (QLocale's default is per process).

#include <QString>
#include <QStringList>

class QFontMetrics;

namespace tempscope::gui {

// "1.5 KiB", "512 B", "1,024.0 GiB" (en); "1,5 Kio", "512 o" (fr).
QString sizeText(quint64 bytes);
// "1,234,567" (en), "1.234.567" (de).
QString countText(quint64 count);
// The widest size sizeText can produce: one sample per unit at its widest value.
QStringList sizeSamples();
// The width of the widest of samples when every digit is the font's widest one.
int widestText(const QFontMetrics &metrics, const QStringList &samples);

} // namespace tempscope::gui
