#include "gui/MainWindow.h"

#include "gui/PlainText.h"

#include "core/inventory/Duration.h"
#include "core/locations/ScratchRoots.h"
#include "core/locations/SettingsValues.h"
#include "core/locations/TempDirResolver.h"
#include "gui/Translations.h"
#include "gui/WindowState.h"
#include "gui/cleanup/CleanupActions.h"
#include "gui/items/AgeChartView.h"
#include "gui/items/DetailsPane.h"
#include "gui/items/FamiliesModel.h"
#include "gui/items/FilterBar.h"
#include "gui/items/ItemsModel.h"
#include "gui/items/TrackedFamiliesDialog.h"
#include "gui/locations/LocationDelegate.h"
#include "gui/locations/LocationsModel.h"
#include "gui/locations/ResolutionDialog.h"
#include "gui/playground/PlaygroundRoot.h"
#include "gui/playground/PlaygroundWindow.h"
#include "gui/scan/LiveWatcher.h"
#include "gui/scan/ScanService.h"
#include "gui/scan/ScanStatus.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
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

namespace {
// Widens the sections whose title does not fit, as after switching to a
// language with longer words; wider sections stay as they are. The items'
// kind column also fits the word for a directory.
void fitSectionTitles(QTreeView *view)
{
    QHeaderView *header = view->header();
    for (int c = 0; c < header->count(); ++c)
        header->resizeSection(c, std::max(header->sectionSize(c), header->sectionSizeHint(c)));
    if (qobject_cast<ItemsModel *>(view->model())) {
        const int kind =
            view->fontMetrics().horizontalAdvance(ItemsModel::kindText(native::Kind::Directory)) +
            2 * view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 4;
        header->resizeSection(ItemsModel::Kind,
                              std::max(header->sectionSize(ItemsModel::Kind), kind));
    }
}
} // namespace

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent), m_settings(ScratchRoots::openSettings()), m_options(options),
      m_scans(new ScanService(this)), m_locationsModel(new LocationsModel(this)),
      m_itemsModel(new ItemsModel(this)), m_familiesModel(new FamiliesModel(this)),
      m_familiesProxy(new QSortFilterProxyModel(this))
{
    initTempscopeResources();
    setWindowIcon(QIcon(QStringLiteral(":/icons/tempscope.svg")));
    const QStringList tracked = TrackedFamiliesDialog::load(*m_settings);
    m_scans->setUserFamilies(tracked);
    m_familiesModel->setTrackedFamilies(tracked);
    createActions();
    createLayout();
    createCleanupActions();
    retranslateUi();

    connect(m_scans, &ScanService::started, this, &MainWindow::onScanStarted);
    connect(m_scans, &ScanService::progress, this, &MainWindow::onScanProgress);
    connect(m_scans, &ScanService::finished, this, &MainWindow::onScanFinished);
    connect(m_scans, &ScanService::idle, this, &MainWindow::onScanIdle);
    m_live = new LiveWatcher(this);
    m_live->setUserFamilies(tracked);
    connect(m_live, &LiveWatcher::updated, this, &MainWindow::onLiveUpdate);
    connect(m_live, &LiveWatcher::tooFast, this, &MainWindow::onTooFast);
    connect(m_filterBar, &FilterBar::filterChanged, m_itemsModel, &ItemsModel::setFilter);
    connect(m_filterBar, &FilterBar::ageRuleChanged, this, &MainWindow::onAgeRuleChanged);
    connect(m_filterBar, &FilterBar::familyCleared, m_familiesView,
            [this] { m_familiesView->clearSelection(); });
    connect(m_itemsModel, &ItemsModel::shownChanged, this, &MainWindow::updateStatus);
    connect(m_itemsModel, &QAbstractItemModel::modelReset, this, &MainWindow::onItemChanged);

    windowState().restore(*m_settings);
    fitSectionTitles(m_itemsView);
    fitSectionTitles(m_familiesView);
    QString selected =
        settings::text(*m_settings, QStringLiteral("gui/selectedRoot"), settings::MaxPathLength)
            .value_or(QString());
    if (!options.extraRoots.isEmpty())
        selected = options.extraRoots.first();
    reloadRoots(selected);
    if (options.scanAllOnStart) {
        for (const ScratchRoot &r : m_locationsModel->roots()) {
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

    m_addAction = new QAction(icon("add"), QString(), this);
    m_addAction->setShortcut(QKeySequence::Open);
    connect(m_addAction, &QAction::triggered, this, &MainWindow::addLocation);

    m_removeAction = new QAction(icon("remove"), QString(), this);
    m_removeAction->setEnabled(false);
    connect(m_removeAction, &QAction::triggered, this, &MainWindow::removeLocation);

    m_confirmAction = new QAction(this);
    m_confirmAction->setEnabled(false);
    connect(m_confirmAction, &QAction::triggered, this, &MainWindow::confirmLocation);

    m_whyAction = new QAction(icon("info"), QString(), this);
    m_whyAction->setShortcut(Qt::CTRL | Qt::Key_I);
    connect(m_whyAction, &QAction::triggered, this, &MainWindow::showResolution);

    m_playgroundAction = new QAction(icon("tempscope"), QString(), this);
    m_playgroundAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
    connect(m_playgroundAction, &QAction::triggered, this, &MainWindow::openPlayground);

    auto *quit = m_quitAction = new QAction(this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    auto *find = m_findAction = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_filterBar->textEdit()->setFocus(Qt::ShortcutFocusReason);
        m_filterBar->textEdit()->selectAll();
    });

    m_trackAction = new QAction(icon("tracked"), QString(), this);
    m_trackAction->setShortcut(Qt::CTRL | Qt::Key_T);
    connect(m_trackAction, &QAction::triggered, this, &MainWindow::trackFamily);

    QMenu *file = m_fileMenu = menuBar()->addMenu(QString());
    file->addAction(m_addAction);
    file->addAction(m_removeAction);
    file->addAction(m_confirmAction);
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
    view->addSeparator();
    view->addMenu(new LanguageMenu(view));

    QToolBar *bar = m_toolBar = addToolBar(QString());
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_rescanAction);
    bar->addAction(m_cancelAction);
    bar->addSeparator();
    bar->addAction(m_addAction);
    bar->addAction(m_removeAction);
    bar->addSeparator();
    bar->addAction(m_whyAction);
    bar->addAction(m_playgroundAction);
}

