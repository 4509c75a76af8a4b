#pragma once
// PlaceholderTreeView: a tree view that says why it is empty. While its
// model has no rows, the placeholder text ("No scan yet", "Everything is
// hidden by the filter: name contains “x”") is drawn over the empty
// viewport, centred, wrapped, in a muted colour legible in dark palettes.
//
// GUI thread only.

#include <QTreeView>

namespace tempscope::gui {

class PlaceholderTreeView final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderTreeView)

public:
    using QTreeView::QTreeView;

    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }
    // True when the placeholder is drawn: there is one and no row to show.
    bool showsPlaceholder() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_placeholder;
};

} // namespace tempscope::gui
