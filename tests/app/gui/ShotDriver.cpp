// tempscope-shots: opens the real main window (as `tempscope` does) and
// drives it by object name, step by step, to take the README screenshots
// (tools/window-shots, tools/screenshots). No step depends on where a widget
// is on the screen.
//
//   tempscope-shots [--dark] [--size WxH] [--root ROOT]... STEP...
//
// Steps, run in order (a step that opens a modal dialog does not stop the
// ones after it):
//   idle                 wait until no scan runs and the items are shown
//   wait=MS              let the window work for MS ms
//   trigger=ACTION       trigger the QAction named ACTION
//   text=EDIT:TEXT       type TEXT into the line edit named EDIT
//   row=VIEW:N           make row N of the item view named VIEW current
//   select=VIEW:NAME     make the top-level row of VIEW whose first column
//                        reads NAME current
//   tab=TABS:N           show tab N of the tab widget named TABS
//   click=BUTTON         click the button named BUTTON
//   next=WIZARD          go to the next page of the wizard named WIZARD
//   close=WINDOW         close the window named WINDOW
//   shot=WINDOW:FILE     save an image of the window named WINDOW to FILE
//   screen=FILE          save an image of the screen around every window
//                        shown (needs a real display, such as Xvfb)
// The main window is named "mainWindow". An unknown step or a name that
// matches no widget ends the run with status 1 and says which.

#include "gui/DarkLook.h"
#include "gui/MainWindow.h"
#include "gui/items/ItemsModel.h"
#include "gui/scan/ScanService.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPainter>
#include <QScreen>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QWizard>

#include <cstdio>
#include <functional>
#include <optional>

using tempscope::gui::MainWindow;

namespace {

[[noreturn]] void fail(const QString &why)
{
    std::fprintf(stderr, "tempscope-shots: %s\n", qPrintable(why));
    std::fflush(stderr);
    std::_Exit(1);
}

// The widget (top-level or inside one) or action named `name`.
template <class T> T *named(const QString &name)
{
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (auto *t = qobject_cast<T *>(top); t && top->objectName() == name)
            return t;
        if (T *t = top->findChild<T *>(name))
            return t;
    }
    fail(QStringLiteral("no %1 named \"%2\"")
             .arg(QString::fromLatin1(T::staticMetaObject.className()), name));
}

// "NAME:REST" split at the first colon.
std::pair<QString, QString> split(const QString &argument)
{
    const qsizetype colon = argument.indexOf(u':');
    if (colon <= 0)
        fail(QStringLiteral("expected NAME:VALUE, got \"%1\"").arg(argument));
    return {argument.left(colon), argument.mid(colon + 1)};
}

int number(const QString &text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < 0)
        fail(QStringLiteral("not a row or tab number: \"%1\"").arg(text));
    return n;
}

void makeCurrent(QAbstractItemView *view, const QModelIndex &index)
{
    view->setFocus();
    view->setCurrentIndex(index);
    view->scrollTo(index);
}

class Driver
{
public:
    Driver(MainWindow &window, QStringList steps) : m_window(window), m_steps(std::move(steps)) {}

