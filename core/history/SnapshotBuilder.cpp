#include "core/history/SnapshotBuilder.h"

#include "core/inventory/Duration.h"
#include "core/locations/ScratchRoots.h"

namespace tempscope {

QString otherFamiliesKey()
{
    return QStringLiteral("(other)");
}

Snapshot snapshotOf(const QList<RootScan> &roots, const AgeRule &rule)
{
    Snapshot snapshot;
    snapshot.takenAt = rule.now / 1'000'000'000;
    snapshot.staleAfterSeconds = rule.threshold ? qint64(rule.threshold->count()) : 0;
    for (const RootScan &scan : roots) {
        if (!scan.inventory)
            continue;
        const Inventory &inventory = *scan.inventory;
        RootSample root;
        root.root = inventory.rootPath();
        const VolumeFacts volume = volumeFacts(root.root);
        if (volume.valid) {
            root.volumeFree = volume.bytesFree;
            root.volumeTotal = volume.bytesTotal;
        }
        root.count = quint64(inventory.items().size());
        root.bytes = inventory.totalBytes();
        const QList<FamilyStats> families = inventory.families(rule); // largest first
        FamilySample other;
        other.family = otherFamiliesKey();
        for (qsizetype i = 0; i < families.size(); ++i) {
            const FamilyStats &f = families[i];
            FamilySample sample;
            sample.family = f.key;
            sample.count = f.count;
            sample.bytes = f.bytes;
            sample.staleBytes = f.staleBytes;
            sample.oldestAgeSeconds = qint64(elapsedSeconds(rule.now, f.oldest).count());
            sample.newestAgeSeconds = qint64(elapsedSeconds(rule.now, f.newest).count());
            if (i < MaxFamiliesPerRoot - 1 || families.size() == MaxFamiliesPerRoot) {
                root.families.append(sample);
                continue;
            }
            other.oldestAgeSeconds = std::max(other.oldestAgeSeconds, sample.oldestAgeSeconds);
            other.newestAgeSeconds =
                other.count == 0 ? sample.newestAgeSeconds
                                 : std::min(other.newestAgeSeconds, sample.newestAgeSeconds);
            other.count += sample.count;
            other.bytes += sample.bytes;
            other.staleBytes += sample.staleBytes;
        }
        if (other.count > 0)
            root.families.append(other);
        snapshot.roots.append(root);
    }
    return snapshot;
}

} // namespace tempscope
