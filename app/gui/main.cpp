// tempscope: the desktop inspector for temporary directories.
//
//   tempscope [ROOT...]
//
// With no ROOT it opens on the system temp directory and the scratch roots;
// each ROOT is added to the locations for this session and the first is shown.

#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

// The first of the user's languages with a translation wins; English (the
// source text) otherwise. Qt's own strings come from qtbase_<lang>.qm.
void installTranslations(QApplication &app)
{
    for (const QString &language : QLocale().uiLanguages()) {
        auto *own = new QTranslator(&app);
        const QString name = QLocale(language).name();
        if (own->load(QStringLiteral("tempscope_") + name, QStringLiteral(":/i18n"))
            || own->load(QStringLiteral("tempscope_") + name,
                         QApplication::applicationDirPath() + QStringLiteral("/../share/tempscope/translations"))) {
            QApplication::installTranslator(own);
            auto *qt = new QTranslator(&app);
            if (qt->load(QStringLiteral("qtbase_") + name, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                QApplication::installTranslator(qt);
            return;
        }
        delete own;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tempscope"));
    QApplication::setOrganizationName(QStringLiteral("Tempscope"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tempscope"));
    QApplication::setApplicationVersion(QStringLiteral(TEMPSCOPE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("tempscope"));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Inspect temporary directories."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("ROOT"),
                                 QApplication::translate("main", "Directories to show besides the temp directories."),
                                 QStringLiteral("[ROOT...]"));
    parser.process(app);

    tempscope::gui::MainWindow::Options options;
    for (const QString &root : parser.positionalArguments())
        options.extraRoots.append(QDir(root).canonicalPath().isEmpty() ? QDir(root).absolutePath()
                                                                       : QDir(root).canonicalPath());
    tempscope::gui::MainWindow window(options);
    window.show();
    return QApplication::exec();
}
