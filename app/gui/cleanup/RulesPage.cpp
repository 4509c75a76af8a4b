#include "gui/cleanup/RulesPage.h"

#include "gui/AgeBasisHelp.h"
#include "gui/Colors.h"
#include "gui/Numbers.h"
#include "gui/PlainText.h"

#include "core/cleanup/CleanupProfiles.h"
#include "core/inventory/AgeRule.h"
#include "core/inventory/Duration.h"
#include "core/inventory/Inventory.h"
#include "core/inventory/PathText.h"
#include "core/native/Trash.h"
#include "gui/cleanup/CleanupWizard.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStyle>
#include <QVBoxLayout>

#include <limits>
#include <utility>

namespace tempscope::gui {

namespace {

constexpr int FamilyKeyRole = Qt::UserRole + 1;

// Whether items of the scanned root can go to a trash (none is created to
// find out): then the wizard starts on the trash, which can be undone.
bool hasTrash(const RootScan &scan)
{
    if (!scan.inventory)
        return false;
    native::TrashEnvironment env = native::TrashEnvironment::fromProcess();
    env.create = false;
    std::string whyNot;
    const native::ScanTree &tree = scan.inventory->tree();
    return native::TrashDir::locate(tree.rootPath(), tree[native::ScanTree::Root].id(), env,
                                    &whyNot) != nullptr;
}

QStringList splitPatterns(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.split(space, Qt::SkipEmptyParts);
}

} // namespace

RulesPage::RulesPage(CleanupWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_profile(new QComboBox(this)),
      m_saveProfile(new QPushButton(tr("Sa&ve As…"), this)),
      m_deleteProfile(new QPushButton(tr("De&lete Profile"), this)),
      m_threshold(new QLineEdit(this)), m_basis(new QComboBox(this)),
      m_problemIcon(new QLabel(this)), m_problemText(new QLabel(this)),
      m_everyItem(new QRadioButton(this)),
      m_onlyMatching(new QRadioButton(
          tr("&Only items of the checked families or matching these patterns:"), this)),
      m_families(new QListWidget(this)), m_patterns(new QLineEdit(this)),
      m_excludes(new QLineEdit(this)),
      m_wholeItems(new QRadioButton(
          tr("&Whole items: a directory goes with everything in it, or not at all"), this)),
      m_perFile(
          new QRadioButton(tr("Each &file on its own; directories go once empty and old"), this)),
      m_delete(new QRadioButton(tr("&Delete permanently"), this)),
      m_trash(new QRadioButton(tr("Move to the t&rash"), this)),
      m_others(new QCheckBox(tr("Include ot&her users' files (only where you have the permission)"),
                             this)),
      m_orphansOnly(new QCheckBox(
          tr("Orphans only: items whose pro&gram is gone (their verdict is \"orphan\")"), this))
{
    setTitle(tr("Cleanup Rules"));
    setSubTitle(
        tr("Choose what counts as stale in %1. Nothing is removed before you have seen the preview "
           "and confirmed it.")
            .arg(shownName(wizard->root())) +
        wizard->incompleteScanWarning());

    // Profiles.
    m_profile->setAccessibleName(tr("Saved profile"));
    m_profile->setPlaceholderText(tr("No profile"));
    m_profile->setMinimumContentsLength(16);
    m_profile->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_saveProfile->setToolTip(tr("Save these rules under a name"));
    m_saveProfile->setAccessibleName(tr("Save rules as profile"));
    m_deleteProfile->setToolTip(tr("Forget the selected profile"));
    m_deleteProfile->setAccessibleName(tr("Delete profile"));
    m_saveProfile->setAutoDefault(false);
    m_deleteProfile->setAutoDefault(false);
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profile, 1);
    profileRow->addWidget(m_saveProfile);
    profileRow->addWidget(m_deleteProfile);

    // Age.
    m_threshold->setAccessibleName(tr("Older than"));
    m_threshold->setToolTip(tr("An age such as 90s, 15m, 12h, 7d, 2w or 1d12h"));
    m_threshold->setMaximumWidth(m_threshold->fontMetrics().horizontalAdvance(u'M') * 8);
    m_basis->setAccessibleName(tr("Timestamp basis"));
    for (AgeBasis b : AllAgeBases) {
        m_basis->addItem(ageBasisName(b), int(b));
        m_basis->setItemData(m_basis->count() - 1, ageBasisHelp(b), Qt::ToolTipRole);
    }
    auto *basisLabel = new QLabel(tr("&measured by:"), this);
    basisLabel->setBuddy(m_basis);
    auto *ageRow = new QHBoxLayout;
    ageRow->addWidget(m_threshold);
    ageRow->addWidget(basisLabel);
    ageRow->addWidget(m_basis);
    ageRow->addStretch(1);

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_problemIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_problemText->setObjectName(QStringLiteral("problem"));
    plainLabel(m_problemText); // problems quote patterns and names
    m_problemText->setWordWrap(true);
    m_problemText->setAccessibleName(tr("Problem with the rules"));
    m_problemText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *problemRow = new QHBoxLayout;
    problemRow->setContentsMargins(0, 0, 0, 0);
    problemRow->addWidget(m_problemIcon, 0, Qt::AlignTop);
    problemRow->addWidget(m_problemText, 1);
    auto *problem = new QWidget(this);
    problem->setLayout(problemRow);

    // Which items.
    m_everyItem->setText(tr("&Every item of the location"));
    auto *selectGroup = new QButtonGroup(this);
    selectGroup->addButton(m_everyItem);
    selectGroup->addButton(m_onlyMatching);
    m_everyItem->setChecked(true);
    m_families->setAccessibleName(tr("Families to include"));
    m_families->setUniformItemSizes(true);
    m_families->setMinimumHeight(m_families->fontMetrics().height() * 6);
    m_patterns->setAccessibleName(tr("Prefixes or globs to include"));
    m_patterns->setPlaceholderText(tr("e.g. myapp- or upload_*.csv, separated by spaces"));
    m_patterns->setToolTip(
        tr("A prefix matches names starting with it; a glob may use *, ? and [...]. "
           "Separate several with spaces (use ? for a space inside a name)."));
    auto *patternsLabel = new QLabel(tr("&Prefixes or globs:"), this);
    patternsLabel->setBuddy(m_patterns);
    auto *patternsRow = new QHBoxLayout;
    patternsRow->addWidget(patternsLabel);
    patternsRow->addWidget(m_patterns, 1);
    auto *itemsBox = new QVBoxLayout;
    itemsBox->addWidget(m_everyItem);
    itemsBox->addWidget(m_onlyMatching);
    auto *matching = new QVBoxLayout;
    matching->setContentsMargins(
        m_onlyMatching->style()->pixelMetric(QStyle::PM_IndicatorWidth) + 6, 0, 0, 0);
    matching->addWidget(m_families, 1);
    matching->addLayout(patternsRow);
    itemsBox->addLayout(matching, 1);

    m_excludes->setAccessibleName(tr("Exclude patterns"));
    m_excludes->setPlaceholderText(tr("Globs to keep, e.g. *.lock keep-*"));
    m_excludes->setToolTip(
        tr("Entries whose name matches are kept, at any depth; a pattern with a / is "
           "matched against the path below the location (cache/*.db). Separate several "
           "with spaces."));

    auto *unitGroup = new QButtonGroup(this);
    unitGroup->addButton(m_wholeItems);
    unitGroup->addButton(m_perFile);
    m_wholeItems->setChecked(true);
    auto *unitBox = new QVBoxLayout;
    unitBox->addWidget(m_wholeItems);
    unitBox->addWidget(m_perFile);

    auto *actionGroup = new QButtonGroup(this);
    actionGroup->addButton(m_delete);
    actionGroup->addButton(m_trash);
    m_delete->setChecked(true);
    m_trash->setToolTip(
        tr("Items go to your trash, or to the .Trash-UID folder at the top of their file "
           "system; where that would be inside the location being cleaned, they are kept"));
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_delete);
    actionRow->addWidget(m_trash);
    actionRow->addStretch(1);
    auto *actionBox = new QVBoxLayout;
    actionBox->addLayout(actionRow);
    actionBox->addWidget(m_others);

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *profileLabel = new QLabel(tr("Pro&file:"), this);
    profileLabel->setBuddy(m_profile);
    form->addRow(profileLabel, profileRow);
    auto *ageLabel = new QLabel(tr("Older &than:"), this);
    ageLabel->setBuddy(m_threshold);
    form->addRow(ageLabel, ageRow);
    // What the chosen basis means, in one line under the chooser.
    auto *basisHelp = plainLabel(new QLabel(this));
    basisHelp->setObjectName(QStringLiteral("basisHelp"));
    basisHelp->setWordWrap(true);
    const auto showBasisHelp = [this, basisHelp] {
        QPalette muted = basisHelp->palette();
        muted.setColor(QPalette::WindowText, mutedTextColor(palette()));
        basisHelp->setPalette(muted);
        basisHelp->setText(ageBasisHelp(AgeBasis(m_basis->currentData().toInt())));
    };
    showBasisHelp();
    connect(m_basis, &QComboBox::currentIndexChanged, basisHelp, showBasisHelp);
    form->addRow(QString(), basisHelp);
    form->addRow(QString(), problem);
    form->addRow(tr("Items:"), itemsBox);
    auto *excludeLabel = new QLabel(tr("&Keep:"), this);
    excludeLabel->setBuddy(m_excludes);
    form->addRow(excludeLabel, m_excludes);
    form->addRow(QString(), m_orphansOnly);
    form->addRow(tr("Judge:"), unitBox);
    form->addRow(tr("Action:"), actionBox);

