#include "gui/cleanup/ReportModel.h"

#include "gui/HeaderSections.h"
#include "gui/Numbers.h"
#include "gui/PlainText.h"

#include "core/inventory/Duration.h"
#include "core/inventory/PathText.h"

#include <algorithm>

namespace tempscope::gui {

namespace {

int rank(CleanupOutcome outcome)
{
    switch (outcome) {
    case CleanupOutcome::Failed:
        return 0;
    case CleanupOutcome::Deleted:
    case CleanupOutcome::Trashed:
    case CleanupOutcome::WouldDelete:
        return 1;
    case CleanupOutcome::AlreadyGone:
    case CleanupOutcome::Skipped:
        return 2;
    }
    return 3;
}

} // namespace

ReportModel::ReportModel(QObject *parent) : TitledTableModel(parent) {}

QString ReportModel::outcomeText(CleanupOutcome outcome)
{
    switch (outcome) {
    case CleanupOutcome::Deleted:
        return tr("deleted");
    case CleanupOutcome::WouldDelete:
        return tr("would be deleted");
    case CleanupOutcome::Trashed:
        return tr("moved to trash");
    case CleanupOutcome::Skipped:
        return tr("kept");
    case CleanupOutcome::Failed:
        return tr("failed");
    case CleanupOutcome::AlreadyGone:
        return tr("already gone");
    }
    return {};
}

bool ReportModel::shows(Show show, CleanupOutcome outcome)
{
    switch (show) {
    case Show::All:
        return true;
    case Show::Removed:
        return outcome == CleanupOutcome::Deleted || outcome == CleanupOutcome::Trashed ||
               outcome == CleanupOutcome::WouldDelete;
    case Show::Skipped:
        return outcome == CleanupOutcome::Skipped || outcome == CleanupOutcome::AlreadyGone;
    case Show::Failed:
        return outcome == CleanupOutcome::Failed;
    }
    return false;
}

void ReportModel::setReport(const CleanupReport &report)
{
    beginResetModel();
    m_report = report;
    rebuild();
    endResetModel();
}

void ReportModel::setShow(Show show)
{
    if (show == m_show)
        return;
    beginResetModel();
    m_show = show;
    rebuild();
    endResetModel();
}

void ReportModel::rebuild()
{
    const QList<CleanupResult> &results = m_report.results;
    m_rows.rebuild(results.size(), [&](qsizetype i) { return shows(m_show, results[i].action); });
    m_rows.stableSort([&results](qsizetype a, qsizetype b) {
        return rank(results[a].action) < rank(results[b].action);
    });
}

qsizetype ReportModel::count(Show show) const
{
    return std::count_if(m_report.results.cbegin(), m_report.results.cend(),
                         [show](const CleanupResult &r) { return shows(show, r.action); });
}

int ReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ReportModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return {};
    const CleanupResult &r = m_report.results[m_rows[index.row()]];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Path:
            return printablePath(nativePath(r.path));
        case Result:
            return outcomeText(r.action);
        case Size:
            return sizeText(r.bytes);
        case Reason:
            return r.reason;
        case Rule:
            return r.rule;
        }
        break;
    case Qt::ToolTipRole:
        // Paths and reasons (which name processes) as plain text.
        if (index.column() == Path)
            return plainToolTip(shownName(r.path));
        if (index.column() == Reason && !r.reason.isEmpty())
            return plainToolTip(r.reason);
        if (index.column() == Size)
            return tr("%L1 bytes").arg(r.bytes);
        break;
    case Qt::TextAlignmentRole: // the title's: numbers right, text left
        return QVariant::fromValue(sections().alignment(index.column()));
    case OutcomeRole:
        return int(r.action);
    }
    return {};
}

const HeaderSections &ReportModel::sections() const
{
    static const HeaderSections sections(staticMetaObject,
                                         {QT_TR_NOOP("Path"), QT_TR_NOOP("Result"),
                                          QT_TR_NOOP("Size"), QT_TR_NOOP("Reason"),
                                          QT_TR_NOOP("Rule")},
                                         {Size});
    return sections;
}

} // namespace tempscope::gui
