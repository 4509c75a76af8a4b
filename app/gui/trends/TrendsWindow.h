#pragma once
// TrendsWindow: temp usage over time from the history database. A chart of
// bytes over time, per root (all roots) or per family (one root's largest
// families), beside the ranking of what keeps growing (bytes per day, a
// Theil-Sen fit), and the opt-in "take a snapshot after each scan".
//
// The database is read on the global thread pool (loadTrends); the window
// shows the result when it arrives (loaded()). GUI thread.

#include "gui/trends/TrendsData.h"

#include <QFutureWatcher>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTreeWidget;

class QChartView;

namespace tempscope::gui {

class ScheduleToggle;
class SnapshotRecorder;

class TrendsWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrendsWindow)

public:
    // cliProgram: tempscope-cli, for the schedule box (ScheduleToggle).
    explicit TrendsWindow(SnapshotRecorder &recorder, const QString &cliProgram = QString(),
                          QWidget *parent = nullptr);

    // Reads the database again (after a snapshot, say).
    void reload();

    // For tests and the window's own use.
    QComboBox *rootBox() const { return m_rootBox; }
    QCheckBox *snapshotAfterScanBox() const { return m_afterScan; }
    ScheduleToggle *scheduleBox() const { return m_schedule; }
    QChartView *chartView() const { return m_chartView; }
    QTreeWidget *rankingView() const { return m_ranking; }
    QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    void loaded();

private:
    void showData(const TrendsData &fresh);
    void drawChart();
    void retranslate();

    SnapshotRecorder &m_recorder;
    TrendsData m_data;
    QFutureWatcher<TrendsData> m_loading;
    QComboBox *m_rootBox;
    QCheckBox *m_afterScan;
    ScheduleToggle *m_schedule;
    QChartView *m_chartView;
    QTreeWidget *m_ranking;
    QLabel *m_message;
    QLabel *m_rankingTitle;
};

} // namespace tempscope::gui
