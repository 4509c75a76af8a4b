// Items, families and age buckets computed from a real scan.

#include "core/inventory/Inventory.h"
#include "core/inventory/AgeRule.h"
#include "core/inventory/PathText.h"
#include "core/native/NameCodec.h"
#include "core/native/Scanner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>

using namespace tempscope;
using namespace std::chrono;
using native::TimeNs;

namespace {

constexpr qint64 Day = 86400;

void makeFile(const QString &path, qint64 bytes, qint64 ageSeconds)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(bytes, 'x'));
    f.close();
    const time_t t = time(nullptr) - ageSeconds;
    const struct timespec ts[2] = {{t, 0}, {t, 0}};
    QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), ts, AT_SYMLINK_NOFOLLOW),
             0);
}

void age(const QString &path, qint64 ageSeconds)
{
    const time_t t = time(nullptr) - ageSeconds;
    const struct timespec ts[2] = {{t, 0}, {t, 0}};
    QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), ts, AT_SYMLINK_NOFOLLOW),
             0);
}

} // namespace

class InventoryTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Inventory> build(const QString &root)
    {
        native::ScanResult r = native::scan(nativePath(root));
        if (!r.ok())
            return {};
        return std::make_unique<Inventory>(
            std::make_shared<const native::ScanTree>(std::move(r.tree)), PrefixFamilies());
    }

