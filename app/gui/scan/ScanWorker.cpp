#include "gui/scan/ScanWorker.h"

#include "core/catalogue/Verdicts.h"
#include "core/cleanup/ItemStates.h"
#include "core/inventory/PathText.h"
#include "core/inventory/PrefixFamilies.h"
#include "core/native/Scanner.h"

#include <QElapsedTimer>

#include <mutex>
#include <utility>

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

    QString catalogueError; // a broken user catalogue is left out
    const Catalogue catalogue = Catalogue::withUserFile(&catalogueError);
    PrefixFamilies families;
    families.setCatalogue(&catalogue);
    for (const QString &f : userFamilies)
        families.addUserFamily(f);
    native::ScanOptions options;
    options.cancel = m_cancel;

    // The items as soon as the root is listed (no other scanner thread runs
    // yet: they wait for the root's subdirectories), then their totals.
    std::shared_ptr<const Inventory> listed;
    std::uint32_t firstItem = 0;
    options.topLevelListed = [&](const native::ScanTree &tree) {
        firstItem = tree[native::ScanTree::Root].firstChild;
        listed = Inventory::topLevel(std::make_shared<const native::ScanTree>(tree.topLevelCopy()),
                                     families);
        // The receiver's own copy (it shares the items until it changes them).
        Q_EMIT topLevelListed(root, std::make_shared<Inventory>(*listed));
    };
    std::mutex countedMutex;
    QList<ItemTotals> counted;
    QElapsedTimer sinceCounted; // invalid until the first batch: that one goes at once
    const auto flushCounted = [&] {
        std::lock_guard lock(countedMutex);
        if (counted.isEmpty() || (sinceCounted.isValid() && sinceCounted.elapsed() < 250))
            return;
        sinceCounted.start();
        Q_EMIT subtreesCounted(root, std::exchange(counted, {}));
    };
    options.subtreeDone = [&](const native::ScanTree &tree, std::uint32_t child) {
        const ItemTotals totals = Inventory::totalsOf(tree, child, qsizetype(child - firstItem));
        {
            std::lock_guard lock(countedMutex);
            counted.append(totals);
        }
        flushCounted();
    };
    // The scanner calls back from several threads; only one of them reports
    // per 100 ms, so the GUI thread's queue never floods.
    std::mutex progressMutex;
    QElapsedTimer sinceReport;
    sinceReport.start();
    options.progress = [&](const native::ScanProgress &p) {
        std::unique_lock lock(progressMutex, std::try_to_lock);
        if (!lock.owns_lock() || sinceReport.elapsed() < 100)
            return;
        sinceReport.restart();
        Q_EMIT progress(root, p.entries, p.directories);
        lock.unlock();
        flushCounted(); // totals waiting while only large subtrees are left
    };

    RootScan result;
    result.requested = root;
    native::ScanResult scanned = native::scan(nativePath(root), options);
    result.scannedAt = Inventory::nowNs();
    if (!scanned.ok()) {
        result.error = rootErrorText(scanned.rootError);
    } else {
        result.cancelled = scanned.tree.cancelled();
        auto tree = std::make_shared<const native::ScanTree>(std::move(scanned.tree));
        auto inventory = listed ? std::make_shared<const Inventory>(std::move(tree), *listed)
                                : std::make_shared<const Inventory>(std::move(tree), families);
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
