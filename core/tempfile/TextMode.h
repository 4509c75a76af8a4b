#pragma once
// Python's text mode on a temp file (mode="w+", encoding="utf-8"): what
// io.TextIOWrapper does on top of a binary file, for the byte devices of this
// library (which are binary, like Python's default mode "w+b").
//
//   newline=   '\n' written becomes        read turns into '\n'
//   None       os.linesep ("\r\n" on Windows)  "\r\n" and "\r" (universal newlines)
//   ""         "\n" (untouched)            nothing
//   "\n"       "\n"                        nothing
//   "\r"       "\r"                        nothing
//   "\r\n"     "\r\n"                      nothing
//
// The encoding is UTF-8 (what the tutorials pass); a file holding bytes that
// are not UTF-8 reads as an error (Python: UnicodeDecodeError), never as
// replacement characters. write() counts characters (UTF-16 code points as
// Python counts them: one per code point), as Python's text write() returns.
//
// Python checks the type of what is written at run time: bytes to a text file
// and str to a binary file raise TypeError (wrongTypeMessage() has Python's
// words). In C++ the same mistake does not compile: QIODevice::write() takes
// bytes, TextMode::write() a QString.
//
// Stateless apart from the newline choice; any thread.

#include <QByteArray>
#include <QString>

#include <optional>

class QIODevice;

namespace tempscope::tempfile {

class TextMode
{
public:
    // newline must be valid (validNewline()); nullopt is Python's None.
    explicit TextMode(std::optional<QString> newline = std::nullopt);

    // None, "", "\n", "\r", "\r\n": the values Python accepts (others: ValueError).
    static bool validNewline(const std::optional<QString> &newline);

    const std::optional<QString> &newline() const { return m_newline; }
    // The bytes the file gets for text.
    QByteArray encode(const QString &text) const;
    // The str Python reads from bytes; nullopt when they are not UTF-8.
    std::optional<QString> decode(const QByteArray &bytes) const;

    // Writes text encoded; returns the characters written (Python's answer)
    // or -1 when the device refused.
    qint64 write(QIODevice &device, const QString &text) const;
    // Reads from the position to the end and decodes; nullopt: not UTF-8.
    std::optional<QString> readAll(QIODevice &device) const;

    enum class FileMode { Binary, Text };
    // Python's TypeError message when a program writes the wrong type to a
    // file opened in mode: str to Binary, bytes to Text.
    static QString wrongTypeMessage(FileMode mode);

private:
    std::optional<QString> m_newline;
};

} // namespace tempscope::tempfile
