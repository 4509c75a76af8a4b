#include "gui/MainWindow.h"

#include "core/history/HistoryPath.h"
#include "core/inventory/Duration.h"
#include "core/locations/ScratchRoots.h"
#include "core/locations/SettingsValues.h"
#include "core/locations/TempDirResolver.h"
#include "gui/Numbers.h"
#include "gui/PlainText.h"
#include "gui/Translations.h"
#include "gui/WindowState.h"
#include "gui/cleanup/CleanupActions.h"
#include "gui/items/AgeChartView.h"
#include "gui/items/DetailsPane.h"
#include "gui/items/FamiliesModel.h"
#include "gui/items/FilterBar.h"
#include "gui/items/InspectorPanel.h"
#include "gui/items/ItemsModel.h"
#include "gui/items/TrackedFamiliesDialog.h"
#include "gui/locations/LocationsModel.h"
#include "gui/locations/LocationsPanel.h"
#include "gui/locations/ResolutionDialog.h"
#include "gui/playground/PlaygroundRoot.h"
#include "gui/playground/PlaygroundWindow.h"
#include "gui/scan/LiveWatcher.h"
#include "gui/scan/ScanNotice.h"
#include "gui/scan/ScanService.h"
#include "gui/scan/ScanStatus.h"
#include "gui/trends/TrendsActions.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

// Resources live in the static library; this pulls them into every program
// that links it.
static void initTempscopeResources()
{
    Q_INIT_RESOURCE(tempscope);
}

namespace tempscope::gui {

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent), m_settings(ScratchRoots::openSettings()), m_options(options),
      m_scans(new ScanService(this)),
      m_locations(new LocationsPanel(*m_settings, options.extraRoots, options.discoverRoots, this))
{
    initTempscopeResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/tempscope.svg")));
    const QStringList tracked = TrackedFamiliesDialog::load(*m_settings);
    m_scans->setUserFamilies(tracked);
    m_trends = new TrendsActions(*m_settings, m_scans, defaultHistoryPath(), this);
    createActions();
    createLayout();
    familiesModel()->setTrackedFamilies(tracked);
    createCleanupActions();
    createHelpMenu();
    retranslateUi();

    connect(m_scans, &ScanService::started, this, &MainWindow::onScanStarted);
    connect(m_scans, &ScanService::progress, this, &MainWindow::onScanProgress);
    connect(m_scans, &ScanService::finished, this, &MainWindow::onScanFinished);
    // A root without complete results shows its items as soon as they are
    // listed, and fills them in as they are counted.
    connect(m_scans, &ScanService::topLevelListed, this,
            [this](const QString &root, const std::shared_ptr<Inventory> &items) {
                if (m_results.listed(root, items) && root == selectedRoot())
                    showSelectedScan();
            });
    connect(m_scans, &ScanService::subtreesCounted, this,
            [this](const QString &root, const QList<ItemTotals> &totals) {
                if (!m_results.counted(root, totals) || root != selectedRoot() ||
                    itemsModel()->inventory() != m_results.shown(root).inventory.get())
                    return;
                if (m_countedTotals.isEmpty())
                    QTimer::singleShot(0, this, &MainWindow::showCountedTotals);
                m_countedFor = itemsModel()->inventory();
                m_countedTotals += totals;
            });
    connect(m_scans, &ScanService::idle, this, &MainWindow::onScanIdle);
    m_live = new LiveWatcher(this);
    m_live->setUserFamilies(tracked);
    connect(m_live, &LiveWatcher::updated, this, &MainWindow::onLiveUpdate);
    connect(m_live, &LiveWatcher::tooFast, this, &MainWindow::onTooFast);
    connect(filterBar(), &FilterBar::ageRuleChanged, this, &MainWindow::onAgeRuleChanged);
    connect(itemsModel(), &ItemsModel::shownChanged, this, &MainWindow::updateStatus);
    connect(m_locations, &LocationsPanel::selected, this, &MainWindow::onLocationChanged);
    connect(m_locations, &LocationsPanel::removed, this, [this](const QString &root) {
        m_results.remove(root);
        m_live->unwatch(root);
    });
    connect(m_locations, &LocationsPanel::confirmed, this,
            [this](const QString &root) { m_results.remove(root); });

    windowState().restore(*m_settings);
    m_inspector->fitSectionTitles();
    QString selected =
        settings::text(*m_settings, QStringLiteral("gui/selectedRoot"), settings::MaxPathLength)
            .value_or(QString());
    if (!options.extraRoots.isEmpty())
        selected = options.extraRoots.first();
    m_locations->reload(selected);
    if (options.scanAllOnStart) {
        for (const ScratchRoot &r : locationsModel()->roots()) {
            if (r.exists && !r.changed && mayScan(r.path))
                m_scans->scan(r.path);
        }
    }
}

