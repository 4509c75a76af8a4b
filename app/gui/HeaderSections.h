#pragma once
// HeaderSections: the titles of a model's columns, what every headerData()
// answers: the title of a horizontal section for the display role, nothing
// otherwise. Titles are marked with QT_TR_NOOP in a member of the model, so
// they are in its translation context, and translated when asked for: they
// follow a language switch. Numeric columns are named once, so that their
// titles and their cells share one alignment (right).
//
// TitledTableModel: a flat table whose column count and header are its
// HeaderSections, so a model states its columns once.

#include <QAbstractTableModel>
#include <QMetaObject>
#include <QVariant>

#include <initializer_list>
#include <vector>

namespace tempscope::gui {

class HeaderSections
{
public:
    // model: the model's staticMetaObject; titles: one per column, in order;
    // numeric: the columns whose titles and cells are aligned right.
    HeaderSections(const QMetaObject &model, std::initializer_list<const char *> titles,
                   std::initializer_list<int> numeric = {})
        : m_context(model.className()), m_titles(titles), m_numeric(numeric)
    {
    }

    // The title (display role) and its alignment (text alignment role).
    QVariant data(int section, Qt::Orientation orientation, int role) const;
    int count() const { return int(m_titles.size()); }
    // The alignment of a column's cells: right for numbers, else left.
    Qt::Alignment alignment(int section) const;

private:
    const char *m_context;
    std::vector<const char *> m_titles;
    std::vector<int> m_numeric;
};

class TitledTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const final;

protected:
    virtual const HeaderSections &sections() const = 0;
};

} // namespace tempscope::gui
