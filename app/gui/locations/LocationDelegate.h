#pragma once
// LocationDelegate: draws one sidebar root as a small card: the kind of
// location, its path, what the last scan found, and a bar of the volume's
// free space with its filesystem type. Colours come from the palette and the
// style, so light and dark themes both work.

#include <QStyledItemDelegate>

namespace tempscope::gui {

class LocationDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocationDelegate)

public:
    explicit LocationDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace tempscope::gui
