#include "gui/items/TrackedFamiliesDialog.h"

#include "core/catalogue/Catalogue.h"
#include "core/inventory/Inventory.h"
#include "core/inventory/PathText.h"
#include "core/inventory/PrefixFamilies.h"
#include "core/locations/SettingsValues.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace tempscope::gui {

namespace {
QString settingsKey()
{
    return QStringLiteral("families/user");
}
} // namespace

TrackedFamiliesDialog::TrackedFamiliesDialog(const QStringList &families,
                                             const Inventory *inventory, QWidget *parent)
    : QDialog(parent), m_inventory(inventory), m_entry(new QLineEdit(this)),
      m_add(new QPushButton(tr("&Track"), this)), m_list(new QListWidget(this)),
      m_remove(new QPushButton(tr("&Remove"), this)), m_feedback(new QLabel(this)),
      m_catalogue(new QListWidget(this)), m_catalogueNote(new QLabel(this))
{
    setWindowTitle(tr("Tracked Families"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(
        tr("Name the families of your own applications. A prefix such as <tt>myapp-</tt> "
           "takes every name starting with it; a pattern such as <tt>upload_*.csv</tt> "
           "uses <tt>*</tt>, <tt>?</tt> and <tt>[…]</tt>. Tracked families win over the "
           "families Tempscope infers, and are listed even when no item belongs to them."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *grid = new QGridLayout;
    auto *entryLabel = new QLabel(tr("&Prefix or pattern:"), this);
    entryLabel->setBuddy(m_entry);
    m_entry->setPlaceholderText(tr("myapp- or upload_*.csv"));
    m_entry->setAccessibleName(tr("Prefix or pattern of the family to track"));
    m_entry->setClearButtonEnabled(true);
    m_add->setEnabled(false);
    m_add->setAutoDefault(false);
    grid->addWidget(entryLabel, 0, 0);
    grid->addWidget(m_entry, 0, 1);
    grid->addWidget(m_add, 0, 2);
    m_feedback->setWordWrap(true);
    m_feedback->setAccessibleName(tr("Validation"));
    m_feedback->setTextFormat(Qt::PlainText);
    grid->addWidget(m_feedback, 1, 1, 1, 2);

    auto *listLabel = new QLabel(tr("Tracked &families:"), this);
    listLabel->setBuddy(m_list);
    m_list->setAccessibleName(tr("Tracked families"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    for (const QString &f : families)
        (new QListWidgetItem(printablePath(nativePath(f)), m_list))->setData(Qt::UserRole, f);
    m_remove->setEnabled(false);
    m_remove->setAutoDefault(false);
    grid->addWidget(listLabel, 2, 0, Qt::AlignTop);
    grid->addWidget(m_list, 2, 1);
    grid->addWidget(m_remove, 2, 2, Qt::AlignTop);
    layout->addLayout(grid, 1);

    // The user's own catalogue entries: merged with the built-in catalogue
    // (theirs win), edited in the file.
    QString error;
    const Catalogue catalogue = Catalogue::withUserFile(&error);
    for (const CatalogueEntry &e : catalogue.entries()) {
        if (e.user)
            new QListWidgetItem(
                tr("%1 — %2: %3").arg(printablePath(nativePath(e.family)), e.program, e.purpose),
                m_catalogue);
    }
    const QString file = QDir::toNativeSeparators(Catalogue::userFilePath());
    m_catalogueNote->setText(
        !error.isEmpty()       ? tr("Your catalogue file could not be used: %1").arg(error)
        : m_catalogue->count() ? tr("Known programs you added (%1):").arg(file)
                               : tr("Known programs: add your own in %1 (the layout of the "
                                    "built-in catalogue).")
                                     .arg(file));
    m_catalogueNote->setWordWrap(true);
    m_catalogueNote->setTextFormat(Qt::PlainText);
    m_catalogue->setAccessibleName(tr("Known programs you added"));
    m_catalogue->setVisible(m_catalogue->count() > 0);
    m_catalogue->setMaximumHeight(m_catalogue->sizeHintForRow(0) * 5 + 8);
    layout->addWidget(m_catalogueNote);
    layout->addWidget(m_catalogue);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_entry, &QLineEdit::textChanged, this, &TrackedFamiliesDialog::updateFeedback);
    m_entry->installEventFilter(this);
    connect(m_add, &QPushButton::clicked, this, &TrackedFamiliesDialog::addEntry);
    connect(m_remove, &QPushButton::clicked, this, &TrackedFamiliesDialog::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
    resize(560, 380);
}

QStringList TrackedFamiliesDialog::families() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->data(Qt::UserRole).toString();
    return out;
}

QString TrackedFamiliesDialog::errorFor(const QString &text) const
{
    const QString error = PrefixFamilies::userFamilyError(text);
    if (!error.isEmpty())
        return error;
    const QString key = PrefixFamilies::userFamilyKey(text);
    if (families().contains(key))
        return tr("%1 is already tracked.").arg(printablePath(nativePath(key)));
    return {};
}

void TrackedFamiliesDialog::updateFeedback()
{
    const QString text = m_entry->text();
    if (text.isEmpty()) {
        m_feedback->clear();
        m_add->setEnabled(false);
        return;
    }
    const QString error = errorFor(text);
    m_add->setEnabled(error.isEmpty());
    if (!error.isEmpty()) {
        m_feedback->setText(error);
        return;
    }
    const QString key = PrefixFamilies::userFamilyKey(text);
    if (!m_inventory) {
        m_feedback->setText(tr("Tracks the family %1.").arg(printablePath(nativePath(key))));
        return;
    }
    int matches = 0;
    for (const Item &item : m_inventory->items())
        matches += PrefixFamilies::globMatch(key, item.name) ? 1 : 0;
    const QString family = printablePath(nativePath(key));
    m_feedback->setText(
        matches == 1
            ? tr("Tracks the family %1: 1 item in this location matches.").arg(family)
            : tr("Tracks the family %1: %n items in this location match.", nullptr, matches)
                  .arg(family));
}

bool TrackedFamiliesDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Return in the entry tracks what was typed instead of closing the
    // dialog; with the entry empty it closes it as usual.
    if (watched == m_entry && event->type() == QEvent::KeyPress && !m_entry->text().isEmpty()) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addEntry();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void TrackedFamiliesDialog::addEntry()
{
    const QString text = m_entry->text();
    if (!errorFor(text).isEmpty())
        return;
    const QString key = PrefixFamilies::userFamilyKey(text);
    QListWidgetItem *row = new QListWidgetItem(printablePath(nativePath(key)), m_list);
    row->setData(Qt::UserRole, key);
    m_list->setCurrentItem(row);
    m_entry->clear();
}

void TrackedFamiliesDialog::removeSelected()
{
    qDeleteAll(m_list->selectedItems());
    m_entry->setFocus();
}

QStringList TrackedFamiliesDialog::load(const QSettings &settings)
{
    QStringList out;
    // Keep only what is still valid: the file may have been edited by hand.
    const auto stored = settings::textList(settings, settingsKey(), settings::MaxListItems,
                                           settings::MaxNameLength);
    for (const QString &f : stored.value_or(QStringList())) {
        const QString key = PrefixFamilies::userFamilyKey(f);
        if (PrefixFamilies::userFamilyError(f).isEmpty() && !out.contains(key))
            out << key;
    }
    return out;
}

void TrackedFamiliesDialog::save(QSettings &settings, const QStringList &families)
{
    if (families.isEmpty())
        settings.remove(settingsKey());
    else
        settings.setValue(settingsKey(), families);
}

} // namespace tempscope::gui
