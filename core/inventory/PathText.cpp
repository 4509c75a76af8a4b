#include "core/inventory/PathText.h"

#include <algorithm>

#include "core/native/NameCodec.h"

#include <QList>

#include <algorithm>
#include <utility>

namespace tempscope {

#ifndef _WIN32
namespace {

bool isAscii(native::NativeStringView bytes)
{
    return std::all_of(bytes.begin(), bytes.end(),
                       [](auto c) { return static_cast<unsigned char>(c) < 0x80; });
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
    return native::encodeName(std::u16string_view(reinterpret_cast<const char16_t *>(text.utf16()),
                                                  std::size_t(text.size())));
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

bool isHiddenCharacter(char32_t c)
{
    // Default_Ignorable_Code_Point (Unicode's DerivedCoreProperties.txt):
    // rendered as nothing at all where they are not understood.
    static constexpr std::pair<char32_t, char32_t> ignorable[] = {
        {0x00AD, 0x00AD},   {0x034F, 0x034F}, {0x061C, 0x061C},   {0x115F, 0x1160},
        {0x17B4, 0x17B5},   {0x180B, 0x180F}, {0x200B, 0x200F},   {0x202A, 0x202E},
        {0x2060, 0x206F},   {0x3164, 0x3164}, {0xFE00, 0xFE0F},   {0xFEFF, 0xFEFF},
        {0xFFA0, 0xFFA0},   {0xFFF0, 0xFFF8}, {0x1BCA0, 0x1BCA3}, {0x1D173, 0x1D17A},
        {0xE0000, 0xE0FFF},
    };
    for (const auto &[first, last] : ignorable) {
        if (c >= first && c <= last)
            return true;
    }
    switch (QChar::category(c)) {
    case QChar::Other_Format:        // Cf: bidi controls, zero-width characters, ...
    case QChar::Other_Control:       // Cc: C1 controls such as U+009B (CSI)
    case QChar::Separator_Line:      // U+2028
    case QChar::Separator_Paragraph: // U+2029
        return true;
    default:
        return false;
    }
}

bool hasHiddenCharacters(const QString &text)
{
    // Every hidden character is beyond ASCII (ASCII controls are printableName's).
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; }))
        return false;
    for (const uint u : text.toUcs4()) {
        const auto c = char32_t(u);
        if (isHiddenCharacter(c))
            return true;
    }
    return false;
}

namespace {

// \u202e for the BMP, \U000e0041 beyond (Python's notation).
QString escapeHidden(const QString &text)
{
    if (!hasHiddenCharacters(text))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (const uint u : text.toUcs4()) {
        const auto c = char32_t(u);
        if (!isHiddenCharacter(c))
            out += QString::fromUcs4(&c, 1);
        else if (c <= 0xFFFF)
            out += QStringLiteral("\\u%1").arg(quint32(c), 4, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\U%1").arg(quint32(c), 8, 16, QLatin1Char('0'));
    }
    return out;
}

} // namespace

QString printablePath(native::NativeStringView path)
{
#ifdef _WIN32
    return escapeHidden(pathText(path));
#else
    // Printable ASCII without a backslash is shown as it is.
    if (std::all_of(path.begin(), path.end(),
                    [](char c) { return c >= 0x20 && c < 0x7F && c != '\\'; }))
        return QString::fromLatin1(path.data(), qsizetype(path.size()));
    // printableName leaves only valid UTF-8 (raw bytes became \xHH).
    return escapeHidden(QString::fromStdString(native::printableName(path)));
#endif
}

} // namespace tempscope
