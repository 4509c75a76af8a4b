#pragma once
// What the playground window tests share: TMPDIR pointed at a temporary
// directory for the whole run (gettempdir() is cached per process, so the
// playground root goes there), a fresh inspector per test on empty settings,
// and the playground root removed after each test.

#include "core/locations/ScratchRoots.h"
#include "gui/MainWindow.h"
#include "gui/playground/PlaygroundWindow.h"

#include <QDir>
#include <QFile>
#include <QObject>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

namespace tempscope::gui::test {

class PlaygroundFixture : public QObject
{
protected:
    QTemporaryDir m_tmp;
    std::unique_ptr<MainWindow> m_window;

    playground::PlaygroundWindow *playground() const { return m_window->playground(); }

    // For initTestCase: test settings, and TMPDIR for the whole run.
    [[nodiscard]] bool useTemporaryTmpdir()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!m_tmp.isValid())
            return false;
        qputenv("TMPDIR", QFile::encodeName(QDir(m_tmp.path()).canonicalPath()));
        return true;
    }

    // For init: an inspector (not shown yet) on empty settings, scanning nothing.
    void openWindow()
    {
        ScratchRoots::openSettings()->clear();
        MainWindow::Options options;
        options.discoverRoots = false;
        options.scanAllOnStart = false;
        m_window = std::make_unique<MainWindow>(options);
    }

    // For cleanup: the inspector closes, the playground root goes (the crash
    // demo leaves orphans in it).
    void closeWindow()
    {
        const QString root = m_window && playground() ? playground()->root() : QString();
        m_window.reset();
        if (!root.isEmpty())
            QDir(root).removeRecursively();
    }
};

} // namespace tempscope::gui::test
