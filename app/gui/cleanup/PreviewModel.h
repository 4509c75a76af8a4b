#pragma once
// PreviewModel: one section of a cleanup plan as a flat table for the
// wizard's preview page. The candidates section lists what the cleanup would
// remove, each with a check box (all checked at first), its size, age and the
// rule that selected it; the kept section lists everything else with the
// reason it stays (too new, in use by PID n (name), protected, excluded, not
// yours, ...). Checked totals are kept up to date as boxes change.
//
// Sorting happens in the model on a RowIndex of the entries, so a plan of a
// 100,000-item root sorts without a proxy. GUI thread only; the plan is
// immutable and shared, and the model keeps it alive while it shows it.

#include "core/cleanup/CleanupPlan.h"
#include "gui/HeaderSections.h"
#include "gui/RowIndex.h"

#include <QIcon>
#include <QList>
#include <QSet>

#include <memory>

namespace tempscope::gui {

class PreviewModel final : public TitledTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewModel)

public:
    enum class Section { Candidates, Kept };
    // Detail is the rule for candidates and the reason for kept entries.
    enum Column { Path, Size, Age, Detail, ColumnCount };
    enum Role {
        AbsolutePathRole = Qt::UserRole + 1, // lossless, as in the plan
        BytesRole,                           // quint64
        AgeSecondsRole,                      // qint64
    };

    explicit PreviewModel(Section section, QObject *parent = nullptr);

    Section section() const { return m_section; }
    // Shows this plan's entries of the section; every candidate starts checked.
    void setPlan(std::shared_ptr<const CleanupPlan> plan);
    const CleanupPlan *plan() const { return m_plan.get(); }

    // Entries the section lists, and their bytes.
    qsizetype totalCount() const { return m_rows.size(); }
    quint64 totalBytes() const { return m_totalBytes; }
    // Candidates only: what is checked, and the paths the user unchecked.
    qsizetype checkedCount() const { return m_checkedCount; }
    quint64 checkedBytes() const { return m_checkedBytes; }
    QSet<QString> uncheckedPaths() const;
    void setAllChecked(bool checked);
    void setChecked(const QModelIndexList &indexes, bool checked);
    // The row showing this absolute path, or -1.
    int rowOf(const QString &absolutePath) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // Check boxes changed (one or many); read the totals again.
    void checkedChanged();

private:
    const HeaderSections &sections() const override;
    friend struct SortLayout;
    struct Row
    {
        const PlanEntry *entry = nullptr;
        QString shown;  // relative to the root, printable
        QString folded; // for sorting by name
        bool checked = true;
    };
    void sortRows();
    bool rowLess(qsizetype a, qsizetype b) const; // records a, b in display order
    void recount();
    Row &rowAt(int row) { return m_records[m_rows[row]]; }
    const Row &rowAt(int row) const { return m_records[m_rows[row]]; }

    Section m_section;
    std::shared_ptr<const CleanupPlan> m_plan;
    QList<Row> m_records;                      // the section's entries, in plan order
    RowIndex m_rows{Path, Qt::AscendingOrder}; // indices into m_records, in display order
    quint64 m_totalBytes = 0;
    qsizetype m_checkedCount = 0;
    quint64 m_checkedBytes = 0;
    QIcon m_dirIcon;
    QIcon m_fileIcon;
    QIcon m_linkIcon;
};

} // namespace tempscope::gui
