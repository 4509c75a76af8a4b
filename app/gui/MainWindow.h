#pragma once
// MainWindow: Tempscope's inspector. The locations sidebar on the left, the
// items of the selected root with their filter bar above the families of that
// root in the middle, the selected item's details on the right, scan progress
// with a cancel button in the status bar. Above the items, a notice when the
// results shown are not those of a complete, current scan (ScanNotice).
//
// Scans run on ScanService's thread; results are kept per root
// (ScanResults) and shown when their root is selected. Window, splitter and
// column state, the selected root and the age rule persist in the shared
// settings file.
//
// The window wires its parts: the locations sidebar (LocationsPanel), the
// inspector of the selected root (InspectorPanel), the scans and live
// updates, the cleanup actions, the menus, the toolbar and the status bar.

#include "core/inventory/AgeRule.h"
#include "core/inventory/RootScan.h"
#include "gui/ScanResults.h"
#include "gui/items/InspectorPanel.h"
#include "gui/locations/LocationsPanel.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>
#include <utility>

class QAction;
class QMenu;
class QToolBar;
class QListView;
class QSettings;
class QSplitter;
class QTabWidget;
class QTreeView;

namespace tempscope::gui {

class AgeChartView;
class CleanupActions;
namespace playground {
class PlaygroundWindow;
}

class DetailsPane;
class FamiliesModel;
class FilterBar;
class ItemsModel;
class LiveWatcher;
struct LiveUpdate;
class LocationsModel;
class ScanNotice;
class ScanService;
class TrendsActions;
class ScanStatus;
struct WindowState;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    struct Options
    {
        QStringList extraRoots;     // shown for this session, not persisted (command line)
        bool discoverRoots = true;  // the system temp dir, scratch roots and user roots
        bool scanAllOnStart = true; // false: only the selected root is scanned
    };

    explicit MainWindow(const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The root whose items are shown.
    QString selectedRoot() const { return m_locations->selectedRoot(); }
    void selectRoot(const QString &path);
    void rescan();

    ScanService *scanService() const { return m_scans; }
    LiveWatcher *liveWatcher() const { return m_live; }
    ItemsModel *itemsModel() const { return m_inspector->itemsModel(); }
    QTreeView *itemsView() const { return m_inspector->itemsView(); }
    FamiliesModel *familiesModel() const { return m_inspector->familiesModel(); }
    QTreeView *familiesView() const { return m_inspector->familiesView(); }
    LocationsModel *locationsModel() const { return m_locations->model(); }
    QListView *locationsView() const { return m_locations->view(); }
    FilterBar *filterBar() const { return m_inspector->filterBar(); }
    DetailsPane *detailsPane() const { return m_inspector->details(); }
    AgeChartView *ageChart() const { return m_inspector->ageChart(); }
    QTabWidget *overviewTabs() const { return m_inspector->overviewTabs(); }
    QAction *trackFamilyAction() const { return m_trackAction; }
    // Replaces the families the user tracks: persists them and rescans the
    // scanned locations with them.
    void setTrackedFamilies(const QStringList &families);
    CleanupActions *cleanupActions() const { return m_cleanup; }
    QString statusText() const;
    ScanNotice *scanNotice() const { return m_notice; }

    // A root shown for this session only (not persisted), then selected.
    void addSessionRoot(const QString &path);
    // Lists root again now, also when a scan of it is running (that one may
    // have missed the change).
    void rescanRoot(const QString &root);
    // Opens the playground (making its scratch root a session root).
    void openPlayground();
    QAction *playgroundAction() const { return m_playgroundAction; }
    playground::PlaygroundWindow *playground() const; // null until opened
    TrendsActions *trends() const { return m_trends; }

Q_SIGNALS:
    // The items view now shows a finished scan of root.
    void inventoryShown(const QString &root);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void followLanguageChange();
    void createActions();
    void createLayout();
    void createCleanupActions();
    void createHelpMenu();
    void onScanStarted(const QString &root);
    void onScanProgress(const QString &root, quint64 entries, quint64 directories);
    void onScanFinished(const RootScan &result);
    void onScanIdle();
    void onLiveUpdate(const std::shared_ptr<const LiveUpdate> &update);
    void onTooFast(const QString &root);
    void onLocationChanged();
    void onAgeRuleChanged();
    void showSelectedScan();
    void showCountedTotals();
    void updateSummary(const QString &root);
    void updateStatus();
    // Why the items and families views are empty, or empty strings.
    std::pair<QString, QString> emptyReasons() const;
    // False (and the location shown as changed) when root is a saved
    // location that is no longer what the user saved.
    bool mayScan(const QString &root);
    void showResolution();
    void trackFamily();
    WindowState windowState();
    AgeRule currentRule() const;

    std::unique_ptr<QSettings> m_settings;
    Options m_options;
    ScanService *m_scans;
    LiveWatcher *m_live = nullptr;
    LocationsPanel *m_locations;
    InspectorPanel *m_inspector = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    ScanStatus *m_status = nullptr;
    ScanNotice *m_notice = nullptr;
    QAction *m_rescanAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_whyAction = nullptr;
    QAction *m_trackAction = nullptr;
    CleanupActions *m_cleanup = nullptr;
    QAction *m_playgroundAction = nullptr;
    TrendsActions *m_trends = nullptr;
    QPointer<playground::PlaygroundWindow> m_playground;
    ScanResults m_results;
    // What the scanner does or last did with each root, in the current
    // language: the status bar speaks of the selected one.
    QHash<QString, std::function<QString()>> m_messages;
    // Totals counted for the shown running scan, given to the items model
    // on the next turn of the event loop: the batches that arrive together
    // move the rows once, after whatever else the loop has to do.
    QList<ItemTotals> m_countedTotals;
    const Inventory *m_countedFor = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_cleanMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_guideAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QToolBar *m_toolBar = nullptr;
};

} // namespace tempscope::gui
