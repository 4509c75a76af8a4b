#include "gui/items/AgeChartView.h"
#include "gui/items/ChartLegend.h"

#include "gui/Numbers.h"
#include "gui/PlainText.h"

#include "core/inventory/Duration.h"
#include "core/inventory/PathText.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QRadioButton>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <utility>

namespace tempscope::gui {

namespace {

// Above the plot area's background, below the grid and the bars.
constexpr qreal ShadeZ = 0.5;
// Above the bars and their labels.
constexpr qreal MarkerZ = 20;

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// Round tick steps for an axis from 0 to `max`: 1, 2 or 5 times a power of
// ten (of the unit: 1 for counts, the largest binary prefix below max for bytes).
QList<double> niceTicks(double max, bool bytes)
{
    double unit = 1;
    if (bytes) {
        while (unit * 1024 <= max)
            unit *= 1024;
    }
    const double range = std::max(max / unit, 1.0);
    double step = std::pow(10.0, std::floor(std::log10(range / 5)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (range / (step * m) <= 5) {
            step *= m;
            break;
        }
    }
    if (!bytes || unit == 1)
        step = std::max(step, 1.0); // no fractions of an item or a byte
    QList<double> ticks;
    for (int k = 1; ticks.isEmpty() || ticks.last() < max; ++k)
        ticks.append(k * step * unit);
    return ticks;
}

QString tickLabel(double value, bool bytes)
{
    if (!bytes)
        return QLocale().toString(qlonglong(std::llround(value)));
    if (value < 1024)
        return sizeText(quint64(value));
    // Ticks are round in their unit; one decimal only where the step needs it.
    double unit = 1024;
    while (unit * 1024 <= value)
        unit *= 1024;
    const double inUnit = value / unit;
    const int precision = std::abs(inUnit - std::round(inUnit)) < 1e-9 ? 0 : 1;
    return QLocale().formattedDataSize(qint64(std::llround(value)), precision,
                                       QLocale::DataSizeIecFormat);
}

// A bucket label in two lines, broken at the space nearest its middle
// ("1 h –" over "1 d"); short ones stay on one line.
std::pair<QString, QString> labelLines(const QString &label)
{
    qsizetype best = -1;
    for (qsizetype i = label.indexOf(u' '); i >= 0; i = label.indexOf(u' ', i + 1)) {
        if (best < 0 || std::abs(2 * i - label.size()) < std::abs(2 * best - label.size()))
            best = i;
    }
    if (label.size() <= 5 || best < 0)
        return {label, QString()};
    return {label.left(best), label.mid(best + 1)};
}

} // namespace

AgeChartView::AgeChartView(QWidget *parent)
    : QWidget(parent), m_chart(new QChart),
      // Given the chart at once: setChart() would orphan the default one it makes.
      m_view(new QChartView(m_chart, this)), m_legendBelow(new ChartLegend(this)),
      m_xAxis(new QBarCategoryAxis(m_chart)), m_yAxis(new QCategoryAxis(m_chart)),
      m_bytesButton(new QRadioButton(this)), m_countButton(new QRadioButton(this)),
      m_showLabel(new QLabel(this)), m_summary(new QLabel(this)),
      m_staleShade(new QGraphicsRectItem(m_chart)), m_markerLine(new QGraphicsLineItem(m_chart)),
      m_markerLabel(new QGraphicsSimpleTextItem(m_chart))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_summary->setWordWrap(true);
    top->addWidget(m_summary, 1);
    m_bytesButton->setChecked(true);
    top->addWidget(m_showLabel);
    top->addWidget(m_bytesButton);
    top->addWidget(m_countButton);
    layout->addLayout(top);

    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->legend()->setShowToolTips(true);
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    m_yAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_staleShade->setZValue(ShadeZ);
    m_staleShade->setPen(Qt::NoPen);
    m_markerLine->setZValue(MarkerZ);
    m_markerLabel->setZValue(MarkerZ);

    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(160);
    layout->addWidget(m_view, 1);
    m_legendBelow->setObjectName(QStringLiteral("ageLegend"));
    m_legendBelow->hide();
    layout->addWidget(m_legendBelow);

    connect(m_chart, &QChart::plotAreaChanged, this, &AgeChartView::updateMarker);
    connect(m_bytesButton, &QRadioButton::toggled, this,
            [this](bool on) { setMeasure(on ? Measure::Bytes : Measure::Count); });

