#include "gui/HeaderSections.h"

#include <QCoreApplication>

#include <algorithm>

namespace tempscope::gui {

QVariant HeaderSections::data(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= count())
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(alignment(section));
    if (role != Qt::DisplayRole)
        return {};
    return QCoreApplication::translate(m_context, m_titles[std::size_t(section)]);
}

Qt::Alignment HeaderSections::alignment(int section) const
{
    const bool numeric =
        std::find(m_numeric.cbegin(), m_numeric.cend(), section) != m_numeric.cend();
    return (numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
}

int TitledTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : sections().count();
}

QVariant TitledTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return sections().data(section, orientation, role);
}

} // namespace tempscope::gui
