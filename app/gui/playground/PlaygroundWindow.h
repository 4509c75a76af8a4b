#pragma once
// PlaygroundWindow: a window next to the inspector where temp-file behaviour
// can be clicked and watched. Left: make an object and the pitfall demos
// (CreatePanel), the guided tour (TourPanel). Middle: the live objects and
// the actions on the selected one, with the spool gauge (ObjectPanel).
// Bottom: what the last action did and why, with the same code in Python and
// in C++, and the raw event log (LessonPanel).
//
// Owns its PlaygroundSession and keeps the panels in step with it. Every
// action that may change the scratch root emits rootChanged(); the main
// window rescans the root then. Closing the window cleans up every object
// (as leaving all `with` blocks would); so does Esc. Its size does not
// follow the texts it shows: the tour and the lesson keep their space.
// GUI thread only.

#include "gui/playground/PlaygroundSession.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTreeView;

namespace tempscope::gui::playground {

class CreatePanel;
class LessonPanel;
class LiveObjectsModel;
class ObjectPanel;
class TourPanel;

class PlaygroundWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaygroundWindow)

public:
    // root: PlaygroundRoot::ensure()'s directory.
    explicit PlaygroundWindow(const QString &root, QWidget *parent = nullptr);
    ~PlaygroundWindow() override;

    PlaygroundSession *session() const { return m_session; }
    QString root() const { return m_session->root(); }

    // The controls, for keyboard users' tests and for the tour.
    QTreeView *objectsView() const;
    QComboBox *kindBox() const;
    QLineEdit *prefixEdit() const;
    QLineEdit *suffixEdit() const;
    QComboBox *directoryBox() const;
    QCheckBox *deleteBox() const;
    QCheckBox *deleteOnCloseBox() const;
    QLabel *versionMarker() const; // "3.12+" next to delete_on_close
    QSpinBox *maxSizeBox() const;
    QCheckBox *textModeBox() const;
    QPushButton *createButton() const;
    QLineEdit *textEdit() const;
    QSpinBox *byteCountBox() const;
    QPushButton *actionButton(Action action) const;
    QPushButton *writeBytesButton() const;
    QPushButton *pitfallButton(int index) const;
    QProgressBar *spoolGauge() const;
    QLabel *rolloverLabel() const;
    QLabel *explanationLabel() const;
    QString pythonCode() const;
    QString cppCode() const;
    QString sessionPython() const; // the whole session as one script
    QString sessionCpp() const;
    QPushButton *copyScriptButton() const;
    QPushButton *tourButton() const;
    QLabel *tourLabel() const;

    // Puts the window beside the inspector, on the side with room for it
    // (narrowed to fit there, not below its minimum), else over it against
    // the screen's right edge; never past an edge of the available screen.
    void placeBeside(const QWidget *inspector);

    // Selects the object of that session row.
    void selectRow(int row);
    int selectedRow() const;

Q_SIGNALS:
    // The scratch root changed on disk; the inspector should list it again.
    void rootChanged(const QString &root);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslateUi();
    void followSession();

    PlaygroundSession *m_session;
    LiveObjectsModel *m_model;
    QLabel *m_rootLabel;
    CreatePanel *m_create;
    TourPanel *m_tour;
    ObjectPanel *m_objects;
    LessonPanel *m_lesson;
};

} // namespace tempscope::gui::playground
