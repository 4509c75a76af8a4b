#include "gui/items/FilterBar.h"

#include "gui/AgeBasisHelp.h"
#include "gui/Colors.h"
#include "gui/ElidedLabel.h"
#include "gui/PlainText.h"

#include "core/inventory/Duration.h"
#include "core/inventory/PathText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace tempscope::gui {

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent), m_text(new QLineEdit(this)), m_familyLabel(new QLabel(this)),
      m_clearFamily(new QToolButton(this)), m_staleOnly(new QCheckBox(this)),
      m_orphansOnly(new QCheckBox(this)), m_ageRange(new QComboBox(this)),
      m_threshold(new QLineEdit(this)), m_basis(new QComboBox(this)),
      m_basisHelp(new ElidedLabel(this)), m_thresholdError(new QLabel(this))
{
    // Two rows, so that the bar fits a narrow window: what to show, then
    // the age rule with what its timestamp basis means; below them, a bad
    // threshold in words.
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QHBoxLayout;
    auto *ruleRow = new QHBoxLayout;
    rows->addLayout(layout);
    rows->addLayout(ruleRow);
    m_thresholdError->setObjectName(QStringLiteral("thresholdError"));
    plainLabel(m_thresholdError)->setWordWrap(true);
    m_thresholdError->hide();
    rows->addWidget(m_thresholdError);

    m_text->setObjectName(QStringLiteral("filterText"));
    m_text->setClearButtonEnabled(true);
    layout->addWidget(m_text, 2);

    m_clearFamily->setIcon(QIcon(QStringLiteral(":/icons/clear.svg")));
    m_clearFamily->setAutoRaise(true);
    m_familyLabel->hide();
    m_clearFamily->hide();
    layout->addWidget(m_familyLabel);
    layout->addWidget(m_clearFamily);

    layout->addWidget(m_staleOnly);
    m_orphansOnly->setObjectName(QStringLiteral("orphansOnly"));
    layout->addWidget(m_orphansOnly);

    auto *ageLabel = m_ageLabel = new QLabel(this);
    ageLabel->setBuddy(m_ageRange);
    m_ageRange->addItem(QString(), -1); // any age
    for (qsizetype b = 0; b < Inventory::emptyAgeBuckets().size(); ++b)
        m_ageRange->addItem(QString(), int(b));
    ruleRow->addWidget(ageLabel);
    ruleRow->addWidget(m_ageRange);
    ruleRow->addSpacing(12);

    auto *thresholdLabel = m_thresholdLabel = new QLabel(this);
    thresholdLabel->setBuddy(m_threshold);
    m_threshold->setMaximumWidth(m_threshold->fontMetrics().horizontalAdvance(u'M') * 7);
    ruleRow->addWidget(thresholdLabel);
    ruleRow->addWidget(m_threshold);

    auto *basisLabel = m_basisLabel = new QLabel(this);
    basisLabel->setBuddy(m_basis);
    for (AgeBasis b : AllAgeBases)
        m_basis->addItem(QString(), int(b));
    ruleRow->addWidget(basisLabel);
    ruleRow->addWidget(m_basis);
    // What the chosen basis means, in a muted colour; it gives way (cut
    // short, the whole line in its tooltip) before anything else does.
    m_basisHelp->setObjectName(QStringLiteral("basisHelp"));
    ruleRow->addWidget(m_basisHelp, 1);

    m_textDelay.setSingleShot(true);
    m_textDelay.setInterval(150);
    connect(m_text, &QLineEdit::textChanged, &m_textDelay, qOverload<>(&QTimer::start));
    connect(&m_textDelay, &QTimer::timeout, this, &FilterBar::emitFilter);
    connect(m_staleOnly, &QCheckBox::toggled, this, &FilterBar::emitFilter);
    connect(m_orphansOnly, &QCheckBox::toggled, this, &FilterBar::emitFilter);
    connect(m_ageRange, &QComboBox::currentIndexChanged, this, &FilterBar::emitFilter);
    connect(m_clearFamily, &QToolButton::clicked, this, [this] {
        setFamily({});
        Q_EMIT familyCleared();
    });
    connect(m_threshold, &QLineEdit::editingFinished, this, &FilterBar::thresholdEdited);
    connect(m_basis, &QComboBox::currentIndexChanged, this, &FilterBar::showBasisHelp);
    connect(m_basis, &QComboBox::currentIndexChanged, this, &FilterBar::ageRuleChanged);

    retranslateUi();
    setAgeRule(AgeBasis::Newest, std::chrono::hours(24 * 7));
}

ItemFilter FilterBar::filter() const
{
    ItemFilter f;
    f.text = m_text->text();
    f.family = m_family;
    f.staleOnly = m_staleOnly->isChecked();
    f.orphansOnly = m_orphansOnly->isChecked();
    const int bucket = ageBucket();
    if (bucket >= 0) {
        const QList<AgeBucket> buckets = Inventory::emptyAgeBuckets();
        if (bucket > 0)
            f.minAge = buckets[bucket - 1].upper;
        if (bucket + 1 < buckets.size())
            f.maxAge = buckets[bucket].upper;
    }
    return f;
}

QStringList FilterBar::describe() const
{
    const ItemFilter f = filter();
    QStringList parts;
    if (!f.text.isEmpty())
        parts << tr("name contains “%1”").arg(f.text);
    if (!f.family.isEmpty())
        parts << tr("family %1").arg(shownName(f.family));
    if (f.staleOnly)
        parts << tr("stale only");
    if (f.orphansOnly)
        parts << tr("orphans only");
    if (ageBucket() >= 0)
        parts << tr("age %1").arg(m_ageRange->currentText());
    return parts;
}

