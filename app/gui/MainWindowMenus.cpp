// MainWindow: its actions, menus and toolbar, the cleanup's entry points among them.

#include "gui/MainWindow.h"

#include "gui/Translations.h"
#include "gui/cleanup/CleanupActions.h"
#include "gui/help/AboutBox.h"
#include "gui/help/UserGuide.h"
#include "gui/items/FilterBar.h"
#include "gui/scan/ScanService.h"
#include "gui/trends/TrendsActions.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

namespace tempscope::gui {

void MainWindow::createActions()
{
    auto icon = [](const char *name) {
        return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
    };
    m_rescanAction = new QAction(icon("rescan"), QString(), this);
    m_rescanAction->setShortcut(QKeySequence::Refresh);
    connect(m_rescanAction, &QAction::triggered, this, &MainWindow::rescan);

    m_cancelAction = new QAction(icon("cancel"), QString(), this);
    m_cancelAction->setShortcut(Qt::Key_Escape);
    m_cancelAction->setEnabled(false);
    connect(m_cancelAction, &QAction::triggered, m_scans, &ScanService::cancel);

    m_whyAction = new QAction(icon("info"), QString(), this);
    m_whyAction->setObjectName(QStringLiteral("whyAction"));
    m_whyAction->setShortcut(Qt::CTRL | Qt::Key_I);
    connect(m_whyAction, &QAction::triggered, this, &MainWindow::showResolution);

    m_playgroundAction = new QAction(icon("tempscope"), QString(), this);
    m_playgroundAction->setObjectName(QStringLiteral("playgroundAction"));
    m_playgroundAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
    connect(m_playgroundAction, &QAction::triggered, this, &MainWindow::openPlayground);

    auto *quit = m_quitAction = new QAction(this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    auto *find = m_findAction = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        filterBar()->textEdit()->setFocus(Qt::ShortcutFocusReason);
        filterBar()->textEdit()->selectAll();
    });

    m_trackAction = new QAction(icon("tracked"), QString(), this);
    m_trackAction->setShortcut(Qt::CTRL | Qt::Key_T);
    connect(m_trackAction, &QAction::triggered, this, &MainWindow::trackFamily);

    QMenu *file = m_fileMenu = menuBar()->addMenu(QString());
    file->addAction(m_locations->addAction());
    file->addAction(m_locations->removeAction());
    file->addAction(m_locations->confirmAction());
    file->addSeparator();
    file->addAction(quit);
    QMenu *view = m_viewMenu = menuBar()->addMenu(QString());
    view->addAction(m_rescanAction);
    view->addAction(m_cancelAction);
    view->addAction(find);
    view->addAction(m_trackAction);
    view->addSeparator();
    view->addAction(m_whyAction);
    view->addAction(m_playgroundAction);
    view->addAction(m_trends->action());
    view->addSeparator();
    view->addMenu(new LanguageMenu(view));

    QToolBar *bar = m_toolBar = addToolBar(QString());
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_rescanAction);
    bar->addAction(m_cancelAction);
    bar->addSeparator();
    bar->addAction(m_locations->addAction());
    bar->addAction(m_locations->removeAction());
    bar->addSeparator();
    bar->addAction(m_whyAction);
    bar->addAction(m_playgroundAction);
}

// The cleanup wizard's entry points: a Clean menu, the toolbar, the items
// view's Delete keys and context menu. A finished cleanup rescans its root.
void MainWindow::createCleanupActions()
{
    CleanupActions::Context context;
    context.window = this;
    context.settings = m_settings.get();
    context.itemsView = itemsView();
    context.itemsModel = itemsModel();
    context.shownScan = [this] { return m_results.value(selectedRoot()); };
    context.ageRule = [this] { return currentRule(); };
    m_cleanup = new CleanupActions(context, this);
    connect(m_cleanup, &CleanupActions::cleanupFinished, this, [this](const QString &root) {
        if (mayScan(root))
            m_scans->scan(root, true);
    });
    connect(this, &MainWindow::inventoryShown, m_cleanup, &CleanupActions::updateEnabled);

    QMenu *clean = m_cleanMenu = menuBar()->addMenu(QString());
    clean->addAction(m_cleanup->cleanUpAction());
    clean->addAction(m_cleanup->undoTrashAction());
    clean->addSeparator();
    clean->addAction(m_cleanup->trashAction());
    clean->addAction(m_cleanup->deleteAction());
    clean->addSeparator();
    clean->addAction(m_cleanup->copyPathAction());
    clean->addAction(m_cleanup->openFolderAction());
    if (auto *bar = findChild<QToolBar *>(QStringLiteral("mainToolBar"))) {
        bar->addSeparator();
        bar->addAction(m_cleanup->cleanUpAction());
    }
}

// Help: the user guide (F1), About Tempscope and About Qt.
void MainWindow::createHelpMenu()
{
    m_guideAction = new QAction(this);
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    connect(m_guideAction, &QAction::triggered, this, [this] {
        auto *guide = findChild<UserGuide *>();
        if (!guide) {
            guide = new UserGuide(this);
            guide->setAttribute(Qt::WA_DeleteOnClose);
        }
        guide->show();
        guide->raise();
        guide->activateWindow();
    });
    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] { showAboutBox(this); });
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    QMenu *help = m_helpMenu = menuBar()->addMenu(QString());
    help->addAction(m_guideAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

} // namespace tempscope::gui
