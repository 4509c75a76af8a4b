#include "gui/playground/TourPanel.h"

#include "gui/PlainText.h"
#include "gui/playground/PlaygroundSession.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tempscope::gui::playground {

TourPanel::TourPanel(PlaygroundSession *session, QWidget *parent)
    : QGroupBox(parent), m_session(session), m_tour(tourSteps()),
      m_title(plainLabel(new QLabel(this))), m_text(plainLabel(new QLabel(this))),
      m_back(new QPushButton(this)), m_next(new QPushButton(this)), m_nextAction(new QAction(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_text->setWordWrap(true);
    // The step texts differ in length: the box keeps the height of the
    // longest (set in showStep), so the buttons below never move.
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_title->setWordWrap(true);
    // An action, not the button's shortcut: the button's text (and with it
    // its mnemonic shortcut) changes from step to step.
    m_nextAction->setShortcut(Qt::CTRL | Qt::Key_Return);
    m_nextAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_nextAction, &QAction::triggered, m_next, &QPushButton::click);
    addAction(m_nextAction);
    connect(m_back, &QPushButton::clicked, this, [this] { stepBack(); });
    connect(m_next, &QPushButton::clicked, this, [this] { runStep(); });
    connect(m_session, &PlaygroundSession::childRunningChanged, m_next, [this](bool running) {
        m_next->setEnabled(!running);
        m_back->setEnabled(!running && m_ran > 0);
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    retranslate();
}

void TourPanel::showStep()
{
    const TourStep &step = m_tour.at(m_step);
    m_title->setText(tr("Step %1 of %2: %3").arg(m_step + 1).arg(m_tour.size()).arg(step.title));
    m_text->setText(step.text);
    reserveTextHeight();
    m_back->setEnabled(m_ran > 0 && !m_session->childRunning());
    m_next->setText(m_step + 1 < m_tour.size() ? tr("Show &me") : tr("Show &me (last step)"));
}

void TourPanel::reserveTextHeight()
{
    // The longest step at the width the box gives its texts now.
    const QMargins margins = layout() ? layout()->contentsMargins() : QMargins();
    const int width = std::max(8 * fontMetrics().horizontalAdvance(u'M'),
                               contentsRect().width() - margins.left() - margins.right());
    int title = 0;
    int text = 0;
    for (int i = 0; i < m_tour.size(); ++i) {
        const QRect bounds(0, 0, width, 100000);
        title = std::max(
            title,
            m_title->fontMetrics()
                .boundingRect(
                    bounds, Qt::TextWordWrap,
                    tr("Step %1 of %2: %3").arg(i + 1).arg(m_tour.size()).arg(m_tour.at(i).title))
                .height());
        text = std::max(text, m_text->fontMetrics()
                                  .boundingRect(bounds, Qt::TextWordWrap, m_tour.at(i).text)
                                  .height());
    }
    m_title->setMinimumHeight(title);
    m_text->setMinimumHeight(text);
}

void TourPanel::resizeEvent(QResizeEvent *event)
{
    QGroupBox::resizeEvent(event);
    reserveTextHeight();
}

void TourPanel::runStep()
{
    m_tour.at(m_step).run(*m_session, m_rows);
    m_ran = m_step + 1;
    m_step = std::min(m_ran, int(m_tour.size()) - 1);
    showStep();
}

void TourPanel::stepBack()
{
    if (m_ran == 0)
        return;
    --m_ran;
    replayTour(m_tour, m_ran, *m_session, m_rows);
    m_step = m_ran;
    showStep();
}

void TourPanel::retranslate()
{
    setTitle(tr("Guided tour"));
    m_back->setText(tr("&Back"));
    m_next->setToolTip(tr("Run this step, then go to the next (Ctrl+Return)"));
    m_nextAction->setText(tr("Next tour step"));
    m_tour = tourSteps();
    showStep();
}

void TourPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

} // namespace tempscope::gui::playground