    retranslateUi();
    applyPalette();
}

AgeChartView::~AgeChartView() = default;

void AgeChartView::setInventory(std::shared_ptr<const Inventory> inventory, const AgeRule &rule)
{
    m_inventory = std::move(inventory);
    m_rule = rule;
    recompute();
}

void AgeChartView::setAgeRule(const AgeRule &rule)
{
    if (rule == m_rule)
        return;
    const bool regroup = rule.basis != m_rule.basis || rule.now != m_rule.now;
    m_rule = rule;
    if (regroup)
        recompute();
    else
        updateMarker();
}

void AgeChartView::setMeasure(Measure measure)
{
    if (measure == m_measure)
        return;
    m_measure = measure;
    (measure == Measure::Bytes ? m_bytesButton : m_countButton)->setChecked(true);
    rebuildSeries();
}

quint64 AgeChartView::measureOf(const AgeBucket &bucket) const
{
    return m_measure == Measure::Bytes ? bucket.bytes : bucket.count;
}

void AgeChartView::recompute()
{
    m_families =
        m_inventory ? m_inventory->familyAgeBuckets(m_rule.basis, m_rule.now) : QList<FamilyAges>{};
    rebuildSeries();
}

void AgeChartView::rebuildSeries()
{
    // The families with the most of what is measured get their own set.
    QList<qsizetype> order;
    for (qsizetype i = 0; i < m_families.size(); ++i)
        order.append(i);
    const auto total = [this](const FamilyAges &f) {
        return m_measure == Measure::Bytes ? f.bytes : quint64(f.count);
    };
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return total(m_families[a]) > total(m_families[b]);
    });
    const qsizetype own = order.size() <= TopFamilies + 1 ? order.size() : TopFamilies;

    m_rows.clear();
    Row other{QString(), Inventory::emptyAgeBuckets()};
    int otherFamilies = 0;
    for (qsizetype k = 0; k < order.size(); ++k) {
        const FamilyAges &f = m_families[order[k]];
        if (k < own && total(f) > 0) {
            m_rows.append({f.key, f.buckets});
            continue;
        }
        ++otherFamilies;
        for (qsizetype b = 0; b < other.buckets.size(); ++b) {
            other.buckets[b].bytes += f.buckets[b].bytes;
            other.buckets[b].count += f.buckets[b].count;
        }
    }
    if (std::any_of(other.buckets.cbegin(), other.buckets.cend(),
                    [this](const AgeBucket &b) { return measureOf(b) > 0; }))
        m_rows.append(other);

    if (m_series) {
        // The chart deletes the series' graphics items later; the series
        // must outlive them.
        m_chart->removeSeries(m_series);
        m_series->deleteLater();
        m_series = nullptr;
    }
    auto *series = new QStackedBarSeries(this);
    series->setBarWidth(0.7);
    quint64 top = 0;
    QList<quint64> stacks(Inventory::emptyAgeBuckets().size(), 0);
    m_labels.clear();
    for (const Row &row : std::as_const(m_rows)) {
        const QString label = !row.key.isEmpty() ? shownName(row.key)
                              : otherFamilies == 1
                                  ? tr("other (1 family)")
                                  : tr("other (%n families)", nullptr, otherFamilies);
        // The legend shows a set's label as rich text: a family is a name.
        auto *set = new QBarSet(label.toHtmlEscaped());
        m_labels << label;
        for (qsizetype b = 0; b < row.buckets.size(); ++b) {
            const quint64 v = measureOf(row.buckets[b]);
            set->append(double(v));
            stacks[b] += v;
        }
        series->append(set);
    }
    for (quint64 s : std::as_const(stacks))
        top = std::max(top, s);
    // Added to the chart only now, so that the theme colours every set.
    m_chart->addSeries(series);
    series->attachAxis(m_xAxis);
    series->attachAxis(m_yAxis);
    m_series = series;
    if (!m_rows.isEmpty() && m_rows.last().key.isEmpty()) {
        const QPalette pal = palette();
        QBarSet *otherSet = series->barSets().last();
        // Hatched, so it never reads as one of the families' plain colours.
        otherSet->setBrush(QBrush(blend(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.55),
                                  Qt::BDiagPattern));
        otherSet->setBorderColor(blend(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.55));
    }
    connect(
        series, &QStackedBarSeries::hovered, this, [this](bool status, int bucket, QBarSet *set) {
            if (!status) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(),
                               toolTipFor(int(m_series->barSets().indexOf(set)), bucket), m_view);
        });
    connect(series, &QStackedBarSeries::clicked, this, [this](int bucket, QBarSet *set) {
        const qsizetype row = m_series->barSets().indexOf(set);
        if (row >= 0)
            Q_EMIT segmentActivated(m_rows[row].key, bucket);
    });
    updateAxis(top);

    if (!m_inventory) {
        m_summary->setText(tr("No scan of this location yet."));
    } else {
        const int n = int(m_inventory->items().size());
        m_summary->setText(
            (n == 1 ? tr("1 item, %1, by age (%2 timestamp) and family.")
                    : tr("%n items, %1, by age (%2 timestamp) and family.", nullptr, n))
                .arg(sizeText(m_inventory->totalBytes()), ageBasisName(m_rule.basis)));
    }
    fitLayout();
    updateMarker();
}

