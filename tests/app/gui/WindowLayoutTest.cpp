// The main window's layout at the smallest size it is made for (1024×700)
// and its columns: nothing squeezed below what it needs, sizes never cut
// short, the name taking the spare width, numbers aligned with their titles.

#include "ScreenMain.h"
#include "TreeFixture.h"
#include "core/locations/ScratchRoots.h"
#include "gui/MainWindow.h"
#include "gui/Numbers.h"
#include "gui/items/AgeChartView.h"
#include "gui/items/DetailsPane.h"
#include "gui/items/FamiliesModel.h"
#include "gui/items/FilterBar.h"
#include "gui/items/InspectorPanel.h"
#include "gui/items/ItemsModel.h"
#include "gui/scan/ScanService.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QHeaderView>
#include <QLineEdit>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTreeView>

using namespace tempscope;
using namespace tempscope::gui;
using namespace tempscope::gui::test;

class WindowLayoutTest final : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<MainWindow> openOn(const QString &root, QSize size)
    {
        MainWindow::Options options;
        options.extraRoots = {root};
        options.discoverRoots = false;
        options.scanAllOnStart = false;
        auto w = std::make_unique<MainWindow>(options);
        w->resize(size);
        w->show();
        return w;
    }

    // Every visible widget narrower or lower than its minimum size hint,
    // named by class and object name.
    static QStringList squeezed(const QWidget *window)
    {
        QStringList out;
        for (const QWidget *w : window->findChildren<QWidget *>()) {
            // Hidden, or collapsed by its splitter: nothing of it is seen.
            if (!w->isVisible() || w->isWindow() || w->width() == 0)
                continue;
            // A widget that asks to be ignored gives way by design; a
            // header is as high as its view makes it (its minimum size
            // hint is a square of the default section size).
            if (w->sizePolicy().horizontalPolicy() == QSizePolicy::Ignored ||
                qobject_cast<const QHeaderView *>(w))
                continue;
            const QSize hint = w->minimumSizeHint();
            if ((hint.width() > 0 && w->width() < hint.width()) ||
                (hint.height() > 0 && w->height() < hint.height()))
                out << QStringLiteral("%1 \"%2\" in %3: %4x%5 < %6x%7")
                           .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                QString::fromLatin1(w->parentWidget()->metaObject()->className()))
                           .arg(w->width())
                           .arg(w->height())
                           .arg(hint.width())
                           .arg(hint.height());
        }
        return out;
    }

    // Files of each unit's largest shown size (sparse: they take no space).
    [[nodiscard]] static bool makeLargeFiles(TreeFixture &tree)
    {
        const qint64 sizes[] = {1023, 1024 * 1024 - 1, 1024LL * 1024 * 1024 - 1,
                                1024LL * 1024 * 1024 * 1024 - 1};
        for (qint64 s : sizes) {
            QFile f(tree.root() + QStringLiteral("/size-%1").arg(s));
            if (!f.open(QIODevice::WriteOnly) || !f.resize(s))
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { ScratchRoots::openSettings()->clear(); }
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void minimumWidthIsBelow1000()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        auto w = openOn(tree.root(), {1024, 700});
        QTRY_COMPARE(w->itemsModel()->rowCount(), 6);
        QTRY_VERIFY(!w->scanService()->busy()); // the items show before the scan ends
        QVERIFY2(w->minimumSizeHint().width() < 1000,
                 qPrintable(QString::number(w->minimumSizeHint().width())));
        QVERIFY(w->minimumSizeHint().height() <= 700);
    }

    // At 1024×700, with an item selected (details shown), on both tabs.
    void nothingIsSqueezedAt1024x700_data()
    {
        QTest::addColumn<int>("tab");
        QTest::newRow("families") << 0;
        QTest::newRow("ages") << 1;
    }
    void nothingIsSqueezedAt1024x700()
    {
        QFETCH(int, tab);
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        auto w = openOn(tree.root(), {1024, 700});
        QTRY_COMPARE(w->itemsModel()->rowCount(), 6);
        QTRY_VERIFY(!w->scanService()->busy()); // the items show before the scan ends
        w->overviewTabs()->setCurrentIndex(tab);
        w->itemsView()->setCurrentIndex(w->itemsModel()->index(0, 0));
        QCoreApplication::processEvents();
        QCOMPARE(w->size(), QSize(1024, 700));
        const QStringList bad = squeezed(w.get());
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
        // The filter's placeholder is never cut short ("Fi…").
        const QLineEdit *filter = w->filterBar()->textEdit();
        QVERIFY(filter->width() >
                filter->fontMetrics().horizontalAdvance(filter->placeholderText()));
        if (tab == 1) {
            const auto axes = w->ageChart()->chart()->axes(Qt::Horizontal);
            QVERIFY(!axes.isEmpty());
            QVERIFY2(!axes.first()->labelsTruncated(), "chart labels are cut short");
        }
    }

    // The details pane can be collapsed by its splitter.
    void detailsPaneCollapses()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        auto w = openOn(tree.root(), {1024, 700});
        QTRY_COMPARE(w->itemsModel()->rowCount(), 6);
        QTRY_VERIFY(!w->scanService()->busy()); // the items show before the scan ends
        QTRY_VERIFY(!w->scanService()->busy());
        auto *splitter = w->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QVERIFY(splitter);
        const int details = splitter->indexOf(w->detailsPane());
        QVERIFY(details >= 0);
        QVERIFY(splitter->isCollapsible(details));
        QList<int> sizes = splitter->sizes();
        sizes[1] += sizes[details];
        sizes[details] = 0;
        splitter->setSizes(sizes);
        QCOMPARE(splitter->sizes().at(details), 0);
        const QStringList bad = squeezed(w.get());
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
    }

    // Every size fits its column, in English and French numbers.
    void sizesAreNeverCutShort_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("en") << QStringLiteral("en_US");
        QTest::newRow("fr") << QStringLiteral("fr_FR");
    }
    void sizesAreNeverCutShort()
    {
        QFETCH(QString, locale);
        QLocale::setDefault(QLocale(locale));
        TreeFixture tree;
        QVERIFY(makeLargeFiles(tree));
        auto w = openOn(tree.root(), {1024, 700});
        QTRY_COMPARE(w->itemsModel()->rowCount(), 4);
        QTreeView *view = w->itemsView();
        QVERIFY(view->model()
                    ->index(0, ItemsModel::Size)
                    .data()
                    .toString()
                    .startsWith(QLocale().toString(1024.0, 'f', 1)));
        QVERIFY2(static_cast<QAbstractItemView *>(view)->sizeHintForColumn(ItemsModel::Size) <=
                     view->header()->sectionSize(ItemsModel::Size),
                 qPrintable(QStringLiteral("%1 > %2")
                                .arg(static_cast<QAbstractItemView *>(view)->sizeHintForColumn(
                                    ItemsModel::Size))
                                .arg(view->header()->sectionSize(ItemsModel::Size))));
        QTreeView *families = w->familiesView();
        for (int c : {int(FamiliesModel::Size), int(FamiliesModel::Stale)})
            QVERIFY(static_cast<QAbstractItemView *>(families)->sizeHintForColumn(c) <=
                    families->header()->sectionSize(c));
    }

    // The name takes the width the window gains; the other columns stay.
    void nameTakesTheSpareWidth()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        auto w = openOn(tree.root(), {1024, 700});
        QTRY_COMPARE(w->itemsModel()->rowCount(), 6);
        QTRY_VERIFY(!w->scanService()->busy()); // the items show before the scan ends
        QTest::qWait(50);                       // the layout at 1024 pixels
        QHeaderView *header = w->itemsView()->header();
        QList<int> before;
        for (int c = 0; c < header->count(); ++c)
            before << header->sectionSize(c);
        const int viewBefore = w->itemsView()->viewport()->width();
        w->resize(1400, 700);
        auto *splitter = w->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QTRY_VERIFY2(w->itemsView()->viewport()->width() > viewBefore + 100,
                     qPrintable(QStringLiteral("view %1 -> %2, window %3, panes %4 %5 %6")
                                    .arg(viewBefore)
                                    .arg(w->itemsView()->viewport()->width())
                                    .arg(w->width())
                                    .arg(splitter->sizes().at(0))
                                    .arg(splitter->sizes().at(1))
                                    .arg(splitter->sizes().at(2))));
        int others = 0;
        for (int c = 1; c < header->count(); ++c)
            others += header->sectionSize(c);
        QCOMPARE(header->sectionSize(ItemsModel::Name),
                 w->itemsView()->viewport()->width() - others);
        QVERIFY(header->sectionSize(ItemsModel::Name) > before[ItemsModel::Name]);
        for (int c = 1; c < header->count(); ++c)
            QCOMPARE(header->sectionSize(c), before[c]);
    }

    // Titles and cells of a column share their alignment: numbers right.
    void columnsAlignWithTheirTitles()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        auto w = openOn(tree.root(), {1024, 700});
        QTRY_COMPARE(w->itemsModel()->rowCount(), 6);
        QTRY_VERIFY(!w->scanService()->busy()); // the items show before the scan ends
        for (const QAbstractItemModel *m : {w->itemsView()->model(), w->familiesView()->model()}) {
            QVERIFY(m->rowCount() > 0);
            for (int c = 0; c < m->columnCount(); ++c) {
                const auto title =
                    m->headerData(c, Qt::Horizontal, Qt::TextAlignmentRole).value<Qt::Alignment>();
                const auto cell = m->index(0, c).data(Qt::TextAlignmentRole).value<Qt::Alignment>();
                QCOMPARE(cell & Qt::AlignHorizontal_Mask, title & Qt::AlignHorizontal_Mask);
            }
        }
        const QAbstractItemModel *families = w->familiesView()->model();
        QCOMPARE(families->headerData(FamiliesModel::Stale, Qt::Horizontal, Qt::TextAlignmentRole)
                         .value<Qt::Alignment>() &
                     Qt::AlignHorizontal_Mask,
                 Qt::AlignRight);
    }
};

TEMPSCOPE_SCREEN_TEST_MAIN(WindowLayoutTest, 1920, 1080)
#include "WindowLayoutTest.moc"
