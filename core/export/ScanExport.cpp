#include "core/export/ScanExport.h"

#include "core/catalogue/Verdicts.h"
#include "core/export/CsvWriter.h"
#include "core/export/JsonWriter.h"
#include "core/inventory/PathText.h"
#include "core/native/Accounts.h"

#include <QDateTime>
#include <QTimeZone>

#include <cerrno>

namespace tempscope {

using native::TimeNs;

namespace {

QString itemPath(const Inventory &inv, const Item &item)
{
    return pathText(inv.tree().absolutePath(item.entry));
}

const ItemVerdict *verdictOf(const RootScan &r, qsizetype idx)
{
    return r.verdicts && idx < r.verdicts->size() ? &r.verdicts->at(idx) : nullptr;
}

// creator_pid, creator_program, creator_alive, verdict, verdict_reason
QStringList verdictColumns(const ItemVerdict *v)
{
    if (!v)
        return {QString(), QString(), QString(), QString(), QString()};
    const Creator &c = v->creator;
    return {c.pid ? QString::number(c.pid) : QString(), c.program,
            !c.alive   ? QString()
            : *c.alive ? QStringLiteral("true")
                       : QStringLiteral("false"),
            verdictName(v->verdict), v->reason};
}

} // namespace

bool matchesPrefix(const QString &name, const QStringList &prefixes)
{
    if (prefixes.isEmpty())
        return true;
    for (const QString &p : prefixes) {
        const bool glob = p.contains(u'*') || p.contains(u'?') || p.contains(u'[');
        if (glob ? PrefixFamilies::globMatch(p, name) : name.startsWith(p))
            return true;
    }
    return false;
}

QList<ScanErrorRecord> unreadErrors(const Inventory &inventory)
{
    QList<ScanErrorRecord> unread;
    for (const ScanErrorRecord &e : inventory.errors()) {
#ifdef Q_OS_WIN
        // ERROR_FILE_NOT_FOUND, ERROR_PATH_NOT_FOUND, ERROR_ACCESS_DENIED
        const bool expected = e.code == 2 || e.code == 3 || e.code == 5;
#else
        const bool expected = e.code == EACCES || e.code == EPERM || e.code == ENOENT;
#endif
        if (!expected)
            unread.append(e);
    }
    return unread;
}

bool scanComplete(const Inventory &inventory)
{
    return !inventory.tree().cancelled() && unreadErrors(inventory).isEmpty();
}

QList<qsizetype> filterItems(const Inventory &inventory, const ScanReportOptions &options)
{
    QList<qsizetype> out;
    const QList<Item> &items = inventory.items();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Item &item = items[i];
        if (!matchesPrefix(item.name, options.prefixes))
            continue;
        if (options.age.threshold && !options.age.isStale(item))
            continue;
        out.append(i);
    }
    return out;
}

QString isoTime(TimeNs t)
{
    // Written out by hand: a report has four per item, and QDateTime's
    // formatting would be most of the cost of a large one. Same text as
    // QDateTime::toString(Qt::ISODateWithMs) in QTimeZone::utc()
    // ("2024-05-01T12:00:00.000+00:00"),
    // which handles what lies outside years 1970-9999.
    const TimeNs ms = t / 1'000'000;
    constexpr TimeNs MsPerDay = 86'400'000;
    constexpr TimeNs Year10000 = 253'402'300'800'000; // 10000-01-01T00:00:00Z
    if (ms < 0 || ms >= Year10000)
        return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs);
    // Days to civil date (Howard Hinnant's algorithm), for days >= 0.
    const TimeNs days = ms / MsPerDay;
    const TimeNs inDay = ms % MsPerDay;
    const TimeNs z = days + 719468;
    const TimeNs era = z / 146097;
    const TimeNs doe = z - era * 146097;
    const TimeNs yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const TimeNs doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const TimeNs mp = (5 * doy + 2) / 153;
    const TimeNs day = doy - (153 * mp + 2) / 5 + 1;
    const TimeNs month = mp < 10 ? mp + 3 : mp - 9;
    const TimeNs year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    char16_t buf[30] = u"yyyy-MM-ddTHH:mm:ss.zzz+00:00";
    auto put = [&buf](int at, TimeNs value, int digits) {
        for (int k = digits - 1; k >= 0; --k) {
            buf[at + k] = char16_t(u'0' + value % 10);
            value /= 10;
        }
    };
    put(0, year, 4);
    put(5, month, 2);
    put(8, day, 2);
    put(11, inDay / 3'600'000, 2);
    put(14, inDay / 60'000 % 60, 2);
    put(17, inDay / 1000 % 60, 2);
    put(20, inDay % 1000, 3);
    return QString(reinterpret_cast<const QChar *>(buf), 29);
}

