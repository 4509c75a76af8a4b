// The window and the cleanup wizard in the dark palette (`tempscope --dark`,
// Fusion): every text colour the models return and every label's colour
// has a WCAG contrast ratio of at least 4.5 against what it is drawn on, and
// no state is drawn in a link colour.

#include "TreeFixture.h"
#include "core/locations/ScratchRoots.h"
#include "gui/Colors.h"
#include "gui/DarkLook.h"
#include "gui/MainWindow.h"
#include "gui/cleanup/CleanupWizard.h"
#include "gui/items/FilterBar.h"
#include "gui/items/ItemsModel.h"
#include "gui/scan/ScanService.h"

#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTest>
#include <QTreeView>

using namespace tempscope;
using namespace tempscope::gui;
using namespace tempscope::gui::test;

class DarkPaletteTest final : public QObject
{
    Q_OBJECT

private:
    // Every cell's text colour against the base and alternate base of the view.
    static QStringList illegibleCells(const QTreeView *view)
    {
        QStringList out;
        const QAbstractItemModel *m = view->model();
        const QPalette pal = view->palette();
        for (int r = 0; r < m->rowCount(); ++r) {
            for (int c = 0; c < m->columnCount(); ++c) {
                const QModelIndex i = m->index(r, c);
                const QVariant fg = i.data(Qt::ForegroundRole);
                const QColor text =
                    fg.isValid() ? fg.value<QBrush>().color() : pal.color(QPalette::Text);
                for (QPalette::ColorRole bg : {QPalette::Base, QPalette::AlternateBase}) {
                    const double ratio = contrastRatio(text, pal.color(bg));
                    if (ratio < 4.5)
                        out << QStringLiteral("%1 row %2 column %3: %4 on %5 is %6")
                                   .arg(view->objectName())
                                   .arg(r)
                                   .arg(c)
                                   .arg(text.name(), pal.color(bg).name())
                                   .arg(ratio, 0, 'f', 2);
                }
                if (fg.isValid() &&
                    (text == pal.color(QPalette::Link) || text == pal.color(QPalette::LinkVisited)))
                    out << QStringLiteral("%1 row %2 column %3 is in a link colour")
                               .arg(view->objectName())
                               .arg(r)
                               .arg(c);
            }
        }
        return out;
    }

