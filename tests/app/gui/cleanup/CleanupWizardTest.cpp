// The cleanup wizard as a user drives it, on real temporary trees: rules,
// preview with its check boxes and kept reasons, confirmation, a run that
// deletes (or is cancelled), the report and its export, profiles, and the
// Delete keys of the main window.

#include "gui/cleanup/CleanupWizard.h"
#include "core/cleanup/CleanupProfiles.h"
#include "core/inventory/Duration.h"
#include "core/locations/ScratchRoots.h"
#include "gui/MainWindow.h"
#include "gui/cleanup/CleanupActions.h"
#include "gui/cleanup/PreviewModel.h"
#include "gui/cleanup/PreviewPage.h"
#include "gui/cleanup/ProgressPage.h"
#include "gui/cleanup/ReportModel.h"
#include "gui/cleanup/ReportPage.h"
#include "gui/cleanup/RulesPage.h"
#include "gui/items/FilterBar.h"
#include "gui/items/ItemsModel.h"
#include "gui/scan/ScanService.h"
#include "tests/app/gui/TreeFixture.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

#include <csignal>

#include <sys/resource.h>
#include <unistd.h>

using namespace tempscope;
using namespace tempscope::gui;
using namespace tempscope::gui::test;

namespace {

// XDG_DATA_HOME set to `path` (the home trash goes there) while it lives.
class DataHome
{
public:
    explicit DataHome(const QString &path) : m_old(qgetenv("XDG_DATA_HOME"))
    {
        qputenv("XDG_DATA_HOME", QFile::encodeName(path));
    }
    ~DataHome()
    {
        if (m_old.isNull())
            qunsetenv("XDG_DATA_HOME");
        else
            qputenv("XDG_DATA_HOME", m_old);
    }
    Q_DISABLE_COPY_MOVE(DataHome)

private:
    QByteArray m_old;
};

// The row of the items view whose Name is `name`; -1 when none.
int rowNamed(const QTreeView &items, const QString &name)
{
    for (int r = 0; r < items.model()->rowCount(); ++r) {
        if (items.model()->index(r, ItemsModel::Name).data().toString() == name)
            return r;
    }
    return -1;
}

RootScan scanOf(const TreeFixture &tree)
{
    RootScan scan;
    scan.requested = tree.root();
    scan.inventory = tree.scan();
    scan.scannedAt = Inventory::nowNs();
    return scan;
}

// The relative paths a preview section lists, sorted.
QStringList listed(const PreviewModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, PreviewModel::Path).data().toString();
    out.sort();
    return out;
}

QString detailOf(const PreviewModel &model, const QString &relative)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, PreviewModel::Path).data().toString() == relative)
            return model.index(r, PreviewModel::Detail).data().toString();
    }
    return {};
}

QAbstractButton *buttonWithRole(QMessageBox *box, QMessageBox::ButtonRole role)
{
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == role)
            return b;
    }
    return nullptr;
}

} // namespace

