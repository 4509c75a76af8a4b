// The size of the history database over time: writes N snapshots of one
// root with F families (one leaking 50 MB a day, one growing 5 MB a day
// with a single 40 GB spike, one shrinking, the rest steady with noise) at a
// fixed interval, each through HistoryStore as `tempscope-cli snapshot`
// writes them, then prints the file's size, the snapshots kept and the time
// taken.
//
//   tempscope-history-bench DB [SNAPSHOTS] [FAMILIES] [INTERVAL_SECONDS]
// Defaults: 10000 snapshots of 100 families, one an hour (with retention:
// 30 days in full, then daily). Then `tempscope-cli history --db DB` shows
// the leak ranked first.

#include "core/history/HistoryStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>

using namespace tempscope;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: %s DB [SNAPSHOTS] [FAMILIES] [INTERVAL_SECONDS]\n", argv[0]);
        return 2;
    }
    const QString db = args[1];
    const int snapshots = args.size() > 2 ? args[2].toInt() : 10000;
    const int families = args.size() > 3 ? args[3].toInt() : 100;
    const qint64 interval = args.size() > 4 ? args[4].toLongLong() : 3600;
    const qint64 start = 1'700'000'000;

    QString error;
    auto store = HistoryStore::open(db, HistoryStore::Access::Write, &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    quint32 noise = 12345;
    for (int i = 0; i < snapshots; ++i) {
        const qint64 t = start + i * interval;
        const double days = double(t - start) / 86400;
        Snapshot s;
        s.takenAt = t;
        s.staleAfterSeconds = 7 * 86400;
        RootSample root;
        root.root = QStringLiteral("/tmp");
        root.volumeTotal = 100'000'000'000;
        for (int f = 0; f < families; ++f) {
            noise = noise * 1103515245u + 12345u;
            FamilySample sample;
            double bytes = 1'000'000.0 * (f + 1) * (1.0 + double(noise % 1000) / 10000.0);
            if (f == 0) {
                sample.family = QStringLiteral("leak_*.tmp");
                bytes = 10'000'000 + 50'000'000 * days;
            } else if (f == 1) {
                sample.family = QStringLiteral("spike_*.iso");
                bytes = 2'000'000 + 5'000'000 * days + (i == snapshots - 5 ? 40e9 : 0);
            } else if (f == 2) {
                sample.family = QStringLiteral("shrink_*.dat");
                bytes = std::max(0.0, 30e9 - 20'000'000 * days);
            } else {
                sample.family = QStringLiteral("family%1-*").arg(f);
            }
            sample.bytes = quint64(bytes);
            sample.count = 1 + sample.bytes / 100'000;
            sample.staleBytes = sample.bytes / 3;
            sample.oldestAgeSeconds = 86400 * 3;
            sample.newestAgeSeconds = 60;
            root.count += sample.count;
            root.bytes += sample.bytes;
            root.families.append(sample);
        }
        root.volumeFree = std::max<qint64>(0, root.volumeTotal - qint64(root.bytes));
        s.roots.append(root);
        if (!store->record(s, &error)) {
            std::fprintf(stderr, "snapshot %d: %s\n", i, qPrintable(error));
            return 1;
        }
    }
    const qint64 elapsed = timer.elapsed();
    const auto kept = store->snapshotCount(&error);
    store.reset(); // checkpoints the write-ahead log into the file
    std::printf("%d snapshots of %d families every %lld s: %lld kept, %lld bytes on disk, "
                "%.2f ms per snapshot\n",
                snapshots, families, static_cast<long long>(interval),
                static_cast<long long>(kept.value_or(-1)),
                static_cast<long long>(QFileInfo(db).size()), double(elapsed) / snapshots);
    return 0;
}