void FilterBar::setAgeBucket(int bucket)
{
    const int row = m_ageRange->findData(bucket);
    m_ageRange->setCurrentIndex(row >= 0 ? row : 0);
}

int FilterBar::ageBucket() const
{
    return m_ageRange->currentData().toInt();
}

void FilterBar::setFamily(const QString &family)
{
    if (family == m_family)
        return;
    m_family = family;
    showFamily();
    m_familyLabel->setVisible(!family.isEmpty());
    m_clearFamily->setVisible(!family.isEmpty());
    emitFilter();
}

AgeRule FilterBar::ageRule() const
{
    AgeRule rule;
    rule.basis = AgeBasis(m_basis->currentData().toInt());
    rule.threshold = m_thresholdValue;
    return rule;
}

void FilterBar::setAgeRule(AgeBasis basis, std::optional<std::chrono::seconds> threshold)
{
    m_thresholdValue = threshold;
    m_threshold->setText(threshold ? formatDuration(*threshold) : QString());
    showThresholdError({});
    m_basis->setCurrentIndex(m_basis->findData(int(basis)));
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::PaletteChange) {
        showBasisHelp();
        showThresholdError(m_thresholdProblem);
    }
    QWidget::changeEvent(event);
}

void FilterBar::showBasisHelp()
{
    const QString help = ageBasisHelp(AgeBasis(m_basis->currentData().toInt()));
    QPalette muted = m_basisHelp->palette();
    muted.setColor(QPalette::WindowText, mutedTextColor(palette()));
    m_basisHelp->setPalette(muted);
    m_basisHelp->setFullText(help);
}

// A threshold that is not an age is said in words under the bar, in the
// error colour, and the field is marked, until a good one replaces it.
void FilterBar::showThresholdError(const QString &why)
{
    m_thresholdProblem = why;
    m_thresholdError->setVisible(!why.isEmpty());
    QPalette field = palette();
    if (!why.isEmpty()) {
        const QColor error = errorTextColor(palette());
        QPalette label = palette();
        label.setColor(QPalette::WindowText, error);
        m_thresholdError->setPalette(label);
        m_thresholdError->setText(
            tr("“%1” is not an age: %2. Still using %3.")
                .arg(m_threshold->text().trimmed(), why,
                     m_thresholdValue ? formatDuration(*m_thresholdValue) : tr("no threshold")));
        field.setColor(QPalette::Text, error);
    }
    m_threshold->setPalette(field);
    m_threshold->setAccessibleDescription(why);
}

// Every text of the bar, in the current language: once when it is built,
// again on each LanguageChange.
void FilterBar::retranslateUi()
{
    m_text->setPlaceholderText(tr("Filter by name (Ctrl+F)"));
    m_text->setAccessibleName(tr("Filter items by name"));
    m_familyLabel->setAccessibleName(tr("Family filter"));
    showFamily();
    m_clearFamily->setToolTip(tr("Show every family"));
    m_clearFamily->setAccessibleName(tr("Clear family filter"));
    m_staleOnly->setText(tr("&Stale only"));
    m_staleOnly->setToolTip(tr("Show only items older than the threshold"));
    m_orphansOnly->setText(tr("O&rphans only"));
    m_orphansOnly->setToolTip(
        tr("Show only items whose program is gone (the Verdict column says why)"));
    m_ageLabel->setText(tr("A&ge:"));
    m_ageRange->setAccessibleName(tr("Age range"));
    m_ageRange->setToolTip(tr("Show only items of this age, measured on the timestamp basis"));
    m_ageRange->setItemText(0, tr("any"));
    const QList<AgeBucket> buckets = Inventory::emptyAgeBuckets();
    for (qsizetype b = 0; b < buckets.size(); ++b)
        m_ageRange->setItemText(int(b) + 1, buckets[b].label);
    m_thresholdLabel->setText(tr("Stale &after:"));
    m_threshold->setAccessibleName(tr("Age threshold"));
    m_threshold->setToolTip(
        tr("An age such as 90s, 15m, 12h, 7d, 2w or 1d12h; empty: nothing is stale"));
    m_basisLabel->setText(tr("&by:"));
    m_basis->setAccessibleName(tr("Timestamp basis"));
    for (int i = 0; i < m_basis->count(); ++i) {
        const AgeBasis basis = AgeBasis(m_basis->itemData(i).toInt());
        m_basis->setItemText(i, ageBasisLabel(basis));
        m_basis->setItemData(i, ageBasisHelp(basis), Qt::ToolTipRole);
    }
    showBasisHelp();
    m_threshold->setMinimumWidth(
        m_threshold->fontMetrics().horizontalAdvance(QStringLiteral("1d12hM")) + 12);
    // The placeholder names the filter and its shortcut: never cut short.
    m_text->setMinimumWidth(m_text->fontMetrics().horizontalAdvance(m_text->placeholderText()) +
                            4 * m_text->fontMetrics().horizontalAdvance(u'M'));
}

void FilterBar::showFamily()
{
    m_familyLabel->setText(tr("Family: <b>%1</b>").arg(shownName(m_family).toHtmlEscaped()));
}

void FilterBar::thresholdEdited()
{
    const QString text = m_threshold->text().trimmed();
    std::optional<std::chrono::seconds> value;
    if (!text.isEmpty()) {
        QString why;
        value = parseDuration(text, &why);
        if (!value) {
            // The text stays as typed, to be corrected; the rule in use stays.
            showThresholdError(why);
            return;
        }
    }
    showThresholdError({});
    if (value == m_thresholdValue)
        return;
    m_thresholdValue = value;
    Q_EMIT ageRuleChanged();
    if (m_staleOnly->isChecked())
        emitFilter();
}

void FilterBar::emitFilter()
{
    m_textDelay.stop();
    Q_EMIT filterChanged(filter());
}

} // namespace tempscope::gui
