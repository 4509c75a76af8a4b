#pragma once
// ReportModel: the results of a cleanup run as a table (path, result, size,
// reason, rule), optionally showing one kind of result only. Failed results
// come first, then removals, then what was skipped, each by path.
//
// GUI thread only; it holds a copy of the report.

#include "core/cleanup/CleanupReport.h"
#include "gui/HeaderSections.h"
#include "gui/RowIndex.h"

#include <QList>

#include <optional>

namespace tempscope::gui {

class ReportModel final : public TitledTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportModel)

public:
    enum Column { Path, Result, Size, Reason, Rule, ColumnCount };
    // What a filter can show: removals (deleted, trashed, would-delete), skipped, failed.
    enum class Show { All, Removed, Skipped, Failed };
    enum Role { OutcomeRole = Qt::UserRole + 1 }; // int(CleanupOutcome)

    explicit ReportModel(QObject *parent = nullptr);

    void setReport(const CleanupReport &report);
    const CleanupReport &report() const { return m_report; }
    void setShow(Show show);
    Show show() const { return m_show; }
    // Results a filter would show.
    qsizetype count(Show show) const;

    // "deleted", "moved to trash", ... for people.
    static QString outcomeText(CleanupOutcome outcome);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    const HeaderSections &sections() const override;
    static bool shows(Show show, CleanupOutcome outcome);
    void rebuild();

    CleanupReport m_report;
    Show m_show = Show::All;
    RowIndex m_rows; // indices into m_report.results, in display order
};

} // namespace tempscope::gui
