#include "gui/Translations.h"

#include "core/locations/ScratchRoots.h"
#include "core/locations/SettingsValues.h"

#include <QAbstractItemModel>
#include <QActionGroup>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace tempscope::gui {

namespace {

const QString LanguageKey = QStringLiteral("gui/language");
const QString English = QStringLiteral("en");

struct Installed
{
    QTranslator *own = nullptr;
    QTranslator *qt = nullptr;
    QString language = English;
};

Installed &installed()
{
    static Installed state;
    return state;
}

void removeTranslator(QTranslator *&translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
    translator = nullptr;
}

// The translator for locale from directory, or nullptr when none matches.
// QTranslator::load(QLocale, ...) walks the locale's UI languages in order.
QTranslator *load(const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, QStringLiteral("_"), directory))
        return translator;
    delete translator;
    return nullptr;
}

void install(const QString &language)
{
    Installed &state = installed();
    removeTranslator(state.own);
    removeTranslator(state.qt);
    state.language = English;

    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    if (language == English)
        return;
    // The system default may name no language we have: English stays.
    state.own = load(locale, QStringLiteral("tempscope"), QStringLiteral(":/i18n"));
    if (!state.own)
        return;
    const QString name = QFileInfo(state.own->filePath()).completeBaseName();
    state.language = name.mid(name.indexOf(u'_') + 1);
    state.qt = load(QLocale(state.language), QStringLiteral("qtbase"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (state.qt)
        QCoreApplication::installTranslator(state.qt);
    QCoreApplication::installTranslator(state.own);
}

} // namespace

QStringList Translations::available()
{
    QStringList languages;
    const QStringList files =
        QDir(QStringLiteral(":/i18n"), QStringLiteral("tempscope_*.qm")).entryList();
    for (const QString &file : files)
        languages << file.mid(10, file.size() - 13); // tempscope_<lang>.qm
    return languages;
}

QString Translations::saved()
{
    const QString language =
        settings::text(*ScratchRoots::openSettings(), LanguageKey, 32).value_or(QString());
    return language == English || available().contains(language) ? language : QString();
}

void Translations::choose(const QString &language)
{
    auto settings = ScratchRoots::openSettings();
    if (language.isEmpty())
        settings->remove(LanguageKey);
    else
        settings->setValue(LanguageKey, language);
    install(language);
    // Removing a translator without installing another sends no
    // LanguageChange; the widgets must still return to English.
    if (!installed().own) {
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
    }
}

void Translations::applySaved()
{
    install(saved());
}

QString Translations::current()
{
    return installed().language;
}

void Translations::announce(QAbstractItemModel *model)
{
    const int columns = model->columnCount();
    const int rows = model->rowCount();
    if (columns > 0)
        Q_EMIT model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (rows > 0 && columns > 0)
        Q_EMIT model->dataChanged(model->index(0, 0), model->index(rows - 1, columns - 1));
}

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(parent), m_group(new QActionGroup(this)), m_system(new QAction(this))
{
    m_system->setData(QString());
    auto *english = new QAction(QStringLiteral("English"), this);
    english->setData(English);
    QList<QAction *> actions{m_system, english};
    for (const QString &language : Translations::available()) {
        // Each language under its own name, as its speakers look for it.
        const QLocale locale(language);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        auto *action = new QAction(name.isEmpty() ? language : name, this);
        action->setData(language);
        actions << action;
    }
    const QString saved = Translations::saved();
    for (QAction *action : actions) {
        action->setCheckable(true);
        action->setChecked(action->data().toString() == saved);
        m_group->addAction(action);
        addAction(action);
        if (action == m_system)
            addSeparator();
    }
    connect(m_group, &QActionGroup::triggered, this,
            [](QAction *action) { Translations::choose(action->data().toString()); });
    retranslateUi();
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslateUi()
{
    setTitle(tr("&Language"));
    m_system->setText(tr("&System default"));
}

} // namespace tempscope::gui
