// The playground window as a desktop window: where it opens, that it keeps
// its size and its buttons' places while its texts change, and that Esc
// closes it.

#include "gui/playground/PlaygroundWindow.h"
#include "../ScreenMain.h"
#include "core/locations/ScratchRoots.h"
#include "gui/MainWindow.h"
#include "gui/playground/Tour.h"
#include "tests/app/gui/playground/PlaygroundFixture.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tempscope;
using namespace tempscope::gui;
using namespace tempscope::gui::playground;

class PlaygroundWindowTest final : public test::PlaygroundFixture
{
    Q_OBJECT

private:
    static QRect available(const QWidget *w) { return w->screen()->availableGeometry(); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(useTemporaryTmpdir()); }

    void init() { openWindow(); }

    void cleanup() { closeWindow(); }

    void escapeClosesIt()
    {
        m_window->show();
        m_window->playgroundAction()->trigger();
        PlaygroundWindow *p = playground();
        QVERIFY(p && p->isVisible());
        p->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(p));
        p->prefixEdit()->setFocus();
        QTest::keyClick(p->prefixEdit(), Qt::Key_Escape);
        QVERIFY(!p->isVisible());
    }

    // The inspector at the left, at the right and as wide as the screen,
    // and low on it: the playground goes beside it on the side with room
    // for it, over it when there is none, and always inside the screen.
    void opensBesideTheInspectorInsideTheScreen_data()
    {
        QTest::addColumn<double>("left");  // of the screen's width
        QTest::addColumn<double>("width"); // of the screen's width
        QTest::addColumn<double>("top");   // of the screen's height
        QTest::newRow("left") << 0.0 << 0.4 << 0.0;
        QTest::newRow("right") << 0.6 << 0.4 << 0.0;
        QTest::newRow("whole screen") << 0.0 << 1.0 << 0.0;
        QTest::newRow("low on the screen") << 0.0 << 0.4 << 0.75;
    }
    void opensBesideTheInspectorInsideTheScreen()
    {
        QFETCH(double, left);
        QFETCH(double, width);
        QFETCH(double, top);
        const QRect screen = available(m_window.get());
        m_window->show();
        m_window->setGeometry(
            screen.left() + int(left * screen.width()), screen.top() + int(top * screen.height()),
            std::max(int(width * screen.width()), m_window->minimumSizeHint().width()),
            screen.height() / 2);
        m_window->playgroundAction()->trigger();
        PlaygroundWindow *p = playground();
        QVERIFY(p);
        const QRect at = p->frameGeometry();
        const QString where =
            QStringLiteral("%1,%2 %3x%4").arg(at.x()).arg(at.y()).arg(at.width()).arg(at.height());
        QVERIFY2(screen.contains(at), qPrintable(where + QStringLiteral(" outside the screen")));
        QVERIFY(p->width() >= p->minimumSizeHint().width());
        const QRect main = m_window->frameGeometry();
        const int least = p->minimumSizeHint().width() + (at.width() - p->width());
        const int right = screen.right() - main.right();
        const int leftRoom = main.left() - screen.left();
        if (right >= least && right >= leftRoom)
            QVERIFY2(at.left() == main.right() + 1, qPrintable(where));
        else if (leftRoom >= least)
            QVERIFY2(at.right() + 1 == main.left(), qPrintable(where));
        else
            QVERIFY2(at.right() == screen.right(), qPrintable(where));
    }

    // Every tour step changes the texts; the window keeps its geometry.
    void keepsItsGeometryThroughTheTour()
    {
        m_window->show();
        m_window->playgroundAction()->trigger();
        PlaygroundWindow *p = playground();
        QVERIFY(QTest::qWaitForWindowExposed(p));
        QTest::qWait(50);
        const QRect before = p->geometry();
        // The button's right edge: its text grows on the last step.
        const auto nextAt = [p] {
            return p->tourButton()->mapTo(p, QPoint(p->tourButton()->width(), 0));
        };
        const QPoint next = nextAt();
        for (int step = 1; step < tourSteps().size(); ++step) {
            QTest::mouseClick(p->tourButton(), Qt::LeftButton);
            QTRY_VERIFY(!p->session()->childRunning());
            QCoreApplication::processEvents();
            QCOMPARE(p->geometry(), before);
            QVERIFY(available(p).contains(p->frameGeometry()));
            QCOMPARE(nextAt(), next);
        }
    }

    // Selecting a SpooledTemporaryFile shows the gauge; no button moves.
    void buttonsStayWhenTheGaugeAppears()
    {
        m_window->show();
        m_window->playgroundAction()->trigger();
        PlaygroundWindow *p = playground();
        QVERIFY(QTest::qWaitForWindowExposed(p));
        p->kindBox()->setCurrentIndex(p->kindBox()->findData(int(ObjectKind::TemporaryFile)));
        QTest::mouseClick(p->createButton(), Qt::LeftButton);
        p->kindBox()->setCurrentIndex(
            p->kindBox()->findData(int(ObjectKind::SpooledTemporaryFile)));
        QTest::mouseClick(p->createButton(), Qt::LeftButton);
        QCOMPARE(p->session()->count(), 2);
        p->selectRow(0);
        QCoreApplication::processEvents();
        QVERIFY(!p->spoolGauge()->isVisible());
        QPushButton *write = p->actionButton(Action::Write);
        QPushButton *close = p->actionButton(Action::Close);
        const QPoint writeAt = write->mapTo(p, QPoint());
        const QPoint closeAt = close->mapTo(p, QPoint());
        p->selectRow(1);
        QCoreApplication::processEvents();
        QVERIFY(p->spoolGauge()->isVisible());
        QCOMPARE(write->mapTo(p, QPoint()), writeAt);
        QCOMPARE(close->mapTo(p, QPoint()), closeAt);
    }
};

TEMPSCOPE_SCREEN_TEST_MAIN(PlaygroundWindowTest, 1920, 1080)
#include "PlaygroundWindowTest.moc"
