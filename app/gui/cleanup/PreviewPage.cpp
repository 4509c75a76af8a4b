#include "gui/cleanup/PreviewPage.h"

#include "gui/Numbers.h"
#include "gui/PlainText.h"

#include "core/catalogue/OrphanCleanup.h"
#include "core/cleanup/CleanupProfiles.h"
#include "core/cleanup/RootGuard.h"
#include "core/inventory/Duration.h"
#include "core/inventory/PathText.h"
#include "core/native/Accounts.h"
#include "gui/cleanup/CleanupWizard.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace tempscope::gui {

namespace {

enum StackPage { BusyPage, PlanPage, ErrorPage };

QTreeView *makeView(PreviewModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTreeView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setSortingEnabled(true);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->sortByColumn(PreviewModel::Path, Qt::AscendingOrder);
    const int em = view->fontMetrics().horizontalAdvance(u'M');
    view->header()->resizeSection(PreviewModel::Path, 24 * em);
    view->header()->resizeSection(PreviewModel::Size, 7 * em);
    view->header()->resizeSection(PreviewModel::Age, 5 * em);
    return view;
}

} // namespace

PreviewPage::PreviewPage(CleanupWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard),
      m_candidates(new PreviewModel(PreviewModel::Section::Candidates, this)),
      m_kept(new PreviewModel(PreviewModel::Section::Kept, this)),
      m_stack(new QStackedWidget(this)), m_busyLabel(new QLabel(this)),
      m_busy(new QProgressBar(this)), m_error(new QLabel(this)),
      m_candidatesTitle(new QLabel(this)), m_keptTitle(new QLabel(this)),
      m_candidatesView(makeView(m_candidates, QStringLiteral("candidates"), this)),
      m_keptView(makeView(m_kept, QStringLiteral("kept"), this)),
      m_checkAll(new QPushButton(tr("Check &All"), this)),
      m_uncheckAll(new QPushButton(tr("&Uncheck All"), this)), m_totals(new QLabel(this))
{
    setTitle(tr("Preview"));
    setCommitPage(true);
    // Errors and totals name the location and what is in it: plain text.
    for (QLabel *label : {m_busyLabel, m_error, m_candidatesTitle, m_keptTitle, m_totals})
        plainLabel(label);

    // Busy: while the plan is computed.
    m_busyLabel->setText(tr("Working out what can be removed and checking which files are open…"));
    m_busyLabel->setAlignment(Qt::AlignCenter);
    m_busy->setRange(0, 0);
    m_busy->setAccessibleName(tr("Computing the preview"));
    m_busy->setMaximumWidth(m_busy->fontMetrics().horizontalAdvance(u'M') * 24);
    auto *busyPage = new QWidget(this);
    auto *busyLayout = new QVBoxLayout(busyPage);
    busyLayout->addStretch(1);
    busyLayout->addWidget(m_busyLabel);
    busyLayout->addWidget(m_busy, 0, Qt::AlignHCenter);
    busyLayout->addStretch(2);

    // The plan.
    m_candidatesView->setAccessibleName(tr("Items to remove"));
    m_keptView->setAccessibleName(tr("Items kept"));
    m_candidatesTitle->setBuddy(m_candidatesView);
    m_keptTitle->setBuddy(m_keptView);
    m_checkAll->setAutoDefault(false);
    m_uncheckAll->setAutoDefault(false);
    m_checkAll->setAccessibleName(tr("Check all items"));
    m_uncheckAll->setAccessibleName(tr("Uncheck all items"));
    m_totals->setObjectName(QStringLiteral("totals"));
    m_totals->setAccessibleName(tr("Totals"));
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *candidatesHead = new QHBoxLayout;
    candidatesHead->addWidget(m_candidatesTitle, 1);
    candidatesHead->addWidget(m_checkAll);
    candidatesHead->addWidget(m_uncheckAll);
    auto *candidatesPane = new QWidget(this);
    auto *candidatesLayout = new QVBoxLayout(candidatesPane);
    candidatesLayout->setContentsMargins(0, 0, 0, 0);
    candidatesLayout->addLayout(candidatesHead);
    candidatesLayout->addWidget(m_candidatesView);
    candidatesLayout->addWidget(m_totals);
    auto *keptPane = m_keptPane = new QWidget(this);
    auto *keptLayout = new QVBoxLayout(keptPane);
    keptLayout->setContentsMargins(0, 0, 0, 0);
    keptLayout->addWidget(m_keptTitle);
    keptLayout->addWidget(m_keptView);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(candidatesPane);
    splitter->addWidget(keptPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_error->setWordWrap(true);
    m_error->setAlignment(Qt::AlignCenter);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_stack->addWidget(busyPage);
    m_stack->addWidget(splitter);
    m_stack->addWidget(m_error);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    // Space checks or unchecks every selected row, not only the current one.
    auto *toggle = new QAction(tr("Check or Uncheck Selected"), m_candidatesView);
    toggle->setShortcut(Qt::Key_Space);
    toggle->setShortcutContext(Qt::WidgetShortcut);
    m_candidatesView->addAction(toggle);
    connect(toggle, &QAction::triggered, this, [this] {
        const QModelIndex current = m_candidatesView->currentIndex();
        if (!current.isValid())
            return;
        const bool checked =
            current.siblingAtColumn(PreviewModel::Path).data(Qt::CheckStateRole).toInt() ==
            Qt::Checked;
        QModelIndexList rows = m_candidatesView->selectionModel()->selectedRows(PreviewModel::Path);
        if (rows.isEmpty())
            rows = {current.siblingAtColumn(PreviewModel::Path)};
        m_candidates->setChecked(rows, !checked);
    });
    m_candidatesView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_candidatesView, &QWidget::customContextMenuRequested, this,
            &PreviewPage::showCandidatesMenu);
    connect(m_checkAll, &QPushButton::clicked, m_candidates,
            [this] { m_candidates->setAllChecked(true); });
    connect(m_uncheckAll, &QPushButton::clicked, m_candidates,
            [this] { m_candidates->setAllChecked(false); });
    connect(m_candidates, &PreviewModel::checkedChanged, this, &PreviewPage::updateTotals);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &PreviewPage::showPlan);
}