class CleanupWizardTest final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QSettings> m_settings;

    // Rules: older than `age` by mtime (the fixture sets mtimes; ctimes are
    // now), deleted permanently (the user's trash stays out of the tests).
    static void useRules(CleanupWizard &w, const QString &age)
    {
        RulesPage *rules = w.rulesPage();
        rules->deleteButton()->setChecked(true);
        rules->basisBox()->setCurrentIndex(rules->basisBox()->findData(int(AgeBasis::Mtime)));
        rules->thresholdEdit()->clear();
        QTest::keyClicks(rules->thresholdEdit(), age);
    }

    static void toPreview(CleanupWizard &w)
    {
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        w.button(QWizard::NextButton)->click();
        QCOMPARE(w.currentId(), int(CleanupWizard::PreviewPageId));
        QTRY_VERIFY(w.previewPage()->plan());
    }

    // Commit, check the confirmation, accept it, wait for the report.
    static void runConfirmed(CleanupWizard &w, const QString &expectedQuestion)
    {
        QVERIFY(w.button(QWizard::CommitButton)->isEnabled());
        w.button(QWizard::CommitButton)->click();
        QMessageBox *box = w.previewPage()->confirmation();
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QCOMPARE(box->text(), expectedQuestion);
        QAbstractButton *go = buttonWithRole(box, QMessageBox::DestructiveRole);
        if (!go)
            go = buttonWithRole(box, QMessageBox::AcceptRole);
        QVERIFY(go);
        go->click();
        QTRY_COMPARE(w.currentId(), int(CleanupWizard::ReportPageId));
        QVERIFY(w.hasReport());
    }

    static const CleanupResult *resultFor(const CleanupReport &report, const QString &path)
    {
        for (const CleanupResult &r : report.results) {
            if (r.path == path)
                return &r;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_settings = ScratchRoots::openSettings();
        m_settings->clear();
    }
    void cleanup() { m_settings.reset(); }

    void thresholdIsValidatedInline_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("days") << QStringLiteral("7d") << true;
        QTest::newRow("combined") << QStringLiteral("1d12h") << true;
        QTest::newRow("unknown unit") << QStringLiteral("7x") << false;
        QTest::newRow("words") << QStringLiteral("soon") << false;
        QTest::newRow("empty") << QString() << false;
    }

    // A stopped scan is cleaned only where it was read completely (the
    // plan keeps unread items: CleanupPlanTest), and the wizard says so on
    // the pages where the user decides.
    void aStoppedScanIsSaidToBeIncomplete()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        const QString warning = QStringLiteral("This scan was stopped before it finished");
        {
            CleanupWizard w(scanOf(tree), *m_settings);
            QVERIFY(w.incompleteScanWarning().isEmpty());
            QVERIFY(!w.rulesPage()->subTitle().contains(warning));
        }
        RootScan stopped = scanOf(tree);
        stopped.cancelled = true;
        CleanupWizard w(stopped, *m_settings);
        w.show();
        QVERIFY(w.rulesPage()->subTitle().contains(warning));
        useRules(w, QStringLiteral("7d"));
        w.next();
        QCOMPARE(w.currentId(), int(CleanupWizard::PreviewPageId));
        QVERIFY(w.previewPage()->subTitle().contains(warning));
    }

    void thresholdIsValidatedInline()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        CleanupWizard w(scanOf(tree), *m_settings);
        w.show();
        useRules(w, text);
        RulesPage *rules = w.rulesPage();
        QCOMPARE(w.button(QWizard::NextButton)->isEnabled(), valid);
        QCOMPARE(rules->problemLabel()->isVisible(), !valid);
        if (!valid && !text.isEmpty())
            QVERIFY2(rules->problemLabel()->text().contains(QStringLiteral("“%1”").arg(text)),
                     qPrintable(rules->problemLabel()->text()));
        if (valid)
            QCOMPARE(rules->rule().olderThan, *parseDuration(text));
    }

    void rulesPageDescribesTheRule()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        CleanupWizard w(scanOf(tree), *m_settings);
        w.show();
        RulesPage *rules = w.rulesPage();
        // The root's families are offered.
        QStringList families;
        for (int i = 0; i < rules->familyList()->count(); ++i)
            families << rules->familyList()->item(i)->text().section(QStringLiteral(" — "), 0, 0);
        QVERIFY2(families.contains(QStringLiteral("upload_*.csv")),
                 qPrintable(families.join(u',')));
        QVERIFY(families.contains(QStringLiteral("tmp*")));
        QVERIFY(rules->rule().includes.isEmpty());

        // "Only these" with nothing chosen is a problem stated on the page.
        rules->onlyMatchingButton()->click();
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        QVERIFY(rules->problemLabel()->isVisible());

        useRules(w, QStringLiteral("2w"));
        const int upload = int(families.indexOf(QStringLiteral("upload_*.csv")));
        rules->familyList()->item(upload)->setCheckState(Qt::Checked);
        QTest::keyClicks(rules->patternsEdit(), QStringLiteral("myapp- cache_*.db"));
        QTest::keyClicks(rules->excludesEdit(), QStringLiteral("*.lock keep-*"));
        rules->perFileButton()->click();
        rules->trashButton()->click();
        rules->othersBox()->click();
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());

        const CleanupRule rule = rules->rule();
        QCOMPARE(rule.olderThan, std::chrono::seconds(14 * Day));
        QCOMPARE(rule.basis, AgeBasis::Mtime);
        QCOMPARE(rule.includes,
                 (QStringList{QStringLiteral("upload_*.csv"), QStringLiteral("myapp-"),
                              QStringLiteral("cache_*.db")}));
        QCOMPARE(rule.excludes, (QStringList{QStringLiteral("*.lock"), QStringLiteral("keep-*")}));
        QCOMPARE(rule.unit, CleanupUnit::PerFile);
        QCOMPARE(rule.action, CleanupAction::Trash);
        QVERIFY(rule.includeOthers);
    }

    void previewShowsCandidatesAndWhatIsKept()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        QVERIFY(tree.file(QStringLiteral("held.log"), 300, 30 * Day));
        QVERIFY(tree.file(QStringLiteral("keep-me.txt"), 10, 30 * Day));
        QFile held(tree.root() + QStringLiteral("/held.log"));
        QVERIFY(held.open(QIODevice::ReadOnly)); // this process holds it open
        CleanupWizard w(scanOf(tree), *m_settings);
        w.show();
        useRules(w, QStringLiteral("7d"));
        QTest::keyClicks(w.rulesPage()->excludesEdit(), QStringLiteral("keep-*"));
        toPreview(w);

        PreviewModel *candidates = w.previewPage()->candidatesModel();
        PreviewModel *kept = w.previewPage()->keptModel();
        QAbstractItemModelTester candidatesTester(
            candidates, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester keptTester(kept,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);

        QCOMPARE(listed(*candidates),
                 (QStringList{QStringLiteral("tmpab3_x9zq"), QStringLiteral("upload_a8b7c6d5.csv"),
                              QStringLiteral("upload_k2j3h4g5.csv")}));
        QCOMPARE(listed(*kept),
                 (QStringList{QStringLiteral("held.log"), QStringLiteral("keep-me.txt"),
                              QStringLiteral("report.pdf"), QStringLiteral("tmpq8w7e6r5"),
                              QStringLiteral("upload_zz91qq02.csv")}));
        // Every candidate is checked and names its rule.
        for (int r = 0; r < candidates->rowCount(); ++r) {
            QCOMPARE(candidates->index(r, PreviewModel::Path).data(Qt::CheckStateRole).toInt(),
                     int(Qt::Checked));
            QCOMPARE(candidates->index(r, PreviewModel::Detail).data().toString(),
                     QStringLiteral("* older than 7d by mtime"));
        }
        QCOMPARE(candidates->checkedCount(), 3);
        QCOMPARE(candidates->checkedBytes(), quint64(5000 + 7000 + 400));
        QCOMPARE(detailOf(*candidates, QStringLiteral("upload_k2j3h4g5.csv")),
                 QStringLiteral("* older than 7d by mtime"));
        // The reasons for what is kept.
        QVERIFY(detailOf(*kept, QStringLiteral("report.pdf"))
                    .startsWith(QStringLiteral("too new (10 min old")));
        QVERIFY(detailOf(*kept, QStringLiteral("upload_zz91qq02.csv"))
                    .startsWith(QStringLiteral("too new")));
        const QString inUse = detailOf(*kept, QStringLiteral("held.log"));
        QVERIFY2(inUse.startsWith(QStringLiteral("in use by PID %1 (").arg(::getpid())),
                 qPrintable(inUse));
        QVERIFY2(
            detailOf(*kept, QStringLiteral("keep-me.txt")).contains(QStringLiteral("excluded")),
            qPrintable(detailOf(*kept, QStringLiteral("keep-me.txt"))));
        // Totals follow the boxes, in the list and on the page.
        QCOMPARE(w.previewPage()->totalsLabel()->text(),
                 QStringLiteral("3 items checked: %1 will be deleted permanently.")
                     .arg(formatBytes(12400)));
        const int row = candidates->rowOf(tree.root() + QStringLiteral("/upload_a8b7c6d5.csv"));
        QVERIFY(candidates->setData(candidates->index(row, PreviewModel::Path), int(Qt::Unchecked),
                                    Qt::CheckStateRole));
        QCOMPARE(candidates->checkedCount(), 2);
        QCOMPARE(w.previewPage()->totalsLabel()->text(),
                 QStringLiteral("2 items checked: %1 will be deleted permanently.")
                     .arg(formatBytes(5400)));
        QCOMPARE(w.previewPage()->confirmationText(),
                 QStringLiteral("Delete 2 items (%1) permanently?").arg(formatBytes(5400)));
        // Nothing checked: nothing to confirm.
        candidates->setAllChecked(false);
        QVERIFY(!w.button(QWizard::CommitButton)->isEnabled());
        candidates->setAllChecked(true);
        QVERIFY(w.button(QWizard::CommitButton)->isEnabled());
        // Sorting keeps the boxes with their rows.
        candidates->setData(
            candidates->index(candidates->rowOf(tree.root() + QStringLiteral("/tmpab3_x9zq")),
                              PreviewModel::Path),
            int(Qt::Unchecked), Qt::CheckStateRole);
        w.previewPage()->candidatesView()->sortByColumn(PreviewModel::Size, Qt::DescendingOrder);
        QCOMPARE(candidates->index(2, PreviewModel::Path).data().toString(),
                 QStringLiteral("tmpab3_x9zq"));
        QCOMPARE(candidates->index(2, PreviewModel::Path).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Unchecked));
        QCOMPARE(candidates->uncheckedPaths(),
                 QSet<QString>{tree.root() + QStringLiteral("/tmpab3_x9zq")});
    }

    void spaceTogglesEverySelectedRow()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        CleanupWizard w(scanOf(tree), *m_settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        useRules(w, QStringLiteral("7d"));
        toPreview(w);
        QTreeView *view = w.previewPage()->candidatesView();
        view->setFocus();
        view->selectAll();
        QTest::keyClick(view, Qt::Key_Space);
        QCOMPARE(w.previewPage()->candidatesModel()->checkedCount(), 0);
        QTest::keyClick(view, Qt::Key_Space);
        QCOMPARE(w.previewPage()->candidatesModel()->checkedCount(), 3);
    }

    void confirmationDefaultsToCancel()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        CleanupWizard w(scanOf(tree), *m_settings);
        w.show();
        useRules(w, QStringLiteral("7d"));
        toPreview(w);
        w.button(QWizard::CommitButton)->click();
        QMessageBox *box = w.previewPage()->confirmation();
        QVERIFY(box);
        QCOMPARE(box->text(),
                 QStringLiteral("Delete 3 items (%1) permanently?").arg(formatBytes(12400)));
        QVERIFY(box->defaultButton());
        QCOMPARE(box->buttonRole(box->defaultButton()), QMessageBox::RejectRole);
        QCOMPARE(box->buttonRole(box->escapeButton()), QMessageBox::RejectRole);
        QTest::keyClick(box, Qt::Key_Return); // the default: cancel
        QTRY_VERIFY(!w.previewPage()->confirmation());
        QCOMPARE(w.currentId(), int(CleanupWizard::PreviewPageId));
        QVERIFY(QFile::exists(tree.root() + QStringLiteral("/upload_k2j3h4g5.csv")));
        QVERIFY(QFile::exists(tree.root() + QStringLiteral("/tmpab3_x9zq/f0")));
    }

    void deleteRunsWhatIsCheckedOnly()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        CleanupWizard w(scanOf(tree), *m_settings);
        QSignalSpy finished(&w, &CleanupWizard::cleanupFinished);
        w.show();
        useRules(w, QStringLiteral("7d"));
        toPreview(w);
        PreviewModel *candidates = w.previewPage()->candidatesModel();
        const QString unchecked = tree.root() + QStringLiteral("/upload_a8b7c6d5.csv");
        candidates->setChecked({candidates->index(candidates->rowOf(unchecked), 0)}, false);
        runConfirmed(w, QStringLiteral("Delete 2 items (%1) permanently?").arg(formatBytes(5400)));

        // The disk.
        QVERIFY(QFile::exists(unchecked));
        QVERIFY(!QFile::exists(tree.root() + QStringLiteral("/upload_k2j3h4g5.csv")));
        QVERIFY(!QFileInfo::exists(tree.root() + QStringLiteral("/tmpab3_x9zq")));
        QVERIFY(QFile::exists(tree.root() + QStringLiteral("/report.pdf")));
        QVERIFY(QFile::exists(tree.root() + QStringLiteral("/upload_zz91qq02.csv")));
        // The report.
        const CleanupReport &report = w.report();
        QVERIFY(!report.cancelled);
        QCOMPARE(report.count(CleanupOutcome::Deleted), 2);
        quint64 removedBytes = 0;
        for (const CleanupResult &r : report.results) {
            if (r.action == CleanupOutcome::Deleted)
                removedBytes += r.bytes;
        }
        QCOMPARE(removedBytes, quint64(5400));
        QVERIFY(report.bytesFreed() > 0); // disk blocks, not apparent size
        const CleanupResult *kept = resultFor(report, unchecked);
        QVERIFY(kept);
        QCOMPARE(kept->action, CleanupOutcome::Skipped);
        QCOMPARE(kept->reason, QStringLiteral("unchecked in the preview"));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toString(), tree.root());
        // The report page.
        ReportPage *page = w.reportPage();
        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page->model()->rowCount(), int(report.results.size()));
        QCOMPARE(page->model()->index(0, ReportModel::Result).data().toString(),
                 QStringLiteral("deleted"));
        QVERIFY2(
            page->summaryLabel()->text().startsWith(
                QStringLiteral("Deleted 2 items. %1 freed.").arg(formatBytes(report.bytesFreed()))),
            qPrintable(page->summaryLabel()->text()));
        page->showBox()->setCurrentIndex(
            page->showBox()->findData(int(ReportModel::Show::Removed)));
        QCOMPARE(page->model()->rowCount(), 2);
        page->showBox()->setCurrentIndex(
            page->showBox()->findData(int(ReportModel::Show::Skipped)));
        QCOMPARE(page->model()->rowCount(), 4);
        QVERIFY(!w.button(QWizard::BackButton)->isVisible() ||
                !w.button(QWizard::BackButton)->isEnabled());
        QVERIFY(w.button(QWizard::FinishButton)->isVisible());

        // A later wizard starts from the rules used last.
        CleanupWizard again(scanOf(tree), *m_settings);
        QCOMPARE(again.rulesPage()->thresholdEdit()->text(), QStringLiteral("7d"));
        QCOMPARE(again.rulesPage()->basisBox()->currentData().toInt(), int(AgeBasis::Mtime));
    }

    void reportSavesAsJsonAndCsv()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        QVERIFY(tree.file(QStringLiteral("semi;colon,\"quoted\".tmp"), 10, 30 * Day));
        CleanupWizard w(scanOf(tree), *m_settings);
        w.show();
        useRules(w, QStringLiteral("7d"));
        toPreview(w);
        runConfirmed(w, QStringLiteral("Delete 4 items (%1) permanently?").arg(formatBytes(12410)));
        QTemporaryDir out;
        const QString json = out.filePath(QStringLiteral("report.json"));
        const QString csv = out.filePath(QStringLiteral("report.CSV"));
        QCOMPARE(w.reportPage()->saveReport(json), QString());
        QCOMPARE(w.reportPage()->saveReport(csv), QString());

        QFile jf(json);
        QVERIFY(jf.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(jf.readAll(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject root = doc.object();
        QCOMPARE(root.value(QStringLiteral("dry_run")).toBool(true), false);
        const QJsonArray results = root.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), w.report().results.size());
        QCOMPARE(root.value(QStringLiteral("summary"))
                     .toObject()
                     .value(QStringLiteral("deleted"))
                     .toInt(),
                 4);
        QCOMPARE(quint64(root.value(QStringLiteral("summary"))
                             .toObject()
                             .value(QStringLiteral("bytes_freed"))
                             .toInteger()),
                 w.report().bytesFreed());
        qint64 removedBytes = 0;
        for (const QJsonValue &v : results) {
            if (v.toObject().value(QStringLiteral("action")).toString() == u"deleted")
                removedBytes += v.toObject().value(QStringLiteral("bytes")).toInteger();
        }
        QCOMPARE(removedBytes, 12410);
        bool sawOdd = false;
        for (const QJsonValue &v : results) {
            const QJsonObject r = v.toObject();
            if (r.value(QStringLiteral("path"))
                    .toString()
                    .endsWith(QStringLiteral("semi;colon,\"quoted\".tmp"))) {
                sawOdd = true;
                QCOMPARE(r.value(QStringLiteral("action")).toString(), QStringLiteral("deleted"));
            }
        }
        QVERIFY(sawOdd);

        QFile cf(csv);
        QVERIFY(cf.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList lines = QString::fromUtf8(cf.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.first(),
                 QStringLiteral("path,action,reason,rule,bytes,age_seconds,path_hex"));
        QCOMPARE(lines.size(), 1 + w.report().results.size());
        const QStringList odd = lines.filter(QStringLiteral("semi;colon"));
        QCOMPARE(odd.size(), 1);
        QVERIFY2(
            odd.first().startsWith(
                QStringLiteral(
                    "\"%1/semi;colon,\"\"quoted\"\".tmp\",deleted,,* older than 7d by mtime,10,")
                    .arg(tree.root())),
            qPrintable(odd.first()));
        QCOMPARE(ReportPage::formatFor(csv), ReportPage::Format::Csv);
        QCOMPARE(ReportPage::formatFor(json), ReportPage::Format::Json);
        QVERIFY(!w.reportPage()
                     ->saveReport(out.filePath(QStringLiteral("missing/dir/r.json")))
                     .isEmpty());
    }

    void cancelStopsTheRun()
    {
        TreeFixture tree;
        for (int i = 0; i < 3000; ++i)
            QVERIFY(
                tree.file(QStringLiteral("old-%1").arg(i, 4, 10, QLatin1Char('0')), 1, 30 * Day));
        CleanupWizard w(scanOf(tree), *m_settings);
        w.show();
        useRules(w, QStringLiteral("7d"));
        toPreview(w);
        w.button(QWizard::CommitButton)->click();
        QMessageBox *box = w.previewPage()->confirmation();
        QVERIFY(box);
        buttonWithRole(box, QMessageBox::DestructiveRole)->click();
        QCOMPARE(w.currentId(), int(CleanupWizard::ProgressPageId));
        w.button(QWizard::CancelButton)->click(); // stops the run; the wizard stays
        QVERIFY(w.isVisible());
        QTRY_COMPARE(w.currentId(), int(CleanupWizard::ReportPageId));
        const CleanupReport &report = w.report();
        QVERIFY(report.cancelled);
        qsizetype cancelled = 0;
        for (const CleanupResult &r : report.results) {
            if (r.action == CleanupOutcome::Deleted) {
                QVERIFY2(!QFile::exists(r.path), qPrintable(r.path));
            } else {
                QCOMPARE(r.action, CleanupOutcome::Skipped);
                QCOMPARE(r.reason, QStringLiteral("cancelled"));
                QVERIFY2(QFile::exists(r.path), qPrintable(r.path));
                ++cancelled;
            }
        }
        QCOMPARE(report.results.size(), 3000);
        QVERIFY(cancelled > 0);
        QVERIFY(w.reportPage()->summaryLabel()->text().startsWith(QStringLiteral("Cancelled")));
    }

    // Save Report on a full disk says so and leaves no empty file
    // that looks saved. The disk is "full" through a file-size limit of one
    // byte (every write past it fails, EFBIG), as no mount is possible in a
    // process that already runs threads; the core test (AtomicFileTest) uses
    // a real full tmpfs.
    void reportOnAFullDiskIsAnError()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        CleanupWizard w(scanOf(tree), *m_settings);
        w.show();
        useRules(w, QStringLiteral("7d"));
        toPreview(w);
        runConfirmed(w, QStringLiteral("Delete 3 items (%1) permanently?").arg(formatBytes(12400)));
        QTemporaryDir out;
        QStringList errors;
        {
            struct rlimit saved
            {
            };
            QCOMPARE(::getrlimit(RLIMIT_FSIZE, &saved), 0);
            const auto handler = std::signal(SIGXFSZ, SIG_IGN);
            const struct rlimit tiny
            {
                1, saved.rlim_max
            };
            QCOMPARE(::setrlimit(RLIMIT_FSIZE, &tiny), 0);
            const auto restore = qScopeGuard([&] {
                ::setrlimit(RLIMIT_FSIZE, &saved);
                std::signal(SIGXFSZ, handler);
            });
            for (const char *name : {"report.json", "report.csv"})
                errors << w.reportPage()->saveReport(out.filePath(QString::fromLatin1(name)));
        }
        for (const QString &e : std::as_const(errors))
            QVERIFY2(e.startsWith(QStringLiteral("Cannot write ")) &&
                         e.endsWith(QStringLiteral(": File too large")),
                     qPrintable(e));
        QVERIFY(QDir(out.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    }

    // A corrupt profile list (a size of 2147483647 froze the wizard
    // for 20 minutes) is read in bounded time; bad profiles are dropped and
    // not written back.
    void corruptProfilesAreDropped()
    {
        const QString key = QStringLiteral("cleanup/profiles/");
        m_settings->setValue(key + QStringLiteral("size"), 2147483647);
        m_settings->setValue(key + QStringLiteral("1/name"), QStringLiteral("good"));
        m_settings->setValue(key + QStringLiteral("1/olderThan"), QStringLiteral("3d"));
        m_settings->setValue(key + QStringLiteral("2/name"), QStringLiteral("bad age"));
        m_settings->setValue(key + QStringLiteral("2/olderThan"), QStringLiteral("forever"));
        m_settings->setValue(key + QStringLiteral("3/name"), QString(100000, u'n'));
        m_settings->setValue(key + QStringLiteral("4/name"), QStringLiteral("bad unit"));
        m_settings->setValue(key + QStringLiteral("4/unit"), QStringLiteral("sideways"));
        m_settings->setValue(key + QStringLiteral("5/name"), QStringLiteral("good"));
        m_settings->setValue(key + QStringLiteral("2147483647/name"), QStringLiteral("far away"));
        m_settings->setValue(QStringLiteral("cleanup/lastUsed/olderThan"), QStringLiteral("-1d"));
        m_settings->sync();

        QElapsedTimer timer;
        timer.start();
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        {
            CleanupWizard w(scanOf(tree), *m_settings);
            w.show();
            QCOMPARE(w.rulesPage()->profileBox()->count(), 1);
        }
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        CleanupProfiles profiles(*m_settings);
        QVERIFY(!profiles.lastUsed()); // "-1d" is no age: the last rule is not used
        QCOMPARE(profiles.names(), QStringList{QStringLiteral("good")});
        QCOMPARE(profiles.load(QStringLiteral("good"))->olderThan, std::chrono::seconds(3 * 86400));
        // Saving writes back the good ones only.
        QVERIFY(profiles.save(QStringLiteral("new"), CleanupRule{}));
        m_settings->sync();
        QSettings raw(m_settings->fileName(), QSettings::IniFormat);
        raw.beginGroup(QStringLiteral("cleanup/profiles"));
        QCOMPARE(raw.value(QStringLiteral("size")).toInt(), 2);
        QCOMPARE(raw.childGroups(), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    }

    void profilesRoundTrip()
    {
        CleanupProfiles profiles(*m_settings);
        QVERIFY(profiles.names().isEmpty());
        CleanupRule a;
        a.olderThan = std::chrono::hours(36);
        a.basis = AgeBasis::Atime;
        a.includes = {QStringLiteral("upload_*.csv"), QStringLiteral("myapp-")};
        a.excludes = {QStringLiteral("*.lock")};
        a.unit = CleanupUnit::PerFile;
        a.action = CleanupAction::Trash;
        a.includeOthers = true;
        QVERIFY(profiles.save(QStringLiteral("uploads"), a));
        QVERIFY(profiles.save(QStringLiteral("Builds/CI"), CleanupRule{}));
        QVERIFY(!profiles.save(QStringLiteral("  "), a));
        QCOMPARE(profiles.names(),
                 (QStringList{QStringLiteral("Builds/CI"), QStringLiteral("uploads")}));
        const auto back =
            CleanupProfiles(*ScratchRoots::openSettings()).load(QStringLiteral("uploads"));
        QVERIFY(back);
        QCOMPARE(back->olderThan, a.olderThan);
        QCOMPARE(back->basis, a.basis);
        QCOMPARE(back->includes, a.includes);
        QCOMPARE(back->excludes, a.excludes);
        QCOMPARE(back->unit, a.unit);
        QCOMPARE(back->action, a.action);
        QCOMPARE(back->includeOthers, a.includeOthers);
        // Saving under an existing name replaces it.
        a.olderThan = std::chrono::hours(1);
        QVERIFY(profiles.save(QStringLiteral("uploads"), a));
        QCOMPARE(profiles.names().size(), 2);
        QCOMPARE(profiles.load(QStringLiteral("uploads"))->olderThan, std::chrono::seconds(3600));
        QVERIFY(profiles.remove(QStringLiteral("Builds/CI")));
        QVERIFY(!profiles.remove(QStringLiteral("Builds/CI")));
        QCOMPARE(profiles.names(), QStringList{QStringLiteral("uploads")});
    }

    void profilesFromTheRulesPage()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        {
            CleanupWizard w(scanOf(tree), *m_settings);
            w.show();
            RulesPage *rules = w.rulesPage();
            QVERIFY(!rules->profileBox()->isEnabled()); // nothing saved yet
            useRules(w, QStringLiteral("3d"));
            for (int i = 0; i < rules->familyList()->count(); ++i) {
                if (rules->familyList()->item(i)->text().startsWith(QStringLiteral("tmp* ")))
                    rules->familyList()->item(i)->setCheckState(Qt::Checked);
            }
            QVERIFY(rules->onlyMatchingButton()->isChecked());
            QTest::keyClicks(rules->excludesEdit(), QStringLiteral("*.keep"));
            rules->trashButton()->click();
            QVERIFY(rules->saveProfile(QStringLiteral("Temp dirs")));
            QCOMPARE(rules->profileBox()->currentText(), QStringLiteral("Temp dirs"));
        }
        CleanupWizard w(scanOf(tree), *m_settings);
        w.show();
        RulesPage *rules = w.rulesPage();
        QCOMPARE(rules->profileBox()->count(), 1);
        QVERIFY(!rules->onlyMatchingButton()->isChecked());
        rules->loadProfile(QStringLiteral("Temp dirs"));
        QCOMPARE(rules->thresholdEdit()->text(), QStringLiteral("3d"));
        QVERIFY(rules->onlyMatchingButton()->isChecked());
        QVERIFY(rules->trashButton()->isChecked());
        QCOMPARE(rules->excludesEdit()->text(), QStringLiteral("*.keep"));
        QCOMPARE(rules->rule().includes, QStringList{QStringLiteral("tmp*")});
        QCOMPARE(rules->patternsEdit()->text(), QString()); // the family is checked, not typed
        QVERIFY(rules->deleteProfile(QStringLiteral("Temp dirs")));
        QCOMPARE(rules->profileBox()->count(), 0);
        QVERIFY(CleanupProfiles(*m_settings).names().isEmpty());
    }

    void selectionIsTheOnlyCandidates()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        CleanupWizard w(scanOf(tree), *m_settings);
        const QString fresh = tree.root() + QStringLiteral("/report.pdf");
        const QString dir = tree.root() + QStringLiteral("/tmpq8w7e6r5");
        w.setSelection({fresh, dir}, CleanupAction::Delete);
        w.show();
        QCOMPARE(w.currentId(), int(CleanupWizard::PreviewPageId));
        QTRY_VERIFY(w.previewPage()->plan());
        // Picked by hand: young items are candidates; nothing else is listed.
        QCOMPARE(listed(*w.previewPage()->candidatesModel()),
                 (QStringList{QStringLiteral("report.pdf"), QStringLiteral("tmpq8w7e6r5")}));
        QCOMPARE(w.previewPage()->keptModel()->rowCount(), 0);
        QCOMPARE(w.button(QWizard::CommitButton)->text(), QStringLiteral("&Delete…"));
        runConfirmed(w,
                     QStringLiteral("Delete 2 items (%1) permanently?").arg(formatBytes(200200)));
        QVERIFY(!QFile::exists(fresh));
        QVERIFY(!QFileInfo::exists(dir));
        QCOMPARE(w.report().results.size(), 2);
        QVERIFY(QFile::exists(tree.root() + QStringLiteral("/upload_zz91qq02.csv")));
        QCOMPARE(QDir(tree.root()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size(), 4);
    }

    // Where a trash can take the location's items, a first cleanup starts on
    // the trash (it can be undone); later ones start on the last rule used.
    void startsOnTheTrashWhereThereIsOne()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        QVERIFY(!CleanupProfiles(*m_settings).lastUsed());
        CleanupWizard w(scanOf(tree), *m_settings);
        QVERIFY(w.rulesPage()->trashButton()->isChecked());
        QCOMPARE(w.rulesPage()->rule().action, CleanupAction::Trash);
    }

    // Picked items are shown with the main window's basis, whatever the
    // last cleanup used: the ages in the preview are those of the items view.
    void pickedItemsKeepTheWindowsBasis()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        for (const AgeBasis basis : {AgeBasis::Mtime, AgeBasis::Atime, AgeBasis::Ctime}) {
            CleanupWizard w(scanOf(tree), *m_settings);
            w.setDefaultAge(basis, std::chrono::hours(1));
            w.setSelection({tree.root() + QStringLiteral("/report.pdf")}, CleanupAction::Delete);
            QCOMPARE(w.rule().basis, basis);
        }
    }

    void trashMovesToTheTrash()
    {
        // The home trash in a scratch data directory beside the tree (the same
        // file system): the trash of the tree's own file system is never touched.
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const DataHome home(data.path());
        TreeFixture tree;
        QVERIFY(tree.file(QStringLiteral("trash-me-%1.txt").arg(::getpid()), 42, 30 * Day));
        const QString name = QStringLiteral("trash-me-%1.txt").arg(::getpid());
        const QString path = tree.root() + u'/' + name;
        CleanupWizard w(scanOf(tree), *m_settings);
        w.setSelection({path}, CleanupAction::Trash);
        w.show();
        QTRY_VERIFY(w.previewPage()->plan());
        // Picked by hand for the trash: the preview is the one confirmation.
        QCOMPARE(w.button(QWizard::CommitButton)->text(), QStringLiteral("Move to &Trash"));
        w.button(QWizard::CommitButton)->click();
        QVERIFY(!w.previewPage()->confirmation());
        QTRY_COMPARE(w.currentId(), int(CleanupWizard::ReportPageId));
        QVERIFY(w.hasReport());
        const CleanupResult &r = w.report().results.first();
        QCOMPARE(r.action, CleanupOutcome::Trashed);
        QVERIFY(!QFile::exists(path));
        QVERIFY(QFile::exists(data.path() + QStringLiteral("/Trash/files/") + name));
        QVERIFY(w.reportPage()->summaryLabel()->text().contains(
            QStringLiteral("Moved 1 item to the trash.")));
    }

    // "Open Containing Folder" says so when no file manager opens the folder.
    void openFolderReportsFailure()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        MainWindow::Options options;
        options.extraRoots = {tree.root()};
        options.discoverRoots = false;
        options.scanAllOnStart = false;
        MainWindow window(options);
        window.show();
        QTRY_COMPARE(window.itemsView()->model()->rowCount(), 6);
        QTRY_VERIFY(!window.scanService()->busy()); // the items show before the scan ends
        QList<QUrl> asked;
        bool opens = true;
        window.cleanupActions()->setUrlOpener([&](const QUrl &url) {
            asked << url;
            return opens;
        });
        window.cleanupActions()->openFolderAction()->trigger();
        QCOMPARE(asked, QList<QUrl>{QUrl::fromLocalFile(tree.root())});
        QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("warning")));
        opens = false;
        window.cleanupActions()->openFolderAction()->trigger();
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("warning"));
        QVERIFY(box);
        QCOMPARE(box->text(), QStringLiteral("No file manager could open %1.").arg(tree.root()));
        box->close();
    }

    // Delete moves the picked item to the trash after the preview alone;
    // Clean › Undo Move to Trash (Ctrl+Z) puts it back and rescans.
    void undoMoveToTrash()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const DataHome home(data.path());
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        MainWindow::Options options;
        options.extraRoots = {tree.root()};
        options.discoverRoots = false;
        options.scanAllOnStart = false;
        MainWindow window(options);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTreeView *items = window.itemsView();
        QTRY_COMPARE(items->model()->rowCount(), 6);
        QTRY_VERIFY(!window.scanService()->busy()); // the items show before the scan ends
        QAction *undo = window.cleanupActions()->undoTrashAction();
        QVERIFY(!undo->isEnabled());
        const int row = rowNamed(*items, QStringLiteral("report.pdf"));
        QVERIFY(row >= 0);
        items->setFocus();
        items->selectionModel()->select(items->model()->index(row, 0),
                                        QItemSelectionModel::ClearAndSelect |
                                            QItemSelectionModel::Rows);
        QTest::keyClick(items, Qt::Key_Delete);
        auto *wizard = window.findChild<CleanupWizard *>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->previewPage()->plan());
        wizard->button(QWizard::CommitButton)->click();
        QTRY_COMPARE(wizard->currentId(), int(CleanupWizard::ReportPageId));
        const QString path = tree.root() + QStringLiteral("/report.pdf");
        QVERIFY(!QFile::exists(path));
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(!window.findChild<CleanupWizard *>());
        QTRY_COMPARE(items->model()->rowCount(), 5); // rescanned

        QVERIFY(undo->isEnabled());
        QCOMPARE(undo->text(), QStringLiteral("&Undo Move to Trash (1 item)"));
        QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
        const QList<RestoreResult> back = window.cleanupActions()->undoTrash();
        QCOMPARE(back.size(), 1);
        QVERIFY2(back.first().restored, qPrintable(back.first().reason));
        QCOMPARE(QFileInfo(path).size(), 200000);
        QVERIFY(!undo->isEnabled());
        QVERIFY(QDir(data.path() + QStringLiteral("/Trash/files")).isEmpty());
        QTRY_COMPARE(items->model()->rowCount(), 6); // rescanned again
    }

    void deleteKeysOfTheMainWindow()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        MainWindow::Options options;
        options.extraRoots = {tree.root()};
        options.discoverRoots = false;
        options.scanAllOnStart = false;
        MainWindow window(options);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTreeView *items = window.itemsView();
        QTRY_COMPARE(items->model()->rowCount(), 6);
        QTRY_VERIFY(!window.scanService()->busy()); // the items show before the scan ends
        QVERIFY(!window.cleanupActions()->deleteAction()->isEnabled());
        const int row = rowNamed(*items, QStringLiteral("report.pdf"));
        QVERIFY(row >= 0);
        items->setFocus();
        items->setCurrentIndex(items->model()->index(row, 0));
        items->selectionModel()->select(items->model()->index(row, 0),
                                        QItemSelectionModel::ClearAndSelect |
                                            QItemSelectionModel::Rows);
        QVERIFY(window.cleanupActions()->deleteAction()->isEnabled());
        QCOMPARE(window.cleanupActions()->selectedPaths(),
                 QStringList{tree.root() + QStringLiteral("/report.pdf")});

        // Delete: the trash, through the preview; closing it changes nothing.
        QTest::keyClick(items, Qt::Key_Delete);
        auto *wizard = window.findChild<CleanupWizard *>();
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(CleanupWizard::PreviewPageId));
        QCOMPARE(wizard->rule().action, CleanupAction::Trash);
        QTRY_VERIFY(wizard->previewPage()->plan());
        wizard->reject();
        QTRY_VERIFY(!window.findChild<CleanupWizard *>());
        QVERIFY(QFile::exists(tree.root() + QStringLiteral("/report.pdf")));

        // Shift+Delete: deleted for good, and the window rescans.
        QSignalSpy shown(&window, &MainWindow::inventoryShown);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        items->setFocus();
        QTest::keyClick(items, Qt::Key_Delete, Qt::ShiftModifier);
        wizard = window.findChild<CleanupWizard *>();
        QVERIFY(wizard);
        QCOMPARE(wizard->rule().action, CleanupAction::Delete);
        QTRY_VERIFY(wizard->previewPage()->plan());
        QCOMPARE(listed(*wizard->previewPage()->candidatesModel()),
                 QStringList{QStringLiteral("report.pdf")});
        runConfirmed(*wizard,
                     QStringLiteral("Delete 1 item (%1) permanently?").arg(formatBytes(200000)));
        QVERIFY(!QFile::exists(tree.root() + QStringLiteral("/report.pdf")));
        QTRY_VERIFY(shown.count() > 0);
        QTRY_COMPARE(items->model()->rowCount(), 5);
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(!window.findChild<CleanupWizard *>());

        // Delete in the filter field edits the text; it opens no wizard.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        items->setCurrentIndex(items->model()->index(0, 0));
        items->selectionModel()->select(items->model()->index(0, 0),
                                        QItemSelectionModel::ClearAndSelect |
                                            QItemSelectionModel::Rows);
        QLineEdit *filter = window.filterBar()->textEdit();
        filter->setFocus();
        QTest::keyClicks(filter, QStringLiteral("ab"));
        QTest::keyClick(filter, Qt::Key_Home);
        QTest::keyClick(filter, Qt::Key_Delete);
        QCOMPARE(filter->text(), QStringLiteral("b"));
        QVERIFY(!window.findChild<CleanupWizard *>());

        // Clean Up… starts at the rules.
        QCOMPARE(window.cleanupActions()->cleanUpAction()->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
        window.cleanupActions()->cleanUpAction()->trigger();
        wizard = window.findChild<CleanupWizard *>();
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(CleanupWizard::RulesPageId));
        wizard->reject();
    }

    void controlsHaveAccessibleNames()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        CleanupWizard w(scanOf(tree), *m_settings);
        w.show();
        useRules(w, QStringLiteral("7d"));
        const auto check = [](QWidget *page) {
            for (QWidget *child : page->findChildren<QWidget *>()) {
                if (!child->isVisibleTo(page) || child->focusPolicy() == Qt::NoFocus)
                    continue;
                if (qobject_cast<QAbstractButton *>(child) &&
                    !static_cast<QAbstractButton *>(child)->text().isEmpty())
                    continue;
                if (child->inherits("QScrollBar") || child->inherits("QHeaderView") ||
                    child->parentWidget()->inherits("QAbstractItemView"))
                    continue;
                QVERIFY2(
                    !child->accessibleName().isEmpty(),
                    qPrintable(QStringLiteral("%1 (%2) on %3 has no accessible name")
                                   .arg(QString::fromLatin1(child->metaObject()->className()),
                                        child->objectName(),
                                        QString::fromLatin1(page->metaObject()->className()))));
            }
        };
        check(w.rulesPage());
        toPreview(w);
        check(w.previewPage());
        runConfirmed(w, QStringLiteral("Delete 3 items (%1) permanently?").arg(formatBytes(12400)));
        check(w.reportPage());
    }
};

QTEST_MAIN(CleanupWizardTest)
#include "CleanupWizardTest.moc"
