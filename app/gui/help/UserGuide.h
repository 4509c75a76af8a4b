#pragma once
// UserGuide: Help › User Guide (F1): the README's section on the desktop app,
// built into the program at configure time and shown as formatted text
// (Markdown), so the guide is there offline and always matches the README
// of the build. Links to the web open in the browser.
//
// GUI thread only.

#include <QDialog>

class QTextBrowser;

namespace tempscope::gui {

class UserGuide final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserGuide)

public:
    explicit UserGuide(QWidget *parent = nullptr);

    // The guide as shipped (Markdown); empty if the resource is missing.
    static QString markdown();
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace tempscope::gui
