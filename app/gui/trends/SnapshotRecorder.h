#pragma once
// SnapshotRecorder: the opt-in "take a snapshot after each scan". When the
// setting is on, every complete scan of a root is recorded in the history
// database (HistoryStore) on the global thread pool, so a locked database
// (a scheduled snapshot writing) never stalls the window.
//
// GUI thread; it reads and writes the setting in the caller's QSettings.

#include "core/inventory/RootScan.h"

#include <QObject>
#include <QString>

class QSettings;

namespace tempscope::gui {

class SnapshotRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotRecorder)

public:
    // The settings key of the opt-in; off unless set.
    static QString settingKey(); // "history/snapshotAfterScan"

    SnapshotRecorder(QSettings &settings, QString dbPath, QObject *parent = nullptr);

    bool isEnabled() const;
    void setEnabled(bool enabled);
    QString dbPath() const { return m_dbPath; }
    // The settings it was given (the schedule dialog reads the saved
    // cleanup profiles from them).
    QSettings &settings() const { return m_settings; }

public Q_SLOTS:
    // Records the scan when enabled and the scan is whole.
    void onScanFinished(const tempscope::RootScan &result);

Q_SIGNALS:
    void recorded(const QString &root);
    void failed(const QString &error);
    void enabledChanged(bool enabled);

private:
    QSettings &m_settings;
    QString m_dbPath;
};

} // namespace tempscope::gui
