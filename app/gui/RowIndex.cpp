#include "gui/RowIndex.h"

namespace tempscope::gui {

QList<int> RowIndex::rowsOfRecords(qsizetype count) const
{
    QList<int> rowOf(count, -1);
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row] >= 0 && m_rows[row] < count)
            rowOf[m_rows[row]] = int(row);
    }
    return rowOf;
}

} // namespace tempscope::gui
