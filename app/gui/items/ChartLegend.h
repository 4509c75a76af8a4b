#pragma once
// ChartLegend: a chart's legend on lines of their own under it: a swatch and
// a name per entry, in as many columns as the width holds, wrapping onto
// more lines (QLegend keeps one line and cuts every name short). Only a name
// wider than the whole width is cut, with "…"; each entry's tooltip has all
// of it. Names are drawn as plain text.
//
// GUI thread only.

#include <QBrush>
#include <QList>
#include <QWidget>

namespace tempscope::gui {

class ChartLegend final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartLegend)

public:
    struct Entry
    {
        QBrush brush;
        QColor border;
        QString text;
    };

    explicit ChartLegend(QWidget *parent = nullptr);

    void setEntries(QList<Entry> entries);
    const QList<Entry> &entries() const { return m_entries; }
    // Where each entry is drawn now, and the text drawn there (cut or whole).
    QRect entryRect(int entry) const;
    QString shownText(int entry) const;
    int columns() const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    int swatchSize() const;
    int cellWidth() const; // the widest entry with its gap
    int columnsFor(int width) const;

    QList<Entry> m_entries;
};

} // namespace tempscope::gui
