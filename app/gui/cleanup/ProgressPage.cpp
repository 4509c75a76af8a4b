#include "gui/cleanup/ProgressPage.h"

#include "gui/Numbers.h"
#include "gui/PlainText.h"

#include "core/inventory/Duration.h"
#include "core/inventory/PathText.h"
#include "gui/cleanup/CleanupWizard.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

#include <algorithm>

namespace tempscope::gui {

ProgressPage::ProgressPage(CleanupWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_status(new QLabel(this)),
      m_bar(new QProgressBar(this)), m_current(new QLabel(this)), m_freed(new QLabel(this))
{
    setTitle(tr("Cleaning Up"));
    m_bar->setAccessibleName(tr("Cleanup progress"));
    m_current->setAccessibleName(tr("Current item"));
    m_current->setObjectName(QStringLiteral("current"));
    m_current->setTextFormat(Qt::PlainText);
    plainLabel(m_status);
    plainLabel(m_freed);
    // A long path must not widen the wizard; it is elided from the middle instead.
    m_current->setMinimumWidth(1);
    m_current->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_freed->setAccessibleName(tr("Space freed"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_bar);
    layout->addWidget(m_current);
    layout->addWidget(m_freed);
    layout->addStretch(1);
}

ProgressPage::~ProgressPage()
{
    m_executor.reset(); // cancels and joins while the callback's members still exist
}

void ProgressPage::initializePage()
{
    const std::shared_ptr<const CleanupPlan> plan = m_wizard->confirmedPlan();
    m_trash = m_wizard->rule().action == CleanupAction::Trash;
    m_done = false;
    m_cancelling = false;
    setButtonText(QWizard::CancelButton, tr("&Cancel"));
    m_status->setText(
        m_trash ? (int(plan->candidateCount()) == 1
                       ? tr("Moving %n item to the trash…", nullptr, int(plan->candidateCount()))
                       : tr("Moving %n items to the trash…", nullptr, int(plan->candidateCount())))
                : (int(plan->candidateCount()) == 1
                       ? tr("Deleting %n item…", nullptr, int(plan->candidateCount()))
                       : tr("Deleting %n items…", nullptr, int(plan->candidateCount()))));
    m_bar->setRange(0, int(std::max<qsizetype>(1, plan->candidateCount())));
    m_bar->setValue(0);
    m_current->clear();
    m_freed->clear();

    m_executor = std::make_unique<CleanupExecutor>();
    m_executor->setProgressCallback([this](const CleanupProgress &p) {
        std::lock_guard lock(m_currentMutex);
        m_currentPath = p.current;
    });
    connect(m_executor.get(), &CleanupExecutor::progressed, this, &ProgressPage::onProgress);
    connect(m_executor.get(), &CleanupExecutor::finished, this, &ProgressPage::onFinished);
    m_executor->start(plan, false);
}

void ProgressPage::cancel()
{
    if (!isRunning() || m_cancelling)
        return;
    m_cancelling = true;
    m_executor->cancel();
    m_status->setText(tr("Stopping after the current item…"));
}

void ProgressPage::onProgress(qsizetype done, qsizetype total, quint64 bytesFreed)
{
    m_bar->setMaximum(int(std::max<qsizetype>(1, total)));
    m_bar->setValue(int(done));
    QString current;
    {
        std::lock_guard lock(m_currentMutex);
        current = m_currentPath;
    }
    const QString shown = shownName(current);
    m_current->setText(
        m_current->fontMetrics().elidedText(shown, Qt::ElideMiddle, m_current->width()));
    m_current->setToolTip(plainToolTip(shown));
    m_freed->setText(m_trash ? tr("%1 moved to the trash").arg(sizeText(bytesFreed))
                             : tr("%1 freed").arg(sizeText(bytesFreed)));
}

void ProgressPage::onFinished(const CleanupReport &report)
{
    m_done = true;
    m_bar->setValue(m_bar->maximum());
    m_wizard->setReport(report);
    Q_EMIT completeChanged();
    if (m_wizard->currentPage() == this)
        m_wizard->next();
}

} // namespace tempscope::gui