    setTabOrder(m_profile, m_saveProfile);
    setTabOrder(m_saveProfile, m_deleteProfile);
    setTabOrder(m_deleteProfile, m_threshold);
    setTabOrder(m_threshold, m_basis);
    setTabOrder(m_basis, m_everyItem);
    setTabOrder(m_everyItem, m_onlyMatching);
    setTabOrder(m_onlyMatching, m_families);
    setTabOrder(m_families, m_patterns);
    setTabOrder(m_patterns, m_excludes);
    setTabOrder(m_excludes, m_wholeItems);
    setTabOrder(m_wholeItems, m_perFile);
    setTabOrder(m_perFile, m_delete);
    setTabOrder(m_delete, m_trash);
    setTabOrder(m_trash, m_others);

    fillFamilies();
    reloadProfiles({});

    m_countDelay.setSingleShot(true);
    m_countDelay.setInterval(200);
    connect(&m_countDelay, &QTimer::timeout, this, &RulesPage::updateFamilyCounts);
    connect(m_threshold, &QLineEdit::textChanged, this, [this] {
        validate();
        m_countDelay.start();
    });
    connect(m_basis, &QComboBox::currentIndexChanged, this, [this] { m_countDelay.start(); });
    connect(m_onlyMatching, &QRadioButton::toggled, this, &RulesPage::validate);
    connect(m_families, &QListWidget::itemChanged, this, [this] {
        if (!m_loading && !m_onlyMatching->isChecked())
            m_onlyMatching->setChecked(true); // checking a family means "only these"
        validate();
    });
    connect(m_patterns, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!text.trimmed().isEmpty())
            m_onlyMatching->setChecked(true);
        validate();
    });
    connect(m_patterns, &QLineEdit::textChanged, this, &RulesPage::validate);
    connect(m_profile, &QComboBox::activated, this, &RulesPage::profileChosen);
    connect(m_saveProfile, &QPushButton::clicked, this, &RulesPage::askProfileName);
    connect(m_deleteProfile, &QPushButton::clicked, this,
            [this] { deleteProfile(m_profile->currentText()); });

    CleanupRule start;
    start.action = hasTrash(wizard->scan()) ? CleanupAction::Trash : CleanupAction::Delete;
    if (const auto last = wizard->profiles().lastUsed())
        start = *last;
    setRule(start);
}

