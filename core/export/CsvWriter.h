#pragma once
// RFC 4180 CSV rows, streamed to a sink. Fields holding a comma, quote,
// CR or LF are quoted. Text is UTF-8; escaped raw bytes of non-UTF-8 names
// are written as the original bytes, so a CSV column is byte-exact (and, for
// such names, not valid UTF-8: readers that need text use the *_hex column).

#include <QString>
#include <QStringList>

#include <functional>
#include <string>
#include <string_view>

namespace tempscope {

class CsvWriter
{
public:
    using Sink = std::function<void(std::string_view)>;
    explicit CsvWriter(Sink sink) : m_sink(std::move(sink)) {}
    ~CsvWriter() { flush(); }
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    void row(const QStringList &fields);
    void flush();

private:
    Sink m_sink;
    std::string m_buffer;
};

} // namespace tempscope
