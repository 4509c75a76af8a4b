#pragma once
// The main window's entry to Trends: the View › Trends… action, the window
// it opens (one, made on first use), and the SnapshotRecorder fed by the
// window's scans. Follows the language of the window it belongs to.
//
// GUI thread; owned by the main window.

#include <QObject>
#include <QPointer>

class QAction;
class QSettings;
class QWidget;

namespace tempscope::gui {

class ScanService;
class SnapshotRecorder;
class TrendsWindow;

class TrendsActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrendsActions)

public:
    // dbPath: the history database (defaultHistoryPath() in the app).
    TrendsActions(QSettings &settings, ScanService *scans, const QString &dbPath, QWidget *window);

    QAction *action() const { return m_action; }
    SnapshotRecorder *recorder() const { return m_recorder; }
    TrendsWindow *trendsWindow() const; // null until opened
    void open();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();

    QWidget *m_window;
    QAction *m_action;
    SnapshotRecorder *m_recorder;
    QPointer<TrendsWindow> m_trends;
};

} // namespace tempscope::gui
