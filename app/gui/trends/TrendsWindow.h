#pragma once
// TrendsWindow: temp usage over time from the history database. A chart of
// bytes over time, per root (all roots) or per family (one root's largest
// families), beside the ranking of what keeps growing (bytes per day, a
// Theil-Sen fit, significant growth only), the opt-in "take a snapshot after
// each scan", and Settings › Schedule… (the Schedule… button): the
// ScheduleDialog, with a line saying what is scheduled.
//
// The database is read on the global thread pool (loadTrends); the window
// shows the result when it arrives (loaded()). GUI thread.

#include "gui/trends/TrendsData.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QTreeWidget;

class QChartView;

namespace tempscope::gui {

class ScheduleDialog;
class SnapshotRecorder;

class TrendsWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrendsWindow)

public:
    // cliProgram: tempscope-cli, which scheduled units run (ScheduleDialog).
    explicit TrendsWindow(SnapshotRecorder &recorder, const QString &cliProgram = QString(),
                          QWidget *parent = nullptr);

    // Reads the database again (after a snapshot, say).
    void reload();

    // For tests and the window's own use.
    QComboBox *rootBox() const { return m_rootBox; }
    QCheckBox *snapshotAfterScanBox() const { return m_afterScan; }
    QAction *scheduleAction() const { return m_scheduleAction; }
    QPushButton *scheduleButton() const { return m_scheduleButton; }
    QLabel *scheduleSummary() const { return m_scheduleSummary; }
    ScheduleDialog *scheduleDialog() const; // null until opened
    void openSchedule();
    QChartView *chartView() const { return m_chartView; }
    QTreeWidget *rankingView() const { return m_ranking; }
    QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showData(const TrendsData &fresh);
    void drawChart();
    void retranslate();
    void showScheduleSummary();

    SnapshotRecorder &m_recorder;
    QString m_cliProgram;
    TrendsData m_data;
    QFutureWatcher<TrendsData> m_loading;
    QComboBox *m_rootBox;
    QCheckBox *m_afterScan;
    QAction *m_scheduleAction;
    QMenu *m_settingsMenu;
    QPushButton *m_scheduleButton;
    QLabel *m_scheduleSummary;
    QPointer<ScheduleDialog> m_scheduleDialog;
    QChartView *m_chartView;
    QTreeWidget *m_ranking;
    QLabel *m_message;
    QLabel *m_rankingTitle;
};

} // namespace tempscope::gui
