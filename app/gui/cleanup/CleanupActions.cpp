#include "gui/cleanup/CleanupActions.h"

#include "gui/PlainText.h"

#include "core/cleanup/TrashUndo.h"
#include "core/inventory/AgeRule.h"
#include "core/inventory/PathText.h"
#include "gui/cleanup/CleanupWizard.h"
#include "gui/items/ItemsModel.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QMenu>
#include <QTreeView>
#include <QUrl>

namespace tempscope::gui {

namespace {

QIcon themed(const char *theme, const char *resource)
{
    return QIcon::fromTheme(QLatin1String(theme),
                            QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(resource))));
}

// The ItemsModel index behind a view index, through any proxies in between.
QModelIndex sourceIndex(QModelIndex index, const ItemsModel *model)
{
    while (index.isValid() && index.model() != model) {
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(index.model());
        if (!proxy)
            return {};
        index = proxy->mapToSource(index);
    }
    return index;
}

} // namespace

CleanupActions::CleanupActions(const Context &context, QObject *parent)
    : QObject(parent), m_context(context), m_openUrl(&QDesktopServices::openUrl),
      m_cleanUp(new QAction(themed("edit-clear-history", "cleanup"), QString(), this)),
      m_trash(new QAction(themed("user-trash", "trash"), QString(), this)),
      m_delete(new QAction(themed("edit-delete", "delete"), QString(), this)),
      m_copyPath(new QAction(QIcon(QStringLiteral(":/icons/copy.svg")), QString(), this)),
      m_openFolder(new QAction(QIcon(QStringLiteral(":/icons/folder-open.svg")), QString(), this)),
      m_undoTrash(new QAction(QIcon::fromTheme(QStringLiteral("edit-undo")), QString(), this))
{
    m_cleanUp->setObjectName(QStringLiteral("cleanUpAction"));
    m_cleanUp->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    m_trash->setObjectName(QStringLiteral("trashAction"));
    m_trash->setShortcut(QKeySequence::Delete);
    m_delete->setObjectName(QStringLiteral("deleteAction"));
    m_delete->setShortcut(Qt::SHIFT | Qt::Key_Delete);
    m_copyPath->setObjectName(QStringLiteral("copyPathAction"));
    m_copyPath->setShortcut(QKeySequence::Copy);
    m_openFolder->setObjectName(QStringLiteral("openFolderAction"));
    m_undoTrash->setObjectName(QStringLiteral("undoTrashAction"));
    m_undoTrash->setShortcut(QKeySequence::Undo);
    retranslateUi();
    for (QAction *a : {m_trash, m_delete, m_copyPath}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_context.itemsView->addAction(a);
    }

    connect(m_cleanUp, &QAction::triggered, this, &CleanupActions::openWizard);
    connect(m_trash, &QAction::triggered, this, [this] { openForSelection(CleanupAction::Trash); });
    connect(m_delete, &QAction::triggered, this,
            [this] { openForSelection(CleanupAction::Delete); });
    connect(m_copyPath, &QAction::triggered, this, &CleanupActions::copyPaths);
    connect(m_openFolder, &QAction::triggered, this, &CleanupActions::openFolder);
    connect(m_undoTrash, &QAction::triggered, this, &CleanupActions::undoTrash);

    QTreeView *view = m_context.itemsView;
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, &CleanupActions::showItemsMenu);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CleanupActions::updateEnabled);
    connect(view->model(), &QAbstractItemModel::modelReset, this, &CleanupActions::updateEnabled);
    updateEnabled();
}

void CleanupActions::retranslateUi()
{
    m_cleanUp->setText(tr("&Clean Up…"));
    m_cleanUp->setToolTip(
        tr("Remove stale items of the selected location, after a preview (Ctrl+Shift+C)"));
    m_trash->setText(tr("Move to &Trash…"));
    m_trash->setToolTip(tr("Move the selected items to the trash, after a preview (Delete)"));
    m_delete->setText(tr("&Delete…"));
    m_delete->setToolTip(
        tr("Delete the selected items permanently, after a preview (Shift+Delete)"));
    m_copyPath->setText(tr("Copy &Path"));
    m_openFolder->setText(tr("&Open Containing Folder"));
    m_undoTrash->setText(undoText());
    m_undoTrash->setToolTip(tr("Put back what the last cleanup moved to the trash, where "
                               "nothing else has taken its place (Ctrl+Z)"));
}

QStringList CleanupActions::selectedPaths() const
{
    QStringList paths;
    const Inventory *inventory = m_context.itemsModel->inventory();
    if (!inventory || !m_context.itemsView->selectionModel())
        return paths;
    for (const QModelIndex &row : m_context.itemsView->selectionModel()->selectedRows()) {
        if (const Item *item =
                m_context.itemsModel->itemAt(sourceIndex(row, m_context.itemsModel))) {
            const QString path = pathText(inventory->tree().absolutePath(item->entry));
            if (!paths.contains(path))
                paths.append(path);
        }
    }
    return paths;
}

