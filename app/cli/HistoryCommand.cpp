// tempscope-cli history: the recorded series and what keeps growing.

#include "cli/CliSupport.h"
#include "cli/CommandLine.h"
#include "cli/Commands.h"
#include "cli/HistoryDb.h"

#include "core/export/CsvWriter.h"
#include "core/export/JsonWriter.h"
#include "core/history/GrowthRanking.h"
#include "core/history/HistoryStore.h"
#include "core/inventory/Duration.h"
#include "core/inventory/PathText.h"

#include <QDateTime>

#include <cmath>

namespace tempscope::cli {

namespace {

QString isoTime(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

QString shown(const QString &text)
{
    return printablePath(nativePath(text));
}

QString pad(const QString &s, qsizetype width)
{
    return s.size() >= width ? QString(s + u' ') : QString(s + QString(width - s.size(), u' '));
}

QString perDay(double bytesPerDay)
{
    return (bytesPerDay < 0 ? QStringLiteral("-") : QStringLiteral("+")) +
           formatBytes(quint64(std::llround(std::abs(bytesPerDay)))) + QStringLiteral("/day");
}

// The cut-off of GrowthRanking.h, in words.
QString growingRule()
{
    return QStringLiteral("a family is listed with at least %1 points over at least %2, when the "
                          "lower end of the fit's 95% confidence interval is above zero and it "
                          "grows by at least %3 a day")
        .arg(MinGrowthPoints)
        .arg(formatDuration(std::chrono::seconds(MinGrowthSpanSeconds)),
             formatBytes(quint64(MinGrowthBytesPerDay)));
}

void printJson(const QString &db, std::optional<qint64> since, const QList<FamilySeries> &series,
               const QList<Growth> &growing)
{
    JsonWriter w(writeOutSink);
    w.beginObject();
    w.field("db", db);
    if (since)
        w.field("since", isoTime(*since));
    else
        w.nullField("since");
    w.objectArray("families", series, [&](const FamilySeries &s) {
        w.field("family", s.family);
        w.field("root", s.root);
        w.objectArray("points", s.points, [&](const SeriesPoint &p) {
            w.field("time", isoTime(p.time));
            w.field("count", p.count);
            w.field("bytes", p.bytes);
            w.field("stale_bytes", p.staleBytes);
        });
    });
    w.objectArray("growing", growing, [&](const Growth &g) {
        w.field("family", g.family);
        w.field("root", g.root);
        w.field("bytes_per_day", qint64(std::llround(g.bytesPerDay)));
        w.field("bytes_per_day_low", qint64(std::llround(g.lowBytesPerDay)));
        w.field("latest_bytes", g.latestBytes);
        w.field("points", qint64(g.points));
    });
    w.endObject();
    w.finish();
}

void printCsv(const QList<FamilySeries> &series)
{
    CsvWriter out([](std::string_view s) { writeOut(s); });
    out.row({QStringLiteral("family"), QStringLiteral("root"), QStringLiteral("time"),
             QStringLiteral("count"), QStringLiteral("bytes"), QStringLiteral("stale_bytes"),
             QStringLiteral("family_hex"), QStringLiteral("root_hex")});
    for (const FamilySeries &s : series) {
        const QString familyHex = CsvWriter::hexColumn(s.family, {s.family});
        const QString rootHex = CsvWriter::hexColumn(s.root, {s.root});
        for (const SeriesPoint &p : s.points)
            out.row({s.family, s.root, isoTime(p.time), QString::number(p.count),
                     QString::number(p.bytes), QString::number(p.staleBytes), familyHex, rootHex});
    }
}

void printHuman(const QString &db, qint64 snapshots, const QList<FamilySeries> &series,
                const QList<Growth> &growing)
{
    qint64 first = 0;
    qint64 last = 0;
    for (const FamilySeries &s : series) {
        if (s.points.isEmpty())
            continue;
        first = first == 0 ? s.points.first().time : std::min(first, s.points.first().time);
        last = std::max(last, s.points.last().time);
    }
    writeOut(QStringLiteral("History in %1: %2 snapshots").arg(shown(db)).arg(snapshots));
    if (last != 0)
        writeOut(QStringLiteral(", shown from %1 to %2").arg(isoTime(first), isoTime(last)));
    writeOut(QStringLiteral("\n"));
    if (series.isEmpty()) {
        writeOut(QStringLiteral("\nNothing recorded in this window.\n"));
        return;
    }
    qsizetype familyWidth = 8;
    qsizetype rootWidth = 6;
    for (const FamilySeries &s : series) {
        familyWidth = std::max(familyWidth, std::min<qsizetype>(shown(s.family).size(), 40));
        rootWidth = std::max(rootWidth, std::min<qsizetype>(shown(s.root).size(), 40));
    }
    writeOut(
        QStringLiteral("\nGrowing, fastest first (Theil-Sen fit of bytes over the window):\n"));
    if (growing.isEmpty())
        writeOut(QStringLiteral("  nothing grows significantly (%1)\n").arg(growingRule()));
    else
        writeOut(QStringLiteral("  %1%2%3%4\n")
                     .arg(pad(QStringLiteral("FAMILY"), familyWidth + 1),
                          pad(QStringLiteral("ROOT"), rootWidth + 1),
                          pad(QStringLiteral("GROWTH"), 16), QStringLiteral("NOW")));
    for (const Growth &g : growing)
        writeOut(QStringLiteral("  %1%2%3%4\n")
                     .arg(pad(shown(g.family), familyWidth + 1), pad(shown(g.root), rootWidth + 1),
                          pad(perDay(g.bytesPerDay), 16), formatBytes(g.latestBytes)));
    writeOut(QStringLiteral("\nLatest of each family:\n  %1%2%3%4%5\n")
                 .arg(pad(QStringLiteral("FAMILY"), familyWidth + 1),
                      pad(QStringLiteral("ROOT"), rootWidth + 1), pad(QStringLiteral("COUNT"), 8),
                      pad(QStringLiteral("SIZE"), 12), QStringLiteral("STALE")));
    for (const FamilySeries &s : series) {
        const SeriesPoint &p = s.points.last();
        writeOut(QStringLiteral("  %1%2%3%4%5\n")
                     .arg(pad(shown(s.family), familyWidth + 1), pad(shown(s.root), rootWidth + 1),
                          pad(QString::number(p.count), 8), pad(formatBytes(p.bytes), 12),
                          formatBytes(p.staleBytes)));
    }
}

} // namespace

CommandDoc historyDoc()
{
    CommandDoc d;
    d.name = QStringLiteral("history");
    d.synopsis = QStringLiteral("[OPTIONS]");
    d.summary = QStringLiteral("temp usage over time per family, and what keeps growing");
    d.description =
        QStringLiteral(
            "Show what tempscope-cli snapshot recorded: per root and prefix family the item "
            "count, bytes and stale bytes over time, and the families that grow, ranked by their "
            "growth in bytes per day (a Theil-Sen fit over the window: one spike or one cleanup "
            "barely moves it). Only significant growth is listed: ") +
        growingRule() +
        QStringLiteral(" (a flat, noisy, shrinking or back-and-forth family is not).");
    d.options = {
        {QStringLiteral("family"),
         QStringLiteral("Only the family F (its key, e.g. 'upload_*.csv')."), QStringLiteral("F")},
        {QStringLiteral("since"),
         QStringLiteral("Only the last DUR (e.g. 30d, 12h); default: everything recorded."),
         QStringLiteral("DUR")},
        historyDbOption(),
        {QStringLiteral("json"), QStringLiteral("Print the series and the ranking as JSON.")},
        {QStringLiteral("csv"), QStringLiteral("Print one CSV row per family and snapshot.")},
        helpOption(),
    };
    d.notes = QStringLiteral(
        "--json prints an object with db, since, families (each: family, root, points with "
        "time, count, bytes, stale_bytes) and growing (each: family, root, bytes_per_day, "
        "bytes_per_day_low (the lower end of the 95% interval), latest_bytes, points), fastest "
        "first; times are UTC in ISO 8601. A family missing from a snapshot of its root had no "
        "items then: its point is zero.");
    d.examples = {
        {QStringLiteral("tempscope-cli history --since 7d"),
         QStringLiteral("What grew in the last week.")},
        {QStringLiteral("tempscope-cli history --family 'upload_*.csv' --csv > uploads.csv"),
         QStringLiteral("One family's series for a spreadsheet.")},
    };
    d.exitStatus = {
        {ExitOk, QStringLiteral("done (also when nothing was recorded in the window)")},
        {ExitSomeFailed, QStringLiteral("the output could not be written")},
        {ExitUsage, QStringLiteral("bad usage or bad input: unknown option, bad duration, a "
                                   "history database that is missing, unreadable, corrupt or of "
                                   "a newer version")},
    };
    return d;
}

int runHistory(const QStringList &args)
{
    CommandLine cmd(historyDoc());
    if (const auto done = cmd.parse(args))
        return *done;
    if (!cmd.positionalArguments().isEmpty())
        return usageError(QStringLiteral("history takes no arguments (got \"%1\")")
                              .arg(cmd.positionalArguments().first()));
    if (cmd.isSet(u"json") && cmd.isSet(u"csv"))
        return usageError(QStringLiteral("--json and --csv cannot be combined"));
    HistoryQuery query;
    std::optional<qint64> since;
    if (cmd.isSet(u"since")) {
        QString why;
        const auto window = parseDuration(cmd.value(u"since"), &why);
        if (!window)
            return usageError(QStringLiteral("--since: ") + why);
        since = QDateTime::currentSecsSinceEpoch() - qint64(window->count());
        query.since = *since;
    }
    if (cmd.isSet(u"family")) {
        query.family = cmd.value(u"family");
        if (query.family.isEmpty())
            return usageError(QStringLiteral("--family needs a non-empty value"));
    }

    QString error;
    const QString dbPath = historyDbPath(cmd, false, &error);
    if (dbPath.isEmpty())
        return usageError(error);
    const auto store = HistoryStore::open(dbPath, HistoryStore::Access::Read, &error);
    if (!store)
        return usageError(error);
    const auto series = store->familySeries(query, &error);
    const auto snapshots = store->snapshotCount(&error);
    if (!series || !snapshots)
        return usageError(error);
    const QList<Growth> growing = rankGrowth(*series);

    if (cmd.isSet(u"json"))
        printJson(dbPath, since, *series, growing);
    else if (cmd.isSet(u"csv"))
        printCsv(*series);
    else
        printHuman(dbPath, *snapshots, *series, growing);
    return ExitOk;
}

} // namespace tempscope::cli
