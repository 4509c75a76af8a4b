// The cleanup wizard as a user drives it, on real temporary trees: rules,
// preview with its check boxes and kept reasons, confirmation, a run that
// deletes (or is cancelled), and the report and its export.

#include "tests/app/gui/cleanup/WizardFixture.h"

using namespace tempscope;
using namespace tempscope::gui;
using namespace tempscope::gui::test;

class CleanupWizardTest final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QSettings> m_settings;

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
};

QTEST_MAIN(CleanupWizardTest)
#include "CleanupWizardTest.moc"