QString modeText(quint32 mode)
{
    const quint32 bits = mode & 07777;
    const char16_t text[4] = {char16_t(u'0' + (bits >> 9)), char16_t(u'0' + ((bits >> 6) & 7)),
                              char16_t(u'0' + ((bits >> 3) & 7)), char16_t(u'0' + (bits & 7))};
    return QString(reinterpret_cast<const QChar *>(text), 4);
}

void writeScanJson(JsonWriter &out, const QList<RootScan> &roots, const ScanReportOptions &o)
{
    out.beginObject();
    out.field("basis", ageBasisName(o.age.basis));
    out.field("now", isoTime(o.age.now));
    if (o.age.threshold)
        out.field("older_than_seconds", qint64(o.age.threshold->count()));
    else
        out.nullField("older_than_seconds");
    out.valueArray("prefixes", o.prefixes);
    out.objectArray("roots", roots, [&](const RootScan &r) {
        out.field("requested", r.requested);
        if (!r.inventory) {
            out.nullField("path");
            out.field("error", r.error);
            return;
        }
        const Inventory &inv = *r.inventory;
        out.field("path", inv.rootPath());
        out.nullField("error");
        out.field("complete", scanComplete(inv));
        out.field("entries", quint64(inv.tree().size() - 1));
        out.field("items_total", qint64(inv.items().size()));
        out.field("bytes", inv.totalBytes());
        out.field("disk_bytes", inv.totalDiskBytes());
        out.field("vanished_during_scan", quint64(inv.tree().vanished()));

        out.objectArray("items", filterItems(inv, o), [&](qsizetype idx) {
            const Item &item = inv.items()[idx];
            out.field("name", item.name);
            out.field("path", itemPath(inv, item));
            out.field("family", item.family);
            out.field("kind", native::kindName(item.kind));
            out.field("bytes", item.bytes);
            out.field("disk_bytes", item.diskBytes);
            out.field("entries", quint64(item.entries));
            out.field("mtime", isoTime(item.timestamp(AgeBasis::Mtime)));
            out.field("atime", isoTime(item.timestamp(AgeBasis::Atime)));
            out.field("ctime", isoTime(item.timestamp(AgeBasis::Ctime)));
            out.field("newest", isoTime(item.timestamp(AgeBasis::Newest)));
            out.field("age_seconds", qint64(o.age.age(item).count()));
            out.field("stale", o.age.isStale(item));
            out.field("uid", quint64(item.uid));
            out.field("owner", native::userName(item.uid));
            out.field("mode", modeText(item.mode));
            out.field("mount_point", item.mountPoint);
            out.field("errors", quint64(item.errors));
            const ItemVerdict *v = verdictOf(r, idx);
            if (!v) {
                out.nullField("creator");
                out.nullField("verdict");
                out.nullField("verdict_reason");
                return;
            }
            out.key("creator");
            out.beginObject();
            if (v->creator.pid)
                out.field("pid", v->creator.pid);
            else
                out.nullField("pid");
            if (v->creator.program.isEmpty())
                out.nullField("program");
            else
                out.field("program", v->creator.program);
            if (v->creator.alive)
                out.field("alive", *v->creator.alive);
            else
                out.nullField("alive");
            out.endObject();
            out.field("verdict", verdictName(v->verdict));
            out.field("verdict_reason", v->reason);
        });

        out.objectArray("families", inv.families(o.age), [&](const FamilyStats &f) {
            out.field("family", f.key);
            out.field("count", quint64(f.count));
            out.field("bytes", f.bytes);
            out.field("oldest", isoTime(f.oldest));
            out.field("newest", isoTime(f.newest));
            out.field("stale_count", quint64(f.staleCount));
            out.field("stale_bytes", f.staleBytes);
        });

        const QList<AgeBucket> buckets = inv.ageBuckets(o.age.basis, o.age.now);
        out.objectArray("age_buckets", buckets, [&](const AgeBucket &b) {
            out.field("label", b.label);
            if (b.upper == std::chrono::seconds::max())
                out.nullField("below_seconds");
            else
                out.field("below_seconds", qint64(b.upper.count()));
            out.field("count", quint64(b.count));
            out.field("bytes", b.bytes);
        });

        out.objectArray("errors", inv.errors(), [&](const ScanErrorRecord &e) {
            out.field("path", e.path);
            out.field("op", e.op);
            out.field("code", e.code);
            out.field("message", e.message);
        });
    });
    out.endObject();
    out.finish();
}

