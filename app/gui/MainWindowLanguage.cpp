// MainWindow: its fixed texts in the current language, and how the window
// follows a language switch.

#include "gui/MainWindow.h"

#include "gui/Translations.h"
#include "gui/cleanup/CleanupActions.h"
#include "gui/items/AgeChartView.h"
#include "gui/items/FamiliesModel.h"
#include "gui/items/ItemsModel.h"
#include "gui/locations/LocationsModel.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QLayout>
#include <QListView>
#include <QMenu>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>

namespace tempscope::gui {

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        followLanguageChange();
    }
    QMainWindow::changeEvent(event);
}

// Every fixed text of the window, in the current language: once when it is
// built, again on each LanguageChange.
void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Tempscope"));
    m_rescanAction->setText(tr("&Rescan"));
    m_rescanAction->setToolTip(tr("Scan the selected location again (F5)"));
    m_cancelAction->setText(tr("&Stop scanning"));
    m_locations->addAction()->setText(tr("&Add location…"));
    m_locations->addAction()->setToolTip(tr("Add a directory to the locations (Ctrl+O)"));
    m_locations->removeAction()->setText(tr("Re&move location"));
    m_locations->removeAction()->setToolTip(
        tr("Remove the selected location you added (the directory is not touched)"));
    m_locations->confirmAction()->setText(tr("&Confirm location…"));
    m_locations->confirmAction()->setToolTip(
        tr("Accept a location you added that has changed since (it is not scanned until then)"));
    m_whyAction->setText(tr("&Why this temporary directory?"));
    m_playgroundAction->setText(tr("&Playground…"));
    m_playgroundAction->setToolTip(tr("Try temp files live and watch them here (Ctrl+Shift+P)"));
    m_trackAction->setText(tr("&Track a Family…"));
    m_trackAction->setToolTip(
        tr("Name the families of your own applications by prefix or pattern (Ctrl+T)"));
    m_quitAction->setText(tr("&Quit"));
    m_findAction->setText(tr("&Filter items"));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_cleanMenu->setTitle(tr("&Clean"));
    m_helpMenu->setTitle(tr("&Help"));
    m_guideAction->setText(tr("&User Guide"));
    m_aboutAction->setText(tr("&About Tempscope"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_cleanup->retranslateUi();
    m_toolBar->setWindowTitle(tr("Main"));
    locationsView()->setAccessibleName(tr("Locations"));
    itemsView()->setAccessibleName(tr("Items"));
    familiesView()->setAccessibleName(tr("Families"));
    QTabWidget *tabs = overviewTabs();
    m_inspector->familiesTitle()->setText(tr("&Families — select one to show only its items"));
    tabs->setTabText(tabs->indexOf(m_inspector->familiesTitle()->parentWidget()), tr("Families"));
    tabs->setTabText(tabs->indexOf(ageChart()), tr("Ages"));
}

// After a language switch: the models' texts, the status and the details
// follow, and the panes make room for longer words.
void MainWindow::followLanguageChange()
{
    Translations::announce(locationsModel());
    Translations::announce(itemsModel());
    Translations::announce(familiesModel());
    m_inspector->fitSectionTitles();
    updateStatus();
    m_inspector->showCurrentRow();
    // Once every pane has its new texts: a side pane whose longer words no
    // longer fit takes room from the middle.
    QTimer::singleShot(0, this, [this] {
        QList<int> sizes = m_mainSplitter->sizes();
        for (int i : {0, 2}) {
            QWidget *pane = m_mainSplitter->widget(i);
            // Drop the size hints the layouts cached for the old texts.
            for (QWidget *child : pane->findChildren<QWidget *>())
                child->updateGeometry();
            for (QLayout *layout : pane->findChildren<QLayout *>())
                layout->invalidate();
            const int need = pane->minimumSizeHint().width();
            if (sizes[i] > 0 && sizes[i] < need) {
                sizes[1] -= need - sizes[i];
                sizes[i] = need;
            }
        }
        m_mainSplitter->setSizes(sizes);
    });
}

} // namespace tempscope::gui
