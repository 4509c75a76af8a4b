// What the window tells its user: a bad threshold in words where it was
// typed, a status bar about the location on screen, empty lists that say
// why, and what each timestamp basis means.

#include "TreeFixture.h"
#include "core/locations/ScratchRoots.h"
#include "gui/MainWindow.h"
#include "gui/items/FilterBar.h"
#include "gui/items/ItemsModel.h"
#include "gui/items/PlaceholderTreeView.h"
#include "gui/scan/ScanService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace tempscope;
using namespace tempscope::gui;
using namespace tempscope::gui::test;

class FeedbackTest final : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<MainWindow> openOn(const QStringList &roots)
    {
        MainWindow::Options options;
        options.extraRoots = roots;
        options.discoverRoots = false;
        options.scanAllOnStart = false;
        auto w = std::make_unique<MainWindow>(options);
        w->resize(1024, 700);
        w->show();
        return w;
    }

    static void typeThreshold(MainWindow &w, const QString &text)
    {
        QLineEdit *edit = w.filterBar()->thresholdEdit();
        edit->setText(text);
        Q_EMIT edit->editingFinished();
    }

    static QString placeholder(const MainWindow &w)
    {
        auto *view = qobject_cast<PlaceholderTreeView *>(w.itemsView());
        return view && view->showsPlaceholder() ? view->placeholderText() : QString();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { ScratchRoots::openSettings()->clear(); }

    // "7x" is said to be wrong under the bar, in words, while the rule in
    // use stays; a good value takes its place and the words go.
    void badThresholdIsShownInline()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        auto w = openOn({tree.root()});
        QTRY_COMPARE(w->itemsModel()->rowCount(), 6);
        QTRY_VERIFY(!w->scanService()->busy()); // the items show before the scan ends
        QLabel *error = w->filterBar()->thresholdErrorLabel();
        QVERIFY(!error->isVisible());
        QSignalSpy ruleChanged(w->filterBar(), &FilterBar::ageRuleChanged);
        typeThreshold(*w, QStringLiteral("7x"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("“7x” is not an age")),
                 qPrintable(error->text()));
        QVERIFY2(error->text().contains(QStringLiteral("Still using 7d")),
                 qPrintable(error->text()));
        QCOMPARE(w->filterBar()->thresholdEdit()->text(), QStringLiteral("7x")); // kept to fix
        QCOMPARE(w->filterBar()->ageRule().threshold, std::chrono::seconds(7 * Day));
        QCOMPARE(ruleChanged.count(), 0);
        QVERIFY(error->geometry().height() > 0 && error->width() > 0);

        typeThreshold(*w, QStringLiteral("3d"));
        QVERIFY(!error->isVisible());
        QCOMPARE(w->filterBar()->ageRule().threshold, std::chrono::seconds(3 * Day));
        QCOMPARE(ruleChanged.count(), 1);
    }

    // Two locations scanned; the status bar speaks of the selected one.
    void statusSpeaksOfTheSelectedLocation()
    {
        TreeFixture a;
        TreeFixture b;
        QVERIFY(a.makeStandard());
        QVERIFY(b.file(QStringLiteral("only.txt"), 10, 60));
        auto w = openOn({a.root(), b.root()});
        QTRY_COMPARE(w->itemsModel()->rowCount(), 6);
        QTRY_VERIFY(!w->scanService()->busy()); // the items show before the scan ends
        QTRY_VERIFY(w->statusText().startsWith(QStringLiteral("Scanned ") + a.root()));
        w->selectRoot(b.root());
        QTRY_COMPARE(w->itemsModel()->rowCount(), 1);
        QTRY_VERIFY2(w->statusText().startsWith(QStringLiteral("Scanned ") + b.root() + u':'),
                     qPrintable(w->statusText()));
        // A scan of the other location finishing does not take the status bar.
        QSignalSpy finished(w->scanService(), &ScanService::finished);
        w->rescanRoot(a.root());
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY2(w->statusText().contains(b.root()) && !w->statusText().contains(a.root()),
                 qPrintable(w->statusText()));
        w->selectRoot(a.root());
        QVERIFY2(w->statusText().startsWith(QStringLiteral("Scanned ") + a.root() + u':'),
                 qPrintable(w->statusText()));
    }

    // The items view says why it shows nothing.
    void emptyListsSayWhy()
    {
        TreeFixture empty;
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        auto w = openOn({empty.root(), tree.root()});
        QTRY_VERIFY2(placeholder(*w) == empty.root() + QStringLiteral(" is empty."),
                     qPrintable(placeholder(*w)));
        w->selectRoot(tree.root());
        QTRY_COMPARE(w->itemsModel()->rowCount(), 6);
        QTRY_VERIFY(!w->scanService()->busy()); // the items show before the scan ends
        QCOMPARE(placeholder(*w), QString());
        w->filterBar()->textEdit()->setText(QStringLiteral("nomatch"));
        QTRY_COMPARE(w->itemsModel()->rowCount(), 0);
        QVERIFY2(
            placeholder(*w) ==
                QStringLiteral("All 6 items are hidden by the filter: name contains “nomatch”."),
            qPrintable(placeholder(*w)));
        w->filterBar()->staleOnlyBox()->setChecked(true);
        QTRY_VERIFY2(placeholder(*w).endsWith(QStringLiteral("“nomatch”, stale only.")),
                     qPrintable(placeholder(*w)));
        w->filterBar()->textEdit()->clear();
        w->filterBar()->staleOnlyBox()->setChecked(false);
        QTRY_COMPARE(w->itemsModel()->rowCount(), 6);
        QTRY_VERIFY(!w->scanService()->busy()); // the items show before the scan ends
        QCOMPARE(placeholder(*w), QString());
    }

    // A location that is not there, and one not scanned yet.
    void unscannedLocationsSayWhy()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        const QString gone = tree.root() + QStringLiteral("/gone");
        auto w = openOn({gone});
        QTRY_VERIFY2(placeholder(*w).contains(gone) && !placeholder(*w).startsWith(u'S'),
                     qPrintable(placeholder(*w)));
        QTRY_VERIFY(!w->scanService()->busy());
        QVERIFY2(placeholder(*w).startsWith(gone + u' '), qPrintable(placeholder(*w)));
    }

    // Each basis explains itself: a tooltip on each choice and a line beside.
    void basisChoicesExplainThemselves()
    {
        FilterBar bar;
        bar.resize(1400, bar.sizeHint().height());
        bar.show();
        QComboBox *basis = bar.basisBox();
        QStringList tips;
        for (int i = 0; i < basis->count(); ++i) {
            const QString name = basis->itemText(i);
            const QString tip = basis->itemData(i, Qt::ToolTipRole).toString();
            QVERIFY2(tip.startsWith(name + u':'), qPrintable(tip));
            tips << tip;
            basis->setCurrentIndex(i);
            QVERIFY(bar.basisHelpLabel()->isVisible());
            QCOMPARE(bar.basisHelpLabel()->text(), tip);
            QCOMPARE(bar.basisHelpLabel()->toolTip(), tip);
        }
        tips.removeDuplicates();
        QCOMPARE(tips.size(), basis->count());
        QVERIFY(
            tips.join(u' ').contains(QStringLiteral("mtime: when the contents were last written")));
        // Narrow, the line is cut short with an ellipsis, not in the middle of a word.
        bar.resize(bar.minimumSizeHint().width(), bar.height());
        QTRY_VERIFY2(bar.basisHelpLabel()->text().endsWith(u'…') ||
                         bar.basisHelpLabel()->text().isEmpty(),
                     qPrintable(bar.basisHelpLabel()->text()));
    }
};

QTEST_MAIN(FeedbackTest)
#include "FeedbackTest.moc"
