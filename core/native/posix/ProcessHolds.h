#pragma once
// The /proc walk behind the in-use index and the holder query (POSIX backend
// only): every (device, inode) a visible process holds open (/proc/PID/fd,
// files and directories only), has mapped (/proc/PID/maps) or uses as its
// working directory (/proc/PID/cwd), in that order per process.

#include "core/native/Holders.h"

#include <functional>

namespace tempscope::native::posix {

void forEachHold(const std::function<void(const FileId &id, const FileHolder &holder)> &visit);

} // namespace tempscope::native::posix
