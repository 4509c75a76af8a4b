#pragma once
// The QIODevice behind TemporaryFile and NamedTemporaryFile: a read/write,
// random-access, unbuffered device on a file descriptor the subclass opened
// with exact flags. It reports "written" and "closed" events and behaves like
// a Python file object where QIODevice lets it:
// - close() may be called any number of times (test_multiple_close);
// - truncate() does not move the position, as in Python (QFile::resize does);
// - a closed device cannot be opened again (open() returns false).
//
// Owned by the caller; use from one thread at a time.

#include "core/tempfile/TempFileEvent.h"

#include <QFile>
#include <QIODevice>

#include <optional>

namespace tempscope::tempfile {

class TempFileDevice : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TempFileDevice)

public:
    ~TempFileDevice() override;

    bool open(OpenMode mode) override; // always false: the constructor opens
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override;
    bool seek(qint64 pos) override;

    // Python's fileno(): the descriptor, -1 once closed.
    int fileno() const { return m_fd; }
    bool isClosed() const { return m_fd < 0; }
    // Python's truncate(size=None): nullopt means "at the current position".
    // Throws TempFileError.
    void truncate(std::optional<qint64> size = std::nullopt);

    // The path in the file system, or empty when the file has none.
    virtual QString path() const = 0;

protected:
    TempFileDevice(const QString &source, TempFileEventHub *events, QObject *parent);

    void attach(int fd); // takes ownership of fd
    void report(TempFileEvent::Kind kind, const QString &path, const QString &detail = {},
                qint64 bytes = -1, qint64 position = -1) const;
    // Closes the descriptor once; reports "closed". Returns the OS error or 0.
    int closeHandle();

    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    bool syncPosition();

    QFile m_file;
    int m_fd = -1;
    QString m_source;
    TempFileEventHub *m_events;
};

} // namespace tempscope::tempfile
