#include "gui/cleanup/PreviewModel.h"

#include "gui/HeaderSections.h"
#include "gui/Numbers.h"
#include "gui/PlainText.h"
#include "gui/SortLayout.h"

#include "core/inventory/Duration.h"
#include "core/inventory/PathText.h"

#include <QApplication>
#include <QStyle>

namespace tempscope::gui {

PreviewModel::PreviewModel(Section section, QObject *parent)
    : TitledTableModel(parent), m_section(section)
{
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance())) {
        QStyle *style = app->style();
        m_dirIcon = style->standardIcon(QStyle::SP_DirIcon);
        m_fileIcon = style->standardIcon(QStyle::SP_FileIcon);
        m_linkIcon = style->standardIcon(QStyle::SP_FileLinkIcon);
    }
}

void PreviewModel::setPlan(std::shared_ptr<const CleanupPlan> plan)
{
    beginResetModel();
    m_plan = std::move(plan);
    m_records.clear();
    m_totalBytes = 0;
    if (m_plan) {
        const bool candidates = m_section == Section::Candidates;
        for (const PlanRoot &root : m_plan->roots()) {
            const qsizetype prefix = root.path.size() + (root.path.endsWith(u'/') ? 0 : 1);
            for (const PlanEntry &e : root.entries) {
                if (e.candidate != candidates)
                    continue;
                Row row;
                row.entry = &e;
                row.shown = printablePath(nativePath(e.path.mid(prefix)));
                row.folded = row.shown.toCaseFolded();
                m_records.append(std::move(row));
                m_totalBytes += e.bytes;
            }
        }
    }
    m_rows.showAll(m_records.size());
    sortRows();
    recount();
    endResetModel();
    Q_EMIT checkedChanged();
}

void PreviewModel::recount()
{
    m_checkedCount = 0;
    m_checkedBytes = 0;
    if (m_section != Section::Candidates)
        return;
    for (const Row &r : std::as_const(m_records)) {
        if (r.checked) {
            ++m_checkedCount;
            m_checkedBytes += r.entry->bytes;
        }
    }
}

QSet<QString> PreviewModel::uncheckedPaths() const
{
    QSet<QString> out;
    if (m_section != Section::Candidates)
        return out;
    for (const Row &r : m_records) {
        if (!r.checked)
            out.insert(r.entry->path);
    }
    return out;
}

void PreviewModel::setAllChecked(bool checked)
{
    if (m_section != Section::Candidates || m_rows.isEmpty())
        return;
    for (Row &r : m_records)
        r.checked = checked;
    recount();
    Q_EMIT dataChanged(index(0, Path), index(int(m_rows.size()) - 1, Path), {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
}

void PreviewModel::setChecked(const QModelIndexList &indexes, bool checked)
{
    if (m_section != Section::Candidates)
        return;
    bool changed = false;
    for (const QModelIndex &i : indexes) {
        if (i.model() != this || !i.isValid() || rowAt(i.row()).checked == checked)
            continue;
        rowAt(i.row()).checked = checked;
        changed = true;
        const QModelIndex first = index(i.row(), Path);
        Q_EMIT dataChanged(first, first, {Qt::CheckStateRole});
    }
    if (changed) {
        recount();
        Q_EMIT checkedChanged();
    }
}

int PreviewModel::rowOf(const QString &absolutePath) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (rowAt(r).entry->path == absolutePath)
            return r;
    }
    return -1;
}

void PreviewModel::sortRows()
{
    m_rows.stableSort([this](qsizetype a, qsizetype b) { return rowLess(a, b); });
}

bool PreviewModel::rowLess(qsizetype a, qsizetype b) const
{
    const bool descending = m_rows.descending();
    const Row &x = m_records[descending ? b : a];
    const Row &y = m_records[descending ? a : b];
    switch (m_rows.sortColumn()) {
    case Size:
        if (x.entry->bytes != y.entry->bytes)
            return x.entry->bytes < y.entry->bytes;
        break;
    case Age:
        if (x.entry->age != y.entry->age)
            return x.entry->age < y.entry->age;
        break;
    case Detail: {
        const QString &dx = m_section == Section::Candidates ? x.entry->ruleLabel : x.entry->reason;
        const QString &dy = m_section == Section::Candidates ? y.entry->ruleLabel : y.entry->reason;
        if (const int c = dx.compare(dy, Qt::CaseInsensitive))
            return c < 0;
        break;
    }
    default:
        break;
    }
    return x.folded < y.folded;
}

void PreviewModel::sort(int column, Qt::SortOrder order)
{
    if (!m_rows.setSortKey(column, order, ColumnCount))
        return;
    // Persistent indexes follow their entry.
    QList<int> rowOf;
    SortLayout::apply(
        *this, [this](const QModelIndex &i) { return m_rows[i.row()]; }, [this] { sortRows(); },
        [this, &rowOf](qsizetype record, const QModelIndex &before) {
            if (rowOf.isEmpty())
                rowOf = m_rows.rowsOfRecords(m_records.size());
            return index(rowOf[record], before.column());
        });
}

int PreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

Qt::ItemFlags PreviewModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_section == Section::Candidates && index.column() == Path)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant PreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return {};
    const Row &row = rowAt(index.row());
    const PlanEntry &e = *row.entry;
    const bool candidates = m_section == Section::Candidates;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Path:
            return row.shown;
        case Size:
            return sizeText(e.bytes);
        case Age:
            return formatAge(e.age);
        case Detail:
            return candidates ? e.ruleLabel : e.reason;
        }
        break;
    case Qt::CheckStateRole:
        if (candidates && index.column() == Path)
            return row.checked ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Path:
            return plainToolTip(shownName(e.path));
        case Size:
            return tr("%L1 bytes").arg(e.bytes);
        case Detail:
            // Reasons name processes and patterns: plain text.
            if (!candidates && !e.ruleLabel.isEmpty())
                return plainToolTip(tr("%1\nRule: %2").arg(e.reason, e.ruleLabel));
            return plainToolTip(candidates ? e.ruleLabel : e.reason);
        }
        break;
    case Qt::TextAlignmentRole: // the title's: numbers right, text left
        return QVariant::fromValue(sections().alignment(index.column()));
    case Qt::DecorationRole:
        if (index.column() == Path)
            return e.kind == native::Kind::Directory ? m_dirIcon
                   : e.kind == native::Kind::Symlink ? m_linkIcon
                                                     : m_fileIcon;
        break;
    case AbsolutePathRole:
        return e.path;
    case BytesRole:
        return QVariant::fromValue(e.bytes);
    case AgeSecondsRole:
        return QVariant::fromValue(qint64(e.age.count()));
    }
    return {};
}

bool PreviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !(flags(index) & Qt::ItemIsUserCheckable))
        return false;
    const bool checked = value.toInt() == Qt::Checked;
    if (rowAt(index.row()).checked == checked)
        return true;
    setChecked({index}, checked);
    return true;
}

const HeaderSections &PreviewModel::sections() const
{
    static const HeaderSections candidates(
        staticMetaObject,
        {QT_TR_NOOP("Path"), QT_TR_NOOP("Size"), QT_TR_NOOP("Age"), QT_TR_NOOP("Rule")},
        {Size, Age});
    static const HeaderSections kept(
        staticMetaObject,
        {QT_TR_NOOP("Path"), QT_TR_NOOP("Size"), QT_TR_NOOP("Age"), QT_TR_NOOP("Kept because")},
        {Size, Age});
    return m_section == Section::Candidates ? candidates : kept;
}

} // namespace tempscope::gui