MainWindow::~MainWindow()
{
    // The playground cleans up as it goes; the scans it would ask for are moot.
    if (m_playground) {
        m_playground->disconnect(this);
        delete m_playground;
    }
}

void MainWindow::createLayout()
{
    m_inspector = new InspectorPanel(
        *m_settings, [this] { return currentRule(); }, this);
    const int em = fontMetrics().horizontalAdvance(u'M');
    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(locationsView());
    // The notice stands above items and chart: it speaks of both.
    auto *center = new QWidget(this);
    auto *centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    m_notice = new ScanNotice(center);
    connect(m_notice, &ScanNotice::rescanRequested, this, &MainWindow::rescan);
    centerLayout->addWidget(m_notice);
    centerLayout->addWidget(m_inspector->centerSplitter(), 1);
    m_mainSplitter->addWidget(center);
    m_mainSplitter->addWidget(detailsPane());
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({19 * em, 80 * em, 26 * em});
    setCentralWidget(m_mainSplitter);
    setTabOrder(locationsView(), filterBar()->textEdit());
    setTabOrder(filterBar()->basisBox(), itemsView());
    setTabOrder(itemsView(), familiesView());

    m_status = new ScanStatus(m_cancelAction, this);
    statusBar()->addWidget(m_status, 1);
    const QSize available = screen()->availableGeometry().size();
    resize(std::min(available.width() * 9 / 10, 150 * em),
           std::min(available.height() * 9 / 10, 90 * em));
}

void MainWindow::selectRoot(const QString &path)
{
    m_locations->select(path);
}

void MainWindow::onLocationChanged()
{
    const QString root = selectedRoot();
    showSelectedScan();
    if (!root.isEmpty() && !m_results.contains(root) && mayScan(root))
        m_scans->scan(root, true);
}

void MainWindow::addSessionRoot(const QString &path)
{
    m_locations->addSessionRoot(path);
}

void MainWindow::rescanRoot(const QString &root)
{
    m_scans->rescan(root);
}

playground::PlaygroundWindow *MainWindow::playground() const
{
    return m_playground;
}

void MainWindow::openPlayground()
{
    if (!m_playground) {
        const playground::PlaygroundRoot root = playground::PlaygroundRoot::ensure();
        if (root.path.isEmpty()) {
            showPlainWarning(
                this, tr("Cannot open the playground"),
                tr("No directory for the playground could be made: %1").arg(root.error));
            return;
        }
        m_playground = new playground::PlaygroundWindow(root.path, this);
        connect(m_playground, &playground::PlaygroundWindow::rootChanged, this,
                &MainWindow::rescanRoot);
        m_playground->placeBeside(this);
    }
    addSessionRoot(m_playground->root());
    rescanRoot(m_playground->root());
    m_playground->show();
    m_playground->raise();
    m_playground->activateWindow();
}

void MainWindow::rescan()
{
    const QString root = selectedRoot();
    if (!root.isEmpty() && mayScan(root))
        m_scans->scan(root, true);
}

bool MainWindow::mayScan(const QString &root)
{
    return m_locations->mayScan(root);
}

AgeRule MainWindow::currentRule() const
{
    AgeRule rule = filterBar()->ageRule();
    rule.now = m_results.nowFor(selectedRoot());
    return rule;
}

