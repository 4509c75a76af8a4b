#pragma once
// TourPanel: the guided tour (Tour.h) as a box in the playground window: the
// step's title and what to watch for, Back, and "Show me", which runs the
// step on the session and moves on (also Ctrl+Return anywhere in the
// window). Back undoes the step it goes back over: the playground is rebuilt
// as it was before that step (replayTour()). Both wait while the other
// process runs, so a step never finds it busy. A replayed step that needs the
// other process right after another one did (the flush step after the
// flush pitfall) does its file work but not the read.
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
    QPushButton *backButton() const { return m_back; }
    QLabel *titleLabel() const { return m_title; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void runStep();
    void stepBack();
    void showStep();
    void reserveTextHeight();

    PlaygroundSession *m_session;
    QList<TourStep> m_tour;
    TourRows m_rows;
    int m_step = 0; // the step shown
    int m_ran = 0;  // how many steps have run: m_step, or all after the last one
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_back;
    QPushButton *m_next;
    QAction *m_nextAction;
};

} // namespace tempscope::gui::playground
