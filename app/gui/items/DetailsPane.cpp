#include "gui/items/DetailsPane.h"

#include "core/cleanup/ItemStates.h"
#include "core/inventory/Duration.h"
#include "core/inventory/PathText.h"
#include "core/native/Accounts.h"
#include "gui/Numbers.h"
#include "gui/PlainText.h"
#include "gui/items/ItemsModel.h"

#include <QClipboard>
#include <QDateTime>
#include <QDesktopServices>
#include <QEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace tempscope::gui {

namespace {
enum Field {
    Kind,
    Family,
    Size,
    Entries,
    Modified,
    Accessed,
    Changed,
    Newest,
    Permissions,
    Owner,
    Inode,
    Errors,
    HeldBy,
    Protection,
    MadeBy,
    VerdictField,
    FieldCount
};

QString timeText(native::TimeNs t)
{
    if (t == 0)
        return DetailsPane::tr("unknown");
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(t / 1'000'000);
    return QLocale().toString(when, QLocale::LongFormat);
}
} // namespace

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)), m_placeholder(new QLabel(this)),
      m_title(new QLabel(this)), m_hidden(new QLabel(this)), m_path(new QLineEdit(this)),
      m_copy(new QPushButton(this)), m_open(new QPushButton(this)), m_why(new QLabel(this))
{
    // Names, paths, owners and process names are shown as text, never as markup.
    for (QLabel *label : {m_placeholder, m_title, m_hidden, m_why})
        plainLabel(label);
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
    // Marks a name whose invisible or bidirectional characters are shown escaped.
    m_hidden->setWordWrap(true);
    QPalette warning = m_hidden->palette();
    warning.setBrush(QPalette::WindowText, hiddenCharactersBrush());
    m_hidden->setPalette(warning);
    m_hidden->hide();
    layout->addWidget(m_hidden);

    m_path->setReadOnly(true);
    layout->addWidget(m_path);
    // One above the other: the pane stays narrow enough for 1024 pixels.
    auto *buttons = new QVBoxLayout;
    m_copy->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    m_open->setIcon(QIcon(QStringLiteral(":/icons/folder-open.svg")));
    buttons->addWidget(m_copy, 0, Qt::AlignLeft);
    buttons->addWidget(m_open, 0, Qt::AlignLeft);
    layout->addLayout(buttons);

    // A grid, not a QFormLayout: Qt 6.4's QFormLayout writes past the end of
    // its row array in heightForWidth() once rows are hidden (the optional
    // rows below) among word-wrapped ones, corrupting the heap.
    auto *form = new QGridLayout;
    form->setColumnStretch(1, 1);
    for (int i = 0; i < FieldCount; ++i) {
        auto *label = new QLabel(page);
        auto *value = plainLabel(new QLabel(page));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        form->addWidget(label, i, 0, Qt::AlignLeft | Qt::AlignTop);
        form->addWidget(value, i, 1);
        m_fields.append(qMakePair(label, value));
    }
    layout->addLayout(form);

    m_why->setWordWrap(true);
    m_why->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_why);
    layout->addStretch();

    // The details scroll rather than setting a minimum size on the window:
    // it fits 1024×700 with the pane at any width.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("detailsScroll"));
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(scroll);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    retranslateUi();
    connect(m_copy, &QPushButton::clicked, this, &DetailsPane::copyPath);
    connect(m_open, &QPushButton::clicked, this, &DetailsPane::openContainingFolder);
}

QSize DetailsPane::minimumSizeHint() const
{
    // Never narrower than the details page (its buttons), whichever page
    // is shown: the window's splitter keeps it so, or collapses it.
    QSize least = QWidget::minimumSizeHint();
    if (const auto *scroll = findChild<QScrollArea *>(QStringLiteral("detailsScroll")))
        least.setWidth(
            std::max(least.width(), scroll->widget()->minimumSizeHint().width() +
                                        scroll->verticalScrollBar()->sizeHint().width()));
    return least;
}

void DetailsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

