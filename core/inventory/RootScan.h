#pragma once
// RootScan: the outcome of scanning one root, as the CLI and the window
// receive it. The inventory is immutable and shared; nothing in it is touched
// after the scan hands it over. The window's scan worker also evaluates the
// states of its items (who holds them, which are protected: ItemStates in
// core/cleanup) right after the scan; the CLI leaves them null.

#include "core/inventory/Inventory.h"

#include <QMetaType>
#include <QString>

#include <memory>

namespace tempscope {

class ItemStates;
class ItemVerdicts;

struct RootScan
{
    QString requested;                            // the root as given
    std::shared_ptr<const Inventory> inventory;   // null when the root could not be scanned
    std::shared_ptr<const ItemStates> states;     // in use and protected, as of the end of the scan
    std::shared_ptr<const ItemVerdicts> verdicts; // who made each item, is it orphaned (or null)
    QString error;                                // why it could not be scanned
    native::TimeNs scannedAt = 0;                 // ages are measured from here
    qint64 elapsedMs = 0;
    bool cancelled = false; // the inventory is incomplete
    // The scan is still running: the inventory is Inventory::topLevel()'s,
    // its items filled in as their subtrees complete (no states, no verdicts).
    bool inProgress = false;

    bool ok() const { return inventory != nullptr; }
};

} // namespace tempscope

Q_DECLARE_METATYPE(tempscope::RootScan)
