#include "gui/locations/LocationsPanel.h"

#include "core/locations/ScratchRoots.h"
#include "gui/PlainText.h"
#include "gui/locations/LocationDelegate.h"
#include "gui/locations/LocationsModel.h"

#include <QAction>
#include <QCoreApplication>
#include <QFileDialog>
#include <QListView>
#include <QMessageBox>
#include <QSettings>

#include <algorithm>

// The panel's texts were the window's: they keep its translation context.

namespace tempscope::gui {

namespace {
QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}
} // namespace

LocationsPanel::LocationsPanel(QSettings &settings, const QStringList &sessionRoots, bool discover,
                               QWidget *window)
    : QObject(window), m_settings(settings), m_sessionRoots(sessionRoots), m_discover(discover),
      m_window(window), m_model(new LocationsModel(this)), m_view(new QListView(window)),
      m_addAction(new QAction(icon("add"), QString(), this)),
      m_removeAction(new QAction(icon("remove"), QString(), this)),
      m_confirmAction(new QAction(this))
{
    m_view->setModel(m_model);
    m_view->setItemDelegate(new LocationDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setMinimumWidth(240);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &LocationsPanel::onCurrentChanged);

    m_addAction->setShortcut(QKeySequence::Open);
    connect(m_addAction, &QAction::triggered, this, &LocationsPanel::addLocation);
    m_removeAction->setEnabled(false);
    connect(m_removeAction, &QAction::triggered, this, &LocationsPanel::removeLocation);
    m_confirmAction->setEnabled(false);
    connect(m_confirmAction, &QAction::triggered, this, &LocationsPanel::confirmLocation);
}

void LocationsPanel::reload(const QString &select)
{
    QList<ScratchRoot> roots;
    if (m_discover)
        roots = ScratchRoots::discover(m_settings);
    for (const QString &extra : std::as_const(m_sessionRoots)) {
        const ScratchRoot r = ScratchRoots::describe(extra, RootKind::User);
        if (std::none_of(roots.cbegin(), roots.cend(),
                         [&](const ScratchRoot &x) { return x.path == r.path; }))
            roots.append(r);
    }
    m_model->setRoots(roots);
    int row = m_model->rowOf(select);
    if (row < 0 && !roots.isEmpty())
        row = 0;
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void LocationsPanel::select(const QString &path)
{
    const int row = m_model->rowOf(path);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void LocationsPanel::addSessionRoot(const QString &path)
{
    if (!m_sessionRoots.contains(path)) {
        m_sessionRoots.append(path);
        reload(path);
    } else {
        select(path);
    }
}

void LocationsPanel::onCurrentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    m_selectedRoot = current.data(LocationsModel::PathRole).toString();
    m_removeAction->setEnabled(current.data(LocationsModel::UserRootRole).toBool() &&
                               !m_sessionRoots.contains(m_selectedRoot));
    Q_EMIT selected(m_selectedRoot);
    m_confirmAction->setEnabled(current.data(LocationsModel::ChangedRole).toBool());
}

bool LocationsPanel::mayScan(const QString &root)
{
    // Checked at every scan, not only when the list was read: a saved root in
    // a shared directory may be swapped for a symlink at any time.
    if (m_sessionRoots.contains(root))
        return true;
    const QString change = ScratchRoots::userRootChange(m_settings, root);
    if (change.isEmpty())
        return true;
    m_model->markChanged(root, change);
    if (root == m_selectedRoot)
        m_confirmAction->setEnabled(true);
    return false;
}

void LocationsPanel::addLocation()
{
    const QString dir = QFileDialog::getExistingDirectory(
        m_window, QCoreApplication::translate("tempscope::gui::MainWindow", "Add a location"));
    if (dir.isEmpty())
        return;
    const QString error = ScratchRoots::addUserRoot(m_settings, dir);
    if (!error.isEmpty()) {
        showPlainWarning(
            m_window,
            QCoreApplication::translate("tempscope::gui::MainWindow", "Cannot add this location"),
            error);
        return;
    }
    reload(ScratchRoots::describe(dir, RootKind::User).path);
}

void LocationsPanel::removeLocation()
{
    const QString root = m_selectedRoot;
    if (!ScratchRoots::removeUserRoot(m_settings, root))
        return;
    Q_EMIT removed(root);
    reload({});
}

void LocationsPanel::confirmLocation()
{
    const QString root = m_selectedRoot;
    const QString change = ScratchRoots::userRootChange(m_settings, root);
    if (change.isEmpty()) {
        reload(root);
        return;
    }
    const auto answer = QMessageBox::question(
        m_window,
        QCoreApplication::translate("tempscope::gui::MainWindow", "Confirm this location"),
        QCoreApplication::translate(
            "tempscope::gui::MainWindow",
            "%1 is not what you added: %2.\n\nScan it and offer it for cleaning as it is now?")
            .arg(root, change));
    if (answer != QMessageBox::Yes)
        return;
    const QString error = ScratchRoots::confirmUserRoot(m_settings, root);
    if (!error.isEmpty()) {
        QMessageBox::warning(m_window,
                             QCoreApplication::translate("tempscope::gui::MainWindow",
                                                         "Cannot confirm this location"),
                             error);
        return;
    }
    Q_EMIT confirmed(root);
    reload(root);
}

} // namespace tempscope::gui
