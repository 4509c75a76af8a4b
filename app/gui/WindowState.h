#pragma once
// WindowState: what of the main window persists between runs (geometry,
// toolbar and dock state, splitters, column widths and order, the selected
// root, the age rule), read from and written to the shared settings file
// under "gui/". GUI thread only.

#include <QList>

class QHeaderView;
class QMainWindow;
class QSettings;
class QSplitter;

namespace tempscope::gui {

class FilterBar;

struct WindowState
{
    QMainWindow *window = nullptr;
    QList<QSplitter *> splitters; // saved by objectName
    QList<QHeaderView *> headers; // saved by the objectName of their view
    FilterBar *filterBar = nullptr;

    void restore(QSettings &settings) const;
    void save(QSettings &settings) const;
};

} // namespace tempscope::gui