void MainWindow::createLayout()
{
    m_locationsView = new QListView(this);
    m_locationsView->setModel(m_locationsModel);
    m_locationsView->setItemDelegate(new LocationDelegate(m_locationsView));
    m_locationsView->setUniformItemSizes(true);
    m_locationsView->setMinimumWidth(240);
    connect(m_locationsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onLocationChanged);

    m_filterBar = new FilterBar(this);
    m_itemsView = new QTreeView(this);
    m_itemsView->setObjectName(QStringLiteral("items"));
    m_itemsView->setModel(m_itemsModel);
    m_itemsView->setRootIsDecorated(true); // directories expand to their contents
    m_itemsView->setUniformRowHeights(true);
    m_itemsView->setAlternatingRowColors(true);
    m_itemsView->setSortingEnabled(true);
    m_itemsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_itemsView->header()->setSortIndicator(ItemsModel::Size, Qt::DescendingOrder);
    const int em = fontMetrics().horizontalAdvance(u'M');
    const int widths[ItemsModel::ColumnCount] = {18 * em, 10 * em, 6 * em, 7 * em,
                                                 5 * em,  5 * em,  5 * em, 6 * em};
    for (int c = 0; c < ItemsModel::ColumnCount; ++c)
        m_itemsView->header()->resizeSection(c, widths[c]);
    connect(m_itemsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onItemChanged);

    m_familiesProxy->setSourceModel(m_familiesModel);
    m_familiesProxy->setSortRole(FamiliesModel::SortRole);
    m_familiesView = new QTreeView(this);
    m_familiesView->setObjectName(QStringLiteral("families"));
    m_familiesView->setModel(m_familiesProxy);
    m_familiesView->setRootIsDecorated(false);
    m_familiesView->setUniformRowHeights(true);
    m_familiesView->setAlternatingRowColors(true);
    m_familiesView->setSortingEnabled(true);
    m_familiesView->sortByColumn(FamiliesModel::Size, Qt::DescendingOrder);
    for (int c = 0; c < FamiliesModel::ColumnCount; ++c)
        m_familiesView->header()->resizeSection(c, c == FamiliesModel::Key ? 16 * em : 7 * em);
    connect(m_familiesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onFamilyChanged);

    auto *itemsPane = new QWidget(this);
    auto *itemsLayout = new QVBoxLayout(itemsPane);
    itemsLayout->setContentsMargins(0, 0, 0, 0);
    itemsLayout->addWidget(m_filterBar);
    itemsLayout->addWidget(m_itemsView);

    auto *familiesPane = new QWidget(this);
    auto *familiesLayout = new QVBoxLayout(familiesPane);
    familiesLayout->setContentsMargins(0, 0, 0, 0);
    auto *familiesTitle = m_familiesTitle = new QLabel(this);
    familiesTitle->setBuddy(m_familiesView);
    familiesLayout->addWidget(familiesTitle);
    familiesLayout->addWidget(m_familiesView);

    m_centerSplitter = new QSplitter(Qt::Vertical, this);
    m_centerSplitter->setObjectName(QStringLiteral("centerSplitter"));
    m_centerSplitter->addWidget(itemsPane);
    m_ageChart = new AgeChartView(this);
    connect(m_ageChart, &AgeChartView::segmentActivated, this, &MainWindow::showAgeSegment);
    m_overviewTabs = new QTabWidget(this);
    m_overviewTabs->setObjectName(QStringLiteral("overviewTabs"));
    m_overviewTabs->setDocumentMode(true);
    m_overviewTabs->addTab(familiesPane, QString());
    m_overviewTabs->addTab(m_ageChart, QString());
    m_overviewTabs->setCurrentIndex(settings::integer(*m_settings,
                                                      QStringLiteral("gui/overviewTab"), 0,
                                                      m_overviewTabs->count() - 1)
                                        .value_or(0));
    m_centerSplitter->addWidget(m_overviewTabs);
    connect(m_overviewTabs, &QTabWidget::currentChanged, this, [this] {
        if (m_overviewTabs->currentWidget() == m_ageChart)
            m_ageChart->setInventory(m_results.value(m_selectedRoot).inventory, currentRule());
    });
    m_centerSplitter->setStretchFactor(0, 3);
    m_centerSplitter->setStretchFactor(1, 2);

    m_details = new DetailsPane(this);
    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_locationsView);
    m_mainSplitter->addWidget(m_centerSplitter);
    m_mainSplitter->addWidget(m_details);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({19 * em, 80 * em, 26 * em});
    setCentralWidget(m_mainSplitter);
    setTabOrder(m_locationsView, m_filterBar->textEdit());
    setTabOrder(m_filterBar->basisBox(), m_itemsView);
    setTabOrder(m_itemsView, m_familiesView);

    m_status = new ScanStatus(m_cancelAction, this);
    statusBar()->addWidget(m_status, 1);
    const QSize available = screen()->availableGeometry().size();
    resize(std::min(available.width() * 9 / 10, 150 * em),
           std::min(available.height() * 9 / 10, 90 * em));
}

