#include "gui/playground/PlaygroundWindow.h"

#include "gui/Translations.h"
#include "gui/playground/CreatePanel.h"
#include "gui/playground/LessonPanel.h"
#include "gui/playground/LiveObjectsModel.h"
#include "gui/playground/ObjectPanel.h"
#include "gui/playground/TourPanel.h"

#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace tempscope::gui::playground {

PlaygroundWindow::PlaygroundWindow(const QString &root, QWidget *parent)
    : QWidget(parent, Qt::Window), m_session(new PlaygroundSession(root, this)),
      m_model(new LiveObjectsModel(m_session)), m_rootLabel(new QLabel(this)),
      m_create(new CreatePanel(m_session, this)), m_tour(new TourPanel(m_session, this)),
      m_objects(new ObjectPanel(m_session, m_model, this)), m_lesson(new LessonPanel(this))
{
    setObjectName(QStringLiteral("playground"));
    m_rootLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rootLabel->setWordWrap(true);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    // The tour first: its buttons stay where they are whatever the form
    // below shows for the kind chosen.
    leftLayout->addWidget(m_tour);
    leftLayout->addWidget(m_create);
    leftLayout->addStretch();

    // The left column scrolls rather than squeezing the lesson below it.
    auto *leftScroll = new QScrollArea(this);
    leftScroll->setWidget(left);
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    leftScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Always there: a scroll bar coming and going would move the tour's
    // buttons sideways as the form below changes height.
    leftScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    leftScroll->setMinimumWidth(left->sizeHint().width() +
                                leftScroll->verticalScrollBar()->sizeHint().width());
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(leftScroll);
    top->addWidget(m_objects);
    top->setStretchFactor(1, 1);

    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(top);
    vertical->addWidget(m_lesson);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_rootLabel);
    layout->addWidget(vertical, 1);

    // Esc closes the window, like a dialog's Cancel.
    auto *close = new QAction(this);
    close->setShortcut(Qt::Key_Escape);
    close->setShortcutContext(Qt::WindowShortcut);
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);

    followSession();
    m_lesson->showSession(m_session->script());
    const int em = fontMetrics().horizontalAdvance(u'M');
    const QSize available = screen()->availableGeometry().size();
    resize(std::min(available.width() * 9 / 10, 140 * em),
           std::min(available.height() * 9 / 10, 64 * em));
    retranslateUi();
    m_objects->updateActions();
    m_create->updateDemos();
}

PlaygroundWindow::~PlaygroundWindow()
{
    // The session (a child) cleans up when deleted; this window is half gone by then.
    m_session->disconnect(this);
    m_session->events()->disconnect(this);
}

// The panels follow what the session does.
void PlaygroundWindow::followSession()
{
    connect(m_session, &PlaygroundSession::lessonChanged, this, [this](const Lesson &lesson) {
        m_lesson->showLesson(lesson);
        m_lesson->showSession(m_session->script());
        m_objects->updateActions();
        m_create->updateDemos();
        m_objects->updateGauge();
    });
    connect(m_session, &PlaygroundSession::cleared, this,
            [this] { m_lesson->showSession(m_session->script()); });
    connect(m_session, &PlaygroundSession::rootChanged, this, [this] {
        m_objects->updateActions();
        m_create->updateDemos();
        m_objects->updateGauge();
        m_create->updateDirectories();
        Q_EMIT rootChanged(m_session->root());
    });
    connect(m_session, &PlaygroundSession::added, this, [this](int row) { selectRow(row); });
    const auto updateBusy = [this] {
        m_objects->updateActions();
        m_create->updateDemos();
    };
    connect(m_session, &PlaygroundSession::crashFinished, this, updateBusy);
    connect(m_session, &PlaygroundSession::childRunningChanged, this, updateBusy);
    connect(m_session->events(), &tempfile::TempFileEventHub::eventReported, this,
            [this](const tempfile::TempFileEvent &e) { m_lesson->appendEvent(e.toString()); });
}

QTreeView *PlaygroundWindow::objectsView() const
{
    return m_objects->objectsView();
}

QComboBox *PlaygroundWindow::kindBox() const
{
    return m_create->kindBox();
}

QLineEdit *PlaygroundWindow::prefixEdit() const
{
    return m_create->prefixEdit();
}

QLineEdit *PlaygroundWindow::suffixEdit() const
{
    return m_create->suffixEdit();
}

QComboBox *PlaygroundWindow::directoryBox() const
{
    return m_create->directoryBox();
}

QCheckBox *PlaygroundWindow::deleteBox() const
{
    return m_create->deleteBox();
}

QCheckBox *PlaygroundWindow::deleteOnCloseBox() const
{
    return m_create->deleteOnCloseBox();
}

