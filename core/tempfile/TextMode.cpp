#include "core/tempfile/TextMode.h"

#include <QIODevice>
#include <QStringDecoder>

namespace tempscope::tempfile {

namespace {

QString osLinesep()
{
#ifdef Q_OS_WIN
    return QStringLiteral("\r\n");
#else
    return QStringLiteral("\n");
#endif
}

} // namespace

TextMode::TextMode(std::optional<QString> newline) : m_newline(std::move(newline)) {}

bool TextMode::validNewline(const std::optional<QString> &newline)
{
    return !newline || newline->isEmpty() || *newline == QLatin1String("\n") ||
           *newline == QLatin1String("\r") || *newline == QLatin1String("\r\n");
}

QByteArray TextMode::encode(const QString &text) const
{
    const QString ending = m_newline ? *m_newline : osLinesep();
    if (ending.isEmpty() || ending == QLatin1String("\n"))
        return text.toUtf8();
    QString translated = text;
    translated.replace(u'\n', ending);
    return translated.toUtf8();
}

std::optional<QString> TextMode::decode(const QByteArray &bytes) const
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        return std::nullopt;
    if (!m_newline) // universal newlines: "\r\n" first, then a lone "\r"
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    return text;
}

qint64 TextMode::write(QIODevice &device, const QString &text) const
{
    const QByteArray bytes = encode(text);
    if (device.write(bytes) != bytes.size())
        return -1;
    return text.toUcs4().size();
}

std::optional<QString> TextMode::readAll(QIODevice &device) const
{
    return decode(device.readAll());
}

QString TextMode::wrongTypeMessage(FileMode mode)
{
    return mode == FileMode::Binary ? QStringLiteral("a bytes-like object is required, not 'str'")
                                    : QStringLiteral("write() argument must be str, not bytes");
}

} // namespace tempscope::tempfile
