#pragma once
// TourPanel: the guided tour (Tour.h) as a box in the playground window: the
// step's title and what to watch for, Back, and "Show me", which runs the
// step on the session and moves on (also Ctrl+Return anywhere in the
// window).
//
// Its texts keep PlaygroundWindow's translation context. GUI thread only.

#include "gui/playground/Tour.h"

#include <QCoreApplication>
#include <QGroupBox>

class QAction;
class QLabel;
class QPushButton;

namespace tempscope::gui::playground {

class PlaygroundSession;

class TourPanel final : public QGroupBox
{
    Q_DECLARE_TR_FUNCTIONS(tempscope::gui::playground::PlaygroundWindow)

public:
    TourPanel(PlaygroundSession *session, QWidget *parent);

    QPushButton *nextButton() const { return m_next; }
    QLabel *titleLabel() const { return m_title; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void runStep();
    void showStep();

    PlaygroundSession *m_session;
    QList<TourStep> m_tour;
    int m_step = 0;
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_back;
    QPushButton *m_next;
    QAction *m_nextAction;
};

} // namespace tempscope::gui::playground
