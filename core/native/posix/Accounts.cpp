#include "core/native/Accounts.h"

#include <map>
#include <mutex>
#include <pwd.h>
#include <unistd.h>
#include <vector>

namespace tempscope::native {

std::string userName(std::uint32_t uid)
{
    static std::mutex mutex;
    static std::map<std::uint32_t, std::string> cache;
    std::lock_guard lock(mutex);
    if (auto it = cache.find(uid); it != cache.end())
        return it->second;
    std::vector<char> buf(16384);
    struct passwd pw
    {
    };
    struct passwd *found = nullptr;
    std::string name = std::to_string(uid);
    if (::getpwuid_r(uid, &pw, buf.data(), buf.size(), &found) == 0 && found)
        name = found->pw_name;
    cache.emplace(uid, name);
    return name;
}

std::uint32_t currentUid()
{
    return ::geteuid();
}

} // namespace tempscope::native
