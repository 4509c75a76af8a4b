#pragma once
// LessonPanel: the bottom of the playground window. What the last step did
// and why (highlighted when a pitfall bit), and the same step as code in
// tabs: Python, C++ (Tempscope core); the whole session so far as one Python
// script and one C++ function, with "Copy as script"; and the raw event log
// of the core classes.
//
// Shows what it is given; knows no session. Its texts keep
// PlaygroundWindow's translation context. GUI thread only.

#include <QCoreApplication>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace tempscope::gui::playground {

struct Code;
struct Lesson;

class LessonPanel final : public QWidget
{
    Q_DECLARE_TR_FUNCTIONS(tempscope::gui::playground::PlaygroundWindow)

public:
    explicit LessonPanel(QWidget *parent = nullptr);

    void showLesson(const Lesson &lesson);
    void showSession(const Code &script);
    // Copies the session script to the clipboard: the C++ function when a C++
    // tab is shown, else the Python script.
    void copyScript();
    void appendEvent(const QString &line);

    QLabel *explanationLabel() const { return m_explanation; }
    QString pythonCode() const;
    QString cppCode() const;
    QString sessionPython() const;
    QString sessionCpp() const;
    QPushButton *copyButton() const { return m_copy; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    bool m_lessonShown = false; // until then the title invites the first step
    QLabel *m_lessonTitle;
    QLabel *m_explanation;
    QTabWidget *m_codeTabs;
    QPlainTextEdit *m_python;
    QPlainTextEdit *m_cpp;
    QPlainTextEdit *m_sessionPython;
    QPlainTextEdit *m_sessionCpp;
    QPlainTextEdit *m_events;
    QPushButton *m_copy;
};

} // namespace tempscope::gui::playground
