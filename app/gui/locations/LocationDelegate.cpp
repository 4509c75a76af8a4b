#include "gui/locations/LocationDelegate.h"

#include "gui/locations/LocationsModel.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

namespace tempscope::gui {

namespace {
constexpr int Margin = 6;
constexpr int BarHeight = 6;
} // namespace

LocationDelegate::LocationDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QSize LocationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = option.fontMetrics.height();
    return {option.rect.width() > 0 ? option.rect.width() : 220,
            Margin * 2 + line * 4 + BarHeight + 4};
}

void LocationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.7f);

    painter->save();
    const QRect area = opt.rect.adjusted(Margin, Margin, -Margin, -Margin);
    const int line = opt.fontMetrics.height();
    QRect row(area.left(), area.top(), area.width(), line);

    QFont bold = opt.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(text);
    QString title = index.data(LocationsModel::TitleRole).toString();
    if (index.data(LocationsModel::TmpfsRole).toBool())
        title += tr("  · tmpfs");
    painter->drawText(row, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(title, Qt::ElideRight, row.width()));

    painter->setFont(opt.font);
    row.translate(0, line);
    painter->drawText(row, Qt::AlignLeft | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(index.data(LocationsModel::PathRole).toString(),
                                                 Qt::ElideMiddle, row.width()));
    painter->setPen(dim);
    row.translate(0, line);
    painter->drawText(row, Qt::AlignLeft | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(index.data(LocationsModel::SummaryRole).toString(),
                                                 Qt::ElideRight, row.width()));

    const double freeFraction = index.data(LocationsModel::FreeFractionRole).toDouble();
    row.translate(0, line + 2);
    if (freeFraction >= 0) {
        // The bar shows how full the volume is.
        QStyleOptionProgressBar bar;
        bar.initFrom(opt.widget);
        bar.rect = QRect(row.left(), row.top(), row.width(), BarHeight);
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress = int((1.0 - freeFraction) * 1000);
        bar.textVisible = false;
        bar.state |= QStyle::State_Horizontal;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, opt.widget);
    }
    row.translate(0, BarHeight + 2);
    painter->drawText(row, Qt::AlignLeft | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(index.data(LocationsModel::VolumeRole).toString(),
                                                 Qt::ElideRight, row.width()));
    painter->restore();
}

} // namespace tempscope::gui