void AgeChartView::updateAxis(quint64 top)
{
    const bool bytes = m_measure == Measure::Bytes;
    for (const QString &label : m_yAxis->categoriesLabels())
        m_yAxis->remove(label);
    const QList<double> ticks = niceTicks(double(std::max<quint64>(top, 1)), bytes);
    m_yAxis->setStartValue(0);
    for (double t : ticks)
        m_yAxis->append(tickLabel(t, bytes), t);
    m_yAxis->setRange(0, ticks.last());
}

QStringList AgeChartView::setKeys() const
{
    QStringList out;
    for (const Row &row : m_rows)
        out << row.key;
    return out;
}

quint64 AgeChartView::value(int set, int bucket) const
{
    if (set < 0 || set >= m_rows.size() || bucket < 0 || bucket >= m_rows[set].buckets.size())
        return 0;
    return measureOf(m_rows[set].buckets[bucket]);
}

QString AgeChartView::toolTipFor(int set, int bucket) const
{
    if (set < 0 || set >= m_rows.size() || bucket < 0 || bucket >= m_rows[set].buckets.size())
        return {};
    const Row &row = m_rows[set];
    const AgeBucket &b = row.buckets[bucket];
    quint64 all = 0;
    for (const Row &r : m_rows)
        all += measureOf(r.buckets[bucket]);
    const QString family = row.key.isEmpty() ? tr("Other families") : shownName(row.key);
    QString text = tr("%1, %2 old").arg(family, b.label) + u'\n' +
                   (b.count == 1 ? tr("1 item, %1") : tr("%n items, %1", nullptr, int(b.count)))
                       .arg(sizeText(b.bytes));
    if (all > 0)
        text += u'\n' + tr("%1 % of the items of this age")
                            .arg(qRound(100.0 * double(measureOf(b)) / double(all)));
    if (m_rule.threshold) {
        const double marker = thresholdPosition(*m_rule.threshold);
        if (marker <= bucket - 0.5)
            text +=
                u'\n' + tr("Past the stale threshold (%1)").arg(formatDuration(*m_rule.threshold));
        else if (marker < bucket + 0.5)
            text +=
                u'\n' +
                tr("Partly past the stale threshold (%1)").arg(formatDuration(*m_rule.threshold));
    }
    return plainToolTip(text);
}

double AgeChartView::thresholdPosition(std::chrono::seconds threshold)
{
    const QList<AgeBucket> buckets = Inventory::emptyAgeBuckets();
    const qsizetype i = Inventory::ageBucketIndex(threshold);
    const double t = double(threshold.count());
    const double lo = i > 0 ? double(buckets[i - 1].upper.count()) : 0.0;
    // The open last bucket is drawn as if it ended at three times its start.
    const double hi = i + 1 < buckets.size() ? double(buckets[i].upper.count()) : 3 * lo;
    const double frac = i == 0 ? t / hi : std::log(t / lo) / std::log(hi / lo);
    return double(i) - 0.5 + std::clamp(frac, 0.0, 1.0);
}

std::optional<double> AgeChartView::markerPosition() const
{
    if (!m_rule.threshold || !m_inventory)
        return std::nullopt;
    return thresholdPosition(*m_rule.threshold);
}

void AgeChartView::updateMarker()
{
    const std::optional<double> pos = markerPosition();
    const QRectF plot = m_chart->plotArea();
    const bool shown = pos && plot.isValid();
    m_staleShade->setVisible(shown);
    m_markerLine->setVisible(shown);
    m_markerLabel->setVisible(shown);
    if (!shown)
        return;
    const double n = double(m_xAxis->count());
    const qreal x = plot.left() + (*pos + 0.5) / n * plot.width();
    m_markerLine->setLine(x, plot.top(), x, plot.bottom());
    m_staleShade->setRect(QRectF(QPointF(x, plot.top()), plot.bottomRight()));
    m_markerLabel->setText(tr("stale after %1").arg(formatDuration(*m_rule.threshold)));
    const QRectF text = m_markerLabel->boundingRect();
    const qreal gap = 4;
    // Right of the line, inside the stale region, unless it would not fit.
    const qreal left = x + gap + text.width() <= plot.right() ? x + gap : x - gap - text.width();
    m_markerLabel->setPos(left, plot.top() + gap / 2);
    const QString tip = tr("Items older than %1 are stale").arg(formatDuration(*m_rule.threshold));
    m_markerLine->setToolTip(tip);
    m_markerLabel->setToolTip(tip);
}