void CleanupActions::updateEnabled()
{
    const RootScan scan = m_context.shownScan();
    const bool scanned = scan.ok() && m_context.itemsModel->inventory() == scan.inventory.get();
    const bool selected = scanned && m_context.itemsView->selectionModel() &&
                          m_context.itemsView->selectionModel()->hasSelection();
    m_cleanUp->setEnabled(scan.ok());
    m_trash->setEnabled(selected);
    m_delete->setEnabled(selected);
    m_copyPath->setEnabled(selected);
    m_openFolder->setEnabled(scan.ok());
    m_undoTrash->setEnabled(!m_lastTrashed.isEmpty());
    m_undoTrash->setText(undoText());
}

QString CleanupActions::undoText() const
{
    if (m_lastTrashed.isEmpty())
        return tr("&Undo Move to Trash");
    return m_lastTrashed.size() == 1
               ? tr("&Undo Move to Trash (1 item)")
               : tr("&Undo Move to Trash (%n items)", nullptr, int(m_lastTrashed.size()));
}

CleanupWizard *CleanupActions::createWizard(const RootScan &scan)
{
    auto *wizard = new CleanupWizard(scan, *m_context.settings, m_context.window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    const AgeRule rule = m_context.ageRule();
    wizard->setDefaultAge(rule.basis, rule.threshold);
    // Opened from an orphan: cleaning orphans is the likely wish.
    if (const Item *current = m_context.itemsModel->itemAt(
            sourceIndex(m_context.itemsView->currentIndex(), m_context.itemsModel))) {
        const ItemVerdict *v = m_context.itemsModel->verdictOf(*current);
        wizard->setOrphansOnly(v && v->verdict == Verdict::Orphan);
    }
    const QString root = scan.requested;
    connect(wizard, &CleanupWizard::cleanupFinished, this,
            [this, root](const QString &, const CleanupReport &report) {
                if (QList<TrashedEntry> moved = trashedEntries(report); !moved.isEmpty()) {
                    m_lastTrashed = std::move(moved);
                    m_lastTrashedRoot = root;
                    updateEnabled();
                }
                Q_EMIT cleanupFinished(root);
            });
    return wizard;
}

CleanupWizard *CleanupActions::openWizard()
{
    const RootScan scan = m_context.shownScan();
    if (!scan.ok())
        return nullptr;
    CleanupWizard *wizard = createWizard(scan);
    wizard->open();
    return wizard;
}

CleanupWizard *CleanupActions::openForSelection(CleanupAction action)
{
    const RootScan scan = m_context.shownScan();
    const QStringList paths = selectedPaths();
    if (!scan.ok() || paths.isEmpty())
        return nullptr;
    CleanupWizard *wizard = createWizard(scan);
    wizard->setSelection(paths, action);
    wizard->open();
    return wizard;
}

void CleanupActions::showItemsMenu(const QPoint &pos)
{
    updateEnabled();
    QMenu menu(m_context.itemsView);
    menu.addAction(m_trash);
    menu.addAction(m_delete);
    menu.addSeparator();
    menu.addAction(m_copyPath);
    menu.addAction(m_openFolder);
    menu.exec(m_context.itemsView->viewport()->mapToGlobal(pos));
}

void CleanupActions::copyPaths()
{
    QStringList lines;
    for (const QString &path : selectedPaths())
        lines << copyableName(path); // the real names, hidden characters included
    if (!lines.isEmpty())
        QGuiApplication::clipboard()->setText(lines.join(u'\n'));
}

void CleanupActions::openFolder()
{
    const RootScan scan = m_context.shownScan();
    if (!scan.ok())
        return;
    const QString folder = scan.inventory->rootPath();
    if (!m_openUrl(QUrl::fromLocalFile(folder)))
        showPlainWarning(m_context.window, tr("Open Containing Folder"),
                         tr("No file manager could open %1.").arg(shownName(folder)));
}

QList<RestoreResult> CleanupActions::undoTrash()
{
    const QList<RestoreResult> results = restoreFromTrash(m_lastTrashed);
    const QString root = m_lastTrashedRoot;
    m_lastTrashed.clear();
    m_lastTrashedRoot.clear();
    updateEnabled();
    QStringList stayed;
    for (const RestoreResult &r : results) {
        if (!r.restored)
            stayed << tr("%1: %2").arg(shownName(r.original), r.reason);
    }
    if (!stayed.isEmpty()) {
        showPlainWarning(m_context.window, tr("Undo Move to Trash"),
                         (stayed.size() == 1
                              ? tr("1 item stays in the trash:")
                              : tr("%n items stay in the trash:", nullptr, int(stayed.size()))) +
                             u'\n' + stayed.join(u'\n'));
    }
    if (!root.isEmpty())
        Q_EMIT cleanupFinished(root); // the window rescans what came back
    return results;
}

} // namespace tempscope::gui
