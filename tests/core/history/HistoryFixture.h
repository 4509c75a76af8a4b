#pragma once
// Synthetic snapshots and file helpers for the history tests.

#include "core/history/HistoryStore.h"

#include <QFile>
#include <QString>

namespace history_fixture {

// One root with `families` families; family i holds (i + 1) * scale bytes.
inline tempscope::Snapshot snapshotAt(qint64 time, int families = 3, quint64 scale = 1000,
                                      const QString &root = QStringLiteral("/tmp"))
{
    tempscope::Snapshot s;
    s.takenAt = time;
    s.staleAfterSeconds = 7 * 86400;
    tempscope::RootSample r;
    r.root = root;
    r.volumeFree = 1'000'000'000;
    r.volumeTotal = 2'000'000'000;
    for (int i = 0; i < families; ++i) {
        tempscope::FamilySample f;
        f.family = QStringLiteral("fam%1-*").arg(i);
        f.count = quint64(i + 1);
        f.bytes = quint64(i + 1) * scale;
        f.staleBytes = f.bytes / 2;
        f.oldestAgeSeconds = 3600;
        f.newestAgeSeconds = 60;
        r.count += f.count;
        r.bytes += f.bytes;
        r.families.append(f);
    }
    s.roots.append(r);
    return s;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

} // namespace history_fixture
