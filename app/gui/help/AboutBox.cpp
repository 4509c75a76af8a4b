#include "gui/help/AboutBox.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace tempscope::gui {

namespace {

struct AboutBox
{
    Q_DECLARE_TR_FUNCTIONS(tempscope::gui::AboutBox)
};

} // namespace

QString aboutText()
{
    return QStringLiteral("<h3>Tempscope %1</h3><p>%2</p><p>%3</p><p>%4</p>")
        .arg(QStringLiteral(TEMPSCOPE_GUI_VERSION),
             AboutBox::tr("Looks into temporary directories and cleans them safely: what is there, "
                          "who made it, how old it is, and what can go."),
             AboutBox::tr(
                 "Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). "
                 "There is NO WARRANTY, to the extent permitted by law."),
             AboutBox::tr("Built with Qt %1, running on Qt %2.")
                 .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
}

void showAboutBox(QWidget *parent)
{
    QMessageBox::about(parent, AboutBox::tr("About Tempscope"), aboutText());
}

} // namespace tempscope::gui
