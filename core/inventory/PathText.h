#pragma once
// Converting native names and paths to QString and back without loss.
// On POSIX, bytes that are not valid UTF-8 become U+DC80..U+DCFF
// (Python's surrogateescape; see native/NameCodec.h). QFile::decodeName would
// replace them with U+FFFD and lose the name.

#include "core/native/FileTypes.h"

#include <QString>

#include <string>

namespace tempscope {

QString pathText(native::NativeStringView path);
native::NativeString nativePath(const QString &text);
// True when the text holds escaped raw bytes (the name was not valid UTF-8).
bool hasEscapedBytes(const QString &text);
// UTF-8 for output streams; escaped raw bytes become the original bytes again.
std::string outputBytes(const QString &text);
// For people: raw bytes as \xHH, control characters as \n, \t or \xHH, a
// backslash doubled, and characters that are invisible or reorder the text
// around them (isHiddenCharacter) as \uXXXX or \U000XXXXX, so that what a
// name shows is what it is (no Trojan Source, CVE-2021-42574).
QString printablePath(native::NativeStringView path);
// Bidirectional controls (U+202A..U+202E, U+2066..U+2069, marks), zero-width
// and other format characters (category Cf), default-ignorable code points
// (variation selectors, fillers, tags), C1 controls and line/paragraph
// separators: what a reader cannot see or what changes how the rest reads.
bool isHiddenCharacter(char32_t c);
// True when printablePath would escape a hidden character of the text.
bool hasHiddenCharacters(const QString &text);

} // namespace tempscope