// The cleanup wizard's entry points: a Clean menu, the toolbar, the items
// view's Delete keys and context menu. A finished cleanup rescans its root.
void MainWindow::createCleanupActions()
{
    CleanupActions::Context context;
    context.window = this;
    context.settings = m_settings.get();
    context.itemsView = m_itemsView;
    context.itemsModel = m_itemsModel;
    context.shownScan = [this] { return m_results.value(m_selectedRoot); };
    context.ageRule = [this] { return currentRule(); };
    m_cleanup = new CleanupActions(context, this);
    connect(m_cleanup, &CleanupActions::cleanupFinished, this, [this](const QString &root) {
        if (mayScan(root))
            m_scans->scan(root, true);
    });
    connect(this, &MainWindow::inventoryShown, m_cleanup, &CleanupActions::updateEnabled);

    QMenu *clean = m_cleanMenu = menuBar()->addMenu(QString());
    clean->addAction(m_cleanup->cleanUpAction());
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

void MainWindow::reloadRoots(const QString &select)
{
    QList<ScratchRoot> roots;
    if (m_options.discoverRoots)
        roots = ScratchRoots::discover(*m_settings);
    for (const QString &extra : m_options.extraRoots) {
        const ScratchRoot r = ScratchRoots::describe(extra, RootKind::User);
        if (std::none_of(roots.cbegin(), roots.cend(),
                         [&](const ScratchRoot &x) { return x.path == r.path; }))
            roots.append(r);
    }
    m_locationsModel->setRoots(roots);
    int row = m_locationsModel->rowOf(select);
    if (row < 0 && !roots.isEmpty())
        row = 0;
    if (row >= 0)
        m_locationsView->setCurrentIndex(m_locationsModel->index(row, 0));
}

void MainWindow::selectRoot(const QString &path)
{
    const int row = m_locationsModel->rowOf(path);
    if (row >= 0)
        m_locationsView->setCurrentIndex(m_locationsModel->index(row, 0));
}

void MainWindow::onLocationChanged()
{
    const QModelIndex current = m_locationsView->currentIndex();
    m_selectedRoot = current.data(LocationsModel::PathRole).toString();
    m_removeAction->setEnabled(current.data(LocationsModel::UserRootRole).toBool() &&
                               !m_options.extraRoots.contains(m_selectedRoot));
    showSelectedScan();
    if (!m_selectedRoot.isEmpty() && !m_results.contains(m_selectedRoot) && mayScan(m_selectedRoot))
        m_scans->scan(m_selectedRoot, true);
    m_confirmAction->setEnabled(current.data(LocationsModel::ChangedRole).toBool());
}

void MainWindow::addSessionRoot(const QString &path)
{
    if (!m_options.extraRoots.contains(path)) {
        m_options.extraRoots.append(path);
        reloadRoots(path);
    } else {
        selectRoot(path);
    }
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
            showWarning(tr("Cannot open the playground"),
                        tr("No directory for the playground could be made: %1").arg(root.error));
            return;
        }
        m_playground = new playground::PlaygroundWindow(root.path, this);
        connect(m_playground, &playground::PlaygroundWindow::rootChanged, this,
                &MainWindow::rescanRoot);
    }
    addSessionRoot(m_playground->root());
    rescanRoot(m_playground->root());
    m_playground->show();
    m_playground->raise();
    m_playground->activateWindow();
}

