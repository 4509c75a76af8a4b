#pragma once
// CreatePanel: the left of the playground window. A form that makes an
// object (kind, prefix, suffix, directory, delete / delete_on_close,
// max_size) and the pitfall demos, both run on the session.
//
// Its texts keep PlaygroundWindow's translation context. GUI thread only.

#include <QCoreApplication>
#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace tempscope::gui::playground {

class PlaygroundSession;

class CreatePanel final : public QWidget
{
    Q_DECLARE_TR_FUNCTIONS(tempscope::gui::playground::PlaygroundWindow)

public:
    CreatePanel(PlaygroundSession *session, QWidget *parent);

    // The directories objects can be made in: the root and every directory
    // object that exists; call when the root changed.
    void updateDirectories();
    // The demos that need the other process wait while it runs.
    void updateDemos();

    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *prefixEdit() const { return m_prefix; }
    QLineEdit *suffixEdit() const { return m_suffix; }
    QComboBox *directoryBox() const { return m_directory; }
    QCheckBox *deleteBox() const { return m_delete; }
    QCheckBox *deleteOnCloseBox() const { return m_deleteOnClose; }
    // "3.12+" next to delete_on_close: what the removal options need.
    QLabel *versionMarker() const { return m_versionMarker; }
    QSpinBox *maxSizeBox() const { return m_maxSize; }
    QCheckBox *textModeBox() const { return m_textMode; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *pitfallButton(int index) const { return m_pitfalls.value(index); }
    // The recipes' buttons, in the order of PlaygroundSession's demo… recipes.
    QPushButton *recipeButton(int index) const { return m_recipes.value(index); }

protected:
    void changeEvent(QEvent *event) override;

private:
    QGroupBox *formBox();
    QGroupBox *pitfallsBox();
    QGroupBox *recipesBox();
    void retranslate();
    void onKindChanged();
    void updateVersionMarker();
    void onCreate();

    PlaygroundSession *m_session;
    QGroupBox *m_createBox = nullptr;
    QFormLayout *m_form = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_prefix = nullptr;
    QLineEdit *m_suffix = nullptr;
    QComboBox *m_directory = nullptr;
    QCheckBox *m_delete = nullptr;
    QCheckBox *m_deleteOnClose = nullptr;
    QLabel *m_versionMarker = nullptr;
    QCheckBox *m_textMode = nullptr;
    QSpinBox *m_maxSize = nullptr;
    QPushButton *m_create = nullptr;
    QGroupBox *m_pitfallsBox = nullptr;
    QList<QPushButton *> m_pitfalls;
    QGroupBox *m_recipesBox = nullptr;
    QList<QPushButton *> m_recipes;
    // The recipes that need the other process.
    static constexpr int kHandOff = 1;
    static constexpr int kNamingRace = 4;
    static constexpr int kGettempdir = 5;
};

} // namespace tempscope::gui::playground
