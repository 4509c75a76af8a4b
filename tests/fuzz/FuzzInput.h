#pragma once
// Turning fuzzer bytes into the text the code under test sees: decoded the way
// file names are (PathText.h: valid UTF-8 as is, other bytes as U+DC80..U+DCFF),
// so invalid UTF-8 and lone surrogates are covered too.

#include "core/inventory/PathText.h"

#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace tempscope::fuzz {

inline QString text(const std::uint8_t *data, std::size_t size)
{
    return pathText(std::string_view(reinterpret_cast<const char *>(data), size));
}

// Splits at the first '\n': two strings from one input.
inline std::pair<QString, QString> twoTexts(const std::uint8_t *data, std::size_t size)
{
    const std::string_view all(reinterpret_cast<const char *>(data), size);
    const std::size_t nl = all.find('\n');
    if (nl == std::string_view::npos)
        return {pathText(all), QString()};
    return {pathText(all.substr(0, nl)), pathText(all.substr(nl + 1))};
}

// A broken property: report it the way libFuzzer records a crash.
[[noreturn]] inline void fail(const char *what, const QString &a, const QString &b = {})
{
    std::fprintf(stderr, "property violated: %s\n  a = \"%s\"\n  b = \"%s\"\n", what,
                 outputBytes(a).c_str(), outputBytes(b).c_str());
    std::abort();
}

} // namespace tempscope::fuzz
