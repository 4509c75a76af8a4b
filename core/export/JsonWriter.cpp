#include "core/export/JsonWriter.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace tempscope {

namespace {

void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

void appendEscape(std::string &out, unsigned u)
{
    char buf[8];
    std::snprintf(buf, sizeof buf, "\\u%04x", u);
    out += buf;
}

// Printable ASCII that needs no escape: written as it is.
bool isPlain(char16_t u)
{
    return u >= 0x20 && u < 0x7F && u != '"' && u != '\\';
}

// Appends s quoted when every byte of it is plain; false (nothing appended) otherwise.
bool appendPlain(std::string &out, std::string_view s)
{
    for (const char c : s) {
        if (!isPlain(static_cast<unsigned char>(c)))
            return false;
    }
    out += '"';
    out += s;
    out += '"';
    return true;
}

} // namespace

void appendJsonString(std::string &out, const QString &s)
{
    out += '"';
    const qsizetype n = s.size();
    const QChar *data = s.constData();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = data[i].unicode();
        if (isPlain(u)) {
            out += char(u);
            continue;
        }
        switch (u) {
        case '"':
            out += "\\\"";
            continue;
        case '\\':
            out += "\\\\";
            continue;
        case '\n':
            out += "\\n";
            continue;
        case '\r':
            out += "\\r";
            continue;
        case '\t':
            out += "\\t";
            continue;
        case '\b':
            out += "\\b";
            continue;
        case '\f':
            out += "\\f";
            continue;
        default:
            break;
        }
        if (u < 0x20 || u == 0x7F) {
            appendEscape(out, u);
        } else if (u >= 0xD800 && u <= 0xDBFF && i + 1 < n && data[i + 1].isLowSurrogate()) {
            appendUtf8(out, QChar::surrogateToUcs4(u, data[i + 1].unicode()));
            ++i;
        } else if (u >= 0xD800 && u <= 0xDFFF) {
            appendEscape(out, u); // lone surrogate: an escaped raw byte
        } else {
            appendUtf8(out, u);
        }
    }
    out += '"';
}

JsonWriter::JsonWriter(Sink sink) : m_sink(std::move(sink)) {}

JsonWriter::~JsonWriter()
{
    if (!m_buffer.empty())
        deliver();
}

void JsonWriter::deliver()
{
    if (!m_failed && !m_sink(m_buffer))
        m_failed = true;
    m_buffer.clear();
}

void JsonWriter::newline()
{
    m_buffer += '\n';
    m_buffer.append(m_stack.size() * 2, ' ');
}

void JsonWriter::beforeValue()
{
    flushIfLarge();
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_stack.empty()) {
        Level &l = m_stack.back();
        if (!l.empty)
            m_buffer += ',';
        l.empty = false;
        newline();
    }
}

void JsonWriter::flushIfLarge()
{
    if (m_buffer.size() >= 1 << 16)
        deliver();
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_buffer += '{';
    m_stack.push_back({false, true});
}

void JsonWriter::endObject()
{
    const bool empty = m_stack.back().empty;
    m_stack.pop_back();
    if (!empty)
        newline();
    m_buffer += '}';
    flushIfLarge();
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_buffer += '[';
    m_stack.push_back({true, true});
}

void JsonWriter::endArray()
{
    const bool empty = m_stack.back().empty;
    m_stack.pop_back();
    if (!empty)
        newline();
    m_buffer += ']';
    flushIfLarge();
}

void JsonWriter::key(std::string_view name)
{
    beforeValue();
    if (!appendPlain(m_buffer, name))
        appendJsonString(m_buffer, QString::fromUtf8(name.data(), qsizetype(name.size())));
    m_buffer += ": ";
    m_afterKey = true;
}

void JsonWriter::value(const QString &s)
{
    beforeValue();
    appendJsonString(m_buffer, s);
}

void JsonWriter::value(std::string_view utf8)
{
    beforeValue();
    if (!appendPlain(m_buffer, utf8))
        appendJsonString(m_buffer, QString::fromUtf8(utf8.data(), qsizetype(utf8.size())));
}

void JsonWriter::value(bool b)
{
    beforeValue();
    m_buffer += b ? "true" : "false";
}

void JsonWriter::value(qint64 n)
{
    beforeValue();
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, n);
    m_buffer.append(buf, r.ptr);
}

void JsonWriter::value(quint64 n)
{
    beforeValue();
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, n);
    m_buffer.append(buf, r.ptr);
}

void JsonWriter::value(double d)
{
    beforeValue();
    if (!std::isfinite(d)) {
        m_buffer += "null";
        return;
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", d);
    m_buffer += buf;
}

void JsonWriter::null()
{
    beforeValue();
    m_buffer += "null";
}

bool JsonWriter::finish()
{
    m_buffer += '\n';
    deliver();
    return !m_failed;
}

} // namespace tempscope
