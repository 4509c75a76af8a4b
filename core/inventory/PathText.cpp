#include "PathText.h"

#include <algorithm>

#include "native/NameCodec.h"

namespace tempscope {

#ifndef _WIN32
namespace {

bool isAscii(native::NativeStringView bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](auto c) { return static_cast<unsigned char>(c) < 0x80; });
}

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

} // namespace
#endif

QString pathText(native::NativeStringView path)
{
#ifdef _WIN32
    return QString::fromWCharArray(path.data(), qsizetype(path.size()));
#else
    // Plain ASCII (almost every name) decodes to itself: one allocation.
    if (isAscii(path))
        return QString::fromLatin1(path.data(), qsizetype(path.size()));
    const std::u16string u = native::decodeName(path);
    return QString(reinterpret_cast<const QChar *>(u.data()), qsizetype(u.size()));
#endif
}

native::NativeString nativePath(const QString &text)
{
#ifdef _WIN32
    return text.toStdWString();
#else
    if (isAscii(text)) { // encodes to itself
        const QByteArray latin1 = text.toLatin1();
        return native::NativeString(latin1.constData(), std::size_t(latin1.size()));
    }
    return native::encodeName(
        std::u16string_view(reinterpret_cast<const char16_t *>(text.utf16()), std::size_t(text.size())));
#endif
}

std::string outputBytes(const QString &text)
{
#ifdef _WIN32
    return text.toStdString();
#else
    return nativePath(text);
#endif
}

bool hasEscapedBytes(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0xDC80 && c.unicode() <= 0xDCFF)
            return true;
    }
    return false;
}

QString printablePath(native::NativeStringView path)
{
#ifdef _WIN32
    return pathText(path);
#else
    // Printable ASCII without a backslash is shown as it is.
    if (std::all_of(path.begin(), path.end(), [](char c) { return c >= 0x20 && c < 0x7F && c != '\\'; }))
        return QString::fromLatin1(path.data(), qsizetype(path.size()));
    return QString::fromStdString(native::printableName(path));
#endif
}

} // namespace tempscope