void RulesPage::fillFamilies()
{
    const RootScan &scan = m_wizard->scan();
    m_families->clear();
    if (!scan.inventory)
        return;
    const auto families =
        scan.inventory->families(AgeRule{AgeBasis::Newest, std::nullopt, scan.scannedAt});
    for (const FamilyStats &f : families) {
        auto *item = new QListWidgetItem(m_families);
        item->setData(FamilyKeyRole, f.key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    updateFamilyCounts();
}

// "upload_*.csv — 3 items, 12 KiB, 2 older than 7d" for the threshold being typed.
void RulesPage::updateFamilyCounts()
{
    const RootScan &scan = m_wizard->scan();
    if (!scan.inventory)
        return;
    const auto threshold = parseDuration(m_threshold->text().trimmed());
    const auto basis = AgeBasis(m_basis->currentData().toInt());
    QHash<QString, FamilyStats> byKey;
    for (const FamilyStats &f : scan.inventory->families(AgeRule{basis, threshold, scan.scannedAt}))
        byKey.insert(f.key, f);
    const bool loading = std::exchange(m_loading, true);
    for (int i = 0; i < m_families->count(); ++i) {
        QListWidgetItem *item = m_families->item(i);
        const FamilyStats f = byKey.value(item->data(FamilyKeyRole).toString());
        QString text = (int(f.count) == 1 ? tr("%1 — %n item, %2", nullptr, int(f.count))
                                          : tr("%1 — %n items, %2", nullptr, int(f.count)))
                           .arg(printablePath(nativePath(f.key)), sizeText(f.bytes));
        if (threshold)
            text += tr(", %n older than %1", nullptr, int(f.staleCount))
                        .arg(formatDuration(*threshold));
        item->setText(text);
    }
    m_loading = loading;
}

CleanupRule RulesPage::rule() const
{
    CleanupRule rule;
    // An age that is not valid never reaches a plan as zero ("everything is
    // stale"): the page refuses it, and an unrepresentable one keeps every item.
    rule.olderThan = parseAge(m_threshold->text().trimmed(), Inventory::nowNs())
                         .value_or(std::chrono::seconds(std::numeric_limits<qint64>::max()));
    rule.basis = AgeBasis(m_basis->currentData().toInt());
    if (m_onlyMatching->isChecked()) {
        for (int i = 0; i < m_families->count(); ++i) {
            if (m_families->item(i)->checkState() == Qt::Checked)
                rule.includes.append(m_families->item(i)->data(FamilyKeyRole).toString());
        }
        for (const QString &p : splitPatterns(m_patterns->text())) {
            if (!rule.includes.contains(p))
                rule.includes.append(p);
        }
    }
    rule.excludes = splitPatterns(m_excludes->text());
    rule.unit = m_perFile->isChecked() ? CleanupUnit::PerFile : CleanupUnit::Item;
    rule.action = m_trash->isChecked() ? CleanupAction::Trash : CleanupAction::Delete;
    rule.includeOthers = m_others->isChecked();
    return rule;
}

void RulesPage::setRule(const CleanupRule &rule)
{
    m_loading = true;
    m_threshold->setText(formatDuration(rule.olderThan));
    m_basis->setCurrentIndex(m_basis->findData(int(rule.basis)));
    QStringList patterns;
    QSet<QString> families;
    for (int i = 0; i < m_families->count(); ++i)
        families.insert(m_families->item(i)->data(FamilyKeyRole).toString());
    for (const QString &p : rule.includes) {
        if (!families.contains(p))
            patterns.append(p);
    }
    for (int i = 0; i < m_families->count(); ++i) {
        QListWidgetItem *item = m_families->item(i);
        item->setCheckState(rule.includes.contains(item->data(FamilyKeyRole).toString())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    m_patterns->setText(patterns.join(u' '));
    (rule.includes.isEmpty() ? m_everyItem : m_onlyMatching)->setChecked(true);
    m_excludes->setText(rule.excludes.join(u' '));
    (rule.unit == CleanupUnit::PerFile ? m_perFile : m_wholeItems)->setChecked(true);
    (rule.action == CleanupAction::Trash ? m_trash : m_delete)->setChecked(true);
    m_others->setChecked(rule.includeOthers);
    m_loading = false;
    validate();
    updateFamilyCounts();
}

void RulesPage::setDefaultAge(AgeBasis basis, std::optional<std::chrono::seconds> threshold)
{
    if (m_wizard->profiles().lastUsed())
        return; // the last cleanup's rule wins
    m_basis->setCurrentIndex(m_basis->findData(int(basis)));
    m_threshold->setText(formatDuration(threshold.value_or(std::chrono::hours(24 * 7))));
}

QString RulesPage::problem() const
{
    return m_problem;
}

void RulesPage::validate()
{
    QString why;
    const QString text = m_threshold->text().trimmed();
    if (text.isEmpty()) {
        why = tr("Enter an age, such as 7d or 12h.");
    } else if (QString reason; !parseAge(text, Inventory::nowNs(), &reason)) {
        why = tr("“%1” is not an age: %2. Use a number with s, m, h, d or w, such as 90s, 12h, 7d "
                 "or 1d12h.")
                  .arg(text, reason);
    } else if (m_onlyMatching->isChecked() && rule().includes.isEmpty()) {
        why = tr("Check at least one family or enter a prefix or glob, or choose “Every item”.");
    }
    const bool changed = why != m_problem;
    m_problem = why;
    m_problemText->setText(why);
    m_problemText->parentWidget()->setVisible(!why.isEmpty());
    if (changed)
        Q_EMIT completeChanged();
}

bool RulesPage::isComplete() const
{
    return m_problem.isEmpty();
}

void RulesPage::reloadProfiles(const QString &select)
{
    m_profile->clear();
    m_profile->addItems(m_wizard->profiles().names());
    m_profile->setCurrentIndex(m_profile->findText(select));
    m_deleteProfile->setEnabled(m_profile->currentIndex() >= 0);
    m_profile->setEnabled(m_profile->count() > 0);
}

void RulesPage::profileChosen()
{
    loadProfile(m_profile->currentText());
}

void RulesPage::loadProfile(const QString &name)
{
    const auto rule = m_wizard->profiles().load(name);
    if (!rule)
        return;
    setRule(*rule);
    m_profile->setCurrentIndex(m_profile->findText(name));
    m_deleteProfile->setEnabled(true);
}

bool RulesPage::saveProfile(const QString &name)
{
    if (!isComplete() || !m_wizard->profiles().save(name, rule()))
        return false;
    reloadProfiles(name.trimmed());
    return true;
}

bool RulesPage::deleteProfile(const QString &name)
{
    if (!m_wizard->profiles().remove(name))
        return false;
    reloadProfiles({});
    return true;
}

void RulesPage::askProfileName()
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save Profile"));
    dialog->setLabelText(tr("Save these rules as the profile named:"));
    dialog->setTextValue(m_profile->currentText());
    dialog->setOkButtonText(tr("Save"));
    connect(dialog, &QInputDialog::textValueSelected, this, &RulesPage::saveProfile);
    dialog->open();
}

} // namespace tempscope::gui
