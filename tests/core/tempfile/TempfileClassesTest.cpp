// Behaviours 7, 8, 9 and 11 of TEMPFILE.md: NamedTemporaryFile's delete /
// delete_on_close table, manual removal, repeated close, and TemporaryFile's
// missing name; plus the events the objects report and where Qt's
// QTemporaryFile behaves differently.

#include "TempfileTestSupport.h"

#include "core/tempfile/NamedTemporaryFile.h"
#include "core/tempfile/TempFileError.h"
#include "core/tempfile/TemporaryFile.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace tempscope::tempfile;
using tempscope::tempfile::test::EventRecorder;
using tempscope::tempfile::test::listing;

class TempfileClassesTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // 7. TestNamedTemporaryFile.test_creates_named / test_del_on_close
    void named_existsWhileOpen_goneAfterClose();
    void named_goneWhenScopeEnds();
    // 8. test_dis_del_on_close / test_context_man_not_del_on_close_if_delete_on_close_false
    void named_deleteTable_data();
    void named_deleteTable();
    // 9. test_context_man_ok_to_delete_manually / test_multiple_close
    void named_removedByHandInsideScope();
    void named_closeThreeTimes();
    void named_readBackWhatWasWritten();
    // 11. TestTemporaryFile.test_has_no_name
    void temporary_hasNoName_data();
    void temporary_hasNoName();
    void temporary_readWriteTruncate();

    void events_namedLifecycle();
    void events_destructorReportsFailure();

    // Qt's own classes, for contrast (documented in the headers).
    void qtTemplate_data();
    void qtTemplate();
    void qtTemporaryFile_keepsFileAfterClose();
    void qtDefaults_appNameTemplatesInTempPath();

private:
    QTemporaryDir m_scratch;
};

void TempfileClassesTest::named_existsWhileOpen_goneAfterClose()
{
    NamedTemporaryFile file({.dir = m_scratch.path()});
    QVERIFY(QFileInfo::exists(file.name()));
    QCOMPARE(listing(m_scratch.path()), QStringList{QFileInfo(file.name()).fileName()});
    QVERIFY(QFileInfo(file.name()).fileName().startsWith(u"tmp"));
    file.close();
    QVERIFY(!QFileInfo::exists(file.name()));
    QCOMPARE(listing(m_scratch.path()), QStringList());
}

void TempfileClassesTest::named_goneWhenScopeEnds()
{
    QString name;
    {
        NamedTemporaryFile file({.dir = m_scratch.path()});
        name = file.name();
        QCOMPARE(file.write("blat"), 4);
        QVERIFY(QFileInfo::exists(name));
    }
    QVERIFY(!QFileInfo::exists(name));
}

void TempfileClassesTest::named_deleteTable_data()
{
    QTest::addColumn<bool>("autoDelete");
    QTest::addColumn<bool>("deleteOnClose");
    QTest::addColumn<bool>("existsAfterClose");
    QTest::addColumn<bool>("existsAfterScope");
    // The table in TEMPFILE.md, row by row.
    QTest::newRow("delete=True, delete_on_close=True (default)") << true << true << false << false;
    QTest::newRow("delete=True, delete_on_close=False") << true << false << true << false;
    QTest::newRow("delete=False, delete_on_close ignored (True)") << false << true << true << true;
    QTest::newRow("delete=False, delete_on_close ignored (False)")
        << false << false << true << true;
}

void TempfileClassesTest::named_deleteTable()
{
    QFETCH(bool, autoDelete);
    QFETCH(bool, deleteOnClose);
    QFETCH(bool, existsAfterClose);
    QFETCH(bool, existsAfterScope);
    QString name;
    {
        NamedTemporaryFile file(
            {.dir = m_scratch.path(), .autoDelete = autoDelete, .deleteOnClose = deleteOnClose});
        name = file.name();
        QCOMPARE(file.write("hello"), 5);
        file.close();
        QCOMPARE(QFileInfo::exists(name), existsAfterClose);
        if (existsAfterClose) { // the data survives with it
            QFile reread(name);
            QVERIFY(reread.open(QIODevice::ReadOnly));
            QCOMPARE(reread.readAll(), QByteArray("hello"));
        }
    }
    QCOMPARE(QFileInfo::exists(name), existsAfterScope);
    QFile::remove(name);
}

