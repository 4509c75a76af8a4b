#pragma once
// Owning file descriptor (POSIX backend only).

#include "core/native/UniqueResource.h"

#include <unistd.h>

namespace tempscope::native::posix {

struct FdTraits
{
    using Value = int;
    static int invalid() { return -1; }
    static bool valid(int fd) { return fd >= 0; }
    static void close(int fd) { ::close(fd); }
};

using Fd = UniqueResource<FdTraits>;

} // namespace tempscope::native::posix
