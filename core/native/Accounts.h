#pragma once
// User names for numeric owners, looked up once per uid (thread-safe).

#include <cstdint>
#include <string>

namespace tempscope::native {

// The account name, or the number as text when the uid has no name.
std::string userName(std::uint32_t uid);
std::uint32_t currentUid();

} // namespace tempscope::native
