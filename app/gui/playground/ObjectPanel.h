#pragma once
// ObjectPanel: the middle of the playground window. The live objects
// (LiveObjectsModel), what to write, the actions on the selected object,
// each enabled only when it applies, and the spool gauge: memory versus disk
// of a selected SpooledTemporaryFile and where it rolled over.
//
// Acts on the session; its texts keep PlaygroundWindow's translation
// context. GUI thread only.

#include "gui/playground/PlaygroundObject.h"

#include <QCoreApplication>
#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTreeView;

namespace tempscope::gui::playground {

class LiveObjectsModel;
class PlaygroundSession;

class ObjectPanel final : public QWidget
{
    Q_DECLARE_TR_FUNCTIONS(tempscope::gui::playground::PlaygroundWindow)

public:
    // model: the session's objects, shown in the list.
    ObjectPanel(PlaygroundSession *session, LiveObjectsModel *model, QWidget *parent);

    // Selects the object of that session row.
    void selectRow(int row);
    int selectedRow() const;
    // Enables what applies to the selected object now.
    void updateActions();
    void updateGauge();

    QTreeView *objectsView() const { return m_view; }
    QLineEdit *textEdit() const { return m_text; }
    QSpinBox *byteCountBox() const { return m_byteCount; }
    QPushButton *actionButton(Action action) const;
    QPushButton *writeBytesButton() const { return m_writeBytes; }
    QProgressBar *spoolGauge() const { return m_gauge; }
    QLabel *rolloverLabel() const { return m_rollover; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpView();
    QLayout *writeRow();
    QLayout *actionRows();
    QLayout *gaugeRow();
    void retranslate();
    void act(Action action, const QByteArray &payload = {});

    PlaygroundSession *m_session;
    LiveObjectsModel *m_model;
    QLabel *m_title;
    QTreeView *m_view;
    QLineEdit *m_text = nullptr;
    QPushButton *m_writeText = nullptr;
    QSpinBox *m_byteCount = nullptr;
    QPushButton *m_writeBytes = nullptr;
    QHash<int, QPushButton *> m_actions;
    QProgressBar *m_gauge = nullptr;
    QLabel *m_gaugeLabel = nullptr;
    QLabel *m_rollover = nullptr;
};

} // namespace tempscope::gui::playground
