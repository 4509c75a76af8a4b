#pragma once
// HeaderSections: the titles of a model's columns, what every headerData()
// answers: the title of a horizontal section for the display role, nothing
// otherwise. Titles are marked with QT_TR_NOOP in a member of the model, so
// they are in its translation context, and translated when asked for: they
// follow a language switch.
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
    // model: the model's staticMetaObject; titles: one per column, in order.
    HeaderSections(const QMetaObject &model, std::initializer_list<const char *> titles)
        : m_context(model.className()), m_titles(titles)
    {
    }

    QVariant data(int section, Qt::Orientation orientation, int role) const;
    int count() const { return int(m_titles.size()); }

private:
    const char *m_context;
    std::vector<const char *> m_titles;
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
