// readFileHead (FileHead.h): O_NOFOLLOW | O_NONBLOCK, then fstat says whether
// it is a regular file before a byte is read.

#include "core/native/FileHead.h"

#ifndef _WIN32
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace tempscope::native {

#ifndef _WIN32

std::string readFileHead(const NativeString &path, std::size_t maxBytes)
{
    std::string out;
    const int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return out;
    struct stat st
    {
    };
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
        out.resize(maxBytes);
        std::size_t have = 0;
        while (have < maxBytes) {
            const ssize_t n = ::read(fd, out.data() + have, maxBytes - have);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            have += std::size_t(n);
        }
        out.resize(have);
    }
    ::close(fd);
    return out;
}

#else

std::string readFileHead(const NativeString &, std::size_t)
{
    return {};
}

#endif

} // namespace tempscope::native