void MainWindow::showCountedTotals()
{
    const QList<ItemTotals> totals = std::exchange(m_countedTotals, {});
    // Not when another inventory is shown by now (it has its totals).
    if (itemsModel()->inventory() == m_countedFor)
        itemsModel()->itemsCounted(totals);
}

void MainWindow::showSelectedScan()
{
    const QString root = selectedRoot();
    const RootScan scan = m_results.shown(root);
    m_inspector->show(scan);
    m_notice->setScan(scan, m_results.setAside(root));
    if (scan.ok())
        Q_EMIT inventoryShown(root);
    updateStatus();
}

void MainWindow::onScanStarted(const QString &root)
{
    LocationSummary s = locationsModel()->summary(root);
    s.scanning = true;
    locationsModel()->setSummary(root, s);
    m_messages[root] = [root] { return tr("Scanning %1…").arg(root); };
    m_status->setBusy(true);
    m_cancelAction->setEnabled(true);
    updateStatus();
}

void MainWindow::onScanProgress(const QString &root, quint64 entries, quint64 directories)
{
    // Several roots may be scanned at once: the status bar shows the
    // selected one's progress.
    m_messages[root] = [root, entries, directories] {
        return tr("Scanning %1: %L2 entries in %L3 directories…")
            .arg(root)
            .arg(entries)
            .arg(directories);
    };
    updateStatus();
}

void MainWindow::onScanFinished(const RootScan &result)
{
    m_results.finished(result);
    const RootScan kept = m_results.value(result.requested);
    if (kept.inventory == result.inventory && result.ok()) {
        // Watched from the next turn of the event loop: the items are shown first.
        QTimer::singleShot(0, this, [this, result] {
            if (m_results.value(result.requested).inventory == result.inventory)
                m_live->watch(result);
        });
    }
    updateSummary(result.requested);
    if (const auto aside = m_results.setAside(result.requested)) {
        m_messages[result.requested] = [root = result.requested, error = aside->error,
                                        from = ScanNotice::timeText(kept.scannedAt)] {
            return error.isEmpty()
                       ? tr("Rescan of %1 stopped; the complete results from %2 are shown")
                             .arg(root, from)
                       : tr("Could not rescan %1: %2; the results from %3 are shown")
                             .arg(root, error, from);
        };
    } else if (result.ok()) {
        m_messages[result.requested] =
            [root = result.requested, entries = result.inventory->tree().size() - 1,
             seconds = double(result.elapsedMs) / 1000.0, cancelled = result.cancelled] {
                return tr("Scanned %1: %L2 entries in %L3 s%4")
                    .arg(root)
                    .arg(entries)
                    .arg(seconds, 0, 'f', 1)
                    .arg(cancelled ? tr(" (stopped: incomplete)") : QString());
            };
    } else {
        m_messages[result.requested] = [root = result.requested, error = result.error] {
            return tr("Could not scan %1: %2").arg(root, error);
        };
    }
    if (result.requested == selectedRoot())
        showSelectedScan();
    updateStatus();
}

void MainWindow::onScanIdle()
{
    m_status->setBusy(false);
    m_cancelAction->setEnabled(false);
    locationsModel()->refreshVolumes();
}

void MainWindow::onLiveUpdate(const std::shared_ptr<const LiveUpdate> &update)
{
    if (!m_results.updated(*update))
        return; // a rescan finished in between
    const QString root = update->scan.requested;
    updateSummary(root);
    if (root != selectedRoot())
        return;
    if (!m_inspector->applyUpdate(*update)) {
        showSelectedScan();
        return;
    }
    updateStatus();
}

void MainWindow::onTooFast(const QString &root)
{
    m_messages[root] = [root] {
        return tr("%1 is changing faster than it can be shown; updates paused — F5 rescans")
            .arg(root);
    };
    updateStatus();
}

void MainWindow::updateSummary(const QString &root)
{
    locationsModel()->setSummary(root, m_results.summary(root, filterBar()->ageRule()));
}

