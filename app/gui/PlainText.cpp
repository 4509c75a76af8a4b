#include "gui/PlainText.h"

#include "core/inventory/PathText.h"
#include "gui/Colors.h"

#include <QColor>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QTextDocument>

#include <algorithm>

namespace tempscope::gui {

QString shownName(const QString &lossless)
{
    return printablePath(nativePath(lossless));
}

QString copyableName(const QString &lossless)
{
    // Raw bytes cannot be text; a control character (a line break, an
    // escape) pasted into a terminal would do more than name a file.
    const bool controls = std::any_of(lossless.cbegin(), lossless.cend(), [](QChar c) {
        return c.unicode() < 0x20 || (c.unicode() >= 0x7F && c.unicode() <= 0x9F);
    });
    return controls || hasEscapedBytes(lossless) ? shownName(lossless) : lossless;
}

QString hiddenCharactersNote()
{
    return QCoreApplication::translate(
        "PlainText", "This name holds invisible or direction-changing characters, shown as "
                     "\\uXXXX. Copying the path copies the real name.");
}

QBrush hiddenCharactersBrush()
{
    // Legible on the application's light or dark palette.
    return QBrush(errorTextColor(QGuiApplication::palette()));
}

QString plainToolTip(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    return Qt::convertFromPlainText(text, Qt::WhiteSpacePre);
}

QLabel *plainLabel(QLabel *label)
{
    label->setTextFormat(Qt::PlainText);
    return label;
}

void showPlainWarning(QWidget *parent, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("warning"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace tempscope::gui
