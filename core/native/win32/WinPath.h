#pragma once
// Path and text helpers shared by the Windows backend: `\\?\` extended-length
// paths (no 260-character limit, no rewriting of names such as `NUL.txt` or
// `name.`), UTF-16 <-> UTF-8. Stateless and thread-safe.

#include "core/native/FileTypes.h"

#include <string>
#include <string_view>

namespace tempscope::native::win32 {

// `\\?\` form of an absolute path without normalising it, so names that
// Win32 would rewrite (trailing dots or spaces, device names) are kept:
// `C:\x\NUL.txt` -> `\\?\C:\x\NUL.txt`, `\\srv\share\x` -> `\\?\UNC\srv\share\x`.
// Paths already in `\\?\` or `\\.\` form are returned unchanged. A relative
// path goes through GetFullPathNameW first (user input, not a scanned name).
NativeString extendedPath(NativeStringView path);

// For user input: GetFullPathNameW (resolves `.`, `..`, the current
// directory), then the `\\?\` form.
NativeString fullExtendedPath(NativeStringView path);

// The usual form for people: `\\?\C:\x` -> `C:\x`, `\\?\UNC\srv\s` -> `\\srv\s`.
NativeString displayPath(NativeStringView path);

// Appends a component with exactly one backslash between.
NativeString joinPath(NativeStringView dir, NativeStringView name);

std::string toUtf8(std::wstring_view text);
std::wstring fromUtf8(std::string_view text);

} // namespace tempscope::native::win32
