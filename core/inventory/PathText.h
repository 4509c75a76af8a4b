#pragma once
// Converting native names and paths to QString and back without loss.
// On POSIX, bytes that are not valid UTF-8 become U+DC80..U+DCFF
// (Python's surrogateescape; see native/NameCodec.h). QFile::decodeName would
// replace them with U+FFFD and lose the name.

#include "native/FileTypes.h"

#include <QString>

#include <string>

namespace tempscope {

QString pathText(native::NativeStringView path);
native::NativeString nativePath(const QString &text);
// True when the text holds escaped raw bytes (the name was not valid UTF-8).
bool hasEscapedBytes(const QString &text);
// UTF-8 for output streams; escaped raw bytes become the original bytes again.
std::string outputBytes(const QString &text);
// For people: raw bytes as \xHH and control characters escaped.
QString printablePath(native::NativeStringView path);

} // namespace tempscope
