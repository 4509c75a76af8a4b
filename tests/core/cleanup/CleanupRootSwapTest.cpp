// A root replaced while a cleanup runs (someone renames it away and puts
// another directory at its path): the entry that finds out and every later
// one are kept, each saying why, the report names the root problem once, and
// nothing in either directory is touched after the swap. The check is the
// remover's own, first thing in every remove() call; the executor turns its
// answer into these results.

#include "CleanupFixture.h"

#include "core/cleanup/CleanupExecutor.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace tempscope;
using namespace tempscope::test;

namespace {

// The platform's root; after its first remove() the directory is swapped.
class SwappingRoot final : public native::RemovalRoot
{
public:
    SwappingRoot(std::unique_ptr<native::RemovalRoot> inner, QString path, QString away)
        : RemovalRoot(inner->path(), inner->id()), m_inner(std::move(inner)),
          m_path(std::move(path)), m_away(std::move(away))
    {
    }

    bool stillSame() const override { return m_inner->stillSame(); }
    bool readOnly() const override { return m_inner->readOnly(); }
    native::RemovalOutcome remove(const native::RemovalTarget &target,
                                  const native::RemovalPolicy &policy) override
    {
        native::RemovalOutcome o = m_inner->remove(target, policy);
        if (!m_swapped) {
            m_swapped = QDir().rename(m_path, m_away) && QDir().mkdir(m_path);
            swapFailed = !m_swapped;
        }
        return o;
    }
    native::RemovalOutcome moveToTrash(const native::RemovalTarget &target,
                                       const native::RemovalPolicy &policy,
                                       const native::TrashDir &trash) override
    {
        return m_inner->moveToTrash(target, policy, trash);
    }
    std::vector<native::FinalOutcome> finishDeferred() override
    {
        return m_inner->finishDeferred();
    }

    bool swapFailed = false;

private:
    std::unique_ptr<native::RemovalRoot> m_inner;
    QString m_path;
    QString m_away;
    bool m_swapped = false;
};

} // namespace

class CleanupRootSwapTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void laterEntriesAreKeptWithTheReason_data()
    {
        QTest::addColumn<bool>("perFile");
        QTest::newRow("items") << false;
        QTest::newRow("per file") << true;
    }
    void laterEntriesAreKeptWithTheReason()
    {
        QFETCH(bool, perFile);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString base = QFileInfo(tmp.path()).canonicalFilePath();
        const QString root = base + QStringLiteral("/root");
        const QString away = base + QStringLiteral("/away");
        for (const char *name : {"a1", "b1", "c1", "d1"})
            QVERIFY(makeFile(root + u'/' + QLatin1String(name), 10 * Day, 100));
        const auto plan = stalePlan(root, perFile ? CleanupUnit::PerFile : CleanupUnit::Item);
        SwappingRoot *swapping = nullptr;
        const CleanupExecutor::RootOpener open = [&](native::NativeStringView path, int *error) {
            auto r =
                std::make_unique<SwappingRoot>(native::RemovalRoot::open(path, error), root, away);
            swapping = r.get();
            return std::unique_ptr<native::RemovalRoot>(std::move(r));
        };
        const std::atomic<bool> cancel{false};
        const CleanupReport report = CleanupExecutor::execute(*plan, false, cancel, {}, open);
        QVERIFY(swapping);
        QCOMPARE(report.results.size(), 4);
        QCOMPARE(report.results.at(0).action, CleanupOutcome::Deleted);
        QCOMPARE(report.rootErrors.size(), 1);
        QVERIFY2(report.rootErrors.at(0).contains(QStringLiteral("replaced during the run")),
                 qPrintable(report.rootErrors.at(0)));
        for (qsizetype i = 1; i < 4; ++i) {
            QCOMPARE(report.results.at(i).action, CleanupOutcome::Skipped);
            QCOMPARE(report.results.at(i).reason, report.rootErrors.at(0));
        }
        // The first went before the swap; the others stayed where they were moved.
        const QString first = QFileInfo(report.results.at(0).path).fileName();
        QVERIFY(!exists(away + u'/' + first));
        for (qsizetype i = 1; i < 4; ++i)
            QVERIFY(exists(away + u'/' + QFileInfo(report.results.at(i).path).fileName()));
    }
};

QTEST_GUILESS_MAIN(CleanupRootSwapTest)
#include "CleanupRootSwapTest.moc"
