#include "gui/trends/SnapshotRecorder.h"

#include "core/history/HistoryStore.h"
#include "core/history/SnapshotBuilder.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QSettings>
#include <QtConcurrent>

namespace tempscope::gui {

QString SnapshotRecorder::settingKey()
{
    return QStringLiteral("history/snapshotAfterScan");
}

SnapshotRecorder::SnapshotRecorder(QSettings &settings, QString dbPath, QObject *parent)
    : QObject(parent), m_settings(settings), m_dbPath(std::move(dbPath))
{
}

bool SnapshotRecorder::isEnabled() const
{
    return m_settings.value(settingKey(), false).toBool();
}

void SnapshotRecorder::setEnabled(bool enabled)
{
    if (enabled == isEnabled())
        return;
    m_settings.setValue(settingKey(), enabled);
    Q_EMIT enabledChanged(enabled);
}

void SnapshotRecorder::onScanFinished(const RootScan &result)
{
    if (!isEnabled() || !result.ok() || result.cancelled || m_dbPath.isEmpty())
        return;
    AgeRule rule;
    rule.now = result.scannedAt != 0 ? result.scannedAt : Inventory::nowNs();
    rule.threshold = std::chrono::days(7); // as tempscope-cli snapshot's default
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this,
            [this, watcher, root = result.inventory->rootPath()] {
                const QString error = watcher->result();
                watcher->deleteLater();
                if (error.isEmpty())
                    Q_EMIT recorded(root);
                else
                    Q_EMIT failed(error);
            });
    watcher->setFuture(QtConcurrent::run([path = m_dbPath, result, rule]() -> QString {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QString error;
        const auto store = HistoryStore::open(path, HistoryStore::Access::Write, &error);
        if (!store || !store->record(snapshotOf({result}, rule), &error))
            return error;
        return QString();
    }));
}

} // namespace tempscope::gui