private Q_SLOTS:
    void itemsAggregateTheirSubtree()
    {
        QTemporaryDir dir;
        const QString r = dir.path();
        QVERIFY(QDir(r).mkpath(QStringLiteral("tmpab3_x9zq/sub")));
        makeFile(r + u"/tmpab3_x9zq/old.bin", 1000, 30 * Day);
        makeFile(r + u"/tmpab3_x9zq/sub/recent.bin", 24, 2 * Day);
        age(r + u"/tmpab3_x9zq/sub", 40 * Day);
        age(r + u"/tmpab3_x9zq", 40 * Day);
        makeFile(r + u"/upload_k2j3h4g5.csv", 100, 10 * Day);

        const auto inv = build(r);
        QVERIFY(inv);
        QCOMPARE(inv->items().size(), 2);
        const Item *dirItem = nullptr;
        for (const Item &i : inv->items()) {
            if (i.name == u"tmpab3_x9zq")
                dirItem = &i;
        }
        QVERIFY(dirItem);
        QCOMPARE(dirItem->kind, native::Kind::Directory);
        QCOMPARE(dirItem->entries, 4u);
        QCOMPARE(dirItem->bytes, 1024u);
        QCOMPARE(dirItem->family, QStringLiteral("tmp*"));
        // Its age is that of the newest thing inside it (the 2-day-old file).
        const native::TimeNs now = Inventory::nowNs();
        QVERIFY(qAbs(dirItem->age(AgeBasis::Mtime, now).count() - 2 * Day) < 5);
        // ctime is "now" for everything just created: the conservative basis sees that.
        QVERIFY(dirItem->age(AgeBasis::Newest, now).count() < 60);
        QCOMPARE(inv->totalBytes(), 1124u);
    }

    // Rows inside an item are totalled as the item is: for an item's own
    // entry the totals are the item's (family aside), deeper entries total
    // their own subtree.
    void subtreeTotalsOfAnyEntry()
    {
        QTemporaryDir dir;
        const QString r = dir.path();
        QVERIFY(QDir(r).mkpath(QStringLiteral("item/sub/deeper")));
        const struct
        {
            const char *path;
            qint64 bytes;
            qint64 age;
        } files[] = {{"item/old.bin", 1000, 30 * Day},
                     {"item/sub/recent.bin", 24, 2 * Day},
                     {"item/sub/deeper/x", 7, 9 * Day},
                     {"beside.csv", 100, 10 * Day}};
        for (const auto &f : files)
            makeFile(r + u'/' + QLatin1String(f.path), f.bytes, f.age);
        for (const char *d : {"item/sub/deeper", "item/sub", "item"})
            age(r + u'/' + QLatin1String(d), 40 * Day);
        QVERIFY(!QTest::currentTestFailed());

        const auto inv = build(r);
        QVERIFY(inv);
        const native::ScanTree &tree = inv->tree();
        for (const Item &item : inv->items()) {
            const Item t = Inventory::subtreeTotals(tree, item.entry);
            QCOMPARE(t.entry, item.entry);
            QCOMPARE(t.name, item.name);
            QCOMPARE(t.kind, item.kind);
            QCOMPARE(t.bytes, item.bytes);
            QCOMPARE(t.diskBytes, item.diskBytes);
            QCOMPARE(t.entries, item.entries);
            QCOMPARE(t.errors, item.errors);
            QCOMPARE(t.uid, item.uid);
            QCOMPARE(t.mode, item.mode);
            QCOMPARE(t.mountPoint, item.mountPoint);
            QVERIFY(t.newest == item.newest);
            QVERIFY(t.family.isEmpty());
        }

        std::uint32_t sub = UINT32_MAX;
        std::uint32_t recent = UINT32_MAX;
        for (std::uint32_t i = 0; i < tree.size(); ++i) {
            if (pathText(tree.name(i)) == u"sub")
                sub = i;
            else if (pathText(tree.name(i)) == u"recent.bin")
                recent = i;
        }
        QVERIFY(sub != UINT32_MAX && recent != UINT32_MAX);
        const Item totals = Inventory::subtreeTotals(tree, sub);
        QCOMPARE(totals.name, QStringLiteral("sub"));
        QCOMPARE(totals.kind, native::Kind::Directory);
        QCOMPARE(totals.entries, 4u); // sub, recent.bin, deeper, deeper/x
        QCOMPARE(totals.bytes, 31u);
        // The newest thing inside is recent.bin, 2 days old; old.bin (its
        // sibling's) does not count.
        const native::TimeNs now = Inventory::nowNs();
        QVERIFY(qAbs(totals.age(AgeBasis::Mtime, now).count() - 2 * Day) < 5);
        const Item file = Inventory::subtreeTotals(tree, recent);
        QCOMPARE(file.entries, 1u);
        QCOMPARE(file.bytes, 24u);
        QCOMPARE(file.kind, native::Kind::File);
    }

    void pathTextShortcutsAgreeWithTheCodec()
    {
        // ASCII names skip the codec; every ASCII byte (controls and '\\'
        // included) must come out as the codec makes it, and so must a name
        // with a byte past ASCII or an escaped raw byte.
        QList<std::string> names;
        for (int c = 1; c < 0x80; ++c)
            names.append("tmp" + std::string(1, char(c)) + "x.csv");
        names.append("caf\xc3\xa9");
        names.append("raw\xff");
        names.append("");
        for (const std::string &n : std::as_const(names)) {
            const std::u16string decoded = native::decodeName(n);
            const QString text = pathText(n);
            QCOMPARE(text, QString(reinterpret_cast<const QChar *>(decoded.data()),
                                   qsizetype(decoded.size())));
            QCOMPARE(nativePath(text), native::encodeName(decoded));
            QCOMPARE(nativePath(text), n);
            QCOMPARE(printablePath(n), QString::fromStdString(native::printableName(n)));
        }
    }

    void itemsOfOneFamilyShareItsKey()
    {
        // A flat root of a million files from one program must not hold a
        // million copies of "upload_*.csv".
        QTemporaryDir dir;
        const QString r = dir.path();
        for (const char *name :
             {"upload_k2j3h4g5.csv", "upload_a8d7f6e5.csv", "upload_zz9y8x7w.csv"})
            makeFile(r + u'/' + QLatin1StringView(name), 1, Day);
        const auto inv = build(r);
        QVERIFY(inv);
        QCOMPARE(inv->items().size(), 3);
        const QString &first = inv->items()[0].family;
        QCOMPARE(first, QStringLiteral("upload_*.csv"));
        for (const Item &i : inv->items()) {
            QCOMPARE(i.family, first);
            QCOMPARE(i.family.constData(), first.constData());
        }
    }

    void familiesAndStaleShare()
    {
        QTemporaryDir dir;
        const QString r = dir.path();
        makeFile(r + u"/upload_aaaa1111.csv", 10, 10 * Day);
        makeFile(r + u"/upload_bbbb2222.csv", 20, 1 * Day);
        makeFile(r + u"/upload_cccc3333.csv", 30, 20 * Day);
        makeFile(r + u"/notes.txt", 5, 100 * Day);
        const auto inv = build(r);
        QVERIFY(inv);
        const QList<FamilyStats> fams =
            inv->families(AgeRule{AgeBasis::Mtime, days(7), Inventory::nowNs()});
        QCOMPARE(fams.size(), 2);
        QCOMPARE(fams[0].key, QStringLiteral("upload_*.csv"));
        QCOMPARE(fams[0].count, 3u);
        QCOMPARE(fams[0].bytes, 60u);
        QCOMPARE(fams[0].staleCount, 2u);
        QCOMPARE(fams[0].staleBytes, 40u);
        QVERIFY(fams[0].oldest < fams[0].newest);
        QCOMPARE(fams[1].key, QStringLiteral("notes.txt"));
    }

    void ageBuckets()
    {
        QTemporaryDir dir;
        const QString r = dir.path();
        makeFile(r + u"/a", 1, 60);
        makeFile(r + u"/b", 2, 2 * 3600);
        makeFile(r + u"/c", 4, 3 * Day);
        makeFile(r + u"/d", 8, 400 * Day);
        const auto inv = build(r);
        const QList<AgeBucket> buckets = inv->ageBuckets(AgeBasis::Mtime, Inventory::nowNs());
        QCOMPARE(buckets.size(), Inventory::emptyAgeBuckets().size());
        QCOMPARE(buckets[0].bytes, 1u);
        QCOMPARE(buckets[1].bytes, 2u);
        QCOMPARE(buckets[2].bytes, 4u);
        QCOMPARE(buckets.last().bytes, 8u);
        quint32 total = 0;
        for (const AgeBucket &b : buckets)
            total += b.count;
        QCOMPARE(total, 4u);
    }

    void ageBucketsByFamily()
    {
        QTemporaryDir dir;
        const QString r = dir.path();
        makeFile(r + u"/upload_k2j3h4g5.csv", 10, 30);
        makeFile(r + u"/upload_a8b7c6d5.csv", 20, 3 * Day);
        makeFile(r + u"/upload_zz91qq02.csv", 40, 3 * Day);
        makeFile(r + u"/tmpab3_x9zq", 100, 3 * Day);
        makeFile(r + u"/tmpq8w7e6r5", 200, 500 * Day);
        makeFile(r + u"/notes.txt", 1, 2 * 3600);
        const auto inv = build(r);
        const TimeNs now = Inventory::nowNs();
        const QList<FamilyAges> fams = inv->familyAgeBuckets(AgeBasis::Mtime, now);
        QCOMPARE(fams.size(), 3);
        QCOMPARE(fams[0].key, QStringLiteral("tmp*"));         // 300 bytes
        QCOMPARE(fams[1].key, QStringLiteral("upload_*.csv")); // 70
        QCOMPARE(fams[2].key, QStringLiteral("notes.txt"));
        QCOMPARE(fams[1].count, 3u);
        QCOMPARE(fams[1].bytes, 70u);
        QCOMPARE(fams[1].buckets[0].bytes, 10u);
        QCOMPARE(fams[1].buckets[2].bytes, 60u);
        QCOMPARE(fams[1].buckets[2].count, 2u);
        QCOMPARE(fams[0].buckets[2].bytes, 100u);
        QCOMPARE(fams[0].buckets.last().bytes, 200u);
        QCOMPARE(fams[2].buckets[1].count, 1u);

        // Summed over families, each bucket is the inventory's.
        const QList<AgeBucket> total = inv->ageBuckets(AgeBasis::Mtime, now);
        for (qsizetype b = 0; b < total.size(); ++b) {
            quint64 bytes = 0;
            quint32 count = 0;
            for (const FamilyAges &f : fams) {
                QCOMPARE(f.buckets.size(), total.size());
                QCOMPARE(f.buckets[b].label, total[b].label);
                bytes += f.buckets[b].bytes;
                count += f.buckets[b].count;
            }
            QCOMPARE(bytes, total[b].bytes);
            QCOMPARE(count, total[b].count);
        }
    }

    void ageBucketIndexFollowsTheBounds()
    {
        const QList<AgeBucket> buckets = Inventory::emptyAgeBuckets();
        QCOMPARE(Inventory::ageBucketIndex(seconds(0)), qsizetype(0));
        for (qsizetype b = 0; b + 1 < buckets.size(); ++b) {
            QCOMPARE(Inventory::ageBucketIndex(buckets[b].upper - seconds(1)), b);
            QCOMPARE(Inventory::ageBucketIndex(buckets[b].upper), b + 1);
        }
        QCOMPARE(Inventory::ageBucketIndex(days(10000)), buckets.size() - 1);
    }

    void nonUtf8NamesSurviveAsText()
    {
        QTemporaryDir dir;
        const QByteArray raw = QFile::encodeName(dir.path()) + "/caf\xe9.txt";
        const int fd = ::open(raw.constData(), O_CREAT | O_WRONLY, 0644);
        QVERIFY(fd >= 0);
        ::close(fd);
        const auto inv = build(dir.path());
        QCOMPARE(inv->items().size(), 1);
        const QString name = inv->items()[0].name;
        QVERIFY(hasEscapedBytes(name));
        QCOMPARE(QByteArray::fromStdString(nativePath(name)), QByteArray("caf\xe9.txt"));
    }
};

QTEST_GUILESS_MAIN(InventoryTest)
#include "InventoryTest.moc"
