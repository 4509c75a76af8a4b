// The literals code snippets quote data with (CodeSnippets.h): Python bytes
// and str, C++ QByteArray and u""_s, exact up to a limit.

#include "gui/playground/CodeSnippets.h"

namespace tempscope::gui::playground::snippets {

namespace {

// Literals are exact up to this many bytes or characters; longer ones end in "…".
constexpr qsizetype kLiteralLimit = 400;

// The body of a Python bytes/str or C++ string literal for the UTF-16 units
// or bytes in codes: \n, \r, \t, quotes and backslashes escaped, other
// control characters as \xNN (Python) or \NNN octal (C++, which would read
// hex digits after \xNN as part of it); printable non-ASCII kept when unicode.
QString escaped(const QList<uint> &codes, bool cpp, bool unicode)
{
    QString out;
    for (const uint c : codes) {
        if (c == '\n')
            out += QStringLiteral("\\n");
        else if (c == '\r')
            out += QStringLiteral("\\r");
        else if (c == '\t')
            out += QStringLiteral("\\t");
        else if (c == '"' || c == '\\')
            out += u'\\' + QString(QChar(c));
        else if ((c >= 0x20 && c < 0x7f) || (unicode && c > 0x9f)) {
            const char32_t codePoint = c;
            out += QString::fromUcs4(&codePoint, 1);
        } else if (cpp)
            out += QStringLiteral("\\%1").arg(c, 3, 8, QLatin1Char('0'));
        else
            out += QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
    }
    return out;
}

QList<uint> codesOf(const QByteArray &data, qsizetype limit = kLiteralLimit)
{
    QList<uint> codes;
    for (const char c : data.left(limit))
        codes << static_cast<unsigned char>(c);
    return codes;
}

QList<uint> codesOf(const QString &text)
{
    QList<uint> codes;
    for (const char32_t c : text.left(kLiteralLimit).toUcs4())
        codes << uint(c);
    return codes;
}

// A run of one byte, long enough to be written as a repetition.
bool isRepeatedByte(const QByteArray &data)
{
    return data.size() > 40 && data.count(data.front()) == data.size();
}

} // namespace

QString pythonBytes(const QByteArray &data, qsizetype limit)
{
    if (isRepeatedByte(data))
        return QStringLiteral("b\"%1\" * %2")
            .arg(escaped(codesOf(data.left(1)), false, false))
            .arg(data.size());
    return QStringLiteral("b\"") + escaped(codesOf(data, limit), false, false) +
           (data.size() > limit ? QStringLiteral("…\"") : QStringLiteral("\""));
}

QString cppBytes(const QByteArray &data)
{
    if (isRepeatedByte(data))
        return QStringLiteral("QByteArray(%1, '%2')")
            .arg(data.size())
            .arg(data.front() == '\'' ? QStringLiteral("\\'")
                                      : escaped(codesOf(data.left(1)), true, false));
    return QStringLiteral("QByteArray(\"") + escaped(codesOf(data), true, false) +
           (data.size() > kLiteralLimit ? QStringLiteral("…\"") : QStringLiteral("\"")) +
           QStringLiteral(", %1)").arg(std::min(data.size(), kLiteralLimit));
}

QString pythonStr(const QString &text)
{
    return u'"' + escaped(codesOf(text), false, true) +
           (text.size() > kLiteralLimit ? QStringLiteral("…\"") : QStringLiteral("\""));
}

QString cppStr(const QString &text)
{
    return QStringLiteral("u\"") + escaped(codesOf(text), true, true) +
           (text.size() > kLiteralLimit ? QStringLiteral("…\"_s") : QStringLiteral("\"_s"));
}

QString quoted(const QString &text)
{
    QString out = text;
    out.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return u'"' + out + u'"';
}

} // namespace tempscope::gui::playground::snippets
