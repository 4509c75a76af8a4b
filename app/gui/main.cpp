// tempscope: the desktop inspector for temporary directories.
//
//   tempscope [--dark] [ROOT...]
//
// With no ROOT it opens on the system temp directory and the scratch roots;
// each ROOT is added to the locations for this session and the first is shown.

#include "gui/DarkLook.h"
#include "gui/MainWindow.h"
#include "gui/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tempscope"));
    QApplication::setOrganizationName(QStringLiteral("Tempscope"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tempscope"));
    QApplication::setApplicationVersion(QStringLiteral(TEMPSCOPE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(TEMPSCOPE_APP_ID));
    // The language chosen in the menu, else the first of the user's languages
    // that has a translation, else English.
    tempscope::gui::Translations::applySaved();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Inspect temporary directories."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("ROOT"),
        QApplication::translate("main", "Directories to show besides the temp directories."),
        QStringLiteral("[ROOT...]"));
    const QCommandLineOption dark(
        QStringLiteral("dark"),
        QApplication::translate("main", "Use a dark palette (with the Fusion style)."));
    parser.addOption(dark);
    parser.process(app);
    if (parser.isSet(dark)) {
        tempscope::gui::useDarkLook();
    }

    tempscope::gui::MainWindow::Options options;
    for (const QString &root : parser.positionalArguments())
        options.extraRoots.append(QDir(root).canonicalPath().isEmpty()
                                      ? QDir(root).absolutePath()
                                      : QDir(root).canonicalPath());
    tempscope::gui::MainWindow window(options);
    window.show();
    return QApplication::exec();
}