// The texts that do not depend on the item; the owner shows the item again
// to retranslate its values.
void DetailsPane::retranslateUi()
{
    setAccessibleName(tr("Item details"));
    m_placeholder->setText(tr("Select an item to see its details."));
    m_path->setAccessibleName(tr("Full path"));
    m_copy->setText(tr("&Copy path"));
    m_open->setText(tr("&Open containing folder"));

    m_why->setAccessibleName(tr("Why the item is or is not stale"));
    const QString names[FieldCount] = {
        tr("Kind:"),        tr("Family:"),    tr("Size:"),    tr("Entries:"),
        tr("Modified:"),    tr("Accessed:"),  tr("Changed:"), tr("Newest inside:"),
        tr("Permissions:"), tr("Owner:"),     tr("Inode:"),   tr("Unreadable:"),
        tr("Held by:"),     tr("Protected:"), tr("Made by:"), tr("Verdict:")};
    for (int i = 0; i < FieldCount; ++i)
        m_fields[i].first->setText(names[i]);
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

QString DetailsPane::madeByText(const ItemVerdict *verdict)
{
    if (!verdict || verdict->creator.program.isEmpty())
        return tr("no known program (not in the catalogue of known temp files)");
    QString error;
    const Catalogue catalogue = Catalogue::withUserFile(&error);
    const CatalogueEntry *entry = nullptr;
    for (const CatalogueEntry &e : catalogue.entries()) {
        if (e.id == verdict->creator.entryId)
            entry = &e;
    }
    QString text = verdict->creator.pid
                       ? tr("%1, pid %2").arg(verdict->creator.program).arg(verdict->creator.pid)
                       : verdict->creator.program;
    if (entry)
        text += u'\n' + entry->purposeText() + u'\n' +
                tr("Catalogue entry \"%1\"; safe to remove: %2").arg(entry->id, entry->safeText());
    return text;
}

void DetailsPane::showItem(std::shared_ptr<const Inventory> inventory, qsizetype itemIndex,
                           const AgeRule &rule, std::shared_ptr<const ItemStates> states)
{
    if (!inventory || itemIndex < 0 || itemIndex >= inventory->items().size()) {
        clear();
        return;
    }
    const Item &item = inventory->items()[itemIndex];
    showRow(std::move(inventory), item, rule, std::move(states));
}

void DetailsPane::showRow(std::shared_ptr<const Inventory> inventory, const Item &item,
                          const AgeRule &rule, std::shared_ptr<const ItemStates> states,
                          const ItemVerdict *verdict)
{
    if (!inventory || item.entry == 0 || item.entry >= inventory->tree().size()) {
        clear();
        return;
    }
    m_inventory = std::move(inventory);
    m_states = std::move(states);
    const native::ScanTree &tree = m_inventory->tree();
    const native::Entry &e = tree[item.entry];
    const bool topLevel = e.parent == native::ScanTree::Root;
    m_containingFolder = pathText(tree.absolutePath(e.parent));

    // Every process holding the entry or anything inside it, one per line.
    QStringList held;
    if (m_states) {
        for (std::uint32_t h : m_states->heldInside(tree, item.entry)) {
            for (const EntryHolder &holder : m_states->holdersOf(h))
                held << (h == item.entry
                             ? holder.text()
                             : tr("%1 (inside: %2)")
                                   .arg(holder.text(), printablePath(tree.relativePath(h))));
        }
    }
    const QString protection = topLevel && m_states ? m_states->protectionOf(item.entry)
                                                    : ItemStates::protection(item.name);
    m_title->setText(shownName(item.name));
    const QString path = pathText(m_inventory->tree().absolutePath(item.entry));
    m_path->setText(shownName(path));
    m_realPath = copyableName(path);
    m_hidden->setText(hiddenCharactersNote());
    m_hidden->setVisible(hasHiddenCharacters(path));
    m_path->setCursorPosition(0);

    const QString values[FieldCount] = {
        ItemsModel::kindText(item.kind) +
            (item.mountPoint ? tr(" (mount point, not entered)") : QString()),
        topLevel ? shownName(item.family) : tr("(inside an item)"),
        tr("%1 (%L2 bytes; %3 on disk)")
            .arg(sizeText(item.bytes))
            .arg(item.bytes)
            .arg(sizeText(item.diskBytes)),
        countText(item.entries),
        timeText(e.mtime),
        timeText(e.atime),
        timeText(e.ctime),
        tr("%1 (%2 old, by %3)")
            .arg(timeText(item.timestamp(rule.basis)), formatAge(rule.age(item)),
                 ageBasisLabel(rule.basis)),
        permissionsText(item.mode, item.kind),
        tr("%1 (uid %2)")
            .arg(shownName(QString::fromStdString(native::userName(item.uid))))
            .arg(item.uid),
        tr("%1 on device %2").arg(e.inode).arg(e.device),
        item.errors == 0   ? tr("none")
        : item.errors == 1 ? tr("1 entry inside could not be read")
                           : tr("%Ln entries inside could not be read", nullptr, int(item.errors)),
        !held.isEmpty()              ? held.join(u'\n')
        : native::holdersAvailable() ? tr("no process (as far as this user can see)")
                                     : tr("unknown (this system does not show open files)"),
        protection,
        madeByText(verdict),
        verdict ? tr("%1: %2").arg(verdictLabel(verdict->verdict), verdict->reason) : QString(),
    };
    for (int i = 0; i < FieldCount; ++i)
        m_fields[i].second->setText(values[i]);
    const bool dir = item.kind == native::Kind::Directory;
    m_fields[Newest].first->setVisible(dir);
    m_fields[Newest].second->setVisible(dir);
    m_fields[Protection].first->setVisible(!protection.isEmpty());
    m_fields[Protection].second->setVisible(!protection.isEmpty());
    for (int f : {MadeBy, VerdictField}) {
        m_fields[f].first->setVisible(verdict != nullptr);
        m_fields[f].second->setVisible(verdict != nullptr);
    }

    // Why it is (not) stale, then what keeps a cleanup away from it anyway.
    QStringList why{rule.explain(item)};
    if (!held.isEmpty())
        why << tr("A cleanup keeps it while it is in use: it was open when the scan finished.");
    if (!protection.isEmpty())
        why << tr("A cleanup never removes it: the built-in protections keep %1.").arg(protection);
    if (verdict && verdict->verdict == tempscope::Verdict::Orphan)
        why << tr("It is an orphan: the program that made it is gone (%1).").arg(verdict->reason);
    m_why->setText(why.join(u' '));
    m_stack->setCurrentIndex(1);
}

void DetailsPane::clear()
{
    m_inventory.reset();
    m_states.reset();
    m_containingFolder.clear();
    m_realPath.clear();
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
    if (!m_hidden->isHidden())
        lines << m_hidden->text();
    for (const auto &[label, value] : m_fields) {
        if (!value->isHidden())
            lines << label->text() + u' ' + value->text();
    }
    lines << m_why->text();
    return lines.join(u'\n');
}

void DetailsPane::copyPath()
{
    // The real path, hidden characters included (the field shows them escaped).
    QGuiApplication::clipboard()->setText(m_realPath);
}

void DetailsPane::openContainingFolder()
{
    if (!m_inventory)
        return;
    QDesktopServices::openUrl(QUrl::fromLocalFile(m_containingFolder));
}

} // namespace tempscope::gui
