#include "gui/items/FilterBar.h"

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

namespace tempscope::gui {

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent), m_text(new QLineEdit(this)), m_familyLabel(new QLabel(this)),
      m_clearFamily(new QToolButton(this)), m_staleOnly(new QCheckBox(this)),
      m_orphansOnly(new QCheckBox(this)), m_ageRange(new QComboBox(this)),
      m_threshold(new QLineEdit(this)), m_basis(new QComboBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

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
    layout->addWidget(ageLabel);
    layout->addWidget(m_ageRange);
    layout->addSpacing(12);

    auto *thresholdLabel = m_thresholdLabel = new QLabel(this);
    thresholdLabel->setBuddy(m_threshold);
    m_threshold->setMaximumWidth(m_threshold->fontMetrics().horizontalAdvance(u'M') * 7);
    layout->addWidget(thresholdLabel);
    layout->addWidget(m_threshold);

    auto *basisLabel = m_basisLabel = new QLabel(this);
    basisLabel->setBuddy(m_basis);
    for (AgeBasis b : AllAgeBases)
        m_basis->addItem(QString(), int(b));
    layout->addWidget(basisLabel);
    layout->addWidget(m_basis);

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
    m_basis->setCurrentIndex(m_basis->findData(int(basis)));
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
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
    for (int i = 0; i < m_basis->count(); ++i)
        m_basis->setItemText(i, ageBasisLabel(AgeBasis(m_basis->itemData(i).toInt())));
    m_basis->setItemData(0, tr("The newest of atime, mtime and ctime (the conservative rule)"),
                         Qt::ToolTipRole);
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
            m_threshold->setToolTip(plainToolTip(why));
            m_threshold->setText(m_thresholdValue ? formatDuration(*m_thresholdValue) : QString());
            return;
        }
    }
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
