#include "gui/items/PlaceholderTreeView.h"

#include "gui/Colors.h"

#include <QPainter>

namespace tempscope::gui {

void PlaceholderTreeView::setPlaceholderText(const QString &text)
{
    if (text == m_placeholder)
        return;
    m_placeholder = text;
    setAccessibleDescription(text);
    viewport()->update();
}

bool PlaceholderTreeView::showsPlaceholder() const
{
    return !m_placeholder.isEmpty() && (!model() || model()->rowCount(rootIndex()) == 0);
}

void PlaceholderTreeView::paintEvent(QPaintEvent *event)
{
    QTreeView::paintEvent(event);
    if (!showsPlaceholder())
        return;
    QPainter painter(viewport());
    painter.setPen(mutedTextColor(palette()));
    const int margin = fontMetrics().horizontalAdvance(u'M') * 2;
    // Plain text: the reason may quote what the user typed.
    painter.drawText(viewport()->rect().adjusted(margin, margin, -margin, -margin),
                     Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
}

} // namespace tempscope::gui