void TempfileClassesTest::named_removedByHandInsideScope()
{
    EventRecorder recorder;
    {
        NamedTemporaryFile file({.dir = m_scratch.path(), .events = recorder.hub()});
        QVERIFY(QFile::remove(file.name()));
        file.cleanup(); // what leaving `with` does: must not throw
        file.cleanup();
    }
    for (const TempFileEvent &event : recorder.events())
        QVERIFY2(event.kind != TempFileEvent::Kind::Failed, qPrintable(event.toString()));
    {
        NamedTemporaryFile file(
            {.dir = m_scratch.path(), .deleteOnClose = false, .events = recorder.hub()});
        QVERIFY(QFile::remove(file.name()));
    } // destructor: no error either
    for (const TempFileEvent &event : recorder.events())
        QVERIFY2(event.kind != TempFileEvent::Kind::Failed, qPrintable(event.toString()));
}

void TempfileClassesTest::named_closeThreeTimes()
{
    EventRecorder recorder;
    NamedTemporaryFile file({.dir = m_scratch.path(), .events = recorder.hub()});
    file.close();
    file.close();
    file.close();
    QVERIFY(file.isClosed());
    QCOMPARE(file.fileno(), -1);
    QCOMPARE(recorder.kinds(), QStringList({QStringLiteral("NamedTemporaryFile created"),
                                            QStringLiteral("NamedTemporaryFile closed"),
                                            QStringLiteral("NamedTemporaryFile removed")}));
}

void TempfileClassesTest::named_readBackWhatWasWritten()
{
    NamedTemporaryFile file({.dir = m_scratch.path()});
    QCOMPARE(file.write("abcdef"), 6);
    QVERIFY(file.seek(2));
    QCOMPARE(file.read(2), QByteArray("cd"));
    QCOMPARE(file.write("XY"), 2);
    QVERIFY(file.seek(0));
    QCOMPARE(file.readAll(), QByteArray("abcdXY"));
    file.truncate(3); // position stays where it was (6), as in Python
    QCOMPARE(file.pos(), qint64(6));
    QCOMPARE(file.size(), qint64(3));
    QFile byName(file.name());
    QVERIFY(byName.open(QIODevice::ReadOnly));
    QCOMPARE(byName.readAll(), QByteArray("abc"));
}

void TempfileClassesTest::temporary_hasNoName_data()
{
    QTest::addColumn<bool>("useUnnamedFile");
    QTest::newRow("O_TMPFILE where supported") << true;
    QTest::newRow("create then unlink") << false;
}

void TempfileClassesTest::temporary_hasNoName()
{
    QFETCH(bool, useUnnamedFile);
    const QString dir = m_scratch.filePath(QStringLiteral("nameless"));
    QVERIFY(QDir().mkdir(dir));
    TemporaryFile file({.dir = dir, .useUnnamedFile = useUnnamedFile});
    if (!useUnnamedFile)
        QCOMPARE(file.method(), TemporaryFile::Method::CreateThenUnlink);
#if TEMPSCOPE_PORTABLE_POSIX
    // The portable POSIX build has no O_TMPFILE: Python's path on macOS.
    QCOMPARE(file.method(), TemporaryFile::Method::CreateThenUnlink);
#endif
    qInfo("method: %s", qPrintable(TemporaryFile::methodName(file.method())));
    QCOMPARE(file.write("blat"), 4);
    QCOMPARE(listing(dir), QStringList());
    QVERIFY(file.path().isEmpty());
    QCOMPARE(file.name(), QString::number(file.fileno())); // Python: name is the fd
    // The directory is empty, so it can go while the file is still open.
    QVERIFY(QDir().rmdir(dir));
    QVERIFY(file.seek(0));
    QCOMPARE(file.readAll(), QByteArray("blat"));
}

void TempfileClassesTest::temporary_readWriteTruncate()
{
    TemporaryFile file({.dir = m_scratch.path()});
    QCOMPARE(file.write(QByteArray(100, 'x')), 100);
    file.truncate(10);
    QCOMPARE(file.size(), qint64(10));
    QCOMPARE(file.pos(), qint64(100));
    struct stat st;
    QCOMPARE(::fstat(file.fileno(), &st), 0);
    QCOMPARE(qint64(st.st_size), qint64(10));
    QCOMPARE(st.st_mode & 0777, 0600u);
    file.close();
    QVERIFY_THROWS_EXCEPTION(TempFileError, file.truncate(0));
}

void TempfileClassesTest::events_namedLifecycle()
{
    EventRecorder recorder;
    QString name;
    {
        NamedTemporaryFile file(
            {.dir = m_scratch.path(), .deleteOnClose = false, .events = recorder.hub()});
        name = file.name();
        file.write("12345");
        file.close();
        QCOMPARE(recorder.kinds().size(), 3); // nothing removed yet
    }
    QCOMPARE(recorder.kinds(), QStringList({QStringLiteral("NamedTemporaryFile created"),
                                            QStringLiteral("NamedTemporaryFile written"),
                                            QStringLiteral("NamedTemporaryFile closed"),
                                            QStringLiteral("NamedTemporaryFile removed")}));
    const TempFileEvent written = recorder.events().at(1);
    QCOMPARE(written.bytes, qint64(5));
    QCOMPARE(written.position, qint64(5));
    QCOMPARE(written.path, name);
    QCOMPARE(recorder.events().first().objectId, recorder.events().last().objectId);
    QVERIFY(recorder.events().first().detail.contains(u"removed on exit"));
}

