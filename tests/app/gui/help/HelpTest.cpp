// The Help menu: F1 opens the user guide, which is the README's section on
// the desktop app as shipped; About names the version, the licence and Qt.

#include "gui/MainWindow.h"
#include "gui/help/AboutBox.h"
#include "gui/help/UserGuide.h"

#include "core/locations/ScratchRoots.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>

using namespace tempscope;
using namespace tempscope::gui;

class HelpTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theGuideIsTheReadmeSection()
    {
        const QString guide = UserGuide::markdown();
        QVERIFY(guide.startsWith(QStringLiteral("# Tempscope user guide\n")));
        QFile readme(QStringLiteral(TEMPSCOPE_SOURCE_DIR "/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(readme.readAll());
        const qsizetype start = text.indexOf(QStringLiteral("\n## The desktop app\n"));
        QVERIFY(start >= 0);
        const qsizetype end = text.indexOf(QStringLiteral("\n## "), start + 1);
        // Every paragraph of the README's section is in the guide, the
        // screenshots aside; nothing after the section is.
        const QStringList paragraphs =
            text.mid(start, end - start).split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
        QVERIFY(paragraphs.size() > 10);
        for (QString p : paragraphs) {
            p = p.trimmed();
            if (p.startsWith(QStringLiteral("![")) || p.startsWith(QStringLiteral("## ")))
                continue;
            QVERIFY2(guide.contains(p), qPrintable(p.left(60)));
        }
        QVERIFY(!guide.contains(QStringLiteral("![")));
        QVERIFY(!guide.contains(QStringLiteral("\n## tempscope-cli")));
    }

    void f1OpensTheGuide()
    {
        ScratchRoots::openSettings()->clear();
        MainWindow::Options options;
        options.discoverRoots = false;
        options.scanAllOnStart = false;
        MainWindow w(options);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!w.findChild<UserGuide *>());
        QTest::keyClick(&w, Qt::Key_F1);
        auto *guide = w.findChild<UserGuide *>();
        QVERIFY(guide);
        QVERIFY(guide->isVisible());
        QVERIFY(guide->browser()->toPlainText().contains(QStringLiteral("Cleaning up.")));
        // F1 again shows the same window, not a second one.
        QTest::keyClick(&w, Qt::Key_F1);
        QCOMPARE(w.findChildren<UserGuide *>().size(), 1);
    }

    void aboutNamesVersionLicenceAndQt()
    {
        const QString text = aboutText();
        QVERIFY(text.contains(QStringLiteral("Tempscope " TEMPSCOPE_TEST_VERSION)));
        QVERIFY(text.contains(QStringLiteral("GPL-3.0-or-later")));
        QVERIFY(text.contains(QStringLiteral("Built with Qt " QT_VERSION_STR)));
        QVERIFY(text.contains(QStringLiteral("running on Qt ") + QString::fromLatin1(qVersion())));
    }
};

QTEST_MAIN(HelpTest)
#include "HelpTest.moc"
