#include "gui/items/InspectorPanel.h"

#include "core/cleanup/ItemStates.h"
#include "core/locations/SettingsValues.h"
#include "gui/items/AgeChartView.h"
#include "gui/items/DetailsPane.h"
#include "gui/items/FamiliesModel.h"
#include "gui/items/FilterBar.h"
#include "gui/items/ItemsModel.h"
#include "gui/scan/LiveWatcher.h"

#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace tempscope::gui {

namespace {
// Widens the sections whose title does not fit, as after switching to a
// language with longer words; wider sections stay as they are. The items'
// kind column also fits the word for a directory.
void fitTitles(QTreeView *view)
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

InspectorPanel::InspectorPanel(const QSettings &settings, std::function<AgeRule()> currentRule,
                               QWidget *window)
    : QObject(window), m_currentRule(std::move(currentRule)), m_filterBar(new FilterBar(window)),
      m_itemsModel(new ItemsModel(this)), m_itemsView(new QTreeView(window)),
      m_familiesModel(new FamiliesModel(this)), m_familiesProxy(new QSortFilterProxyModel(this)),
      m_familiesView(new QTreeView(window)), m_familiesTitle(new QLabel(window)),
      m_ageChart(new AgeChartView(window)), m_overviewTabs(new QTabWidget(window)),
      m_centerSplitter(new QSplitter(Qt::Vertical, window)), m_details(new DetailsPane(window))
{
    m_itemsView->setObjectName(QStringLiteral("items"));
    m_itemsView->setModel(m_itemsModel);
    m_itemsView->setRootIsDecorated(true); // directories expand to their contents
    m_itemsView->setUniformRowHeights(true);
    m_itemsView->setAlternatingRowColors(true);
    m_itemsView->setSortingEnabled(true);
    m_itemsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_itemsView->header()->setSortIndicator(ItemsModel::Size, Qt::DescendingOrder);
    const int em = window->fontMetrics().horizontalAdvance(u'M');
    const int widths[ItemsModel::ColumnCount] = {18 * em, 10 * em, 6 * em, 7 * em, 5 * em,
                                                 5 * em,  5 * em,  6 * em, 8 * em};
    for (int c = 0; c < ItemsModel::ColumnCount; ++c)
        m_itemsView->header()->resizeSection(c, widths[c]);
    connect(m_itemsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &InspectorPanel::showCurrentRow);
    connect(m_itemsModel, &QAbstractItemModel::modelReset, this, &InspectorPanel::showCurrentRow);
    connect(m_filterBar, &FilterBar::filterChanged, m_itemsModel, &ItemsModel::setFilter);

    m_familiesProxy->setSourceModel(m_familiesModel);
    m_familiesProxy->setSortRole(FamiliesModel::SortRole);
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
            &InspectorPanel::onFamilyChanged);
    connect(m_filterBar, &FilterBar::familyCleared, m_familiesView,
            [this] { m_familiesView->clearSelection(); });

    auto *itemsPane = new QWidget(window);
    auto *itemsLayout = new QVBoxLayout(itemsPane);
    itemsLayout->setContentsMargins(0, 0, 0, 0);
    itemsLayout->addWidget(m_filterBar);
    itemsLayout->addWidget(m_itemsView);

    auto *familiesPane = new QWidget(window);
    auto *familiesLayout = new QVBoxLayout(familiesPane);
    familiesLayout->setContentsMargins(0, 0, 0, 0);
    m_familiesTitle->setBuddy(m_familiesView);
    familiesLayout->addWidget(m_familiesTitle);
    familiesLayout->addWidget(m_familiesView);

    m_centerSplitter->setObjectName(QStringLiteral("centerSplitter"));
    m_centerSplitter->addWidget(itemsPane);
    connect(m_ageChart, &AgeChartView::segmentActivated, this, &InspectorPanel::showAgeSegment);
    m_overviewTabs->setObjectName(QStringLiteral("overviewTabs"));
    m_overviewTabs->setDocumentMode(true);
    m_overviewTabs->addTab(familiesPane, QString());
    m_overviewTabs->addTab(m_ageChart, QString());
    m_overviewTabs->setCurrentIndex(settings::integer(settings, QStringLiteral("gui/overviewTab"),
                                                      0, m_overviewTabs->count() - 1)
                                        .value_or(0));
    m_centerSplitter->addWidget(m_overviewTabs);
    connect(m_overviewTabs, &QTabWidget::currentChanged, this, [this] {
        if (m_overviewTabs->currentWidget() == m_ageChart)
            m_ageChart->setInventory(m_shown.inventory, m_currentRule());
    });
    m_centerSplitter->setStretchFactor(0, 3);
    m_centerSplitter->setStretchFactor(1, 2);
}

void InspectorPanel::show(const RootScan &scan)
{
    m_shown = scan;
    const AgeRule rule = m_currentRule();
    m_filterBar->setFamily({});
    m_itemsModel->setInventory(scan.inventory, rule, scan.states, scan.verdicts);
    m_familiesModel->setInventory(scan.inventory, rule);
    // The chart is drawn when its tab is shown: at 10,000 items grouping them
    // by family and age costs a frame the items view needs more.
    if (m_overviewTabs->currentWidget() == m_ageChart)
        m_ageChart->setInventory(scan.inventory, rule);
    else
        m_ageChart->setInventory(nullptr, rule);
    // The finished scan of the items shown while it ran keeps the current
    // row (ItemsModel fills the rows in): its details are complete now.
    showCurrentRow();
}

bool InspectorPanel::applyUpdate(const LiveUpdate &update)
{
    // The rows the model reports while it changes belong to the new scan.
    const RootScan before = std::exchange(m_shown, update.scan);
    if (!m_itemsModel->applyUpdate(update)) {
        m_shown = before;
        return false;
    }
    m_familiesModel->setInventory(update.scan.inventory, m_currentRule());
    showCurrentRow();
    return true;
}

void InspectorPanel::setAgeRule(const AgeRule &rule)
{
    m_itemsModel->setAgeRule(rule);
    m_familiesModel->setAgeRule(rule);
    m_ageChart->setAgeRule(rule);
    showCurrentRow();
}

void InspectorPanel::showCurrentRow()
{
    const Item *row = m_itemsModel->rowItem(m_itemsView->currentIndex());
    if (!row) {
        m_details->clear();
        return;
    }
    const Item *item = m_itemsModel->itemAt(m_itemsView->currentIndex());
    m_details->showRow(m_shown.inventory, *row, m_itemsModel->ageRule(), m_shown.states,
                       item ? m_itemsModel->verdictOf(*item) : nullptr);
}

void InspectorPanel::fitSectionTitles()
{
    fitTitles(m_itemsView);
    fitTitles(m_familiesView);
}

void InspectorPanel::onFamilyChanged()
{
    const QModelIndexList rows = m_familiesView->selectionModel()->selectedRows();
    m_filterBar->setFamily(rows.isEmpty() ? QString()
                                          : rows.first().data(FamiliesModel::KeyRole).toString());
}

void InspectorPanel::showAgeSegment(const QString &family, int bucket)
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

} // namespace tempscope::gui