void MainWindow::rescan()
{
    if (!m_selectedRoot.isEmpty() && mayScan(m_selectedRoot))
        m_scans->scan(m_selectedRoot, true);
}

bool MainWindow::mayScan(const QString &root)
{
    // Checked at every scan, not only when the list was read: a saved root in
    // a shared directory may be swapped for a symlink at any time.
    if (m_options.extraRoots.contains(root))
        return true;
    const QString change = ScratchRoots::userRootChange(*m_settings, root);
    if (change.isEmpty())
        return true;
    m_locationsModel->markChanged(root, change);
    if (root == m_selectedRoot)
        m_confirmAction->setEnabled(true);
    return false;
}

void MainWindow::confirmLocation()
{
    const QString root = m_selectedRoot;
    const QString change = ScratchRoots::userRootChange(*m_settings, root);
    if (change.isEmpty()) {
        reloadRoots(root);
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Confirm this location"),
        tr("%1 is not what you added: %2.\n\nScan it and offer it for cleaning as it is now?")
            .arg(root, change));
    if (answer != QMessageBox::Yes)
        return;
    const QString error = ScratchRoots::confirmUserRoot(*m_settings, root);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot confirm this location"), error);
        return;
    }
    m_results.remove(root);
    reloadRoots(root);
}

AgeRule MainWindow::currentRule() const
{
    AgeRule rule = m_filterBar->ageRule();
    const auto it = m_results.constFind(m_selectedRoot);
    rule.now = it != m_results.cend() ? it->scannedAt : Inventory::nowNs();
    return rule;
}

void MainWindow::showSelectedScan()
{
    const RootScan scan = m_results.value(m_selectedRoot);
    const AgeRule rule = currentRule();
    m_filterBar->setFamily({});
    m_itemsModel->setInventory(scan.inventory, rule, scan.states);
    m_familiesModel->setInventory(scan.inventory, rule);
    // The chart is drawn when its tab is shown: at 10,000 items grouping them
    // by family and age costs a frame the items view needs more.
    if (m_overviewTabs->currentWidget() == m_ageChart)
        m_ageChart->setInventory(scan.inventory, rule);
    else
        m_ageChart->setInventory(nullptr, rule);
    if (scan.ok())
        Q_EMIT inventoryShown(m_selectedRoot);
    updateStatus();
}

void MainWindow::onScanStarted(const QString &root)
{
    LocationSummary s = m_locationsModel->summary(root);
    s.scanning = true;
    m_locationsModel->setSummary(root, s);
    m_progressMessage = [root] { return tr("Scanning %1…").arg(root); };
    m_status->setBusy(true);
    m_cancelAction->setEnabled(true);
    updateStatus();
}

