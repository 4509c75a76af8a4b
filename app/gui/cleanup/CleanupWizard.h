#pragma once
// CleanupWizard: the desktop app's cleanup, in four pages.
//
//   Rules     age threshold and basis, which families or patterns, excludes,
//             whole items or each file, delete or trash, other users' files;
//             named profiles (CleanupProfiles).
//   Preview   the plan (CleanupPlan), computed off the GUI thread: every
//             candidate with a check box, its size, age and rule, and what is
//             kept and why. Going on asks for a confirmation that states count,
//             bytes and delete-versus-trash; its default button is Cancel.
//   Progress  CleanupExecutor on its worker thread, with the current item; the
//             Cancel button (or Escape, or closing) stops it. The executor
//             revalidates every item at the moment it acts on it.
//   Report    removed, trashed, skipped and failed with reasons; "Save
//             Report…" writes JSON or CSV (core/export/CleanupExport).
//
// Items picked by hand (the Delete key, Shift+Delete and the items view's
// context menu) go through the same preview: setSelection() makes them the
// only candidates and the wizard starts at the preview page.
//
// The wizard works on one scanned root, whose inventory it shares (immutable).
// GUI thread only. It emits cleanupFinished() once a run is over, so the
// owner can rescan the root.

#include "core/cleanup/CleanupPlan.h"
#include "core/cleanup/CleanupReport.h"
#include "core/inventory/RootScan.h"

#include <QWizard>

#include <chrono>
#include <memory>
#include <optional>

class QSettings;

namespace tempscope {
class CleanupProfiles;
}

namespace tempscope::gui {

class PreviewPage;
class ProgressPage;
class ReportPage;
class RulesPage;

class CleanupWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CleanupWizard)

public:
    enum PageId { RulesPageId, PreviewPageId, ProgressPageId, ReportPageId };

    // `settings` holds the profiles and the last used rule; it must outlive the wizard.
    CleanupWizard(const RootScan &scan, QSettings &settings, QWidget *parent = nullptr);
    ~CleanupWizard() override;

    // The threshold and basis the rules page starts with when no cleanup has
    // run before (the main window's age rule); picked items are always shown
    // with the basis. Call before showing the wizard.
    void setDefaultAge(AgeBasis basis, std::optional<std::chrono::seconds> threshold);
    // Makes these entries (absolute paths as the scan names them) the only
    // candidates and starts at the preview. Call before showing the wizard.
    void setSelection(const QStringList &paths, CleanupAction action);
    bool hasSelection() const { return !m_selection.isEmpty(); }
    const QStringList &selection() const { return m_selection; }

    // Of the stale items only the orphans (their program is gone, judged
    // when the preview is computed): the rules page's choice.
    void setOrphansOnly(bool orphansOnly);
    bool orphansOnly() const;

    const RootScan &scan() const { return m_scan; }
    // Appended to the subtitles of the rules and the preview when the scan
    // was stopped before it finished; empty otherwise.
    QString incompleteScanWarning() const;
    QString root() const;
    CleanupProfiles &profiles() const { return *m_profiles; }
    // What the preview is computed from: the rules page, or the selection.
    CleanupRule rule() const;

    // The plan the user confirmed (unchecked candidates kept), set when the
    // preview is confirmed; the report once the run is over.
    std::shared_ptr<const CleanupPlan> confirmedPlan() const { return m_confirmed; }
    void setConfirmedPlan(std::shared_ptr<const CleanupPlan> plan);
    const CleanupReport &report() const { return m_report; }
    bool hasReport() const { return m_hasReport; }
    void setReport(const CleanupReport &report);

    RulesPage *rulesPage() const { return m_rules; }
    PreviewPage *previewPage() const { return m_preview; }
    ProgressPage *progressPage() const { return m_progress; }
    ReportPage *reportPage() const { return m_reportPage; }

Q_SIGNALS:
    // A run is over (finished or cancelled); what it did is in the report.
    void cleanupFinished(const QString &root, const tempscope::CleanupReport &report);

public Q_SLOTS:
    // While a cleanup runs: stops it (what is done stays done) and shows the
    // report instead of closing.
    void reject() override;

private:
    RootScan m_scan;
    std::unique_ptr<CleanupProfiles> m_profiles;
    QStringList m_selection;
    CleanupAction m_selectionAction = CleanupAction::Trash;
    AgeBasis m_basis = AgeBasis::Newest; // the main window's, for picked items
    std::shared_ptr<const CleanupPlan> m_confirmed;
    CleanupReport m_report;
    bool m_hasReport = false;
    RulesPage *m_rules;
    PreviewPage *m_preview;
    ProgressPage *m_progress;
    ReportPage *m_reportPage;
};

} // namespace tempscope::gui
