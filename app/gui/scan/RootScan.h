#pragma once
// RootScan: the outcome of scanning one root, as the GUI thread receives it
// from the scan worker. The inventory is immutable and shared; nothing in it
// is touched after the worker hands it over; the same holds for the states
// (processes holding entries, protections) evaluated right after the scan.

#include "core/inventory/Inventory.h"
#include "gui/scan/ItemStates.h"

#include <QMetaType>
#include <QString>

#include <memory>

namespace tempscope::gui {

struct RootScan
{
    QString root;                               // the path as requested
    std::shared_ptr<const Inventory> inventory; // null when the root could not be scanned
    std::shared_ptr<const ItemStates> states;   // in use and protected, as of the end of the scan
    QString error;                              // why it could not be scanned
    native::TimeNs scannedAt = 0;               // ages are measured from here
    qint64 elapsedMs = 0;
    bool cancelled = false; // the inventory is incomplete

    bool ok() const { return inventory != nullptr; }
};

} // namespace tempscope::gui

Q_DECLARE_METATYPE(tempscope::gui::RootScan)
