#pragma once
// ProgressPage: the confirmed plan being carried out by CleanupExecutor on its
// worker thread: a progress bar, the item just handled and the bytes freed so
// far. The wizard's Cancel button (and Escape, and closing the window) stops
// the run through the executor's cancel flag; what was not reached stays
// untouched and is reported as skipped ("cancelled"). When the run is over
// the wizard moves on to the report by itself.

#include "core/cleanup/CleanupExecutor.h"

#include <QWizardPage>

#include <memory>
#include <mutex>

class QLabel;
class QProgressBar;

namespace tempscope::gui {

class CleanupWizard;

class ProgressPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressPage)

public:
    explicit ProgressPage(CleanupWizard *wizard);
    ~ProgressPage() override;

    void initializePage() override;
    bool isComplete() const override { return m_done; }
    // Started and its report not yet received.
    bool isRunning() const { return m_executor && !m_done; }
    bool isCancelling() const { return m_cancelling; }
    // Asks the executor to stop after the entry it is on.
    void cancel();

    QProgressBar *progressBar() const { return m_bar; }
    QLabel *currentLabel() const { return m_current; }

private:
    void onProgress(qsizetype done, qsizetype total, quint64 bytesFreed);
    void onFinished(const CleanupReport &report);

    CleanupWizard *m_wizard;
    QLabel *m_status;
    QProgressBar *m_bar;
    QLabel *m_current;
    QLabel *m_freed;
    bool m_trash = false;
    bool m_done = false;
    bool m_cancelling = false;
    std::mutex m_currentMutex; // the worker writes m_currentPath, the GUI thread reads it
    QString m_currentPath;
    // Last: destroyed (cancelled and joined) before the members its callback uses.
    std::unique_ptr<CleanupExecutor> m_executor;
};

} // namespace tempscope::gui
