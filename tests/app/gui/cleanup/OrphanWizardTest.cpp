// The cleanup wizard's "orphans only" choice: the preview keeps every stale
// item whose program still runs or is unknown, with the verdict as reason;
// opened from an orphan, the choice is preselected.

#include "core/catalogue/Verdicts.h"
#include "core/locations/ScratchRoots.h"
#include "gui/cleanup/CleanupActions.h"
#include "gui/cleanup/CleanupWizard.h"
#include "gui/cleanup/PreviewModel.h"
#include "gui/cleanup/PreviewPage.h"
#include "gui/cleanup/RulesPage.h"
#include "gui/items/ItemsModel.h"
#include "tests/app/gui/TreeFixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

#include <sys/wait.h>
#include <unistd.h>

using namespace tempscope;
using namespace tempscope::gui;
using namespace tempscope::gui::test;

namespace {

QStringList listed(const PreviewModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, PreviewModel::Path).data().toString();
    out.sort();
    return out;
}

} // namespace

class OrphanWizardTest final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QSettings> m_settings;
    TreeFixture m_tree;
    QString m_orphan;
    RootScan m_scan;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const pid_t child = ::fork();
        if (child == 0)
            ::_exit(0);
        ::waitpid(child, nullptr, 0);
        m_orphan = QStringLiteral("npm-%1-abcdef12").arg(child);
        QVERIFY(m_tree.directory(m_orphan, 2, 30 * Day));
        QVERIFY(m_tree.file(QStringLiteral("notes.txt"), 10, 30 * Day));
        m_scan.requested = m_tree.root();
        m_scan.inventory = m_tree.scan();
        m_scan.scannedAt = Inventory::nowNs();
        m_scan.verdicts = ItemVerdicts::evaluateNow(*m_scan.inventory, Catalogue::builtin());
    }
    void init()
    {
        m_settings = ScratchRoots::openSettings();
        m_settings->clear();
    }
    void cleanup() { m_settings.reset(); }

    void previewKeepsWhatIsNoOrphan()
    {
        CleanupWizard w(m_scan, *m_settings);
        w.show();
        RulesPage *rules = w.rulesPage();
        rules->basisBox()->setCurrentIndex(rules->basisBox()->findData(int(AgeBasis::Mtime)));
        rules->thresholdEdit()->clear();
        QTest::keyClicks(rules->thresholdEdit(), QStringLiteral("7d"));
        QVERIFY(!w.orphansOnly());
        rules->orphansOnlyBox()->setChecked(true);
        QVERIFY(w.orphansOnly());
        w.button(QWizard::NextButton)->click();
        QTRY_VERIFY(w.previewPage()->plan());
        QCOMPARE(listed(*w.previewPage()->candidatesModel()), QStringList{m_orphan});
        const PreviewModel &kept = *w.previewPage()->keptModel();
        QCOMPARE(listed(kept), QStringList{QStringLiteral("notes.txt")});
        QCOMPARE(kept.index(0, PreviewModel::Detail).data().toString(),
                 QStringLiteral("not an orphan (unknown): no known program makes names like this"));
    }

    void openedFromAnOrphanPreselects()
    {
        QWidget window;
        ItemsModel model;
        model.setInventory(m_scan.inventory, AgeRule{}, {}, m_scan.verdicts);
        QTreeView view(&window);
        view.setModel(&model);
        CleanupActions::Context context;
        context.window = &window;
        context.settings = m_settings.get();
        context.itemsView = &view;
        context.itemsModel = &model;
        context.shownScan = [this] { return m_scan; };
        context.ageRule = [] { return AgeRule{}; };
        CleanupActions actions(context, nullptr);
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex row = model.index(r, ItemsModel::Name);
            view.setCurrentIndex(row);
            CleanupWizard *w = actions.openWizard();
            QVERIFY(w);
            QCOMPARE(w->orphansOnly(), row.data().toString() == m_orphan);
            w->close();
            delete w;
        }
    }
};

QTEST_MAIN(OrphanWizardTest)
#include "OrphanWizardTest.moc"
