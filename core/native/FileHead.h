#pragma once
// The first bytes of a regular file, read without blocking and without
// following a link: evidence some files carry in their content (an X
// server's lock file holds its pid). A FIFO, device, socket or link gives
// nothing (opening a FIFO could block; a device could do anything). Plain
// C++; any thread.

#include "core/native/FileTypes.h"

#include <cstddef>
#include <string>

namespace tempscope::native {

// At most maxBytes from the start of `path`; empty when it is not a regular
// file, cannot be read, or on systems without this support.
std::string readFileHead(const NativeString &path, std::size_t maxBytes);

} // namespace tempscope::native
