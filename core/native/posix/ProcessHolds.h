#pragma once
// The walk of process holds behind the in-use index and the holder query
// (POSIX backend only): every (device, inode) a visible process uses as its
// working directory, holds open (files and directories only) or has mapped,
// in that order per process. One implementation per build:
// LinuxProcessHolds.cpp (/proc/PID/{cwd,fd,maps}), MacProcessHolds.cpp
// (libproc, macOS only) and NoProcessHolds.cpp (no source: visits nothing,
// and holdersAvailable() says so).

#include "core/native/Holders.h"

#include <functional>

namespace tempscope::native::posix {

void forEachHold(const std::function<void(const FileId &id, const FileHolder &holder)> &visit);

} // namespace tempscope::native::posix