void MainWindow::onScanProgress(const QString &root, quint64 entries, quint64 directories)
{
    m_progressMessage = [root, entries, directories] {
        return tr("Scanning %1: %L2 entries in %L3 directories…")
            .arg(root)
            .arg(entries)
            .arg(directories);
    };
    updateStatus();
}

void MainWindow::onScanFinished(const RootScan &result)
{
    if (result.ok() || !m_results.contains(result.root) || !m_results[result.root].ok())
        m_results.insert(result.root, result);
    if (result.ok())
        m_live->watch(result);
    updateSummary(result.root);
    if (result.ok()) {
        m_progressMessage = [root = result.root, entries = result.inventory->tree().size() - 1,
                             seconds = double(result.elapsedMs) / 1000.0,
                             cancelled = result.cancelled] {
            return tr("Scanned %1: %L2 entries in %L3 s%4")
                .arg(root)
                .arg(entries)
                .arg(seconds, 0, 'f', 1)
                .arg(cancelled ? tr(" (stopped: incomplete)") : QString());
        };
    } else {
        m_progressMessage = [root = result.root, error = result.error] {
            return tr("Could not scan %1: %2").arg(root, error);
        };
    }
    if (result.root == m_selectedRoot)
        showSelectedScan();
    updateStatus();
}

void MainWindow::onScanIdle()
{
    m_status->setBusy(false);
    m_cancelAction->setEnabled(false);
    m_locationsModel->refreshVolumes();
}

void MainWindow::onLiveUpdate(const std::shared_ptr<const LiveUpdate> &update)
{
    const QString root = update->scan.root;
    if (m_results.value(root).inventory != update->base)
        return; // a rescan finished in between
    m_results.insert(root, update->scan);
    updateSummary(root);
    if (root != m_selectedRoot)
        return;
    if (!m_itemsModel->applyUpdate(*update)) {
        showSelectedScan();
        return;
    }
    m_familiesModel->setInventory(update->scan.inventory, currentRule());
    onItemChanged();
    updateStatus();
}

void MainWindow::onTooFast(const QString &root)
{
    m_progressMessage = [root] {
        return tr("%1 is changing faster than it can be shown; updates paused — F5 rescans")
            .arg(root);
    };
    updateStatus();
}

void MainWindow::updateSummary(const QString &root)
{
    const RootScan scan = m_results.value(root);
    LocationSummary s;
    s.scanned = scan.ok();
    s.cancelled = scan.cancelled;
    s.error = scan.error;
    if (scan.ok()) {
        AgeRule rule = m_filterBar->ageRule();
        rule.now = scan.scannedAt;
        s.items = scan.inventory->items().size();
        s.bytes = scan.inventory->totalBytes();
        for (const Item &item : scan.inventory->items()) {
            if (rule.isStale(item))
                s.staleBytes += item.bytes;
        }
    }
    m_locationsModel->setSummary(root, s);
}

void MainWindow::onItemChanged()
{
    const QModelIndex current = m_itemsView->currentIndex();
    const Item *row = m_itemsModel->rowItem(current);
    if (!row) {
        m_details->clear();
        return;
    }
    const RootScan scan = m_results.value(m_selectedRoot);
    m_details->showRow(scan.inventory, *row, m_itemsModel->ageRule(), scan.states);
}

void MainWindow::onFamilyChanged()
{
    const QModelIndexList rows = m_familiesView->selectionModel()->selectedRows();
    m_filterBar->setFamily(rows.isEmpty() ? QString()
                                          : rows.first().data(FamiliesModel::KeyRole).toString());
}

void MainWindow::onAgeRuleChanged()
{
    const AgeRule rule = currentRule();
    m_itemsModel->setAgeRule(rule);
    m_familiesModel->setAgeRule(rule);
    m_ageChart->setAgeRule(rule);
    for (const QString &root : m_results.keys())
        updateSummary(root);
    onItemChanged();
}

QString MainWindow::statusText() const
{
    return m_status->message();
}

void MainWindow::updateStatus()
{
    m_status->setMessage(m_progressMessage ? m_progressMessage() : QString());
    if (m_itemsModel->inventory()) {
        // The plural follows the shown count: "1 élément affiché sur 6".
        m_status->setShown(tr("%Ln of %L1 items shown · %2", nullptr, m_itemsModel->rowCount())
                               .arg(m_itemsModel->totalItems())
                               .arg(formatBytes(m_itemsModel->shownBytes())));
    } else {
        m_status->setShown({});
    }
}

