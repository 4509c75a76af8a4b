#include "core/history/LowSpaceAlert.h"

#include "core/inventory/Duration.h"
#include "core/inventory/PathText.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QVariantMap>

#include <cmath>

namespace tempscope {

std::optional<LowSpace> lowSpace(const Snapshot &snapshot, double minFreePercent,
                                 const QList<Growth> &growing)
{
    if (minFreePercent <= 0)
        return std::nullopt;
    LowSpace alert;
    QStringList paths;
    for (const RootSample &r : snapshot.roots) {
        if (r.volumeTotal <= 0 || r.volumeFree < 0)
            continue;
        const double percent = 100.0 * double(r.volumeFree) / double(r.volumeTotal);
        if (percent >= minFreePercent)
            continue;
        paths << r.root;
        alert.roots << QCoreApplication::translate("LowSpaceAlert", "%1 (%2 free, %3 %)")
                           .arg(printablePath(nativePath(r.root)),
                                formatBytes(quint64(r.volumeFree)))
                           .arg(std::floor(percent * 10) / 10);
    }
    if (alert.roots.isEmpty())
        return std::nullopt;
    for (const Growth &g : growing) { // fastest first
        if (paths.contains(g.root)) {
            alert.fastest = g;
            break;
        }
    }
    alert.summary = QCoreApplication::translate("LowSpaceAlert", "Temp space is running out");
    alert.body = QCoreApplication::translate("LowSpaceAlert", "Low free space: %1.")
                     .arg(alert.roots.join(QStringLiteral("; ")));
    if (alert.fastest)
        alert.body +=
            u' ' + QCoreApplication::translate("LowSpaceAlert", "Fastest growing there: %1 in %2, "
                                                                "+%3 a day.")
                       .arg(printablePath(nativePath(alert.fastest->family)),
                            printablePath(nativePath(alert.fastest->root)),
                            formatBytes(quint64(std::llround(alert.fastest->bytesPerDay))));
    return alert;
}

bool sendDesktopNotification(const QString &summary, const QString &body, QString *error)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        *error = QCoreApplication::translate("LowSpaceAlert", "no D-Bus session bus");
        return false;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.Notifications"),
        QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
    call << QStringLiteral("Tempscope") << 0u << QStringLiteral("io.github.tempscope.Tempscope")
         << summary << body << QStringList() << QVariantMap() << -1;
    const QDBusMessage reply = bus.call(call, QDBus::Block, 10'000);
    if (reply.type() == QDBusMessage::ErrorMessage) {
        *error = reply.errorMessage();
        return false;
    }
    return true;
}

} // namespace tempscope
