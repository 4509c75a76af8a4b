#include "core/export/CsvWriter.h"

#include "core/inventory/PathText.h"

#include <QRegularExpression>

#include <algorithm>

namespace tempscope {

bool CsvWriter::isFormulaLike(const QString &cell)
{
    // Spreadsheets skip leading spaces (and line feeds) before a formula.
    qsizetype i = 0;
    while (i < cell.size() && (cell[i] == u' ' || cell[i] == u'\n'))
        ++i;
    if (i == cell.size())
        return false;
    switch (cell[i].unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case 0xFF1D:
    case 0xFF0B:
    case 0xFF0D:
    case 0xFF20: // full-width = + - @
        break;
    default:
        return false;
    }
    // A number is read as a number, never as a formula.
    static const QRegularExpression number(QStringLiteral("^[-+]?[0-9]+(\\.[0-9]+)?$"));
    return !number.match(cell).hasMatch();
}

QString CsvWriter::hexColumn(const QString &path, const QStringList &cellsFromIt)
{
    const bool needed =
        hasEscapedBytes(path) || isFormulaLike(path) ||
        std::any_of(cellsFromIt.cbegin(), cellsFromIt.cend(), &CsvWriter::isFormulaLike);
    return needed ? QString::fromLatin1(QByteArray::fromStdString(outputBytes(path)).toHex())
                  : QString();
}

void CsvWriter::row(const QStringList &fields)
{
    bool first = true;
    for (const QString &f : fields) {
        if (!first)
            m_buffer += ',';
        first = false;
        const bool formula = isFormulaLike(f);
        std::string bytes = outputBytes(f);
        if (formula)
            bytes.insert(bytes.begin(), '\'');
        if (!formula && bytes.find_first_of(",\"\r\n") == std::string::npos) {
            m_buffer += bytes;
            continue;
        }
        m_buffer += '"';
        for (char c : bytes) {
            if (c == '"')
                m_buffer += '"';
            m_buffer += c;
        }
        m_buffer += '"';
    }
    m_buffer += "\r\n";
    if (m_buffer.size() >= 1 << 16)
        flush();
}

void CsvWriter::flush()
{
    if (!m_buffer.empty()) {
        m_sink(m_buffer);
        m_buffer.clear();
    }
}

} // namespace tempscope
