#pragma once
// Names are data, never markup. Every text the GUI shows that holds a file
// name, a path, a family, an owner or a process name comes from whoever made
// that file or process, so it is shown as plain text: labels showing such text
// use Qt::PlainText (plainLabel), and texts that Qt would auto-detect as rich
// text (tooltips, including Qt::ToolTipRole of models) go through
// plainToolTip. Names themselves are shown by shownName, which escapes raw
// bytes, control characters and invisible or bidirectional characters
// (printablePath); copyableName gives back the real name for the clipboard.
//
// Free functions, any thread (plainLabel: the label's thread).

#include <QBrush>
#include <QString>

class QLabel;
class QWidget;

namespace tempscope::gui {

// The name or path as shown: raw bytes as \xHH, controls and hidden
// characters as \n, \u202e, ... (see PathText.h).
QString shownName(const QString &lossless);
// The real text to copy: the name itself (hidden characters included), or
// the shown form when it holds raw bytes, which text cannot carry, or control
// characters, which would act when pasted into a terminal.
QString copyableName(const QString &lossless);
// Shown where a name holds characters a reader could not see
// (hasHiddenCharacters, PathText.h), and the colour such names are shown in.
QString hiddenCharactersNote();
QBrush hiddenCharactersBrush();
// A tooltip that shows `text` literally: unchanged when Qt would not take
// it for rich text, otherwise escaped and wrapped so that it renders as
// itself, line breaks kept.
QString plainToolTip(const QString &text);
// Makes the label show its text as plain text, and returns it.
QLabel *plainLabel(QLabel *label);
// Opens a warning box (window-modal, named "warning", deleted when closed)
// whose text, which names paths, shows as plain text.
void showPlainWarning(QWidget *parent, const QString &title, const QString &text);

} // namespace tempscope::gui
