#pragma once
// LocationsPanel: the window's locations sidebar. Lists the roots (the
// system temp dir, scratch roots, the locations the user added and the
// session's own), keeps the selection, and adds, removes and confirms the
// user's locations in the shared settings. A saved location that is no
// longer what the user added (swapped for a symlink, say) is not scanned
// until it is confirmed: mayScan() asks at every scan.
//
// GUI thread only. The window places the view and the actions, and sets
// their texts.

#include <QObject>
#include <QStringList>

class QAction;
class QListView;
class QSettings;
class QWidget;

namespace tempscope::gui {

class LocationsModel;

class LocationsPanel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocationsPanel)

public:
    // sessionRoots: shown for this session, not persisted (command line);
    // discover: also the system temp dir, scratch roots and user roots.
    LocationsPanel(QSettings &settings, const QStringList &sessionRoots, bool discover,
                   QWidget *window);

    LocationsModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QAction *addAction() const { return m_addAction; }
    QAction *removeAction() const { return m_removeAction; }
    QAction *confirmAction() const { return m_confirmAction; }

    QString selectedRoot() const { return m_selectedRoot; }
    // Lists the roots again, then selects `select` (or the first root).
    void reload(const QString &select);
    void select(const QString &path);
    // A root shown for this session only (not persisted), then selected.
    void addSessionRoot(const QString &path);
    bool isSessionRoot(const QString &root) const { return m_sessionRoots.contains(root); }
    // False (and the location shown as changed) when root is a saved
    // location that is no longer what the user saved.
    bool mayScan(const QString &root);

Q_SIGNALS:
    // Another root is selected (selectedRoot()).
    void selected(const QString &root);
    // The user removed a location they added (before the list is read again).
    void removed(const QString &root);
    // The user accepted a location as it is now: what was scanned of it
    // before is moot (before the list is read again).
    void confirmed(const QString &root);

private:
    void onCurrentChanged();
    void addLocation();
    void removeLocation();
    void confirmLocation();

    QSettings &m_settings;
    QStringList m_sessionRoots;
    bool m_discover;
    QWidget *m_window;
    LocationsModel *m_model;
    QListView *m_view;
    QAction *m_addAction;
    QAction *m_removeAction;
    QAction *m_confirmAction;
    QString m_selectedRoot;
};

} // namespace tempscope::gui
