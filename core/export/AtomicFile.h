#pragma once
// A file written whole or not at all. The bytes go to a temporary file beside
// the target; every write, the final flush and the sync to disk are checked,
// and only then is the temporary file renamed over the target. On any failure
// the target stays as it was (or absent) and errorString() says why.
//
// QSaveFile alone is not enough: Qt 6.4 commits a file whose buffered bytes
// could not be flushed, so a full disk leaves an empty file and reports
// success. The CLI's --man FILE and --export-tmpfiles FILE and the GUI's
// Save Report all write through this.
//
// Only a regular file (or a new one) is written: a device, a FIFO or a
// directory at the path is refused, never replaced.
//
// One object per file, used from one thread.

#include <QSaveFile>
#include <QString>

#include <string_view>

namespace tempscope {

class AtomicFile
{
public:
    explicit AtomicFile(const QString &path);
    ~AtomicFile(); // without a successful commit(), the temporary file is removed
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    bool open();
    // False once any write failed; later writes are dropped.
    bool write(std::string_view bytes);
    // Flushes, syncs and renames; false (target untouched) when anything failed.
    bool commit();
    QString errorString() const { return m_error; }

private:
    bool fail(const QString &why, int error = 0);

    QSaveFile m_file;
    QString m_error;
};

// All the bytes in one call. Returns an empty string when the file was
// written, else the reason ("No space left on device").
QString writeFileAtomically(const QString &path, std::string_view bytes);

} // namespace tempscope
