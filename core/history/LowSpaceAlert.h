#pragma once
// The warning a snapshot gives when a root's volume runs short of space:
// which roots are below the free-space threshold, and which family grows
// fastest there, as a desktop notification (org.freedesktop.Notifications
// over the D-Bus session bus, when there is one). Any thread; the
// notification is sent on the calling thread's own bus connection.

#include "core/history/GrowthRanking.h"
#include "core/history/HistoryTypes.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace tempscope {

struct LowSpace
{
    QStringList roots;             // "/tmp (512 MiB free, 4 %)"
    std::optional<Growth> fastest; // among the growing families of those roots
    QString summary;               // the notification's title
    QString body;                  // its text
};

// The roots of the snapshot whose volume has less than minFreePercent of its
// size free; nullopt when there is none (or the threshold is 0).
std::optional<LowSpace> lowSpace(const Snapshot &snapshot, double minFreePercent,
                                 const QList<Growth> &growing);

// Sends a notification to the session bus's notification server. False with
// the reason in *error when there is no session bus or no server answered.
bool sendDesktopNotification(const QString &summary, const QString &body, QString *error);

} // namespace tempscope
