// Behaviour 10 of TEMPFILE.md: when a SpooledTemporaryFile rolls over from
// memory to a TemporaryFile (TestSpooledTemporaryFile in test_tempfile.py),
// the signal that shows the moment, and that position and data survive it.

#include "TempfileTestSupport.h"

#include "core/tempfile/SpooledTemporaryFile.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace tempscope::tempfile;
using tempscope::tempfile::test::EventRecorder;
using tempscope::tempfile::test::listing;

class SpooledTemporaryFileTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // test_write_sequential: 20 + 10 bytes in a 30-byte spool stay; one more rolls.
    void writeSequential_data();
    void writeSequential();
    // test_sparse: seek(100) alone does not roll, one byte there does.
    void sparse();
    // test_fileno: asking for the descriptor rolls over.
    void filenoRollsOver();
    // test_truncate_with_size_parameter (max_size=10 as there: 4 stays, 20 rolls).
    void truncateWithSize();
    void truncateAtPositionStaysInMemory();
    // max_size=0 (the default) never rolls over on size; truncate(n > 0) still does.
    void zeroMaxSizeNeverRollsOnWrites();
    // test_properties / test_text_mode's rollover: name, position and data kept.
    void rolloverKeepsPositionAndData();
    void rolledOverSignalAndEvent();
    void rolloverFileIsInTheGivenDirAndNameless();
    void closeReleasesEverything();

private:
    QTemporaryDir m_scratch;
};

void SpooledTemporaryFileTest::writeSequential_data()
{
    QTest::addColumn<QList<int>>("writes");
    QTest::addColumn<QList<bool>>("rolledAfter");
    QTest::newRow("20, 10, 1") << QList<int>{20, 10, 1} << QList<bool>{false, false, true};
    QTest::newRow("30 at once") << QList<int>{30} << QList<bool>{false};
    QTest::newRow("31 at once") << QList<int>{31} << QList<bool>{true};
    QTest::newRow("29, 1, 0, 1") << QList<int>{29, 1, 0, 1}
                                 << QList<bool>{false, false, false, true};
}

void SpooledTemporaryFileTest::writeSequential()
{
    QFETCH(QList<int>, writes);
    QFETCH(QList<bool>, rolledAfter);
    SpooledTemporaryFile spool({.maxSize = 30, .dir = m_scratch.path()});
    QVERIFY(!spool.isRolled());
    for (qsizetype i = 0; i < writes.size(); ++i) {
        QCOMPARE(spool.write(QByteArray(writes[i], 'x')), qint64(writes[i]));
        QCOMPARE(spool.isRolled(), rolledAfter[i]);
    }
}

void SpooledTemporaryFileTest::sparse()
{
    SpooledTemporaryFile spool({.maxSize = 30, .dir = m_scratch.path()});
    QVERIFY(spool.seek(100));
    QVERIFY(!spool.isRolled());
    QCOMPARE(spool.size(), qint64(0)); // unlike QBuffer, seeking does not grow it
    QCOMPARE(spool.write("x"), qint64(1));
    QVERIFY(spool.isRolled());
    QCOMPARE(spool.size(), qint64(101));
    QCOMPARE(spool.pos(), qint64(101));
    QVERIFY(spool.seek(0));
    QCOMPARE(spool.readAll(), QByteArray(100, '\0') + 'x');
}

void SpooledTemporaryFileTest::filenoRollsOver()
{
    SpooledTemporaryFile spool({.maxSize = 30, .dir = m_scratch.path()});
    QVERIFY(!spool.isRolled());
    QVERIFY(spool.fileno() > 0);
    QVERIFY(spool.isRolled());
}

void SpooledTemporaryFileTest::truncateWithSize()
{
    {
        SpooledTemporaryFile spool({.maxSize = 10, .dir = m_scratch.path()});
        spool.write("abcdefg\n");
        spool.seek(0);
        spool.truncate();
        QVERIFY(!spool.isRolled());
        QCOMPARE(spool.size(), qint64(0));
    }
    {
        SpooledTemporaryFile spool({.maxSize = 10, .dir = m_scratch.path()});
        spool.write("abcdefg\n");
        spool.truncate(4);
        QVERIFY(!spool.isRolled());
        spool.seek(0);
        QCOMPARE(spool.readAll(), QByteArray("abcd"));
    }
    {
        SpooledTemporaryFile spool({.maxSize = 10, .dir = m_scratch.path()});
        spool.write("abcdefg\n");
        spool.truncate(20);
        QVERIFY(spool.isRolled());
        struct stat st;
        QCOMPARE(::fstat(spool.fileno(), &st), 0);
        QCOMPARE(qint64(st.st_size), qint64(20));
    }
    {
        // TEMPFILE.md's max_size=30 reading: 20 is not > 30, so no rollover.
        SpooledTemporaryFile spool({.maxSize = 30, .dir = m_scratch.path()});
        spool.write("abcdefg\n");
        spool.truncate(20);
        QVERIFY(!spool.isRolled());
        QCOMPARE(spool.size(), qint64(8)); // io.BytesIO.truncate never grows
    }
}

