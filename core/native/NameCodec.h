#pragma once
// Lossless text for file names that may not be valid UTF-8.
//
// Tempscope follows Python's "surrogateescape" convention (os.fsdecode): valid
// UTF-8 decodes normally, and every byte 0x80..0xFF that is not part of a valid
// sequence becomes the lone surrogate U+DC80..U+DCFF. Encoding reverses it, so
// bytes -> text -> bytes is exact. JSON output writes those as "\udcXX"
// escapes, which Python's json + os.fsencode turn back into the exact bytes.

#include <string>
#include <string_view>

namespace tempscope::native {

bool isValidUtf8(std::string_view bytes);
std::u16string decodeName(std::string_view bytes);
std::string encodeName(std::u16string_view text);
// For human-readable output: invalid bytes as \xHH, control characters as \n,
// \t or \xHH, everything else as is (UTF-8).
std::string printableName(std::string_view bytes);

} // namespace tempscope::native