void AgeChartView::applyPalette()
{
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // The theme's colours for the bars, the palette's for everything else.
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    m_chart->setBackgroundBrush(base);
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setBackgroundRoundness(0);
    m_chart->setPlotAreaBackgroundVisible(false);
    // A little smaller than the text around: the chart shares the window
    // with the items and has eight category labels to fit.
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_chart->legend()->setLabelColor(text);
    m_chart->legend()->setFont(small);
    m_legendBelow->setFont(small);
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_xAxis), static_cast<QAbstractAxis *>(m_yAxis)}) {
        axis->setLabelsColor(text);
        axis->setLabelsFont(small);
        axis->setTitleBrush(text);
        QFont title = font();
        title.setBold(true);
        axis->setTitleFont(title);
        axis->setGridLineColor(blend(base, text, 0.15));
        axis->setLinePenColor(blend(base, text, 0.4));
    }
    m_xAxis->setGridLineVisible(false);

    QColor shade = pal.color(QPalette::Highlight);
    shade.setAlphaF(dark ? 0.22f : 0.12f);
    m_staleShade->setBrush(shade);
    QPen line(blend(pal.color(QPalette::Highlight), text, dark ? 0.2 : 0.35), 2, Qt::DashLine);
    line.setCosmetic(true);
    m_markerLine->setPen(line);
    m_markerLabel->setBrush(text);
    QFont label = font();
    label.setBold(true);
    m_markerLabel->setFont(label);
    rebuildSeries();
}

// The fixed texts, in the current language; the series, the summary and the
// marker take theirs when they are rebuilt.
void AgeChartView::retranslateUi()
{
    m_summary->setAccessibleName(tr("Age chart summary"));
    m_showLabel->setText(tr("Show:"));
    m_bytesButton->setText(tr("Si&ze"));
    m_bytesButton->setToolTip(tr("Bytes per age"));
    m_bytesButton->setAccessibleName(tr("Show bytes per age"));
    m_countButton->setText(tr("Ite&ms"));
    m_countButton->setToolTip(tr("Number of items per age"));
    m_countButton->setAccessibleName(tr("Show the number of items per age"));
    m_view->setAccessibleName(tr("Bytes and items per age, by family"));
    QStringList labels;
    for (const AgeBucket &b : Inventory::emptyAgeBuckets()) {
        // Axis labels are rich text ("< 1 h" must be escaped); they break
        // in two lines so that the chart fits a narrow window whole.
        const auto [first, second] = labelLines(b.label);
        labels << (second.isEmpty()
                       ? first.toHtmlEscaped()
                       : first.toHtmlEscaped() + QStringLiteral("<br>") + second.toHtmlEscaped());
    }
    m_xAxis->setCategories(labels);
}

// The chart's minimum width fits every category label whole (never "‹ …")
// beside the value labels; the legend goes below the chart, on as many lines
// as it needs, when there is no room for it at the bars' right.
void AgeChartView::fitLayout()
{
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    const QFontMetrics fm(small);
    int category = 0;
    for (const AgeBucket &b : Inventory::emptyAgeBuckets()) {
        const auto [first, second] = labelLines(b.label);
        category = std::max({category, fm.horizontalAdvance(first), fm.horizontalAdvance(second)});
    }
    const int values = widestText(fm, sizeSamples());
    const int bars =
        int(Inventory::emptyAgeBuckets().size()) * (category + 2 * fm.averageCharWidth());
    const int least = values + bars + 4 * fm.averageCharWidth();
    m_view->setMinimumWidth(least);
    int legend = 0;
    for (const Row &row : std::as_const(m_rows))
        legend = std::max(legend, fm.horizontalAdvance(row.key.isEmpty()
                                                           ? tr("other (%n families)", nullptr, 99)
                                                           : shownName(row.key)));
    legend += 6 * fm.averageCharWidth();
    const bool right = width() >= least + legend;
    m_chart->legend()->setVisible(right && !m_rows.isEmpty());
    m_legendBelow->setVisible(!right && !m_rows.isEmpty());
    QList<ChartLegend::Entry> entries;
    if (!right && m_series) {
        const QList<QBarSet *> sets = m_series->barSets();
        for (qsizetype i = 0; i < sets.size() && i < m_labels.size(); ++i)
            entries.append({sets[i]->brush(), sets[i]->borderColor(), m_labels[i]});
    }
    m_legendBelow->setEntries(std::move(entries));
}

void AgeChartView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitLayout();
}

void AgeChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyPalette();
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        rebuildSeries();
    }
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        fitLayout();
    QWidget::changeEvent(event);
}

} // namespace tempscope::gui
