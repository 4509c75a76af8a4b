// GUI stall benchmark: opens the real main window (use the offscreen
// platform) on one root, lets it scan, and reports
//   - the longest gap between two turns of the GUI event loop from the
//     window being shown until 500 ms after the finished scan's items are in
//     the view (target 50 ms), when it happened, and the longest one before
//     the result reached the GUI thread (the scan itself),
//   - the time from the start until the items view shows the first items
//     (those of the running scan, still counting) and until it shows the
//     finished scan's,
//   - the cost of user actions on the GUI thread at that size: sorting by
//     name and by age, a text filter, the stale-only filter,
//   - the process's peak resident memory (VmHWM) at the end.
//
//   gui-stall-bench ROOT        (run through tests/bench/gui-stall-bench)
//
// With TEMPSCOPE_STALL_TRACE=MS in the environment, every event the GUI
// thread took MS ms or more to handle is written to stderr (when, how long,
// the event type, the receiver's class and object name; nested ones
// indented), which tells what a long gap was.

#include "gui/MainWindow.h"
#include "gui/items/FilterBar.h"
#include "gui/items/ItemsModel.h"
#include "gui/scan/ScanService.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QTreeView>

#include <cstdio>
#include <ctime>
#include <fstream>
#include <string>

using tempscope::gui::ItemsModel;
using tempscope::gui::MainWindow;

namespace {

// Times every event delivered on the GUI thread (see TEMPSCOPE_STALL_TRACE).
class TracingApplication final : public QApplication
{
public:
    TracingApplication(int &argc, char **argv) : QApplication(argc, argv)
    {
        m_clock.start();
        bool ok = false;
        const int ms = qEnvironmentVariableIntValue("TEMPSCOPE_STALL_TRACE", &ok);
        m_thresholdNs = ok && ms > 0 ? qint64(ms) * 1'000'000 : -1;
    }

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_thresholdNs < 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        const int type = event->type();
        const qint64 start = m_clock.nsecsElapsed();
        const qint64 cpuStart = threadCpuNs();
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        const qint64 took = m_clock.nsecsElapsed() - start;
        if (took >= m_thresholdNs)
            std::fprintf(stderr, "trace: at %lld ms %*s%.1f ms (cpu %.1f ms) event %d %s \"%s\"\n",
                         static_cast<long long>(start / 1'000'000), 2 * m_depth, "",
                         double(took) / 1e6, double(threadCpuNs() - cpuStart) / 1e6, type,
                         receiver->metaObject()->className(), qPrintable(receiver->objectName()));
        return result;
    }

private:
    // CPU time of this thread: what an event cost without the time the
    // thread waited for a core.
    static qint64 threadCpuNs()
    {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
    }

    QElapsedTimer m_clock;
    qint64 m_thresholdNs = -1;
    int m_depth = 0;
};

// Peak resident set size of this process in KiB (VmHWM), or -1.
long peakRssKiB()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stol(line.substr(6));
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    TracingApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: gui-stall-bench ROOT\n");
        return 2;
    }
    QStandardPaths::setTestModeEnabled(true); // leave the user's settings alone

    QElapsedTimer sinceStart;
    sinceStart.start();
    MainWindow::Options options;
    options.extraRoots = {args[1]};
    options.discoverRoots = false;
    options.scanAllOnStart = false;
    MainWindow window(options);
    window.resize(1400, 900);
    window.show();

    // A 1 ms precise timer: the gap between two of its ticks is how long the
    // event loop was busy elsewhere.
    QElapsedTimer sinceTick;
    sinceTick.start();
    qint64 longestNs = 0;
    qint64 longestAtMs = 0;
    qint64 longestWhileScanningNs = 0; // before the result reached the GUI thread
    bool scanning = true;
    qint64 ticks = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 gap = sinceTick.nsecsElapsed();
        if (gap > longestNs) {
            longestNs = gap;
            longestAtMs = sinceStart.elapsed();
        }
        if (scanning)
            longestWhileScanningNs = std::max(longestWhileScanningNs, gap);
        sinceTick.restart();
        ++ticks;
    });
    probe.start();

    qint64 firstItemsMs = -1;
    qint64 firstCounting = -1; // rows still counting when the first items were shown
    qint64 finalItemsMs = -1;
    qint64 scanMs = -1;
    quint64 entries = 0;
    QObject::connect(window.scanService(), &tempscope::gui::ScanService::finished,
                     [&](const tempscope::RootScan &r) {
                         // The window has shown the result (its handler runs first).
                         scanning = false;
                         scanMs = r.elapsedMs;
                         entries = r.ok() ? r.inventory->tree().size() - 1 : 0;
                         if (r.ok() && window.itemsView()->model()->rowCount() > 0) {
                             finalItemsMs = sinceStart.elapsed();
                             // Keep measuring while the view lays out and paints the rows.
                             QTimer::singleShot(500, &app, &QApplication::quit);
                         }
                     });
    QObject::connect(&window, &MainWindow::inventoryShown, [&] {
        if (window.itemsView()->model()->rowCount() == 0)
            return;
        if (firstItemsMs < 0) {
            firstItemsMs = sinceStart.elapsed();
            firstCounting = window.itemsModel()->inventory()->counting();
        }
    });
    QTimer::singleShot(600'000, &app, &QApplication::quit);
    QApplication::exec();
    probe.stop();
    if (finalItemsMs < 0) {
        std::fprintf(stderr, "gui-stall-bench: no items shown (%s)\n",
                     qPrintable(window.statusText()));
        return 1;
    }

    ItemsModel *model = window.itemsModel();
    auto timed = [](auto &&f) {
        QElapsedTimer t;
        t.start();
        f();
        return double(t.nsecsElapsed()) / 1e6;
    };
    const double sortName = timed([&] { model->sort(ItemsModel::Name, Qt::AscendingOrder); });
    const double sortAge = timed([&] { model->sort(ItemsModel::Age, Qt::DescendingOrder); });
    const double sortSize = timed([&] { model->sort(ItemsModel::Size, Qt::DescendingOrder); });
    const double filterText = timed([&] { model->setFilter({QStringLiteral("tmp"), {}, false}); });
    const double filterStale = timed([&] { model->setFilter({{}, {}, true}); });
    const double filterNone = timed([&] { model->setFilter({}); });

    std::printf(
        "entries %llu items %lld scan_ms %lld first_items_ms %lld counting_at_first %lld "
        "final_items_ms %lld longest_stall_ms %.1f at_ms %lld longest_while_scanning_ms %.1f "
        "loop_turns %lld\n",
        static_cast<unsigned long long>(entries), static_cast<long long>(model->totalItems()),
        static_cast<long long>(scanMs), static_cast<long long>(firstItemsMs),
        static_cast<long long>(firstCounting), static_cast<long long>(finalItemsMs),
        double(longestNs) / 1e6, static_cast<long long>(longestAtMs),
        double(longestWhileScanningNs) / 1e6, static_cast<long long>(ticks));
    std::printf("sort_name_ms %.1f sort_age_ms %.1f sort_size_ms %.1f filter_text_ms %.1f "
                "filter_stale_ms %.1f "
                "filter_none_ms %.1f\n",
                sortName, sortAge, sortSize, filterText, filterStale, filterNone);
    std::printf("peak_rss_kib %ld\n", peakRssKiB());
    return 0;
}
