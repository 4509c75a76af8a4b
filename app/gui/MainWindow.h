#pragma once
// MainWindow: Tempscope's inspector. The locations sidebar on the left, the
// items of the selected root with their filter bar above the families of that
// root in the middle, the selected item's details on the right, scan progress
// with a cancel button in the status bar.
//
// Scans run on ScanService's thread; results are kept per root and shown
// when their root is selected. Window, splitter and column state, the
// selected root and the age rule persist in the shared settings file.

#include "AgeRule.h"
#include "RootScan.h"

#include <QHash>
#include <QMainWindow>

#include <memory>

class QAction;
class QListView;
class QSettings;
class QSortFilterProxyModel;
class QSplitter;
class QTreeView;

namespace tempscope::gui {

class DetailsPane;
class FamiliesModel;
class FilterBar;
class ItemsModel;
class LocationsModel;
class ScanService;
class ScanStatus;
struct WindowState;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    struct Options
    {
        QStringList extraRoots;         // shown for this session, not persisted (command line)
        bool discoverRoots = true;      // the system temp dir, scratch roots and user roots
        bool scanAllOnStart = true;     // false: only the selected root is scanned
    };

    explicit MainWindow(const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The root whose items are shown.
    QString selectedRoot() const { return m_selectedRoot; }
    void selectRoot(const QString &path);
    void rescan();

    ScanService *scanService() const { return m_scans; }
    ItemsModel *itemsModel() const { return m_itemsModel; }
    QTreeView *itemsView() const { return m_itemsView; }
    FamiliesModel *familiesModel() const { return m_familiesModel; }
    QTreeView *familiesView() const { return m_familiesView; }
    LocationsModel *locationsModel() const { return m_locationsModel; }
    QListView *locationsView() const { return m_locationsView; }
    FilterBar *filterBar() const { return m_filterBar; }
    DetailsPane *detailsPane() const { return m_details; }
    QString statusText() const;

Q_SIGNALS:
    // The items view now shows a finished scan of root.
    void inventoryShown(const QString &root);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createLayout();
    void reloadRoots(const QString &select);
    void onScanStarted(const QString &root);
    void onScanProgress(const QString &root, quint64 entries, quint64 directories);
    void onScanFinished(const RootScan &result);
    void onScanIdle();
    void onLocationChanged();
    void onItemChanged();
    void onFamilyChanged();
    void onAgeRuleChanged();
    void showSelectedScan();
    void updateSummary(const QString &root);
    void updateStatus();
    void addLocation();
    void removeLocation();
    void showResolution();
    WindowState windowState();
    AgeRule currentRule() const;

    std::unique_ptr<QSettings> m_settings;
    Options m_options;
    ScanService *m_scans;
    LocationsModel *m_locationsModel;
    ItemsModel *m_itemsModel;
    FamiliesModel *m_familiesModel;
    QSortFilterProxyModel *m_familiesProxy;
    QListView *m_locationsView = nullptr;
    QTreeView *m_itemsView = nullptr;
    QTreeView *m_familiesView = nullptr;
    FilterBar *m_filterBar = nullptr;
    DetailsPane *m_details = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_centerSplitter = nullptr;
    ScanStatus *m_status = nullptr;
    QAction *m_rescanAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_whyAction = nullptr;
    QHash<QString, RootScan> m_results;
    QString m_selectedRoot;
    QString m_progressText;
};

} // namespace tempscope::gui
