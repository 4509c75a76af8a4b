// Orphan verdicts in the window: the items' Verdict column and its reason,
// the "orphans only" filter, the families' Program column, the details pane
// explaining the verdict with the catalogue entry.

#include "tests/app/gui/TreeFixture.h"

#include "core/catalogue/Verdicts.h"
#include "gui/items/DetailsPane.h"
#include "gui/items/FamiliesModel.h"
#include "gui/items/FilterBar.h"
#include "gui/items/ItemsModel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace tempscope;
using namespace tempscope::gui;

class VerdictViewsTest : public QObject
{
    Q_OBJECT

    test::TreeFixture m_tree;
    std::shared_ptr<const Inventory> m_inventory;
    std::shared_ptr<const ItemVerdicts> m_verdicts;
    QString m_orphan;

    qsizetype indexOf(const QString &name) const
    {
        for (qsizetype i = 0; i < m_inventory->items().size(); ++i) {
            if (m_inventory->items()[i].name == name)
                return i;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const pid_t child = ::fork();
        if (child == 0)
            ::_exit(0);
        ::waitpid(child, nullptr, 0); // a pid that is gone
        m_orphan = QStringLiteral("npm-%1-abcdef12").arg(child);
        QVERIFY(m_tree.directory(m_orphan, 1, 3600));
        QVERIFY(m_tree.file(QStringLiteral("notes.txt"), 10, 3600));
        m_inventory = m_tree.scan();
        m_verdicts = ItemVerdicts::evaluateNow(*m_inventory, Catalogue::builtin());
    }

    void verdictColumnAndFilter()
    {
        ItemsModel model;
        model.setInventory(m_inventory, AgeRule{}, {}, m_verdicts);
        QCOMPARE(model.headerData(ItemsModel::Verdict, Qt::Horizontal).toString(),
                 QStringLiteral("Verdict"));
        QMap<QString, QModelIndex> rows;
        for (int r = 0; r < model.rowCount(); ++r)
            rows.insert(model.index(r, ItemsModel::Name).data().toString(),
                        model.index(r, ItemsModel::Verdict));
        QCOMPARE(rows[m_orphan].data().toString(), QStringLiteral("Orphan"));
        QCOMPARE(rows[m_orphan].data(Qt::ToolTipRole).toString(),
                 QStringLiteral("npm pid %1 is gone").arg(m_orphan.section(u'-', 1, 1)));
        QCOMPARE(rows[QStringLiteral("notes.txt")].data().toString(), QStringLiteral("Unknown"));

        ItemFilter filter;
        filter.orphansOnly = true;
        QVERIFY(!filter.isEmpty());
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ItemsModel::Name).data().toString(), m_orphan);

        // Without verdicts nothing is an orphan: the filter shows nothing, never everything.
        model.setInventory(m_inventory, AgeRule{});
        QCOMPARE(model.rowCount(), 0);
    }

    void filterBarOffersOrphansOnly()
    {
        FilterBar bar;
        QSignalSpy spy(&bar, &FilterBar::filterChanged);
        bar.orphansOnlyBox()->setChecked(true);
        QCOMPARE(spy.size(), 1);
        QVERIFY(spy.first().first().value<ItemFilter>().orphansOnly);
    }

    void familiesShowTheProgram()
    {
        FamiliesModel model;
        model.setInventory(m_inventory, AgeRule{});
        bool found = false;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, FamiliesModel::Key).data(FamiliesModel::KeyRole).toString() ==
                u"npm-*") {
                found = true;
                QCOMPARE(model.index(r, FamiliesModel::Program).data().toString(),
                         QStringLiteral("npm"));
                QVERIFY(model.index(r, FamiliesModel::Program)
                            .data(Qt::ToolTipRole)
                            .toString()
                            .contains(QStringLiteral("npm's per-run scratch directory")));
            }
        }
        QVERIFY(found);
    }

    void detailsExplainTheVerdict()
    {
        DetailsPane pane;
        const qsizetype i = indexOf(m_orphan);
        pane.showRow(m_inventory, m_inventory->items()[i], AgeRule{}, {}, &m_verdicts->at(i));
        QStringList texts;
        for (QLabel *l : pane.findChildren<QLabel *>())
            texts << l->text();
        const QString all = texts.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("Orphan: npm pid ")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Catalogue entry \"npm\"")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("It is an orphan")), qPrintable(all));
    }

    // Rows come and go with the item shown (newest, protection, made by,
    // verdict). Qt 6.4's QFormLayout writes past the end of its row array
    // laying out hidden rows among word-wrapped ones (valgrind: invalid
    // writes under QFormLayout::heightForWidth from showRow; the corrupted
    // heap crashed HostileNamesTest later, in QTextDocument): no form layout
    // in the pane may hold a hidden row, and the rows shown never overlap.
    void detailsRowsComeAndGoSafely()
    {
        DetailsPane pane;
        pane.resize(320, 900);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        const qsizetype orphan = indexOf(m_orphan);
        const qsizetype notes = indexOf(QStringLiteral("notes.txt"));
        for (int round = 0; round < 4; ++round) {
            const bool withVerdict = round % 2 == 0;
            const qsizetype i = withVerdict ? orphan : notes;
            // Back to the placeholder first, as when the items view is reset:
            // the rows change while the details page is hidden.
            pane.clear();
            QCoreApplication::processEvents();
            pane.showRow(m_inventory, m_inventory->items()[i], AgeRule{}, {},
                         withVerdict ? &m_verdicts->at(i) : nullptr);
            pane.resize(280 + 40 * round, 900);
            QCoreApplication::processEvents();
            for (const QFormLayout *form : pane.findChildren<QFormLayout *>()) {
                for (int r = 0; r < form->rowCount(); ++r) {
                    for (auto role : {QFormLayout::LabelRole, QFormLayout::FieldRole,
                                      QFormLayout::SpanningRole}) {
                        const QLayoutItem *item = form->itemAt(r, role);
                        QVERIFY2(!item || !item->widget() || !item->widget()->isHidden(),
                                 qPrintable(QStringLiteral("round %1: row %2 of a form layout "
                                                           "is hidden")
                                                .arg(round)
                                                .arg(r)));
                    }
                }
            }
            // The labels shown, top to bottom, never overlap.
            QList<QRect> shown;
            for (QLabel *l : pane.findChildren<QLabel *>()) {
                if (l->isVisibleTo(&pane) && !l->text().isEmpty())
                    shown << QRect(l->mapTo(&pane, QPoint(0, 0)), l->size());
            }
            QVERIFY(shown.size() > 10);
            for (qsizetype a = 0; a < shown.size(); ++a) {
                for (qsizetype b = a + 1; b < shown.size(); ++b)
                    QVERIFY2(!shown[a].intersects(shown[b]),
                             qPrintable(QStringLiteral("round %1: labels overlap").arg(round)));
            }
        }
    }
};

QTEST_MAIN(VerdictViewsTest)
#include "VerdictViewsTest.moc"
