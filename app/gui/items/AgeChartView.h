#pragma once
// AgeChartView: the "Ages" tab. A stacked bar chart of the shown location's
// items per age bucket (Inventory::emptyAgeBuckets()), in bytes or in item
// counts, split by the largest families with the rest as "other". The stale
// threshold in use is drawn on it: the region past it shaded, a dashed line
// at it and a "stale after 7d" label. Hovering a segment tells its family,
// bucket and share; clicking one asks to filter the items to it. Follows the
// application palette (the light or dark chart theme, the palette's colours).
//
// GUI thread only. Keeps the inventory alive while it shows it.

#include "core/inventory/AgeRule.h"
#include "core/inventory/Inventory.h"

#include <QStringList>
#include <QWidget>

#include <chrono>
#include <memory>
#include <optional>

class QBarCategoryAxis;
class QCategoryAxis;
class QChart;
class QChartView;
class QGraphicsLineItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QLabel;
class QRadioButton;
class QStackedBarSeries;

namespace tempscope::gui {

class ChartLegend;

class AgeChartView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgeChartView)

public:
    enum class Measure { Bytes, Count };
    // Families drawn on their own; the rest are summed as "other".
    static constexpr int TopFamilies = 6;

    explicit AgeChartView(QWidget *parent = nullptr);
    ~AgeChartView() override;

    void setInventory(std::shared_ptr<const Inventory> inventory, const AgeRule &rule);
    void setAgeRule(const AgeRule &rule);
    const AgeRule &ageRule() const { return m_rule; }
    void setMeasure(Measure measure);
    Measure measure() const { return m_measure; }

    QChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_view; }
    // The legend under the bars when they leave no room at their right.
    ChartLegend *legendBelow() const { return m_legendBelow; }
    QStackedBarSeries *series() const { return m_series; }
    QRadioButton *bytesButton() const { return m_bytesButton; }
    QRadioButton *countButton() const { return m_countButton; }
    // The family key of each bar set, in order; empty for "other".
    QStringList setKeys() const;
    // The value of one bar segment as the inventory counts it (bytes or items).
    quint64 value(int set, int bucket) const;
    // The segment's tooltip, made to render as plain text (it names a family).
    QString toolTipFor(int set, int bucket) const;

    // Where a threshold falls on the category axis (bucket i is centred on i,
    // spanning i - 0.5 to i + 0.5). A threshold equal to a bucket boundary
    // sits on that boundary; inside a bucket it is placed by the logarithm of
    // the age (the buckets grow roughly geometrically), linearly in the first.
    static double thresholdPosition(std::chrono::seconds threshold);
    // The marker drawn now, on the category axis; nullopt without threshold.
    std::optional<double> markerPosition() const;
    QGraphicsLineItem *markerLine() const { return m_markerLine; }
    QGraphicsSimpleTextItem *markerLabel() const { return m_markerLabel; }

Q_SIGNALS:
    // A bar segment was clicked: the family (empty for "other") and the bucket.
    void segmentActivated(const QString &family, int bucket);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Row
    {
        QString key; // empty: "other"
        QList<AgeBucket> buckets;
    };

    void recompute();
    void rebuildSeries();
    void updateAxis(quint64 top);
    void updateMarker();
    void applyPalette();
    void fitLayout();
    void retranslateUi();
    quint64 measureOf(const AgeBucket &bucket) const;

    std::shared_ptr<const Inventory> m_inventory;
    AgeRule m_rule;
    Measure m_measure = Measure::Bytes;
    QList<FamilyAges> m_families; // of the inventory, on m_rule.basis
    QList<Row> m_rows;            // one per bar set
    QStringList m_labels;         // of the bar sets, as text
    QChart *m_chart;
    QChartView *m_view;
    ChartLegend *m_legendBelow;
    QStackedBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_xAxis;
    QCategoryAxis *m_yAxis;
    QRadioButton *m_bytesButton;
    QRadioButton *m_countButton;
    QLabel *m_showLabel;
    QLabel *m_summary;
    QGraphicsRectItem *m_staleShade;
    QGraphicsLineItem *m_markerLine;
    QGraphicsSimpleTextItem *m_markerLabel;
};

} // namespace tempscope::gui