QStringList scanCsvHeader()
{
    return {QStringLiteral("root"),
            QStringLiteral("path"),
            QStringLiteral("name"),
            QStringLiteral("family"),
            QStringLiteral("kind"),
            QStringLiteral("bytes"),
            QStringLiteral("disk_bytes"),
            QStringLiteral("entries"),
            QStringLiteral("mtime"),
            QStringLiteral("atime"),
            QStringLiteral("ctime"),
            QStringLiteral("newest"),
            QStringLiteral("age_seconds"),
            QStringLiteral("stale"),
            QStringLiteral("uid"),
            QStringLiteral("owner"),
            QStringLiteral("mode"),
            QStringLiteral("errors"),
            QStringLiteral("path_hex"),
            QStringLiteral("creator_pid"),
            QStringLiteral("creator_program"),
            QStringLiteral("creator_alive"),
            QStringLiteral("verdict"),
            QStringLiteral("verdict_reason")};
}

void writeScanCsv(CsvWriter &out, const QList<RootScan> &roots, const ScanReportOptions &o)
{
    out.row(scanCsvHeader());
    for (const RootScan &r : roots) {
        if (!r.inventory)
            continue;
        const Inventory &inv = *r.inventory;
        for (qsizetype idx : filterItems(*r.inventory, o)) {
            const Item &item = inv.items()[idx];
            const QString path = itemPath(inv, item);
            QStringList row{inv.rootPath(),
                            path,
                            item.name,
                            item.family,
                            QString::fromLatin1(native::kindName(item.kind)),
                            QString::number(item.bytes),
                            QString::number(item.diskBytes),
                            QString::number(item.entries),
                            isoTime(item.timestamp(AgeBasis::Mtime)),
                            isoTime(item.timestamp(AgeBasis::Atime)),
                            isoTime(item.timestamp(AgeBasis::Ctime)),
                            isoTime(item.timestamp(AgeBasis::Newest)),
                            QString::number(o.age.age(item).count()),
                            o.age.isStale(item) ? QStringLiteral("true") : QStringLiteral("false"),
                            QString::number(item.uid),
                            QString::fromStdString(native::userName(item.uid)),
                            modeText(item.mode),
                            QString::number(item.errors),
                            CsvWriter::hexColumn(path, {item.name, item.family})};
            out.row(row + verdictColumns(verdictOf(r, idx)));
        }
    }
    out.flush();
}

} // namespace tempscope
