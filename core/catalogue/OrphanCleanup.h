#pragma once
// Cleaning orphans only (clean --orphans-only, the wizard's choice): of the
// candidates of the root a plan got last, those inside an item whose verdict
// is not "orphan" are kept, with the verdict as the reason ("not an orphan
// (owner-running): npm pid 4182 runs"). Verdicts for another inventory
// (their count differs) keep everything.

#include "core/catalogue/Verdicts.h"
#include "core/cleanup/CleanupPlan.h"

namespace tempscope {

void keepAllButOrphans(CleanupPlan &plan, const Inventory &inventory, const ItemVerdicts &verdicts);

} // namespace tempscope
