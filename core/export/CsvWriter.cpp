#include "CsvWriter.h"

#include "inventory/PathText.h"

namespace tempscope {

void CsvWriter::row(const QStringList &fields)
{
    bool first = true;
    for (const QString &f : fields) {
        if (!first)
            m_buffer += ',';
        first = false;
        const std::string bytes = outputBytes(f);
        if (bytes.find_first_of(",\"\r\n") == std::string::npos) {
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