QLabel *PlaygroundWindow::versionMarker() const
{
    return m_create->versionMarker();
}

QSpinBox *PlaygroundWindow::maxSizeBox() const
{
    return m_create->maxSizeBox();
}

QCheckBox *PlaygroundWindow::textModeBox() const
{
    return m_create->textModeBox();
}

QPushButton *PlaygroundWindow::createButton() const
{
    return m_create->createButton();
}

QLineEdit *PlaygroundWindow::textEdit() const
{
    return m_objects->textEdit();
}

QSpinBox *PlaygroundWindow::byteCountBox() const
{
    return m_objects->byteCountBox();
}

QPushButton *PlaygroundWindow::actionButton(Action action) const
{
    return m_objects->actionButton(action);
}

QPushButton *PlaygroundWindow::writeBytesButton() const
{
    return m_objects->writeBytesButton();
}

QPushButton *PlaygroundWindow::pitfallButton(int index) const
{
    return m_create->pitfallButton(index);
}

QProgressBar *PlaygroundWindow::spoolGauge() const
{
    return m_objects->spoolGauge();
}

QLabel *PlaygroundWindow::rolloverLabel() const
{
    return m_objects->rolloverLabel();
}

QLabel *PlaygroundWindow::explanationLabel() const
{
    return m_lesson->explanationLabel();
}

QString PlaygroundWindow::pythonCode() const
{
    return m_lesson->pythonCode();
}

QString PlaygroundWindow::cppCode() const
{
    return m_lesson->cppCode();
}

QString PlaygroundWindow::sessionPython() const
{
    return m_lesson->sessionPython();
}

QString PlaygroundWindow::sessionCpp() const
{
    return m_lesson->sessionCpp();
}

QPushButton *PlaygroundWindow::copyScriptButton() const
{
    return m_lesson->copyButton();
}

QPushButton *PlaygroundWindow::tourButton() const
{
    return m_tour->nextButton();
}

QLabel *PlaygroundWindow::tourLabel() const
{
    return m_tour->titleLabel();
}

void PlaygroundWindow::selectRow(int row)
{
    m_objects->selectRow(row);
}

int PlaygroundWindow::selectedRow() const
{
    return m_objects->selectedRow();
}

// The window's own texts in the current language: once when it is built,
// again on each LanguageChange (the panels follow that event themselves).
void PlaygroundWindow::retranslateUi()
{
    setWindowTitle(tr("Playground — Tempscope"));
    m_rootLabel->setText(
        tr("Everything here happens in <b>%1</b>, shown in the inspector at the same time.")
            .arg(m_session->root().toHtmlEscaped()));
}

void PlaygroundWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        Translations::announce(m_model);
    }
    QWidget::changeEvent(event);
}

void PlaygroundWindow::placeBeside(const QWidget *inspector)
{
    const QRect available = (inspector ? inspector->screen() : screen())->availableGeometry();
    const QRect main = inspector ? inspector->frameGeometry() : QRect();
    // What the window frame adds around the contents: this window's own
    // once shown, until then the inspector's (the same decorations).
    const QWidget *framed = isVisible() || !inspector ? this : inspector;
    const QMargins frame(framed->geometry().left() - framed->frameGeometry().left(),
                         framed->geometry().top() - framed->frameGeometry().top(),
                         framed->frameGeometry().right() - framed->geometry().right(),
                         framed->frameGeometry().bottom() - framed->geometry().bottom());
    const QSize least = minimumSizeHint().expandedTo(minimumSize()).grownBy(frame);
    QSize outer = this->size().grownBy(frame).boundedTo(available.size());
    QPoint at;
    const int right = available.right() - main.right();
    const int left = main.left() - available.left();
    if (inspector && right >= least.width() && right >= left) {
        outer.setWidth(std::min(outer.width(), right));
        at = {main.right() + 1, main.top()};
    } else if (inspector && left >= least.width()) {
        outer.setWidth(std::min(outer.width(), left));
        at = {main.left() - outer.width(), main.top()};
    } else {
        // No room beside it: over it, against the screen's right edge.
        at = {available.right() + 1 - outer.width(), main.isValid() ? main.top() : available.top()};
    }
    // Never past an edge of the screen, the bottom least of all.
    at.setX(std::clamp(at.x(), available.left(), available.right() + 1 - outer.width()));
    at.setY(std::clamp(at.y(), available.top(), available.bottom() + 1 - outer.height()));
    resize(outer.shrunkBy(frame).expandedTo(minimumSizeHint()));
    move(at);
}

void PlaygroundWindow::closeEvent(QCloseEvent *event)
{
    // Like leaving every with block: what the session made goes away.
    m_session->clear();
    event->accept();
}

} // namespace tempscope::gui::playground