void MainWindow::showWarning(const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("warning"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::addLocation()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Add a location"));
    if (dir.isEmpty())
        return;
    const QString error = ScratchRoots::addUserRoot(*m_settings, dir);
    if (!error.isEmpty()) {
        showWarning(tr("Cannot add this location"), error);
        return;
    }
    reloadRoots(ScratchRoots::describe(dir, RootKind::User).path);
}

void MainWindow::removeLocation()
{
    if (!ScratchRoots::removeUserRoot(*m_settings, m_selectedRoot))
        return;
    m_results.remove(m_selectedRoot);
    m_live->unwatch(m_selectedRoot);
    reloadRoots({});
}

void MainWindow::showResolution()
{
    const TempDirResolution &python = TempDirResolver::cached();
    ResolutionDialog dialog(python, TempDirResolver::qtTempPath(python), this);
    dialog.exec();
}

void MainWindow::trackFamily()
{
    TrackedFamiliesDialog dialog(m_familiesModel->trackedFamilies(), m_itemsModel->inventory(),
                                 this);
    if (dialog.exec() == QDialog::Accepted)
        setTrackedFamilies(dialog.families());
}

void MainWindow::setTrackedFamilies(const QStringList &families)
{
    if (families == m_familiesModel->trackedFamilies())
        return;
    TrackedFamiliesDialog::save(*m_settings, families);
    m_scans->setUserFamilies(families);
    m_familiesModel->setTrackedFamilies(families);
    // Families are assigned when an inventory is built: scan again, the
    // location on screen first.
    for (const QString &root : m_results.keys()) {
        if (root != m_selectedRoot && mayScan(root))
            m_scans->scan(root);
    }
    rescan();
}

void MainWindow::showAgeSegment(const QString &family, int bucket)
{
    m_filterBar->setAgeBucket(bucket);
    const QModelIndexList match =
        family.isEmpty()
            ? QModelIndexList()
            : m_familiesProxy->match(m_familiesProxy->index(0, FamiliesModel::Key),
                                     FamiliesModel::KeyRole, family, 1, Qt::MatchExactly);
    if (match.isEmpty()) {
        m_familiesView->clearSelection();
        m_filterBar->setFamily(family);
    } else {
        m_familiesView->setCurrentIndex(match.first());
    }
    m_itemsView->setFocus(Qt::OtherFocusReason);
}

WindowState MainWindow::windowState()
{
    return {this,
            {m_mainSplitter, m_centerSplitter},
            {m_itemsView->header(), m_familiesView->header()},
            m_filterBar};
}

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
    m_addAction->setText(tr("&Add location…"));
    m_addAction->setToolTip(tr("Add a directory to the locations (Ctrl+O)"));
    m_removeAction->setText(tr("Re&move location"));
    m_removeAction->setToolTip(
        tr("Remove the selected location you added (the directory is not touched)"));
    m_confirmAction->setText(tr("&Confirm location…"));
    m_confirmAction->setToolTip(
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
    m_cleanup->retranslateUi();
    m_toolBar->setWindowTitle(tr("Main"));
    m_locationsView->setAccessibleName(tr("Locations"));
    m_itemsView->setAccessibleName(tr("Items"));
    m_familiesView->setAccessibleName(tr("Families"));
    m_familiesTitle->setText(tr("&Families — select one to show only its items"));
    m_overviewTabs->setTabText(m_overviewTabs->indexOf(m_familiesTitle->parentWidget()),
                               tr("Families"));
    m_overviewTabs->setTabText(m_overviewTabs->indexOf(m_ageChart), tr("Ages"));
}

// After a language switch: the models' texts, the status and the details
// follow, and the panes make room for longer words.
void MainWindow::followLanguageChange()
{
    Translations::announce(m_locationsModel);
    Translations::announce(m_itemsModel);
    Translations::announce(m_familiesModel);
    fitSectionTitles(m_itemsView);
    fitSectionTitles(m_familiesView);
    updateStatus();
    onItemChanged();
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

void MainWindow::closeEvent(QCloseEvent *event)
{
    windowState().save(*m_settings);
    m_settings->setValue(QStringLiteral("gui/overviewTab"), m_overviewTabs->currentIndex());
    if (!m_options.extraRoots.contains(m_selectedRoot))
        m_settings->setValue(QStringLiteral("gui/selectedRoot"), m_selectedRoot);
    m_scans->cancel();
    event->accept();
}

} // namespace tempscope::gui
