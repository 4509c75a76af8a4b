// ItemsModel: what its rows show: texts, tool tips, icons, colours and states.

#include "gui/items/ItemsModel.h"

#include "core/cleanup/ItemStates.h"
#include "gui/Colors.h"
#include "gui/HeaderSections.h"
#include "gui/Numbers.h"
#include "gui/PlainText.h"

#include "core/inventory/Duration.h"
#include "core/inventory/PathText.h"
#include "core/native/Accounts.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace tempscope::gui {

QString ItemsModel::ownerName(quint32 uid) const
{
    auto it = m_owners.constFind(uid);
    if (it == m_owners.cend())
        it = m_owners.insert(uid, shownName(QString::fromStdString(native::userName(uid))));
    return *it;
}

QString ItemsModel::protectionOf(const Item &item) const
{
    // Items were matched on the worker; rows inside them are matched when shown.
    if (m_states && m_inventory->tree()[item.entry].parent == native::ScanTree::Root)
        return m_states->protectionOf(item.entry);
    return ItemStates::protection(item.name);
}

int ItemsModel::rowState(const Item &item) const
{
    int state = 0;
    if (m_rule.isStale(item))
        state |= Stale;
    if (m_states && m_states->inUse(item.entry))
        state |= InUse;
    if (!protectionOf(item).isEmpty())
        state |= Protected;
    if (item.mountPoint)
        state |= MountPoint;
    if (item.errors)
        state |= Unreadable;
    return state;
}

QString ItemsModel::stateText(const Item &item) const
{
    QStringList parts;
    if (m_states && m_states->inUse(item.entry)) {
        const QList<EntryHolder> holders =
            m_states->processesInside(m_inventory->tree(), item.entry);
        if (!holders.isEmpty()) {
            const QString first =
                tr("in use by PID %1 (%2)").arg(holders.first().pid).arg(holders.first().command);
            if (holders.size() == 1)
                parts << first;
            else if (holders.size() == 2)
                parts << tr("%1 and one other process").arg(first);
            else
                parts
                    << tr("%1 and %n other processes", nullptr, int(holders.size() - 1)).arg(first);
        }
    }
    if (const QString why = protectionOf(item); !why.isEmpty())
        parts << tr("protected (%1)").arg(why);
    if (m_rule.isStale(item))
        parts << tr("stale");
    if (item.mountPoint)
        parts << tr("mount point");
    if (item.errors)
        parts << tr("%L1 unreadable").arg(item.errors);
    return parts.join(QStringLiteral(", "));
}

QString ItemsModel::countingText()
{
    return tr("counting…");
}

QString ItemsModel::kindText(native::Kind kind)
{
    switch (kind) {
    case native::Kind::File:
        return ItemsModel::tr("file");
    case native::Kind::Directory:
        return ItemsModel::tr("directory");
    case native::Kind::Symlink:
        return ItemsModel::tr("symlink");
    case native::Kind::Fifo:
        return ItemsModel::tr("FIFO");
    case native::Kind::Socket:
        return ItemsModel::tr("socket");
    case native::Kind::CharDevice:
        return ItemsModel::tr("character device");
    case native::Kind::BlockDevice:
        return ItemsModel::tr("block device");
    case native::Kind::Unknown:
        break;
    }
    return ItemsModel::tr("unknown");
}

