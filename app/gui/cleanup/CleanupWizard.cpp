#include "gui/cleanup/CleanupWizard.h"

#include "gui/PlainText.h"

#include "core/cleanup/CleanupProfiles.h"
#include "core/inventory/PathText.h"
#include "gui/cleanup/PreviewPage.h"
#include "gui/cleanup/ProgressPage.h"
#include "gui/cleanup/ReportPage.h"
#include "gui/cleanup/RulesPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QScreen>

namespace tempscope::gui {

CleanupWizard::CleanupWizard(const RootScan &scan, QSettings &settings, QWidget *parent)
    : QWizard(parent), m_scan(scan), m_profiles(std::make_unique<CleanupProfiles>(settings))
{
    setObjectName(QStringLiteral("cleanupWizard"));
    setWindowTitle(tr("Clean Up %1").arg(shownName(root())));
    // Page titles and subtitles name the location: plain text, never markup.
    setTitleFormat(Qt::PlainText);
    setSubTitleFormat(Qt::PlainText);
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::NoBackButtonOnLastPage, true); // the report: what is done is done
    setOption(QWizard::HaveHelpButton, false);
    m_rules = new RulesPage(this);
    m_preview = new PreviewPage(this);
    m_progress = new ProgressPage(this);
    m_reportPage = new ReportPage(this);
    setPage(RulesPageId, m_rules);
    setPage(PreviewPageId, m_preview);
    setPage(ProgressPageId, m_progress);
    setPage(ReportPageId, m_reportPage);
    setStartId(RulesPageId);

    const int em = fontMetrics().horizontalAdvance(u'M');
    QSize size(80 * em, 52 * em);
    if (const QScreen *s = parent ? parent->screen() : QApplication::primaryScreen())
        size = size.boundedTo(s->availableGeometry().size() * 9 / 10);
    resize(size);
}

CleanupWizard::~CleanupWizard() = default;

QString CleanupWizard::incompleteScanWarning() const
{
    if (!m_scan.cancelled)
        return {};
    return QStringLiteral("\n\n") +
           tr("This scan was stopped before it finished: only items read "
              "completely can be removed, the others are kept. Rescan for a "
              "complete plan.");
}

QString CleanupWizard::root() const
{
    return m_scan.inventory ? m_scan.inventory->rootPath() : m_scan.requested;
}

void CleanupWizard::setDefaultAge(AgeBasis basis, std::optional<std::chrono::seconds> threshold)
{
    m_rules->setDefaultAge(basis, threshold);
    m_basis = basis;
}

void CleanupWizard::setSelection(const QStringList &paths, CleanupAction action)
{
    m_selection = paths;
    m_selectionAction = action;
    setStartId(paths.isEmpty() ? RulesPageId : PreviewPageId);
    setWindowTitle(action == CleanupAction::Trash ? tr("Move to Trash") : tr("Delete Permanently"));
}

void CleanupWizard::setOrphansOnly(bool orphansOnly)
{
    m_rules->orphansOnlyBox()->setChecked(orphansOnly);
}

bool CleanupWizard::orphansOnly() const
{
    return m_rules->orphansOnlyBox()->isChecked();
}

CleanupRule CleanupWizard::rule() const
{
    if (m_selection.isEmpty())
        return m_rules->rule();
    // Picked by hand: age is no criterion, but everything else that keeps an
    // item (in use, protected, not yours, special files) still does, and the
    // executor still refuses anything changed since the preview.
    CleanupRule rule;
    rule.name = tr("picked in the items view");
    rule.olderThan = std::chrono::seconds(0);
    rule.basis = m_basis; // ages as the items view shows them
    rule.action = m_selectionAction;
    return rule;
}

void CleanupWizard::setConfirmedPlan(std::shared_ptr<const CleanupPlan> plan)
{
    m_confirmed = std::move(plan);
}

void CleanupWizard::setReport(const CleanupReport &report)
{
    m_report = report;
    m_hasReport = true;
    Q_EMIT cleanupFinished(root(), m_report);
}

void CleanupWizard::reject()
{
    if (m_progress->isRunning()) {
        m_progress->cancel();
        return; // the report follows when the executor has stopped
    }
    QWizard::reject();
}

} // namespace tempscope::gui
