#pragma once
// PreviewPage: the plan, before anything is touched. The plan is computed on
// a pool thread (the in-use index reads /proc, which can take a while on a
// busy machine) behind a busy indicator; then the candidates are listed with
// check boxes (all checked) above what is kept and why, with totals that
// follow the boxes. Going on asks for a confirmation (count, bytes, delete or
// trash) whose default button is Cancel; only a confirmed plan, with the
// unchecked candidates turned into kept entries, reaches the executor.

#include "gui/cleanup/PreviewModel.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <memory>

class QLabel;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace tempscope::gui {

class CleanupWizard;

class PreviewPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPage)

public:
    explicit PreviewPage(CleanupWizard *wizard);
    ~PreviewPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    // Asks for the confirmation first (asynchronously); true once confirmed.
    bool validatePage() override;

    // The plan shown; null while it is being computed.
    std::shared_ptr<const CleanupPlan> plan() const { return m_plan; }
    bool isComputing() const { return m_watcher.isRunning(); }
    // The plan the executor would get now: unchecked candidates kept.
    std::shared_ptr<const CleanupPlan> planToRun() const;
    // "Delete 12 items (4.5 MiB) permanently?" for what is checked now.
    QString confirmationText() const;

    PreviewModel *candidatesModel() const { return m_candidates; }
    PreviewModel *keptModel() const { return m_kept; }
    QTreeView *candidatesView() const { return m_candidatesView; }
    QTreeView *keptView() const { return m_keptView; }
    QLabel *totalsLabel() const { return m_totals; }
    // The open confirmation, or nullptr.
    QMessageBox *confirmation() const { return m_confirmation; }

Q_SIGNALS:
    // A plan is shown (after initializePage() or a recomputation).
    void planReady();

private:
    void compute();
    void showPlan();
    void updateTotals();
    void askConfirmation();
    void showCandidatesMenu(const QPoint &pos);
    bool isTrash() const;

    CleanupWizard *m_wizard;
    PreviewModel *m_candidates;
    PreviewModel *m_kept;
    QStackedWidget *m_stack;
    QLabel *m_busyLabel;
    QProgressBar *m_busy;
    QLabel *m_error;
    QLabel *m_candidatesTitle;
    QLabel *m_keptTitle;
    QWidget *m_keptPane = nullptr;
    QTreeView *m_candidatesView;
    QTreeView *m_keptView;
    QPushButton *m_checkAll;
    QPushButton *m_uncheckAll;
    QLabel *m_totals;
    QMessageBox *m_confirmation = nullptr;
    QFutureWatcher<std::shared_ptr<const CleanupPlan>> m_watcher;
    std::shared_ptr<const CleanupPlan> m_plan;
    QString m_planError;
    quint64 m_generation = 0;
    bool m_confirmed = false;
};

} // namespace tempscope::gui
