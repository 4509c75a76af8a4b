#pragma once
// CleanupActions: the main window's ways into the cleanup wizard, and the
// items view's context menu.
//
//   Clean Up…          (Ctrl+Shift+C) the wizard from its rules page
//   Move to Trash…     (Delete)       the selected items, previewed, to the trash
//   Delete…            (Shift+Delete) the selected items, previewed, deleted
//   Copy Path          (Ctrl+C)       the selected items' paths, one a line
//   Open Containing Folder            the location, in the file manager
//
// Delete for the trash and Shift+Delete for permanent deletion is the
// desktop convention (Dolphin, Nautilus, Explorer); both still go through the
// wizard's preview and its confirmation. The item shortcuts act only while
// the items view has the focus, so Delete in a text field stays a text edit.
//
// GUI thread only; owned by the window it serves.

#include "core/cleanup/CleanupRule.h"
#include "core/cleanup/TrashUndo.h"
#include "core/inventory/RootScan.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QModelIndex;
class QUrl;
class QSettings;
class QTreeView;

namespace tempscope {
struct AgeRule;
}

namespace tempscope::gui {

class CleanupWizard;
class ItemsModel;

class CleanupActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CleanupActions)

public:
    struct Context
    {
        QWidget *window = nullptr;      // the wizard's parent
        QSettings *settings = nullptr;  // profiles; outlives this object
        QTreeView *itemsView = nullptr; // shows itemsModel, possibly through proxies
        ItemsModel *itemsModel = nullptr;
        std::function<RootScan()> shownScan; // the scan the items view shows
        std::function<AgeRule()> ageRule;    // the window's threshold and basis
    };

    CleanupActions(const Context &context, QObject *parent);

    QAction *cleanUpAction() const { return m_cleanUp; }
    QAction *trashAction() const { return m_trash; }
    QAction *deleteAction() const { return m_delete; }
    QAction *copyPathAction() const { return m_copyPath; }
    QAction *openFolderAction() const { return m_openFolder; }
    // Puts back what the last cleanup of this window moved to the trash.
    QAction *undoTrashAction() const { return m_undoTrash; }

    // Absolute paths of the selected items, as the scan names them.
    QStringList selectedPaths() const;
    // Opens the wizard (window-modal, deleted on close) and returns it.
    CleanupWizard *openWizard();
    CleanupWizard *openForSelection(CleanupAction action);
    // Enables what applies to the shown scan and the selection.
    void updateEnabled();
    // Undo Move to Trash: puts the last run's trashed items back where
    // nothing took their place, says which stay, and rescans their root.
    QList<RestoreResult> undoTrash();
    // What opens a folder in the file manager (QDesktopServices::openUrl);
    // false when none could.
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }
    // The actions' texts in the current language; the window calls it on
    // LanguageChange, as a QObject gets none.
    void retranslateUi();

Q_SIGNALS:
    // A cleanup ran on this root (the path as the window scans it).
    void cleanupFinished(const QString &root);

private:
    CleanupWizard *createWizard(const RootScan &scan);
    void showItemsMenu(const QPoint &pos);
    void copyPaths();
    void openFolder();
    QString undoText() const;

    Context m_context;
    std::function<bool(const QUrl &)> m_openUrl;
    QAction *m_cleanUp;
    QAction *m_trash;
    QAction *m_delete;
    QAction *m_copyPath;
    QAction *m_openFolder;
    QAction *m_undoTrash;
    QList<TrashedEntry> m_lastTrashed; // what the last cleanup moved to the trash
    QString m_lastTrashedRoot;
};

} // namespace tempscope::gui
