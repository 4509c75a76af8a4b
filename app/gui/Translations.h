#pragma once
// Translations: the language of the desktop app. English is the source text;
// other languages come from the .qm files embedded under :/i18n. Choosing a
// language installs Tempscope's translator and Qt's own (qtbase_<lang>.qm,
// for standard dialogs and context menus), sets the default locale so numbers
// and dates match, and is remembered in the settings. Qt then sends
// QEvent::LanguageChange to every widget, which retranslates itself.
//
// LanguageMenu is the menu that offers the choice: the system default,
// English, and every embedded translation under its own name.

#include <QMenu>

class QAbstractItemModel;
class QActionGroup;

namespace tempscope::gui {

namespace Translations {

// The language codes of the embedded translations, e.g. {"de", "fr"}.
QStringList available();
// The language saved in the settings: empty for the system default, "en"
// for English, or one of available().
QString saved();
// Installs the translators for language (as saved()) and saves the choice.
void choose(const QString &language);
// Installs the translators for saved(), once at start-up.
void applySaved();
// The language the app shows now: "en" or one of available().
QString current();
// A model's texts changed with the language: its views fetch every header
// and cell again.
void announce(QAbstractItemModel *model);

} // namespace Translations

class LanguageMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QActionGroup *m_group;
    QAction *m_system;
};

} // namespace tempscope::gui
