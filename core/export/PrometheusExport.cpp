#include "core/export/PrometheusExport.h"

#include "core/inventory/PathText.h"

#include <QSet>

#include <algorithm>
#include <functional>

namespace tempscope {

namespace {

QString escapeLabel(const QString &printable)
{
    QString out;
    out.reserve(printable.size());
    for (const QChar c : printable) {
        if (c == u'\\')
            out += QStringLiteral("\\\\");
        else if (c == u'"')
            out += QStringLiteral("\\\"");
        else if (c == u'\n')
            out += QStringLiteral("\\n");
        else
            out += c;
    }
    return out;
}

QString number(double v)
{
    return QString::number(v, 'g', 9);
}

struct Sample
{
    QString labels; // `root="/tmp",family="x"` without braces
    QString value;
};

class Exposition
{
public:
    void metric(const char *name, const char *help, const QList<Sample> &samples)
    {
        if (samples.isEmpty())
            return;
        const QString n = QString::fromLatin1(name);
        m_text +=
            QStringLiteral("# HELP %1 %2\n# TYPE %1 gauge\n").arg(n, QString::fromLatin1(help));
        for (const Sample &s : samples) {
            m_text += n;
            if (!s.labels.isEmpty())
                m_text += u'{' + s.labels + u'}';
            m_text += u' ' + s.value + u'\n';
        }
    }
    QByteArray bytes() const { return m_text.toUtf8(); }

private:
    QString m_text;
};

// The `max` largest families by bytes, sorted by name, then "(other)" with
// the sum of the rest when there is a rest.
QList<FamilyStats> boundedFamilies(QList<FamilyStats> families, int max)
{
    const auto isOther = [](const FamilyStats &f) { return f.key == OtherFamiliesLabel; };
    const auto firstFolded = std::stable_partition(
        families.begin(), families.end(), [&](const FamilyStats &f) { return !isOther(f); });
    std::sort(families.begin(), firstFolded, [](const FamilyStats &a, const FamilyStats &b) {
        return a.bytes != b.bytes ? a.bytes > b.bytes : a.key < b.key;
    });
    const qsizetype kept = std::min<qsizetype>(std::max(max, 0), firstFolded - families.begin());
    FamilyStats other;
    other.key = OtherFamiliesLabel.toString();
    bool folded = false;
    for (qsizetype i = kept; i < families.size(); ++i) {
        const FamilyStats &f = families[i];
        other.count += f.count;
        other.bytes += f.bytes;
        other.staleCount += f.staleCount;
        other.staleBytes += f.staleBytes;
        folded = true;
    }
    families.resize(kept);
    std::sort(families.begin(), families.end(),
              [](const FamilyStats &a, const FamilyStats &b) { return a.key < b.key; });
    if (folded)
        families.append(other);
    return families;
}

} // namespace

QString prometheusLabelValue(const QString &text)
{
    // printablePath turns raw bytes into \xHH and control characters into
    // escapes, so what remains is valid UTF-8 without line breaks.
    return escapeLabel(printablePath(nativePath(text)));
}

QByteArray prometheusMetrics(const QList<PrometheusRoot> &input, const ScanReportOptions &options,
                             int maxFamilies)
{
    // One entry per distinct root directory.
    QList<const PrometheusRoot *> roots;
    QSet<QString> seen;
    for (const PrometheusRoot &r : input) {
        const QString key = r.scan.inventory ? r.scan.inventory->rootPath() : r.scan.requested;
        if (!seen.contains(key)) {
            seen.insert(key);
            roots.append(&r);
        }
    }
    const auto rootLabel = [](const PrometheusRoot &r) {
        const QString path = r.scan.inventory ? r.scan.inventory->rootPath() : r.scan.requested;
        return QStringLiteral("root=\"%1\"").arg(prometheusLabelValue(path));
    };
    const bool stale = options.age.threshold.has_value();

    // Per scanned root: its families (sorted by key) and the stale items.
    struct RootFacts
    {
        QList<FamilyStats> families; // bounded
        qsizetype familiesTotal = 0;
        quint64 staleBytes = 0;
        quint64 staleItems = 0;
    };
    QList<RootFacts> facts;
    for (const PrometheusRoot *r : std::as_const(roots)) {
        RootFacts f;
        if (const Inventory *inv = r->scan.inventory.get()) {
            for (const FamilyStats &fam : inv->families(options.age)) {
                if (options.prefixes.isEmpty() || matchesPrefix(fam.key, options.prefixes))
                    f.families.append(fam);
            }
            f.familiesTotal = f.families.size();
            f.families = boundedFamilies(std::move(f.families), maxFamilies);
            if (stale) {
                for (const Item &item : inv->items()) {
                    if (options.age.isStale(item)) {
                        f.staleBytes += item.bytes;
                        ++f.staleItems;
                    }
                }
            }
        }
        facts.append(std::move(f));
    }

    using RootValue = std::function<QString(const PrometheusRoot &, const RootFacts &)>;
    const auto perRoot = [&](bool scannedOnly, const RootValue &value) {
        QList<Sample> samples;
        for (qsizetype i = 0; i < roots.size(); ++i) {
            if (scannedOnly && !roots[i]->scan.inventory)
                continue;
            samples.append({rootLabel(*roots[i]), value(*roots[i], facts[i])});
        }
        return samples;
    };
    using FamilyValue = std::function<quint64(const FamilyStats &)>;
    const auto perFamily = [&](const FamilyValue &value) {
        QList<Sample> samples;
        for (qsizetype i = 0; i < roots.size(); ++i) {
            for (const FamilyStats &f : facts[i].families) {
                samples.append(
                    {rootLabel(*roots[i]) +
                         QStringLiteral(",family=\"%1\"").arg(prometheusLabelValue(f.key)),
                     QString::number(value(f))});
            }
        }
        return samples;
    };

    Exposition out;
    out.metric("tempscope_scan_success", "Whether the root could be scanned (1) or not (0).",
               perRoot(false, [](const PrometheusRoot &r, const RootFacts &) {
                   return r.scan.inventory && !r.scan.inventory->tree().cancelled()
                              ? QStringLiteral("1")
                              : QStringLiteral("0");
               }));
    out.metric("tempscope_scan_duration_seconds", "How long scanning the root took, in seconds.",
               perRoot(false, [](const PrometheusRoot &r, const RootFacts &) {
                   return number(r.duration.count());
               }));
    out.metric("tempscope_scan_errors", "Entries below the root that could not be read.",
               perRoot(true, [](const PrometheusRoot &r, const RootFacts &) {
                   return QString::number(r.scan.inventory->errors().size());
               }));
    out.metric("tempscope_scan_timestamp_seconds",
               "When the scan ran, in seconds since the Unix epoch.",
               {{QString(), QString::number(double(options.age.now) / 1e9, 'f', 3)}});
    out.metric("tempscope_root_bytes", "Apparent size of everything below the root, in bytes.",
               perRoot(true, [](const PrometheusRoot &r, const RootFacts &) {
                   return QString::number(r.scan.inventory->totalBytes());
               }));
    out.metric("tempscope_root_disk_bytes", "Disk space allocated below the root, in bytes.",
               perRoot(true, [](const PrometheusRoot &r, const RootFacts &) {
                   return QString::number(r.scan.inventory->totalDiskBytes());
               }));
    out.metric("tempscope_root_items", "Top-level items of the root.",
               perRoot(true, [](const PrometheusRoot &r, const RootFacts &) {
                   return QString::number(r.scan.inventory->items().size());
               }));
    out.metric("tempscope_root_entries", "Entries below the root at any depth.",
               perRoot(true, [](const PrometheusRoot &r, const RootFacts &) {
                   return QString::number(r.scan.inventory->tree().size() - 1);
               }));
    if (stale) {
        out.metric("tempscope_stale_threshold_seconds",
                   "Items older than this are counted as stale.",
                   {{QStringLiteral("basis=\"%1\"").arg(ageBasisName(options.age.basis)),
                     QString::number(options.age.threshold->count())}});
        out.metric("tempscope_root_stale_bytes",
                   "Apparent size of the root's stale items, in bytes.",
                   perRoot(true, [](const PrometheusRoot &, const RootFacts &f) {
                       return QString::number(f.staleBytes);
                   }));
        out.metric("tempscope_root_stale_items", "Stale top-level items of the root.",
                   perRoot(true, [](const PrometheusRoot &, const RootFacts &f) {
                       return QString::number(f.staleItems);
                   }));
    }
    out.metric("tempscope_root_families",
               "Prefix families of the root; the largest have family series of their own, the rest "
               "are summed as (other).",
               perRoot(true, [](const PrometheusRoot &, const RootFacts &f) {
                   return QString::number(f.familiesTotal);
               }));
    out.metric("tempscope_family_bytes", "Apparent size of a prefix family's items, in bytes.",
               perFamily([](const FamilyStats &f) { return f.bytes; }));
    out.metric("tempscope_family_items", "Items of a prefix family.",
               perFamily([](const FamilyStats &f) { return quint64(f.count); }));
    if (stale) {
        out.metric("tempscope_family_stale_bytes",
                   "Apparent size of a prefix family's stale items, in bytes.",
                   perFamily([](const FamilyStats &f) { return f.staleBytes; }));
        out.metric("tempscope_family_stale_items", "Stale items of a prefix family.",
                   perFamily([](const FamilyStats &f) { return quint64(f.staleCount); }));
    }
    return out.bytes();
}

} // namespace tempscope