    // Runs the next step, the one after it once this one is done.
    void next(int delayMs = 0)
    {
        QTimer::singleShot(delayMs, [this] { runStep(); });
    }

private:
    void runStep()
    {
        if (m_steps.isEmpty()) {
            QApplication::quit();
            return;
        }
        const QString step = m_steps.takeFirst();
        const qsizetype eq = step.indexOf(u'=');
        const QString verb = eq < 0 ? step : step.left(eq);
        const QString arg = eq < 0 ? QString() : step.mid(eq + 1);
        std::fprintf(stderr, "tempscope-shots: %s\n", qPrintable(step));
        if (verb == u"idle") {
            waitIdle();
            return;
        }
        if (verb == u"wait") {
            next(number(arg));
            return;
        }
        // Actions may open a modal dialog: the steps after run inside its loop.
        next(300);
        if (verb == u"trigger") {
            named<QAction>(arg)->trigger();
        } else if (verb == u"text") {
            const auto [name, text] = split(arg);
            QLineEdit *edit = named<QLineEdit>(name);
            edit->setFocus();
            edit->setText(text);
        } else if (verb == u"row") {
            const auto [name, row] = split(arg);
            QAbstractItemView *view = named<QAbstractItemView>(name);
            const QModelIndex index = view->model()->index(number(row), 0);
            if (!index.isValid())
                fail(QStringLiteral("%1 has no row %2").arg(name, row));
            makeCurrent(view, index);
        } else if (verb == u"select") {
            const auto [name, text] = split(arg);
            QAbstractItemView *view = named<QAbstractItemView>(name);
            const QModelIndexList found = view->model()->match(
                view->model()->index(0, 0), Qt::DisplayRole, text, 1, Qt::MatchExactly);
            if (found.isEmpty())
                fail(QStringLiteral("%1 has no row \"%2\"").arg(name, text));
            makeCurrent(view, found.first());
        } else if (verb == u"tab") {
            const auto [name, tab] = split(arg);
            QTabWidget *tabs = named<QTabWidget>(name);
            if (number(tab) >= tabs->count())
                fail(QStringLiteral("%1 has no tab %2").arg(name, tab));
            tabs->setCurrentIndex(number(tab));
        } else if (verb == u"click") {
            named<QAbstractButton>(arg)->click();
        } else if (verb == u"next") {
            named<QWizard>(arg)->next();
        } else if (verb == u"close") {
            named<QWidget>(arg)->close();
        } else if (verb == u"shot") {
            const auto [name, file] = split(arg);
            QWidget *window = named<QWidget>(name);
            if (!window->grab().save(file))
                fail(QStringLiteral("cannot write %1").arg(file));
            std::printf("%s\n", qPrintable(file));
            std::fflush(stdout);
        } else if (verb == u"screen") {
            QScreen *screen = m_window.screen();
            QList<QRect> windows;
            QRect around;
            for (QWidget *top : QApplication::topLevelWidgets()) {
                if (top->isVisible() && top->isWindow()) {
                    windows << (top->frameGeometry() & screen->geometry());
                    around |= windows.last();
                }
            }
            const QPixmap grabbed = screen->grabWindow(0);
            // The windows on a plain background (the display has no desktop).
            QImage out(around.size(), QImage::Format_RGB32);
            out.fill(m_window.palette().color(QPalette::Window).darker(115));
            QPainter painter(&out);
            for (const QRect &w : std::as_const(windows))
                painter.drawPixmap(w.topLeft() - around.topLeft(), grabbed, w);
            painter.end();
            if (!out.save(arg))
                fail(QStringLiteral("cannot write %1").arg(arg));
            std::printf("%s\n", qPrintable(arg));
            std::fflush(stdout);
        } else {
            fail(QStringLiteral("unknown step \"%1\"").arg(step));
        }
    }

    // The selected root scanned and shown (a minute at most).
    void waitIdle()
    {
        if (!m_waiting.isValid())
            m_waiting.start();
        if (!m_window.scanService()->busy() && m_window.itemsModel()->inventory() &&
            !m_window.itemsModel()->inventory()->isTopLevel()) {
            m_waiting.invalidate();
            next(500); // the views lay out and paint
            return;
        }
        if (m_waiting.elapsed() > 60'000)
            fail(QStringLiteral("the scan did not end within a minute: %1")
                     .arg(m_window.statusText()));
        QTimer::singleShot(100, [this] { waitIdle(); });
    }

    MainWindow &m_window;
    QStringList m_steps;
    QElapsedTimer m_waiting;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tempscope"));
    QApplication::setOrganizationName(QStringLiteral("Tempscope"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tempscope"));

    QCommandLineParser parser;
    const QCommandLineOption dark(QStringLiteral("dark"));
    const QCommandLineOption size(QStringLiteral("size"), QString(), QStringLiteral("WxH"),
                                  QStringLiteral("1360x860"));
    const QCommandLineOption root(QStringLiteral("root"), QString(), QStringLiteral("ROOT"));
    parser.addOptions({dark, size, root});
    parser.process(app);
    if (parser.isSet(dark)) {
        tempscope::gui::useDarkLook();
    }
    const QStringList wh = parser.value(size).split(u'x');
    if (wh.size() != 2 || number(wh[0]) == 0 || number(wh[1]) == 0)
        fail(QStringLiteral("--size takes WxH, not \"%1\"").arg(parser.value(size)));

    MainWindow::Options options;
    for (const QString &r : parser.values(root))
        options.extraRoots.append(QDir(r).absolutePath());
    MainWindow window(options);
    window.resize(number(wh[0]), number(wh[1]));
    window.show();
    Driver driver(window, parser.positionalArguments());
    driver.next(500);
    return QApplication::exec();
}
