// The window while a root is scanned: its items show as soon as the root is
// listed, those still being read say "counting…" in size, entries and age,
// and fill in as their subtrees complete; sorting by size keeps working and
// keeps the selection, the finished scan fills the rows in where they are,
// and Clean Up never plans from the running scan.
//
// The checks run inside the window's own signal handlers (connected after
// the window's, so they see what the window made of each signal): a queued
// signal from the scan is handled before any later one, so what a handler
// sees is the state between two steps of the scan, not a race.

#include "core/locations/ScratchRoots.h"
#include "gui/MainWindow.h"
#include "gui/cleanup/CleanupActions.h"
#include "gui/items/ItemsModel.h"
#include "gui/scan/ScanService.h"
#include "tests/app/gui/TreeFixture.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLocale>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace tempscope;
using namespace tempscope::gui;
using namespace tempscope::gui::test;

class ProgressiveScanTest final : public QObject
{
    Q_OBJECT

private:
    static int rowOf(const ItemsModel &model, const QString &name)
    {
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.itemAt(model.index(r, 0))->name == name)
                return r;
        }
        return -1;
    }
    static QString cell(const ItemsModel &model, const QString &name, int column)
    {
        const int r = rowOf(model, name);
        return r < 0 ? QString() : model.index(r, column).data().toString();
    }
    static QString currentName(const MainWindow &w)
    {
        const Item *item = w.itemsModel()->rowItem(w.itemsView()->currentIndex());
        return item ? item->name : QString();
    }
    // Rows by size, largest first, counting ones by what is counted so far.
    static bool sortedBySizeDescending(const ItemsModel &model)
    {
        for (int r = 1; r < model.rowCount(); ++r) {
            if (model.itemAt(model.index(r - 1, 0))->bytes < model.itemAt(model.index(r, 0))->bytes)
                return false;
        }
        return true;
    }
    // `count` empty files in `dir` (made with open(2): tens of thousands in
    // a fraction of a second).
    static bool manyFiles(const QString &dir, int count)
    {
        if (!QDir().mkpath(dir))
            return false;
        const int dfd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
        if (dfd < 0)
            return false;
        bool ok = true;
        for (int i = 0; i < count && ok; ++i) {
            char name[32];
            std::snprintf(name, sizeof name, "f%d", i);
            const int fd = ::openat(dfd, name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
            ok = fd >= 0 && ::close(fd) == 0;
        }
        ::close(dfd);
        return ok;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { ScratchRoots::openSettings()->clear(); }

    void itemsShowBeforeTheScanEndsAndFillIn()
    {
        TreeFixture tree;
        // A subtree that takes a while to read, beside small ones read at once.
        for (int d = 0; d < 4; ++d)
            QVERIFY(manyFiles(tree.root() + QStringLiteral("/big/d%1").arg(d), 8000));
        QVERIFY(tree.directory(QStringLiteral("small_a"), 3, 10 * Day));
        QVERIFY(tree.directory(QStringLiteral("small_b"), 5, 10 * Day));
        QVERIFY(tree.file(QStringLiteral("loose.txt"), 1000, 10 * Day));

        MainWindow::Options options;
        options.extraRoots = {tree.root()};
        options.discoverRoots = false;
        options.scanAllOnStart = false;
        MainWindow w(options);
        w.show();
        ItemsModel &model = *w.itemsModel();
        QSignalSpy finished(w.scanService(), &ScanService::finished);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        // 1. The items as soon as the root is listed.
        bool listed = false;
        connect(w.scanService(), &ScanService::topLevelListed, this, [&] {
            listed = true;
            QCOMPARE(finished.count(), 0);
            QCOMPARE(model.rowCount(), 4);
            QVERIFY(model.inventory()->isTopLevel());
            QCOMPARE(cell(model, QStringLiteral("big"), ItemsModel::Size), tr("counting…"));
            QCOMPARE(cell(model, QStringLiteral("big"), ItemsModel::Entries), tr("counting…"));
            QCOMPARE(cell(model, QStringLiteral("big"), ItemsModel::Age), tr("counting…"));
            QCOMPARE(cell(model, QStringLiteral("big"), ItemsModel::Kind),
                     ItemsModel::kindText(native::Kind::Directory));
            // A file is complete at once.
            QCOMPARE(cell(model, QStringLiteral("loose.txt"), ItemsModel::Entries),
                     QStringLiteral("1"));
            // Clean Up does not plan from this: not offered, and nothing opens.
            QVERIFY(!w.cleanupActions()->cleanUpAction()->isEnabled());
            QVERIFY(w.cleanupActions()->openWizard() == nullptr);
            // Sorted by size while counting, one row selected.
            w.itemsView()->sortByColumn(ItemsModel::Size, Qt::DescendingOrder);
            const QModelIndex b = model.index(rowOf(model, QStringLiteral("small_b")), 0);
            w.itemsView()->selectionModel()->setCurrentIndex(
                b, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            QVERIFY(w.cleanupActions()->openForSelection(CleanupAction::Delete) == nullptr);
            resets.clear();
        });

        // 2. Rows fill in while the big one still counts; the selection stays.
        bool filledWhileCounting = false;
        connect(w.scanService(), &ScanService::subtreesCounted, this, [&] {
            QVERIFY(listed);
            QCOMPARE(finished.count(), 0);
            if (cell(model, QStringLiteral("big"), ItemsModel::Size) != tr("counting…"))
                return;
            if (cell(model, QStringLiteral("small_b"), ItemsModel::Entries) == QStringLiteral("6"))
                filledWhileCounting = true;
            QCOMPARE(currentName(w), QStringLiteral("small_b"));
            QVERIFY(sortedBySizeDescending(model));
        });

        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY(listed);
        QVERIFY(filledWhileCounting);
        // 3. The finished scan filled the rows in where they were.
        QCOMPARE(resets.count(), 0);
        QVERIFY(!model.inventory()->isTopLevel());
        QCOMPARE(model.inventory()->counting(), 0);
        QCOMPARE(currentName(w), QStringLiteral("small_b"));
        QCOMPARE(cell(model, QStringLiteral("big"), ItemsModel::Entries),
                 QLocale().toString(1 + 4 + 4 * 8000));
        QCOMPARE(cell(model, QStringLiteral("small_a"), ItemsModel::Entries), QStringLiteral("4"));
        QVERIFY(sortedBySizeDescending(model));
        QCOMPARE(model.itemAt(model.index(0, 0))->name, QStringLiteral("loose.txt"));
        QCOMPARE(model.itemAt(model.index(1, 0))->name, QStringLiteral("small_b")); // 500 bytes
        QVERIFY(w.cleanupActions()->cleanUpAction()->isEnabled());
    }
};

QTEST_MAIN(ProgressiveScanTest)
#include "ProgressiveScanTest.moc"
