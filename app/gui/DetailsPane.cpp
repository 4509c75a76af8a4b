#include "DetailsPane.h"

#include "ItemsModel.h"
#include "inventory/Duration.h"
#include "inventory/PathText.h"
#include "native/Accounts.h"

#include <QClipboard>
#include <QDateTime>
#include <QDesktopServices>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace tempscope::gui {

namespace {
enum Field { Kind, Family, Size, Entries, Modified, Accessed, Changed, Newest, Permissions, Owner, Inode, Errors, FieldCount };

QString timeText(native::TimeNs t)
{
    if (t == 0)
        return DetailsPane::tr("unknown");
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(t / 1'000'000);
    return QLocale().toString(when, QLocale::LongFormat);
}
} // namespace

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)), m_placeholder(new QLabel(this)), m_title(new QLabel(this)),
      m_path(new QLineEdit(this)), m_copy(new QPushButton(tr("&Copy path"), this)),
      m_open(new QPushButton(tr("&Open containing folder"), this)), m_why(new QLabel(this))
{
    setAccessibleName(tr("Item details"));
    m_placeholder->setText(tr("Select an item to see its details."));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    m_path->setReadOnly(true);
    m_path->setAccessibleName(tr("Full path"));
    layout->addWidget(m_path);
    auto *buttons = new QHBoxLayout;
    m_copy->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    m_open->setIcon(QIcon(QStringLiteral(":/icons/folder-open.svg")));
    buttons->addWidget(m_copy);
    buttons->addWidget(m_open);
    buttons->addStretch();
    layout->addLayout(buttons);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QString names[FieldCount] = {tr("Kind:"), tr("Family:"), tr("Size:"), tr("Entries:"),
                                       tr("Modified:"), tr("Accessed:"), tr("Changed:"), tr("Newest inside:"),
                                       tr("Permissions:"), tr("Owner:"), tr("Inode:"), tr("Unreadable:")};
    for (const QString &name : names) {
        auto *label = new QLabel(name, page);
        auto *value = new QLabel(page);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        form->addRow(label, value);
        m_fields.append(qMakePair(label, value));
    }
    layout->addLayout(form);

    m_why->setWordWrap(true);
    m_why->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_why->setAccessibleName(tr("Why the item is or is not stale"));
    layout->addWidget(m_why);
    layout->addStretch();

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(page);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_copy, &QPushButton::clicked, this, &DetailsPane::copyPath);
    connect(m_open, &QPushButton::clicked, this, &DetailsPane::openContainingFolder);
}

QString DetailsPane::permissionsText(quint32 mode, native::Kind kind)
{
    QString s;
    s += kind == native::Kind::Directory ? u'd' : kind == native::Kind::Symlink ? u'l' : u'-';
    const char16_t letters[] = u"rwxrwxrwx";
    for (int bit = 8; bit >= 0; --bit)
        s += (mode & (1u << bit)) ? QChar(letters[8 - bit]) : QChar(u'-');
    if (mode & 01000) // sticky
        s[9] = (mode & 1) ? u't' : u'T';
    return s + QStringLiteral(" (%1)").arg(mode & 07777, 4, 8, QChar(u'0'));
}

void DetailsPane::showItem(std::shared_ptr<const Inventory> inventory, qsizetype itemIndex, const AgeRule &rule)
{
    if (!inventory || itemIndex < 0 || itemIndex >= inventory->items().size()) {
        clear();
        return;
    }
    m_inventory = std::move(inventory);
    const Item &item = m_inventory->items()[itemIndex];
    const native::Entry &e = m_inventory->tree()[item.entry];
    m_title->setText(printablePath(nativePath(item.name)));
    m_path->setText(printablePath(m_inventory->tree().absolutePath(item.entry)));
    m_path->setCursorPosition(0);

    const QString values[FieldCount] = {
        ItemsModel::kindText(item.kind) + (item.mountPoint ? tr(" (mount point, not entered)") : QString()),
        printablePath(nativePath(item.family)),
        tr("%1 (%L2 bytes; %3 on disk)").arg(formatBytes(item.bytes)).arg(item.bytes).arg(formatBytes(item.diskBytes)),
        QString::number(item.entries),
        timeText(e.mtime),
        timeText(e.atime),
        timeText(e.ctime),
        tr("%1 (%2 old, by %3)")
            .arg(timeText(item.timestamp(rule.basis)), formatAge(rule.age(item)), ageBasisName(rule.basis)),
        permissionsText(item.mode, item.kind),
        tr("%1 (uid %2)").arg(QString::fromStdString(native::userName(item.uid))).arg(item.uid),
        tr("%1 on device %2").arg(e.inode).arg(e.device),
        item.errors == 0 ? tr("none") : item.errors == 1 ? tr("1 entry inside could not be read") : tr("%L1 entries inside could not be read").arg(item.errors),
    };
    for (int i = 0; i < FieldCount; ++i)
        m_fields[i].second->setText(values[i]);
    const bool dir = item.kind == native::Kind::Directory;
    m_fields[Newest].first->setVisible(dir);
    m_fields[Newest].second->setVisible(dir);
    m_why->setText(rule.explain(item));
    m_stack->setCurrentIndex(1);
}

void DetailsPane::clear()
{
    m_inventory.reset();
    m_stack->setCurrentIndex(0);
}

QString DetailsPane::path() const
{
    return m_stack->currentIndex() == 1 ? m_path->text() : QString();
}

QString DetailsPane::text() const
{
    if (m_stack->currentIndex() == 0)
        return m_placeholder->text();
    QStringList lines{m_title->text(), m_path->text()};
    for (const auto &[label, value] : m_fields) {
        if (!value->isHidden())
            lines << label->text() + u' ' + value->text();
    }
    lines << m_why->text();
    return lines.join(u'\n');
}

void DetailsPane::copyPath()
{
    QGuiApplication::clipboard()->setText(m_path->text());
}

void DetailsPane::openContainingFolder()
{
    if (!m_inventory)
        return;
    // Items are top-level entries of their root: the root contains them.
    QDesktopServices::openUrl(QUrl::fromLocalFile(m_inventory->rootPath()));
}

} // namespace tempscope::gui