PreviewPage::~PreviewPage() = default;

bool PreviewPage::isTrash() const
{
    return m_wizard->rule().action == CleanupAction::Trash;
}

void PreviewPage::initializePage()
{
    const bool trash = isTrash();
    // "…" where a confirmation follows: not for picked items going to the trash.
    setButtonText(QWizard::CommitButton, !trash                     ? tr("&Delete…")
                                         : m_wizard->hasSelection() ? tr("Move to &Trash")
                                                                    : tr("Move to &Trash…"));
    // In-use detection is advisory (SAFETY.md rule 7): say so where the user decides.
    const QString advisory =
        tr("Files in use are kept as far as Tempscope can see: it looks again when the "
           "cleanup starts, but a program may open a file after that.");
    setSubTitle((m_wizard->hasSelection()
                     ? tr("The items you picked, checked again. Nothing has been touched yet.")
                     : tr("What the rules select in %1. Nothing has been touched yet; uncheck what "
                          "you want "
                          "to keep.")
                           .arg(shownName(m_wizard->root()))) +
                u' ' + advisory + m_wizard->incompleteScanWarning());
    compute();
}

void PreviewPage::cleanupPage()
{
    m_plan.reset();
    m_candidates->setPlan({});
    m_kept->setPlan({});
}

void PreviewPage::compute()
{
    m_confirmed = false;
    m_plan.reset();
    m_planError.clear();
    m_candidates->setPlan({});
    m_kept->setPlan({});
    const RootScan &scan = m_wizard->scan();
    if (!scan.ok()) {
        m_planError = tr("%1 has not been scanned yet.").arg(shownName(scan.requested));
    } else if (const RootVerdict verdict = RootGuard::check(scan.inventory->rootPath());
               !verdict.allowed()) {
        m_planError = tr("This location cannot be cleaned: %1").arg(verdict.refusal);
    }
    if (!m_planError.isEmpty()) {
        m_error->setText(m_planError);
        m_stack->setCurrentIndex(ErrorPage);
        Q_EMIT completeChanged();
        return;
    }
    m_stack->setCurrentIndex(BusyPage);
    Q_EMIT completeChanged();
    std::shared_ptr<const Inventory> inventory = scan.inventory;
    const CleanupRule rule = m_wizard->rule();
    const QStringList selection = m_wizard->selection();
    const bool orphansOnly = m_wizard->orphansOnly();
    m_watcher.setFuture(QtConcurrent::run(
        [inventory, rule, selection, orphansOnly]() -> std::shared_ptr<const CleanupPlan> {
            CleanupPlan::Context context;
            context.now = Inventory::nowNs();
            context.uid = native::currentUid();
            // Who holds the scanned entries, by the platform's holder query
            // (/proc on Linux, the Restart Manager on Windows).
            context.inUse = std::make_shared<const native::InUseIndex>(
                native::InUseIndex::ofTree(inventory->tree()));
            auto plan = std::make_shared<CleanupPlan>(QList<CleanupRule>{rule}, context);
            plan->addRoot(*inventory);
            if (!selection.isEmpty())
                plan->restrictTo(selection);
            if (orphansOnly) { // judged now, not at the scan
                QString error;
                keepAllButOrphans(
                    *plan, *inventory,
                    *ItemVerdicts::evaluateNow(*inventory, Catalogue::withUserFile(&error)));
            }
            return plan;
        }));
}

