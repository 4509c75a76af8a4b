#include "gui/HeaderSections.h"

#include <QCoreApplication>

namespace tempscope::gui {

QVariant HeaderSections::data(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= count())
        return {};
    return QCoreApplication::translate(m_context, m_titles[std::size_t(section)]);
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
