#include "gui/playground/LessonPanel.h"

#include "gui/PlainText.h"
#include "gui/playground/Lessons.h"

#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tempscope::gui::playground {

namespace {

QPlainTextEdit *codeView(QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    return view;
}

} // namespace

LessonPanel::LessonPanel(QWidget *parent)
    : QWidget(parent), m_lessonTitle(plainLabel(new QLabel(this))),
      m_explanation(plainLabel(new QLabel(this))), // explanations quote the names made
      m_codeTabs(new QTabWidget(this)), m_python(codeView(m_codeTabs)), m_cpp(codeView(m_codeTabs)),
      m_sessionPython(codeView(m_codeTabs)), m_sessionCpp(codeView(m_codeTabs)),
      m_events(codeView(m_codeTabs)), m_copy(new QPushButton(m_codeTabs))
{
    QFont bold = m_lessonTitle->font();
    bold.setBold(true);
    m_lessonTitle->setFont(bold);
    m_lessonTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setWordWrap(true);
    m_explanation->setAutoFillBackground(true);
    m_explanation->setMargin(6);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_events->setMaximumBlockCount(500);
    m_codeTabs->addTab(m_python, QString());
    m_codeTabs->addTab(m_cpp, QString());
    m_codeTabs->addTab(m_sessionPython, QString());
    m_codeTabs->addTab(m_sessionCpp, QString());
    m_codeTabs->addTab(m_events, QString());
    m_codeTabs->setCornerWidget(m_copy, Qt::TopRightCorner);
    connect(m_copy, &QPushButton::clicked, this, &LessonPanel::copyScript);

    // Texts of any length never resize the window: the title is cut at the
    // panel's edge (its tooltip holds all of it), the explanation scrolls
    // within a fixed height of five lines.
    m_lessonTitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *explanation = new QScrollArea(this);
    explanation->setWidget(m_explanation);
    explanation->setWidgetResizable(true);
    explanation->setFrameShape(QFrame::NoFrame);
    explanation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    explanation->setFixedHeight(5 * m_explanation->fontMetrics().lineSpacing() +
                                2 * m_explanation->margin() + 4);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_lessonTitle);
    layout->addWidget(explanation);
    layout->addWidget(m_codeTabs, 1);
    retranslate();
}

QString LessonPanel::pythonCode() const
{
    return m_python->toPlainText();
}

QString LessonPanel::cppCode() const
{
    return m_cpp->toPlainText();
}

void LessonPanel::showLesson(const Lesson &lesson)
{
    m_lessonTitle->setText(lesson.title);
    m_lessonTitle->setToolTip(lesson.title);
    m_lessonShown = true;
    m_explanation->setText(lesson.explanation);
    m_explanation->setBackgroundRole(lesson.surprise ? QPalette::Highlight : QPalette::Window);
    m_explanation->setForegroundRole(lesson.surprise ? QPalette::HighlightedText
                                                     : QPalette::WindowText);
    if (!lesson.code.python.isEmpty() || !lesson.code.cpp.isEmpty()) {
        m_python->setPlainText(lesson.code.python);
        m_cpp->setPlainText(lesson.code.cpp);
        if (m_codeTabs->currentWidget() == m_events)
            m_codeTabs->setCurrentWidget(m_python);
    }
}

void LessonPanel::showSession(const Code &script)
{
    m_sessionPython->setPlainText(script.python);
    m_sessionCpp->setPlainText(script.cpp);
}

QString LessonPanel::sessionPython() const
{
    return m_sessionPython->toPlainText();
}

QString LessonPanel::sessionCpp() const
{
    return m_sessionCpp->toPlainText();
}

void LessonPanel::copyScript()
{
    QWidget *shown = m_codeTabs->currentWidget();
    const bool cpp = shown == m_cpp || shown == m_sessionCpp;
    QGuiApplication::clipboard()->setText(cpp ? sessionCpp() : sessionPython());
}

void LessonPanel::appendEvent(const QString &line)
{
    m_events->appendPlainText(line);
}

// What the last step explained stays as it was said; the next step speaks
// the new language.
void LessonPanel::retranslate()
{
    if (!m_lessonShown)
        m_lessonTitle->setText(tr("Make an object, or start the guided tour."));
    m_explanation->setAccessibleName(tr("What happened"));
    m_python->setAccessibleName(tr("Python code"));
    m_cpp->setAccessibleName(tr("C++ code"));
    m_events->setAccessibleName(tr("Events"));
    m_codeTabs->setTabText(m_codeTabs->indexOf(m_python), tr("Python"));
    m_codeTabs->setTabText(m_codeTabs->indexOf(m_cpp), tr("C++ (Tempscope core)"));
    m_sessionPython->setAccessibleName(tr("The session as a Python script"));
    m_sessionCpp->setAccessibleName(tr("The session as a C++ function"));
    m_codeTabs->setTabText(m_codeTabs->indexOf(m_sessionPython), tr("Session: Python"));
    m_codeTabs->setTabText(m_codeTabs->indexOf(m_sessionCpp), tr("Session: C++"));
    m_codeTabs->setTabText(m_codeTabs->indexOf(m_events), tr("Events"));
    m_copy->setText(tr("Copy as &script"));
    m_copy->setToolTip(tr("Copy everything done so far as one program: the C++ function when a "
                          "C++ tab is shown, else the Python script"));
}

void LessonPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace tempscope::gui::playground
