#include "gui/scan/ScanWorker.h"

#include "core/catalogue/Verdicts.h"
#include "core/cleanup/ItemStates.h"
#include "core/inventory/PathText.h"
#include "core/inventory/PrefixFamilies.h"
#include "core/native/Scanner.h"

#include <QElapsedTimer>

#include <mutex>

namespace tempscope::gui {

namespace {

// The scanners' words for a root they cannot scan (RootError::message),
// for the translations; anything else is the system's text with its code.
const char *const RootErrorTexts[] = {
    QT_TRANSLATE_NOOP("tempscope::gui::ScanWorker", "does not exist"),
    QT_TRANSLATE_NOOP("tempscope::gui::ScanWorker", "is not a directory"),
    QT_TRANSLATE_NOOP("tempscope::gui::ScanWorker", "permission denied"),
    QT_TRANSLATE_NOOP("tempscope::gui::ScanWorker", "is a symbolic link loop"),
    QT_TRANSLATE_NOOP("tempscope::gui::ScanWorker", "path is too long"),
};

} // namespace

QString ScanWorker::rootErrorText(const native::RootError &error)
{
    for (const char *known : RootErrorTexts) {
        if (error.message == known)
            return tr(known);
    }
    return tr("%1 (error %2)").arg(QString::fromStdString(error.message)).arg(error.code);
}

ScanWorker::ScanWorker(const std::atomic<bool> *cancel) : m_cancel(cancel) {}

void ScanWorker::scan(const QString &root, const QStringList &userFamilies)
{
    QElapsedTimer clock;
    clock.start();
    native::lowerThreadPriority(); // scanning is background work

    // The scanner calls back from several threads; only one of them reports
    // per 100 ms, so the GUI thread's queue never floods.
    std::mutex progressMutex;
    QElapsedTimer sinceReport;
    sinceReport.start();
    native::ScanOptions options;
    options.cancel = m_cancel;
    options.progress = [&](const native::ScanProgress &p) {
        std::unique_lock lock(progressMutex, std::try_to_lock);
        if (!lock.owns_lock() || sinceReport.elapsed() < 100)
            return;
        sinceReport.restart();
        Q_EMIT progress(root, p.entries, p.directories);
    };

    RootScan result;
    result.requested = root;
    native::ScanResult scanned = native::scan(nativePath(root), options);
    result.scannedAt = Inventory::nowNs();
    if (!scanned.ok()) {
        result.error = rootErrorText(scanned.rootError);
    } else {
        QString catalogueError; // a broken user catalogue is left out
        const Catalogue catalogue = Catalogue::withUserFile(&catalogueError);
        PrefixFamilies families;
        families.setCatalogue(&catalogue);
        for (const QString &f : userFamilies)
            families.addUserFamily(f);
        result.cancelled = scanned.tree.cancelled();
        auto tree = std::make_shared<const native::ScanTree>(std::move(scanned.tree));
        auto inventory = std::make_shared<const Inventory>(std::move(tree), families);
        // Which processes hold what, as close to the end of the scan as
        // possible; a cancelled scan still shows what it saw.
        result.states = ItemStates::evaluate(*inventory, ProcessHolders::scan());
        // Who made each item, and whether it still runs (in use as the states say).
        const std::shared_ptr<const ItemStates> states = result.states;
        const native::ScanTree &scannedTree = inventory->tree();
        result.verdicts = ItemVerdicts::evaluate(
            *inventory, catalogue, native::listProcesses(),
            [&](const Item &item) {
                QList<ItemVerdicts::Holding> held;
                for (const EntryHolder &h : states->processesInside(scannedTree, item.entry))
                    held.append({h.pid, h.command});
                return held;
            },
            native::holdersAvailable());
        result.inventory = std::move(inventory);
    }
    result.elapsedMs = clock.elapsed();
    Q_EMIT finished(result);
}

} // namespace tempscope::gui
