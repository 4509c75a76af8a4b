#pragma once
// RFC 4180 CSV rows, streamed to a sink. Fields holding a comma, quote,
// CR or LF are quoted. Text is UTF-8; escaped raw bytes of non-UTF-8 names
// are written as the original bytes, so a CSV column is byte-exact (and, for
// such names, not valid UTF-8: readers that need text use the *_hex column).
//
// Every CSV Tempscope writes is opened in spreadsheets, and its cells hold
// names anyone can choose. A cell that a spreadsheet would read as a formula
// (OWASP "CSV injection": it starts with =, +, -, @, a tab or a carriage
// return, after any leading spaces or line feeds, or with the full-width
// forms of = + - @) is written with a leading apostrophe and quoted, the way
// OWASP recommends; a plain number such as -12 or -1.5 stays as it is.
// Writers keep the lossless original in a *_hex column for such cells.

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

    // True when row() writes the cell with a leading apostrophe.
    static bool isFormulaLike(const QString &cell);
    // The bytes of a lossless path in hex, for a *_hex column: filled when
    // the path is not valid UTF-8 or one of the cells shown from it was
    // neutralised (isFormulaLike), empty otherwise.
    static QString hexColumn(const QString &path, const QStringList &cellsFromIt);

private:
    Sink m_sink;
    std::string m_buffer;
};

} // namespace tempscope
