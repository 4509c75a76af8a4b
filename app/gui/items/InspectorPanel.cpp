#include "gui/items/InspectorPanel.h"

#include "core/cleanup/ItemStates.h"
#include "core/locations/SettingsValues.h"
#include "gui/Numbers.h"
#include "gui/items/AgeChartView.h"
#include "gui/items/DetailsPane.h"
#include "gui/items/FamiliesModel.h"
#include "gui/items/FilterBar.h"
#include "gui/items/ItemsModel.h"
#include "gui/items/PlaceholderTreeView.h"
#include "gui/scan/LiveWatcher.h"

#include <QEvent>
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
// The width a cell needs for text of this width: the item delegate's
// margins on both sides, and a little air.
int cellWidth(const QTreeView *view, int textWidth)
{
    return textWidth +
           2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1) + 6;
}

// The narrowest each column may be: its title, and for sizes and counts the
// widest text they can show in this locale and font, so that no size is
// ever cut short ("1013.9 …"). The items' kind column fits the word for a
// directory.
QList<int> minimumWidths(const QTreeView *view)
{
    const QHeaderView *header = view->header();
    const QFontMetrics fm = view->fontMetrics();
    QList<int> widths;
    for (int c = 0; c < header->count(); ++c)
        widths << header->sectionSizeHint(c);
    const int size = cellWidth(view, widestText(fm, sizeSamples()));
    const int count = cellWidth(view, widestText(fm, {countText(9'999'999)}));
    if (qobject_cast<const ItemsModel *>(view->model())) {
        // A running scan's "counting…" is never cut short either.
        const int counting = cellWidth(view, fm.horizontalAdvance(ItemsModel::countingText()));
        widths[ItemsModel::Size] = std::max({widths[ItemsModel::Size], size, counting});
        widths[ItemsModel::Entries] = std::max({widths[ItemsModel::Entries], count, counting});
        widths[ItemsModel::Age] = std::max(widths[ItemsModel::Age], counting);
        widths[ItemsModel::Kind] = std::max(
            widths[ItemsModel::Kind],
            cellWidth(view, fm.horizontalAdvance(ItemsModel::kindText(native::Kind::Directory))));
    } else {
        QStringList stale;
        for (const QString &s : sizeSamples())
            stale << FamiliesModel::staleText(99'999, 0).replace(sizeText(0), s);
        widths[FamiliesModel::Size] = std::max(widths[FamiliesModel::Size], size);
        widths[FamiliesModel::Count] = std::max(widths[FamiliesModel::Count], count);
        widths[FamiliesModel::Stale] =
            std::max(widths[FamiliesModel::Stale], cellWidth(view, widestText(fm, stale)));
    }
    return widths;
}

// Widens the sections narrower than they may be (a language with longer
// words, another locale's numbers, a saved state from an older version);
// wider sections stay as they are. The first column (the name) takes the
// width left over.
void fitColumns(QTreeView *view)
{
    QHeaderView *header = view->header();
    const QList<int> widths = minimumWidths(view);
    for (int c = 1; c < header->count(); ++c)
        header->resizeSection(c, std::max(header->sectionSize(c), widths[c]));
    header->setSectionResizeMode(QHeaderView::Interactive);
}

// The items' name takes the width the other columns leave, at least 16
// characters (the view scrolls sideways below that).
void fitName(QTreeView *view)
{
    QHeaderView *header = view->header();
    int others = 0;
    for (int c = 1; c < header->count(); ++c) {
        if (!header->isSectionHidden(c))
            others += header->sectionSize(c);
    }
    const int least = 16 * view->fontMetrics().horizontalAdvance(u'M');
    header->resizeSection(ItemsModel::Name, std::max(least, view->viewport()->width() - others));
}
} // namespace

InspectorPanel::InspectorPanel(const QSettings &settings, std::function<AgeRule()> currentRule,
                               QWidget *window)
    : QObject(window), m_currentRule(std::move(currentRule)), m_filterBar(new FilterBar(window)),
      m_itemsModel(new ItemsModel(this)), m_itemsView(new PlaceholderTreeView(window)),
      m_familiesModel(new FamiliesModel(this)), m_familiesProxy(new QSortFilterProxyModel(this)),
      m_familiesView(new PlaceholderTreeView(window)), m_familiesTitle(new QLabel(window)),
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
    const int widths[ItemsModel::ColumnCount] = {18 * em, 9 * em, 5 * em, 6 * em, 5 * em,
                                                 4 * em,  5 * em, 7 * em, 7 * em};
    for (int c = 0; c < ItemsModel::ColumnCount; ++c)
        m_itemsView->header()->resizeSection(c, widths[c]);
    fitColumns(m_itemsView);
    m_itemsView->header()->setStretchLastSection(false);
    m_itemsView->viewport()->installEventFilter(this);
    connect(m_itemsView->header(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section != ItemsModel::Name)
            fitName(m_itemsView);
    });
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
        m_familiesView->header()->resizeSection(c, c == FamiliesModel::Key ? 14 * em : 5 * em);
    fitColumns(m_familiesView);
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

void InspectorPanel::setEmptyReason(const QString &items, const QString &families)
{
    m_itemsView->setPlaceholderText(items);
    m_familiesView->setPlaceholderText(families);
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
    fitColumns(m_itemsView);
    m_itemsView->header()->setStretchLastSection(false);
    fitName(m_itemsView);
    fitColumns(m_familiesView);
}

bool InspectorPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_itemsView->viewport() && event->type() == QEvent::Resize)
        fitName(m_itemsView);
    return QObject::eventFilter(watched, event);
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
