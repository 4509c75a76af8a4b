// ScanNotice, the line above the items: what it says for results that are
// incomplete, for a rescan set aside, and that it is hidden otherwise.

#include "gui/scan/ScanNotice.h"
#include "tests/app/gui/TreeFixture.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>
#include <QWidget>

using namespace tempscope;
using namespace tempscope::gui;
using namespace tempscope::gui::test;

class ScanNoticeTest final : public QObject
{
    Q_OBJECT

private:
    static native::TimeNs ns(const QDateTime &at) { return at.toMSecsSinceEpoch() * 1'000'000; }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void saysWhatTheResultsAre()
    {
        TreeFixture tree;
        QVERIFY(tree.makeStandard());
        QWidget window;
        ScanNotice &notice = *new ScanNotice(&window);
        window.show();
        QVERIFY(notice.isHidden()); // nothing shown yet

        RootScan complete;
        complete.requested = tree.root();
        complete.inventory = tree.scan();
        const QDateTime today(QDate::currentDate(), QTime(9, 5));
        complete.scannedAt = ns(today);
        notice.setScan(complete, std::nullopt);
        QVERIFY(notice.isHidden());

        notice.setScan(complete, SetAsideRescan{ns(today.addSecs(37 * 60)), {}});
        QVERIFY(notice.isVisible());
        QCOMPARE(
            notice.text(),
            QStringLiteral("Rescan stopped at 09:42 — showing the complete results from 09:05."));

        notice.setScan(complete, SetAsideRescan{ns(today.addSecs(60)), QStringLiteral("gone\n")});
        QCOMPARE(
            notice.text(),
            QStringLiteral("Rescan failed at 09:06 (gone\\n) — showing the results from 09:05."));

        RootScan partial = complete;
        partial.cancelled = true;
        partial.scannedAt = ns(QDateTime(QDate(2026, 3, 1), QTime(14, 30)));
        notice.setScan(partial, std::nullopt);
        QVERIFY(notice.isVisible());
        QVERIFY2(notice.text().startsWith(
                     QStringLiteral("Incomplete: the scan was stopped at 01/03/2026 14:30 before")),
                 qPrintable(notice.text()));
        QVERIFY(notice.text().contains(QStringLiteral("Clean Up keeps every item")));

        // A root that could not be read has no results to speak of: the
        // sidebar and the status bar say why.
        RootScan failed;
        failed.requested = tree.root();
        failed.error = QStringLiteral("gone");
        notice.setScan(failed, SetAsideRescan{1, QStringLiteral("gone")});
        QVERIFY(notice.isHidden());
    }
};

QTEST_MAIN(ScanNoticeTest)
#include "ScanNoticeTest.moc"