void PreviewPage::showPlan()
{
    if (m_watcher.future().resultCount() == 0 || m_wizard->currentPage() != this)
        return;
    m_plan = m_watcher.result();
    m_candidates->setPlan(m_plan);
    m_kept->setPlan(m_plan);
    // Items picked by hand: the kept list only matters when something is kept.
    m_keptPane->setVisible(!m_wizard->hasSelection() || m_kept->rowCount() > 0);
    m_stack->setCurrentIndex(PlanPage);
    m_candidatesView->setFocus(Qt::OtherFocusReason);
    if (m_candidates->rowCount() > 0)
        m_candidatesView->setCurrentIndex(m_candidates->index(0, PreviewModel::Path));
    updateTotals();
    Q_EMIT completeChanged();
    Q_EMIT planReady();
}

void PreviewPage::updateTotals()
{
    const bool trash = isTrash();
    const qsizetype all = m_candidates->totalCount();
    const qsizetype checked = m_candidates->checkedCount();
    m_candidatesTitle->setText(
        trash ? (int(all) == 1 ? tr("&To move to the trash (%n item, %1):", nullptr, int(all))
                               : tr("&To move to the trash (%n items, %1):", nullptr, int(all)))
                    .arg(sizeText(m_candidates->totalBytes()))
              : (int(all) == 1 ? tr("&To delete (%n item, %1):", nullptr, int(all))
                               : tr("&To delete (%n items, %1):", nullptr, int(all)))
                    .arg(sizeText(m_candidates->totalBytes())));
    m_keptTitle->setText(
        (int(m_kept->totalCount()) == 1
             ? tr("&Kept, and why (%n item, %1):", nullptr, int(m_kept->totalCount()))
             : tr("&Kept, and why (%n items, %1):", nullptr, int(m_kept->totalCount())))
            .arg(sizeText(m_kept->totalBytes())));
    QString totals;
    if (all == 0)
        totals = tr("Nothing to remove: the list below says why each item is kept.");
    else if (checked == 0)
        totals = tr("Nothing is checked, so nothing will be removed.");
    else if (trash)
        totals =
            (int(checked) == 1
                 ? tr("%n item checked: %1 will be moved to the trash.", nullptr, int(checked))
                 : tr("%n items checked: %1 will be moved to the trash.", nullptr, int(checked)))
                .arg(sizeText(m_candidates->checkedBytes()));
    else
        totals =
            (int(checked) == 1
                 ? tr("%n item checked: %1 will be deleted permanently.", nullptr, int(checked))
                 : tr("%n items checked: %1 will be deleted permanently.", nullptr, int(checked)))
                .arg(sizeText(m_candidates->checkedBytes()));
    m_totals->setText(totals);
    m_checkAll->setEnabled(all > 0 && checked < all);
    m_uncheckAll->setEnabled(checked > 0);
    Q_EMIT completeChanged();
}

