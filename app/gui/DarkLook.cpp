#include "gui/DarkLook.h"

#include "gui/Colors.h"

#include <QApplication>
#include <QPainter>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QStyleOption>

namespace tempscope::gui {

namespace {

class DarkStyle : public QProxyStyle
{
public:
    DarkStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        // Item views draw theirs through PE_IndicatorCheckBox too.
        if (element != PE_IndicatorCheckBox)
            return;
        const QPalette &p = option->palette;
        const QColor base = p.color(QPalette::Base);
        const QColor outline = legibleOn(p.color(QPalette::Light), base, 3.0);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(outline, 0));
        painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
        painter->restore();
    }
};

} // namespace

QStyle *darkStyle()
{
    return new DarkStyle;
}

void useDarkLook()
{
    QApplication::setStyle(darkStyle());
    QApplication::setPalette(darkPalette());
}

} // namespace tempscope::gui
