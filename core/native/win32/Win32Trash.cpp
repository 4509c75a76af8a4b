// Trash.h on Windows: there is no trash here yet (the Recycle Bin is another
// mechanism than the freedesktop.org trash), so there is never one to locate
// and the executor keeps a trash entry with this reason.

#include "core/native/Trash.h"

namespace tempscope::native {

TrashEnvironment TrashEnvironment::fromProcess()
{
    return {};
}

std::unique_ptr<TrashDir> TrashDir::locate(NativeStringView, FileId, const TrashEnvironment &,
                                           std::string *whyNot)
{
    if (whyNot)
        *whyNot = "no trash on Windows: the Recycle Bin is not supported";
    return nullptr;
}

TrashDir::~TrashDir() = default;

} // namespace tempscope::native
