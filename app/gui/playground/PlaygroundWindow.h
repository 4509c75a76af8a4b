#pragma once
// PlaygroundWindow: a window next to the inspector where temp-file behaviour
// can be clicked and watched. Left: make an object (kind, prefix, suffix,
// directory, delete / delete_on_close, max_size), the pitfall demos and the
// guided tour. Middle: the live objects and the actions on the selected one,
// with the spool gauge. Bottom: what the last action did and why, with the
// same code in Python and in C++, and the raw event log.
//
// Owns its PlaygroundSession. Every action that may change the scratch root
// emits rootChanged(); the main window rescans the root then. Closing the
// window cleans up every object (as leaving all `with` blocks would).
// GUI thread only.

#include "gui/playground/PlaygroundSession.h"
#include "gui/playground/Tour.h"

#include <QHash>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTreeView;

namespace tempscope::gui::playground {

class LiveObjectsModel;

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
    QTreeView *objectsView() const { return m_objectsView; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *prefixEdit() const { return m_prefix; }
    QLineEdit *suffixEdit() const { return m_suffix; }
    QComboBox *directoryBox() const { return m_directory; }
    QCheckBox *deleteBox() const { return m_delete; }
    QCheckBox *deleteOnCloseBox() const { return m_deleteOnClose; }
    QSpinBox *maxSizeBox() const { return m_maxSize; }
    QPushButton *createButton() const { return m_create; }
    QLineEdit *textEdit() const { return m_text; }
    QSpinBox *byteCountBox() const { return m_byteCount; }
    QPushButton *actionButton(Action action) const;
    QPushButton *writeBytesButton() const { return m_writeBytes; }
    QPushButton *pitfallButton(int index) const { return m_pitfalls.value(index); }
    QProgressBar *spoolGauge() const { return m_gauge; }
    QLabel *rolloverLabel() const { return m_rollover; }
    QLabel *explanationLabel() const { return m_explanation; }
    QString pythonCode() const;
    QString cppCode() const;
    QPushButton *tourButton() const { return m_tourNext; }
    QLabel *tourLabel() const { return m_tourTitle; }

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
    QWidget *createPane();
    QWidget *objectsPane();
    QWidget *lessonPane();
    QWidget *tourPane();
    void retranslateUi();
    void onKindChanged();
    void onCreate();
    void act(Action action, const QByteArray &payload = {});
    void showLesson(const Lesson &lesson);
    void updateActions();
    void updateGauge();
    void updateDirectories();
    void runTourStep();
    void showTourStep();

    PlaygroundSession *m_session;
    LiveObjectsModel *m_model;
    QList<TourStep> m_tour;
    int m_tourStep = 0;

    QLabel *m_rootLabel = nullptr;
    QGroupBox *m_createBox = nullptr;
    QFormLayout *m_form = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_prefix = nullptr;
    QLineEdit *m_suffix = nullptr;
    QComboBox *m_directory = nullptr;
    QCheckBox *m_delete = nullptr;
    QCheckBox *m_deleteOnClose = nullptr;
    QSpinBox *m_maxSize = nullptr;
    QPushButton *m_create = nullptr;
    QGroupBox *m_pitfallsBox = nullptr;
    QList<QPushButton *> m_pitfalls;

    QLabel *m_objectsTitle = nullptr;
    QTreeView *m_objectsView = nullptr;
    QLineEdit *m_text = nullptr;
    QPushButton *m_writeText = nullptr;
    QSpinBox *m_byteCount = nullptr;
    QPushButton *m_writeBytes = nullptr;
    QHash<int, QPushButton *> m_actions;
    QProgressBar *m_gauge = nullptr;
    QLabel *m_gaugeLabel = nullptr;
    QLabel *m_rollover = nullptr;

    bool m_lessonShown = false; // until then the title invites the first step
    QLabel *m_lessonTitle = nullptr;
    QLabel *m_explanation = nullptr;
    QPlainTextEdit *m_python = nullptr;
    QPlainTextEdit *m_cpp = nullptr;
    QPlainTextEdit *m_events = nullptr;
    QTabWidget *m_codeTabs = nullptr;

    QGroupBox *m_tourBox = nullptr;
    QAction *m_tourNextAction = nullptr;
    QLabel *m_tourTitle = nullptr;
    QLabel *m_tourText = nullptr;
    QPushButton *m_tourBack = nullptr;
    QPushButton *m_tourNext = nullptr;
};

} // namespace tempscope::gui::playground