void SpooledTemporaryFileTest::truncateAtPositionStaysInMemory()
{
    SpooledTemporaryFile spool({.maxSize = 10, .dir = m_scratch.path()});
    spool.write("0123456789");
    spool.seek(3);
    spool.truncate();
    QVERIFY(!spool.isRolled());
    QCOMPARE(spool.size(), qint64(3));
    QCOMPARE(spool.pos(), qint64(3));
}

void SpooledTemporaryFileTest::zeroMaxSizeNeverRollsOnWrites()
{
    SpooledTemporaryFile spool({.dir = m_scratch.path()});
    QCOMPARE(spool.maxSize(), qint64(0));
    QCOMPARE(spool.write(QByteArray(1 << 20, 'y')), qint64(1 << 20));
    QVERIFY(!spool.isRolled());
    spool.truncate(0); // 0 > 0 is false
    QVERIFY(!spool.isRolled());
    spool.truncate(5); // Python: size > max_size -> rollover, even for max_size 0
    QVERIFY(spool.isRolled());
}

void SpooledTemporaryFileTest::rolloverKeepsPositionAndData()
{
    SpooledTemporaryFile spool({.maxSize = 30, .dir = m_scratch.path()});
    QVERIFY(spool.name().isEmpty()); // Python: name is None before rollover
    spool.write(QByteArray(25, 'a'));
    spool.seek(5);
    spool.write(QByteArray(5, 'b')); // position 10
    QVERIFY(!spool.isRolled());
    spool.rollover();
    QVERIFY(spool.isRolled());
    QCOMPARE(spool.pos(), qint64(10));
    QCOMPARE(spool.file()->pos(), qint64(10));
    QVERIFY(!spool.name().isEmpty());
    spool.write("c");
    spool.seek(0);
    QCOMPARE(spool.readAll(), QByteArray(5, 'a') + QByteArray(5, 'b') + 'c' + QByteArray(14, 'a'));
    spool.rollover(); // a second rollover does nothing
    QCOMPARE(spool.size(), qint64(25));
}

void SpooledTemporaryFileTest::rolledOverSignalAndEvent()
{
    EventRecorder recorder;
    SpooledTemporaryFile spool({.maxSize = 30, .dir = m_scratch.path(), .events = recorder.hub()});
    QSignalSpy spy(&spool, &SpooledTemporaryFile::rolledOver);
    spool.write(QByteArray(30, 'x'));
    QCOMPARE(spy.count(), 0);
    spool.write("yz");
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().at(0).toLongLong(), qint64(32)); // bytes moved to disk
    QCOMPARE(spy.first().at(1).toLongLong(), qint64(32)); // position after the write
    spool.write(QByteArray(100, 'z'));
    QCOMPARE(spy.count(), 1);
    const QStringList kinds = recorder.kinds();
    QCOMPARE(kinds.mid(0, 3), QStringList({QStringLiteral("SpooledTemporaryFile created"),
                                           QStringLiteral("SpooledTemporaryFile written"),
                                           QStringLiteral("SpooledTemporaryFile written")}));
    QVERIFY(kinds.contains(QStringLiteral("TemporaryFile created")));
    QVERIFY(kinds.contains(QStringLiteral("SpooledTemporaryFile rolled over")));
    // After the rollover the writes are the TemporaryFile's.
    QCOMPARE(kinds.last(), QStringLiteral("TemporaryFile written"));
}

void SpooledTemporaryFileTest::rolloverFileIsInTheGivenDirAndNameless()
{
    const QString dir = m_scratch.filePath(QStringLiteral("spool"));
    QVERIFY(QDir().mkdir(dir));
    SpooledTemporaryFile spool({.maxSize = 1, .dir = dir});
    spool.write("ab");
    QVERIFY(spool.isRolled());
    QCOMPARE(spool.file()->directory(), dir);
    QCOMPARE(listing(dir), QStringList()); // a TemporaryFile: never in the listing
}

void SpooledTemporaryFileTest::closeReleasesEverything()
{
    SpooledTemporaryFile spool({.maxSize = 1, .dir = m_scratch.path()});
    spool.write("abc");
    const int fd = spool.fileno();
    QVERIFY(fd >= 0);
    spool.close();
    spool.close();
    QVERIFY(!spool.isOpen());
    QVERIFY(spool.file()->isClosed());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("device not open")));
    QCOMPARE(spool.write("x"), qint64(-1));
}

QTEST_GUILESS_MAIN(SpooledTemporaryFileTest)
#include "SpooledTemporaryFileTest.moc"