bool PreviewPage::isComplete() const
{
    return m_plan && m_candidates->checkedCount() > 0;
}

std::shared_ptr<const CleanupPlan> PreviewPage::planToRun() const
{
    if (!m_plan)
        return {};
    auto plan = std::make_shared<CleanupPlan>(*m_plan);
    plan->keep(m_candidates->uncheckedPaths(), tr("unchecked in the preview"));
    return plan;
}

QString PreviewPage::confirmationText() const
{
    const int n = int(m_candidates->checkedCount());
    const QString bytes = sizeText(m_candidates->checkedBytes());
    return isTrash() ? (n == 1 ? tr("Move %n item (%1) to the trash?", nullptr, n)
                               : tr("Move %n items (%1) to the trash?", nullptr, n))
                           .arg(bytes)
                     : (n == 1 ? tr("Delete %n item (%1) permanently?", nullptr, n)
                               : tr("Delete %n items (%1) permanently?", nullptr, n))
                           .arg(bytes);
}

bool PreviewPage::validatePage()
{
    if (m_confirmed) {
        m_confirmed = false;
        m_wizard->setConfirmedPlan(planToRun());
        if (!m_wizard->hasSelection())
            m_wizard->profiles().setLastUsed(m_wizard->rule());
        return true;
    }
    if (!isComplete() || m_confirmation)
        return false;
    // Items picked by hand going to the trash: the preview was the one
    // confirmation (what it moves can be restored).
    if (m_wizard->hasSelection() && isTrash()) {
        m_confirmed = true;
        return validatePage();
    }
    askConfirmation();
    return false;
}

void PreviewPage::askConfirmation()
{
    const bool trash = isTrash();
    auto *box = new QMessageBox(trash ? QMessageBox::Question : QMessageBox::Warning,
                                trash ? tr("Move to Trash") : tr("Delete Permanently"),
                                confirmationText(), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmation"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        trash ? tr("Each item is checked again just before it is moved: anything in use, "
                   "locked or changed since this preview is kept.")
              : tr("This cannot be undone. Each item is checked again just before it is "
                   "removed: anything in use, locked or changed since this preview is "
                   "kept."));
    QPushButton *go =
        box->addButton(trash ? tr("Move to &Trash") : tr("&Delete"),
                       trash ? QMessageBox::AcceptRole : QMessageBox::DestructiveRole);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    m_confirmation = box;
    connect(box, &QDialog::finished, this, [this, box, go] {
        m_confirmation = nullptr;
        if (box->clickedButton() != go)
            return;
        m_confirmed = true;
        m_wizard->next();
    });
    box->open();
}

void PreviewPage::showCandidatesMenu(const QPoint &pos)
{
    const QModelIndexList rows =
        m_candidatesView->selectionModel()->selectedRows(PreviewModel::Path);
    QMenu menu(this);
    QAction *check = menu.addAction(tr("&Check Selected"));
    QAction *uncheck = menu.addAction(tr("&Uncheck Selected"));
    check->setEnabled(!rows.isEmpty());
    uncheck->setEnabled(!rows.isEmpty());
    menu.addSeparator();
    QAction *all = menu.addAction(tr("Check &All"));
    QAction *none = menu.addAction(tr("U&ncheck All"));
    QAction *chosen = menu.exec(m_candidatesView->viewport()->mapToGlobal(pos));
    if (chosen == check || chosen == uncheck)
        m_candidates->setChecked(rows, chosen == check);
    else if (chosen == all || chosen == none)
        m_candidates->setAllChecked(chosen == all);
}

} // namespace tempscope::gui