QVariant ItemsModel::data(const QModelIndex &index, int role) const
{
    const Item *item = rowItem(index);
    if (!item)
        return {};
    const bool topLevel = index.internalId() == 0;
    switch (role) {
    case Qt::DisplayRole:
        // What a running scan has not read to the end yet.
        if (item->counting &&
            (index.column() == Size || index.column() == Entries || index.column() == Age))
            return countingText();
        switch (index.column()) {
        case Name:
            return printablePath(nativePath(item->name));
        case Family:
            return topLevel ? printablePath(nativePath(item->family)) : QString();
        case Kind:
            return kindText(item->kind);
        case Size:
            return sizeText(item->bytes);
        case Entries:
            return countText(item->entries);
        case Age:
            return formatAge(m_rule.age(*item));
        case Owner:
            return ownerName(item->uid);
        case State:
            return stateText(*item);
        case Verdict:
            if (const ItemVerdict *v = topLevel ? verdictOf(*item) : nullptr)
                return verdictLabel(v->verdict);
            return QString();
        }
        break;
    case Qt::ToolTipRole:
        // Tooltips are rich text when they look like it: names never may.
        if (index.column() == Name) {
            QString tip = printablePath(m_inventory->tree().absolutePath(item->entry));
            if (hasHiddenCharacters(item->name))
                tip += u'\n' + hiddenCharactersNote();
            return plainToolTip(tip);
        }
        if (index.column() == State && m_states) {
            const QList<std::uint32_t> held =
                m_states->heldInside(m_inventory->tree(), item->entry);
            QStringList lines;
            for (std::uint32_t e : held) {
                for (const EntryHolder &h : m_states->holdersOf(e))
                    lines << (e == item->entry
                                  ? h.text()
                                  : tr("%1: %2").arg(
                                        printablePath(m_inventory->tree().relativePath(e)),
                                        h.text()));
            }
            if (!lines.isEmpty())
                return plainToolTip(tr("Held by:") + u'\n' + lines.join(u'\n'));
        }
        if (index.column() == Verdict && topLevel) {
            if (const ItemVerdict *v = verdictOf(*item))
                return plainToolTip(v->reason);
        }
        if (index.column() == Size)
            return tr("%L1 bytes (%2 on disk)").arg(item->bytes).arg(sizeText(item->diskBytes));
        if (index.column() == Age)
            return plainToolTip(m_rule.explain(*item));
        break;
    case Qt::TextAlignmentRole: // the title's: numbers right, text left
        return headerData(index.column(), Qt::Horizontal, Qt::TextAlignmentRole);
    case Qt::DecorationRole:
        if (index.column() == Name)
            return item->kind == native::Kind::Directory ? m_dirIcon
                   : item->kind == native::Kind::Symlink ? m_linkIcon
                                                         : m_fileIcon;
        if (index.column() == State) {
            const int state = rowState(*item);
            if (state & InUse)
                return m_inUseIcon;
            if (state & Protected)
                return m_protectedIcon;
        }
        break;
    case Qt::ForegroundRole:
        // A name with invisible or bidirectional characters (shown as
        // \uXXXX) stands out, so that it is not read as the name it imitates.
        if (index.column() == Name && hasHiddenCharacters(item->name))
            return hiddenCharactersBrush();
        // Protected rows are kept whatever the rule: their state reads
        // muted, in a colour that keeps its contrast in dark palettes too.
        // (Not in link colours: nothing here is a link.)
        if (index.column() == State && (rowState(*item) & (InUse | Protected)) == Protected)
            return QBrush(mutedTextColor(QGuiApplication::palette()));
        break;
    case Qt::FontRole:
        // In use is what a user must not miss: bold, in the text colour.
        if (index.column() == State && (rowState(*item) & InUse)) {
            QFont bold = QGuiApplication::font();
            bold.setBold(true);
            return bold;
        }
        break;
    case ItemIndexRole:
        return topLevel ? QVariant::fromValue(qsizetype(item - m_inventory->items().data()))
                        : QVariant::fromValue(qsizetype(-1));
    case EntryRole:
        return QVariant::fromValue(qint64(item->entry));
    case StateRole:
        return rowState(*item);
    }
    return {};
}

QVariant ItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const HeaderSections sections(
        staticMetaObject,
        {QT_TR_NOOP("Name"), QT_TR_NOOP("Family"), QT_TR_NOOP("Kind"), QT_TR_NOOP("Size"),
         QT_TR_NOOP("Entries"), QT_TR_NOOP("Age"), QT_TR_NOOP("Owner"), QT_TR_NOOP("State"),
         QT_TR_NOOP("Verdict")},
        {Size, Entries, Age});
    return sections.data(section, orientation, role);
}

} // namespace tempscope::gui
