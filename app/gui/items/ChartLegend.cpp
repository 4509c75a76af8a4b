#include "gui/items/ChartLegend.h"

#include "gui/PlainText.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace tempscope::gui {

namespace {

constexpr int Margin = 4;

} // namespace

ChartLegend::ChartLegend(QWidget *parent) : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void ChartLegend::setEntries(QList<Entry> entries)
{
    m_entries = std::move(entries);
    updateGeometry();
    update();
}

int ChartLegend::swatchSize() const
{
    return fontMetrics().ascent();
}

int ChartLegend::cellWidth() const
{
    int widest = 0;
    for (const Entry &e : m_entries)
        widest = std::max(widest, fontMetrics().horizontalAdvance(e.text));
    return swatchSize() + fontMetrics().averageCharWidth() + widest +
           2 * fontMetrics().averageCharWidth();
}

int ChartLegend::columnsFor(int width) const
{
    if (m_entries.isEmpty())
        return 1;
    const int fit = (width - 2 * Margin) / std::max(1, cellWidth());
    return std::clamp(fit, 1, int(m_entries.size()));
}

int ChartLegend::columns() const
{
    return columnsFor(width());
}

int ChartLegend::heightForWidth(int width) const
{
    if (m_entries.isEmpty())
        return 0;
    const int cols = columnsFor(width);
    const int lines = int((m_entries.size() + cols - 1) / cols);
    return 2 * Margin + lines * fontMetrics().height();
}

QSize ChartLegend::sizeHint() const
{
    const int w = 2 * Margin + cellWidth() * int(std::min<qsizetype>(m_entries.size(), 4));
    return {w, heightForWidth(w)};
}

QSize ChartLegend::minimumSizeHint() const
{
    // One column at the least; its names may then be cut.
    return {0, m_entries.isEmpty() ? 0 : 2 * Margin + fontMetrics().height()};
}

QRect ChartLegend::entryRect(int entry) const
{
    const int cols = columns();
    const int cell = (width() - 2 * Margin) / cols;
    return {Margin + (entry % cols) * cell, Margin + (entry / cols) * fontMetrics().height(), cell,
            fontMetrics().height()};
}

QString ChartLegend::shownText(int entry) const
{
    const QRect r = entryRect(entry);
    const int room = r.width() - swatchSize() - fontMetrics().averageCharWidth();
    return fontMetrics().elidedText(m_entries[entry].text, Qt::ElideRight, std::max(0, room));
}

bool ChartLegend::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        for (int i = 0; i < m_entries.size(); ++i) {
            if (entryRect(i).contains(help->pos())) {
                QToolTip::showText(help->globalPos(), plainToolTip(m_entries[i].text), this,
                                   entryRect(i));
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void ChartLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const int swatch = swatchSize();
    for (int i = 0; i < m_entries.size(); ++i) {
        const QRect r = entryRect(i);
        const QRect box(r.left(), r.top() + (r.height() - swatch) / 2, swatch, swatch);
        painter.fillRect(box, palette().color(QPalette::Base));
        painter.fillRect(box, m_entries[i].brush);
        painter.setPen(m_entries[i].border);
        painter.drawRect(box.adjusted(0, 0, -1, -1));
        painter.setPen(palette().color(QPalette::WindowText));
        const QRect text = r.adjusted(swatch + fontMetrics().averageCharWidth(), 0, 0, 0);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, shownText(i));
    }
}

} // namespace tempscope::gui
