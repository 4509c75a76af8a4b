#include "core/tempfile/TempFileEvent.h"

namespace tempscope::tempfile {

TempFileEvent TempFileEvent::of(Kind kind, const QString &source, const void *object,
                                const QString &path, const QString &detail, qint64 bytes,
                                qint64 position)
{
    TempFileEvent event;
    event.kind = kind;
    event.source = source;
    event.objectId = reinterpret_cast<quintptr>(object);
    event.path = path;
    event.bytes = bytes;
    event.position = position;
    event.detail = detail;
    return event;
}

QString TempFileEvent::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Created:
        return QStringLiteral("created");
    case Kind::Written:
        return QStringLiteral("written");
    case Kind::RolledOver:
        return QStringLiteral("rolled over");
    case Kind::Closed:
        return QStringLiteral("closed");
    case Kind::Removed:
        return QStringLiteral("removed");
    case Kind::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString TempFileEvent::toString() const
{
    QString line = source + u' ' + kindName(kind);
    if (!path.isEmpty())
        line += u" " + path;
    if (bytes >= 0)
        line += u" bytes=" + QString::number(bytes);
    if (position >= 0)
        line += u" position=" + QString::number(position);
    if (!detail.isEmpty())
        line += u" (" + detail + u')';
    return line;
}

TempFileEventHub::TempFileEventHub(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<TempFileEvent>();
}

TempFileEventHub *TempFileEventHub::global()
{
    // Never destroyed: objects may report from static destructors.
    static auto *const hub = new TempFileEventHub;
    return hub;
}

void TempFileEventHub::report(const TempFileEvent &event)
{
    Q_EMIT eventReported(event);
}

} // namespace tempscope::tempfile
