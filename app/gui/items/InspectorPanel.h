#pragma once
// InspectorPanel: the middle and right of the window, what it shows of the
// selected root: the filter bar over the items, the families and the age
// chart in tabs below them, and the details of the current row. Choosing a
// family or a chart segment filters the items; the current row's details
// follow the selection, the age rule and live updates.
//
// GUI thread only. The window places the centre splitter and the details
// pane, and sets the fixed texts.

#include "core/inventory/AgeRule.h"
#include "core/inventory/RootScan.h"
#include "gui/items/PlaceholderTreeView.h"

#include <QObject>

#include <functional>

class QLabel;
class QSettings;
class QSortFilterProxyModel;
class QSplitter;
class QTabWidget;
class QTreeView;
class QWidget;

namespace tempscope::gui {

class AgeChartView;
class DetailsPane;
class FamiliesModel;
class FilterBar;
class ItemsModel;
struct LiveUpdate;

class InspectorPanel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectorPanel)

public:
    // currentRule: the filter bar's age rule measured from the shown scan's time.
    InspectorPanel(const QSettings &settings, std::function<AgeRule()> currentRule,
                   QWidget *window);

    FilterBar *filterBar() const { return m_filterBar; }
    ItemsModel *itemsModel() const { return m_itemsModel; }
    PlaceholderTreeView *itemsView() const { return m_itemsView; }
    FamiliesModel *familiesModel() const { return m_familiesModel; }
    PlaceholderTreeView *familiesView() const { return m_familiesView; }
    QLabel *familiesTitle() const { return m_familiesTitle; }
    AgeChartView *ageChart() const { return m_ageChart; }
    QTabWidget *overviewTabs() const { return m_overviewTabs; }
    QSplitter *centerSplitter() const { return m_centerSplitter; }
    DetailsPane *details() const { return m_details; }

    // Says why the items (and families) show nothing: drawn over the views
    // while they are empty. The families view has no filter to explain.
    void setEmptyReason(const QString &items, const QString &families);
    // Shows a root's scan (none: an empty one), unfiltered by family.
    void show(const RootScan &scan);
    // Applies a live update of the shown scan row by row; false, and
    // nothing changes, when the items show another scan (show() it then).
    bool applyUpdate(const LiveUpdate &update);
    void setAgeRule(const AgeRule &rule);
    // The current row's details again (its data or the language changed).
    void showCurrentRow();
    // Widens the columns whose title or numbers no longer fit (another
    // language or locale, a saved state); the name takes the spare width.
    void fitSectionTitles();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onFamilyChanged();
    void showAgeSegment(const QString &family, int bucket);

    std::function<AgeRule()> m_currentRule;
    RootScan m_shown;
    FilterBar *m_filterBar;
    ItemsModel *m_itemsModel;
    PlaceholderTreeView *m_itemsView;
    FamiliesModel *m_familiesModel;
    QSortFilterProxyModel *m_familiesProxy;
    PlaceholderTreeView *m_familiesView;
    QLabel *m_familiesTitle;
    AgeChartView *m_ageChart;
    QTabWidget *m_overviewTabs;
    QSplitter *m_centerSplitter;
    DetailsPane *m_details;
};

} // namespace tempscope::gui
