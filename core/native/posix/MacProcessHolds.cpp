// The portable POSIX backend's walk of process holds on macOS (ProcessHolds.h),
// through libproc, as lsof does: per process its working directory
// (PROC_PIDVNODEPATHINFO), its open vnodes (PROC_PIDLISTFDS, then
// PROC_PIDFDVNODEPATHINFO per descriptor) and its mapped files
// (PROC_PIDREGIONPATHINFO, region by region). Processes of other users are
// not visible without privileges, as with /proc: advisory. Compiled only on
// macOS (__APPLE__); it has not been compiled or run on a Mac yet.

#include "core/native/posix/MacPids.h"
#include "core/native/posix/PosixFs.h"
#include "core/native/posix/ProcessHolds.h"

#include <libproc.h>
#include <sys/proc_info.h>
#include <sys/types.h>

#include <vector>

namespace tempscope::native {

namespace {

FileId idOf(const struct vinfo_stat &st)
{
    const dev_t dev = static_cast<dev_t>(st.vst_dev);
    return {posix::deviceId(static_cast<std::uint64_t>(major(dev)),
                            static_cast<std::uint64_t>(minor(dev))),
            static_cast<std::uint64_t>(st.vst_ino)};
}

bool fileOrDirectory(const struct vinfo_stat &st)
{
    return S_ISREG(st.vst_mode) || S_ISDIR(st.vst_mode);
}

std::vector<struct proc_fdinfo> openDescriptors(pid_t pid)
{
    const int need = ::proc_pidinfo(pid, PROC_PIDLISTFDS, 0, nullptr, 0);
    if (need <= 0)
        return {};
    std::vector<struct proc_fdinfo> fds(
        static_cast<std::size_t>(need) / sizeof(struct proc_fdinfo) + 16);
    const int got = ::proc_pidinfo(pid, PROC_PIDLISTFDS, 0, fds.data(),
                                   static_cast<int>(fds.size() * sizeof(struct proc_fdinfo)));
    if (got <= 0)
        return {};
    fds.resize(static_cast<std::size_t>(got) / sizeof(struct proc_fdinfo));
    return fds;
}

} // namespace

bool holdersAvailable()
{
    return true;
}

void posix::forEachHold(
    const std::function<void(const FileId &id, const FileHolder &holder)> &visit)
{
    for (const pid_t pid : posix::allPids()) {
        if (pid <= 0)
            continue;
        FileHolder holder;
        holder.pid = static_cast<int>(pid);
        char name[2 * MAXCOMLEN + 1] = {};
        if (::proc_name(pid, name, sizeof name) > 0)
            holder.command = name;

        struct proc_vnodepathinfo paths
        {
        };
        if (::proc_pidinfo(pid, PROC_PIDVNODEPATHINFO, 0, &paths, sizeof paths) ==
            static_cast<int>(sizeof paths)) {
            FileHolder h = holder;
            h.via = FileHolder::Via::WorkingDirectory;
            visit(idOf(paths.pvi_cdir.vip_vi.vi_stat), h);
        }

        for (const struct proc_fdinfo &fd : openDescriptors(pid)) {
            if (fd.proc_fdtype != PROX_FDTYPE_VNODE)
                continue;
            struct vnode_fdinfowithpath vnode
            {
            };
            if (::proc_pidfdinfo(pid, fd.proc_fd, PROC_PIDFDVNODEPATHINFO, &vnode,
                                 PROC_PIDFDVNODEPATHINFO_SIZE) != PROC_PIDFDVNODEPATHINFO_SIZE)
                continue; // closed meanwhile, or not ours to see
            const struct vinfo_stat &st = vnode.pvip.vip_vi.vi_stat;
            if (!fileOrDirectory(st))
                continue;
            FileHolder h = holder;
            h.via = FileHolder::Via::Descriptor;
            h.fd = fd.proc_fd;
            visit(idOf(st), h);
        }

        // Mapped files, one region after the other; bounded, as a region
        // list can be long and change while it is read.
        std::uint64_t address = 0;
        for (int region = 0; region < 65536; ++region) {
            struct proc_regionwithpathinfo info
            {
            };
            if (::proc_pidinfo(pid, PROC_PIDREGIONPATHINFO, address, &info, sizeof info) !=
                static_cast<int>(sizeof info))
                break;
            const struct vinfo_stat &st = info.prp_vip.vip_vi.vi_stat;
            if (st.vst_ino != 0 && S_ISREG(st.vst_mode)) {
                FileHolder h = holder;
                h.via = FileHolder::Via::Mapping;
                visit(idOf(st), h);
            }
            const std::uint64_t next = info.prp_prinfo.pri_address + info.prp_prinfo.pri_size;
            if (next <= address)
                break;
            address = next;
        }
    }
}

} // namespace tempscope::native