void TempfileClassesTest::events_destructorReportsFailure()
{
    // Replace the file by a non-empty directory: unlink fails with EISDIR,
    // which the destructor cannot throw.
    EventRecorder recorder;
    QString name;
    {
        NamedTemporaryFile file(
            {.dir = m_scratch.path(), .deleteOnClose = false, .events = recorder.hub()});
        name = file.name();
        file.close();
        QVERIFY(QFile::remove(name));
        QVERIFY(QDir().mkpath(name + u"/inside"));
    }
    QVERIFY(!recorder.events().isEmpty());
    const TempFileEvent last = recorder.events().last();
    QCOMPARE(last.kind, TempFileEvent::Kind::Failed);
    QCOMPARE(last.path, name);
    QVERIFY(QDir(name).removeRecursively());
}

void TempfileClassesTest::qtTemplate_data()
{
    QTest::addColumn<QString>("templateName");
    QTest::addColumn<QString>("pattern");
    QTest::newRow("no X run: .XXXXXX appended")
        << QStringLiteral("foo") << QStringLiteral("^foo\\.[A-Za-z]{6}$");
    QTest::newRow("five X are not a run")
        << QStringLiteral("fooXXXXX") << QStringLiteral("^fooXXXXX\\.[A-Za-z]{6}$");
    QTest::newRow("six X replaced in place")
        << QStringLiteral("upload_XXXXXX.csv") << QStringLiteral("^upload_[A-Za-z]{6}\\.csv$");
    QTest::newRow("last run wins, all its X")
        << QStringLiteral("aXXXXXXbXXXXXXXc") << QStringLiteral("^aXXXXXXb[A-Za-z]{7}c$");
}

void TempfileClassesTest::qtTemplate()
{
    QFETCH(QString, templateName);
    QFETCH(QString, pattern);
    QTemporaryFile qt(m_scratch.filePath(templateName));
    QVERIFY(qt.open());
    const QString name = QFileInfo(qt.fileName()).fileName();
    QVERIFY2(QRegularExpression(pattern).match(name).hasMatch(), qPrintable(name));
    // Python's names never contain upper case and always have digits/_ available.
    QVERIFY(!QRegularExpression(QStringLiteral("^tmp[a-z0-9_]{8}$")).match(name).hasMatch());
}

void TempfileClassesTest::qtTemporaryFile_keepsFileAfterClose()
{
    QTemporaryFile qt(m_scratch.filePath(QStringLiteral("qt.XXXXXX")));
    QVERIFY(qt.open());
    const QString qtName = qt.fileName();
    qt.close();
    QVERIFY(QFileInfo::exists(qtName)); // Qt: autoRemove happens at destruction

    NamedTemporaryFile ours({.dir = m_scratch.path()});
    const QString ourName = ours.name();
    ours.close();
    QVERIFY(!QFileInfo::exists(ourName)); // Python: delete_on_close
    // Qt may reopen its closed file; a closed Python file object cannot be.
    QVERIFY(qt.open());
    QVERIFY(!ours.open(QIODevice::ReadWrite));
}

void TempfileClassesTest::qtDefaults_appNameTemplatesInTempPath()
{
    // Qt names default temp files after the application, in QDir::tempPath();
    // Python uses "tmp" + 8 of [a-z0-9_] in gettempdir().
    const QString app = QCoreApplication::applicationName();
    QVERIFY(!app.isEmpty());
    QTemporaryFile file;
    QVERIFY(file.open());
    QCOMPARE(QFileInfo(file.fileName()).absolutePath(), QDir(QDir::tempPath()).absolutePath());
    const QString fileName = QFileInfo(file.fileName()).fileName();
    QVERIFY2(QRegularExpression(u"^" + QRegularExpression::escape(app) + u"\\.[A-Za-z]{6}$")
                 .match(fileName)
                 .hasMatch(),
             qPrintable(fileName));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dirName = QFileInfo(dir.path()).fileName();
    QVERIFY2(QRegularExpression(u"^" + QRegularExpression::escape(app) + u"-[A-Za-z]{6}$")
                 .match(dirName)
                 .hasMatch(),
             qPrintable(dirName));
    QCOMPARE(QString::number(tempscope::tempfile::test::mode(dir.path()), 8),
             QStringLiteral("700"));
}

QTEST_GUILESS_MAIN(TempfileClassesTest)
#include "TempfileClassesTest.moc"