    // Every visible label's text colour against its background.
    static QStringList illegibleLabels(const QWidget *window)
    {
        QStringList out;
        for (const QLabel *label : window->findChildren<QLabel *>()) {
            if (!label->isVisible() || label->text().isEmpty())
                continue;
            const QPalette pal = label->palette();
            const QColor fg = pal.color(label->foregroundRole());
            const QColor bg = pal.color(label->backgroundRole());
            const double ratio = contrastRatio(fg, bg);
            if (ratio < 4.5)
                out << QStringLiteral("label \"%1\": %2 on %3 is %4")
                           .arg(label->text().left(40), fg.name(), bg.name())
                           .arg(ratio, 0, 'f', 2);
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        useDarkLook();
    }
    void init() { ScratchRoots::openSettings()->clear(); }

    void contrastRatioIsWcags()
    {
        QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(contrastRatio(Qt::gray, Qt::gray), 1.0);
        QVERIFY(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5); // the WCAG example
        QVERIFY(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
    }

    // Fusion outlines a check box with the window colour made darker: on a
    // dark base that vanishes (the wizard's list of families). Each check
    // box, checked or not, in a list or alone, has an outline of at least 3:1.
    void checkBoxesHaveAnOutline()
    {
        const QColor base = darkPalette().color(QPalette::Base);
        for (const QStyle::PrimitiveElement element :
             {QStyle::PE_IndicatorCheckBox, QStyle::PE_IndicatorItemViewItemCheck}) {
            for (const QStyle::StateFlag check : {QStyle::State_Off, QStyle::State_On}) {
                QImage image(32, 32, QImage::Format_RGB32);
                image.fill(base);
                QStyleOptionViewItem option;
                option.palette = darkPalette();
                option.rect = QRect(8, 8, 16, 16);
                option.state = QStyle::State_Enabled | check;
                {
                    QPainter painter(&image);
                    QApplication::style()->drawPrimitive(element, &option, &painter);
                }
                // The outline: the best contrast along the box's left edge.
                double best = 1;
                for (int y = 10; y < 22; ++y)
                    best = std::max(best, contrastRatio(image.pixelColor(8, y), base));
                QVERIFY2(best >= 3.0, qPrintable(QStringLiteral("element %1, state %2: %3")
                                                     .arg(int(element))
                                                     .arg(int(check))
                                                     .arg(best, 0, 'f', 2)));
            }
        }
    }

    // In use, protected, stale and plain rows; a bad threshold in words.
    void mainWindowIsLegible()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        QVERIFY(tree.file(QStringLiteral(".X0-lock"), 11, 30 * Day)); // protected
        // In use: another process holds report.pdf open (this one does not count).
        QProcess holder;
        holder.start(QStringLiteral("/bin/sh"),
                     {QStringLiteral("-c"),
                      QStringLiteral("exec 3<\"$0\"; echo ready; exec sleep 60"),
                      tree.root() + QStringLiteral("/report.pdf")});
        QVERIFY(holder.waitForReadyRead(5000));
        const auto stop = qScopeGuard([&holder] {
            holder.kill();
            holder.waitForFinished();
        });
        MainWindow::Options options;
        options.extraRoots = {tree.root()};
        options.discoverRoots = false;
        options.scanAllOnStart = false;
        MainWindow w(options);
        w.resize(1024, 700);
        w.show();
        QTRY_COMPARE(w.itemsModel()->rowCount(), 7);
        QTRY_VERIFY(!w.scanService()->busy()); // the items show before the scan ends
        // The fixture's ages are in mtime and atime (ctime is now).
        w.filterBar()->basisBox()->setCurrentIndex(
            w.filterBar()->basisBox()->findData(int(AgeBasis::Mtime)));
        int states = 0;
        for (int r = 0; r < w.itemsModel()->rowCount(); ++r)
            states |= w.itemsModel()->index(r, 0).data(ItemsModel::StateRole).toInt();
        QCOMPARE(states & (ItemsModel::InUse | ItemsModel::Protected | ItemsModel::Stale),
                 ItemsModel::InUse | ItemsModel::Protected | ItemsModel::Stale);
        QCOMPARE(w.itemsView()->palette().color(QPalette::Base),
                 darkPalette().color(QPalette::Base));

        w.filterBar()->thresholdEdit()->setText(QStringLiteral("7x"));
        Q_EMIT w.filterBar()->thresholdEdit()->editingFinished();
        w.itemsView()->setCurrentIndex(w.itemsModel()->index(0, 0));
        QStringList bad =
            illegibleCells(w.itemsView()) + illegibleCells(w.familiesView()) + illegibleLabels(&w);
        // The placeholder of an empty list.
        const QColor muted = mutedTextColor(w.itemsView()->palette());
        if (contrastRatio(muted, w.itemsView()->palette().color(QPalette::Base)) < 4.5)
            bad << QStringLiteral("the muted text colour");
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
    }

    void cleanupWizardIsLegible()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        RootScan scan;
        scan.requested = tree.root();
        scan.inventory = tree.scan();
        scan.scannedAt = Inventory::nowNs();
        auto settings = ScratchRoots::openSettings();
        CleanupWizard wizard(scan, *settings);
        wizard.show();
        QStringList bad = illegibleLabels(&wizard);
        wizard.next();
        QTRY_VERIFY(!wizard.findChildren<QTreeView *>().isEmpty());
        QCoreApplication::processEvents();
        bad += illegibleLabels(&wizard);
        for (const QTreeView *view : wizard.findChildren<QTreeView *>()) {
            if (view->isVisible())
                bad += illegibleCells(view);
        }
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
    }
};

QTEST_MAIN(DarkPaletteTest)
#include "DarkPaletteTest.moc"
