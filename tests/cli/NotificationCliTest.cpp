// A snapshot that finds a volume short of free space sends a desktop
// notification naming the roots and the fastest-growing family: sent to a
// private session bus (dbus-daemon --session) and read back by a small
// org.freedesktop.Notifications server in this test.

#include "CliRunner.h"

#include "core/history/HistoryStore.h"

#include <QDBusConnection>
#include <QDBusError>
#include <QDateTime>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace tempscope;

namespace {

class NotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Received
    {
        QString app;
        QString summary;
        QString body;
    };
    QList<Received> received;

public Q_SLOTS:
    uint Notify(const QString &app, uint replacesId, const QString &icon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints,
                int timeout)
    {
        Q_UNUSED(replacesId);
        Q_UNUSED(icon);
        Q_UNUSED(actions);
        Q_UNUSED(hints);
        Q_UNUSED(timeout);
        received.append({app, summary, body});
        return uint(received.size());
    }
};

bool writeFile(const QString &path, qint64 bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(QByteArray(bytes, 'x')) == bytes;
}

} // namespace

class NotificationCliTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_bus;
    QString m_address;
    NotificationServer m_server;

    // Runs the CLI while this thread's event loop answers the bus.
    CliResult runServed(const QStringList &args, const QProcessEnvironment &env)
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(cliPath(), args);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 120'000); }();
        return finishedResult(p);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty())
            QSKIP("dbus-daemon is not installed (.ci/setup --test installs it)");
        m_bus.start(QStringLiteral("dbus-daemon"),
                    {QStringLiteral("--session"), QStringLiteral("--nofork"),
                     QStringLiteral("--print-address=1")});
        QVERIFY(m_bus.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_bus.canReadLine(), 30'000);
        m_address = QString::fromUtf8(m_bus.readLine()).trimmed();
        QVERIFY(!m_address.isEmpty());
        QDBusConnection bus = QDBusConnection::connectToBus(m_address, QStringLiteral("private"));
        QVERIFY2(bus.isConnected(), qPrintable(bus.lastError().message()));
        QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.Notifications")));
        QVERIFY(bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &m_server,
                                   QDBusConnection::ExportAllSlots));
    }

    void cleanupTestCase()
    {
        QDBusConnection::disconnectFromBus(QStringLiteral("private"));
        if (m_bus.state() != QProcess::NotRunning) {
            m_bus.kill();
            m_bus.waitForFinished();
        }
    }

    void lowSpaceNamesRootAndFastestFamily()
    {
        const QString root = m_dir.filePath(QStringLiteral("root"));
        const QString db = m_dir.filePath(QStringLiteral("h.sqlite"));
        QVERIFY(QDir().mkpath(root));
        // A day of hourly history before: upload_*.csv rising 3 MB a day, so
        // its growth is significant (GrowthRanking.h) when the snapshots below
        // add to it.
        {
            QString error;
            auto store = HistoryStore::open(db, HistoryStore::Access::Write, &error);
            QVERIFY2(store, qPrintable(error));
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            for (int k = 0; k < 26; ++k) {
                FamilySample f;
                f.family = QStringLiteral("upload_*.csv");
                f.count = 1;
                f.bytes = quint64(3e6 * k / 26);
                RootSample r;
                r.root = root;
                r.bytes = f.bytes;
                r.families = {f};
                Snapshot s;
                s.takenAt = now - (26 - k) * 3600;
                s.roots = {r};
                QVERIFY2(store->record(s, &error), qPrintable(error));
            }
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
        const QStringList tokens{QStringLiteral("k2j3h4g5"), QStringLiteral("q9w8e7r6"),
                                 QStringLiteral("z1x2c3v4")};
        for (const QString &t : tokens) {
            QVERIFY(writeFile(root + QStringLiteral("/upload_") + t + QStringLiteral(".csv"),
                              3'000'000));
            // Every volume has less than 100 % free: the threshold is always crossed.
            const CliResult r = runServed({QStringLiteral("snapshot"), root, QStringLiteral("--db"),
                                           db, QStringLiteral("--min-free"), QStringLiteral("100")},
                                          env);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY2(r.err.contains("Low free space"), r.err.constData());
            QVERIFY2(!r.err.contains("no desktop notification"), r.err.constData());
            QThread::msleep(1100);
        }
        QCOMPARE(m_server.received.size(), 3);
        const NotificationServer::Received &last = m_server.received.last();
        QCOMPARE(last.app, QStringLiteral("Tempscope"));
        QCOMPARE(last.summary, QStringLiteral("Temp space is running out"));
        QVERIFY2(last.body.contains(root), qPrintable(last.body));
        QVERIFY2(last.body.contains(QStringLiteral("Fastest growing there: upload_*.csv")),
                 qPrintable(last.body));

        // Above the threshold: nothing is sent.
        const CliResult quiet = runServed({QStringLiteral("snapshot"), root, QStringLiteral("--db"),
                                           db, QStringLiteral("--min-free"), QStringLiteral("0")},
                                          env);
        QCOMPARE(quiet.exitCode, 0);
        QCOMPARE(m_server.received.size(), 3);
    }

    void noSessionBusIsSaidNotFatal()
    {
        const QString root = m_dir.filePath(QStringLiteral("root2"));
        QVERIFY(QDir().mkpath(root));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + m_dir.filePath(QStringLiteral("no-bus")));
        const CliResult r = runServed({QStringLiteral("snapshot"), root, QStringLiteral("--db"),
                                       m_dir.filePath(QStringLiteral("h2.sqlite")),
                                       QStringLiteral("--min-free"), QStringLiteral("100")},
                                      env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("no desktop notification"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(NotificationCliTest)
#include "NotificationCliTest.moc"