void MainWindow::onAgeRuleChanged()
{
    m_inspector->setAgeRule(currentRule());
    for (const QString &root : m_results.roots())
        updateSummary(root);
}

QString MainWindow::statusText() const
{
    return m_status->message();
}

void MainWindow::updateStatus()
{
    const auto message = m_messages.constFind(selectedRoot());
    m_status->setMessage(message != m_messages.cend() ? (*message)() : QString());
    const auto [itemsEmpty, familiesEmpty] = emptyReasons();
    m_inspector->setEmptyReason(itemsEmpty, familiesEmpty);
    const ItemsModel *items = itemsModel();
    if (items->inventory()) {
        // The plural follows the shown count: "1 élément affiché sur 6".
        m_status->setShown(tr("%Ln of %L1 items shown · %2", nullptr, items->rowCount())
                               .arg(items->totalItems())
                               .arg(sizeText(items->shownBytes())));
    } else {
        m_status->setShown({});
    }
}

std::pair<QString, QString> MainWindow::emptyReasons() const
{
    const QString root = selectedRoot();
    if (root.isEmpty()) {
        const QString none = tr("Choose a location on the left to see what is in it.");
        return {none, none};
    }
    const RootScan scan = m_results.value(root);
    if (!scan.ok()) {
        const int row = locationsModel()->rowOf(root);
        const ScratchRoot *location = row >= 0 ? &locationsModel()->roots().at(row) : nullptr;
        QString why;
        if (m_scans->isRunning(root))
            why = tr("Scanning %1…").arg(root);
        else if (location && location->changed)
            why = tr("%1 is not scanned: %2. File › Confirm location… accepts it as it is now.")
                      .arg(root, location->changeReason);
        else if (!scan.error.isEmpty())
            why = tr("%1 could not be scanned: %2").arg(root, scan.error);
        else if (location && !location->exists)
            why = tr("%1 does not exist.").arg(root);
        else
            why = tr("%1 has not been scanned yet. Press F5 to scan it.").arg(root);
        return {why, why};
    }
    if (scan.inventory->items().isEmpty()) {
        const QString empty = tr("%1 is empty.").arg(root);
        return {empty, empty};
    }
    const QStringList filter = filterBar()->describe();
    return {filter.isEmpty() ? QString()
                             : tr("All %Ln items are hidden by the filter: %1.", nullptr,
                                  int(itemsModel()->totalItems()))
                                   .arg(filter.join(tr(", "))),
            QString()};
}

void MainWindow::showResolution()
{
    const TempDirResolution &python = TempDirResolver::cached();
    ResolutionDialog dialog(python, TempDirResolver::qtTempPath(python), this);
    dialog.exec();
}

void MainWindow::trackFamily()
{
    TrackedFamiliesDialog dialog(familiesModel()->trackedFamilies(), itemsModel()->inventory(),
                                 this);
    if (dialog.exec() == QDialog::Accepted)
        setTrackedFamilies(dialog.families());
}

void MainWindow::setTrackedFamilies(const QStringList &families)
{
    if (families == familiesModel()->trackedFamilies())
        return;
    TrackedFamiliesDialog::save(*m_settings, families);
    m_scans->setUserFamilies(families);
    familiesModel()->setTrackedFamilies(families);
    // Families are assigned when an inventory is built: scan again, the
    // location on screen first.
    for (const QString &root : m_results.roots()) {
        if (root != selectedRoot() && mayScan(root))
            m_scans->scan(root);
    }
    rescan();
}

WindowState MainWindow::windowState()
{
    return {this,
            {m_mainSplitter, m_inspector->centerSplitter()},
            {itemsView()->header(), familiesView()->header()},
            filterBar()};
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    windowState().save(*m_settings);
    m_settings->setValue(QStringLiteral("gui/overviewTab"), overviewTabs()->currentIndex());
    if (!m_locations->isSessionRoot(selectedRoot()))
        m_settings->setValue(QStringLiteral("gui/selectedRoot"), selectedRoot());
    m_scans->cancel();
    event->accept();
}

} // namespace tempscope::gui
