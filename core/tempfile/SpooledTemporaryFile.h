#pragma once
// Python's SpooledTemporaryFile(max_size) as a QIODevice: data stays in
// memory until it rolls over to a TemporaryFile, by Python's rules:
// - after a write, when the position is strictly greater than maxSize
//   (30 bytes in a 30-byte spool: not rolled; 31: rolled);
// - truncate(n) with n > maxSize (even when maxSize is 0);
// - fileno() (any handle access) always;
// - rollover() when asked.
// maxSize 0 never rolls over because of writes. Seeking past the end does not
// roll over by itself and does not grow the data (unlike QBuffer::seek, which
// zero-fills); the next write fills the gap, as io.BytesIO does.
// The position is kept across the rollover. Positions count bytes: a
// QTextStream on top counts encoded bytes, like Python's text mode.
//
// rolledOver() is emitted (and a "rolled over" event reported) at the moment
// the data moves to disk, so a GUI can show it. No Qt class does this: QBuffer
// never spills, QTemporaryFile always touches the disk.
//
// RAII: closing (or destroying) discards the memory or closes the
// TemporaryFile, which removes it. Use from one thread at a time.

#include "core/tempfile/TemporaryFile.h"

#include <QByteArray>
#include <QIODevice>

#include <memory>
#include <optional>

namespace tempscope::tempfile {

struct SpooledTemporaryFileOptions
{
    qint64 maxSize = 0;
    // For the TemporaryFile it rolls over to:
    QString suffix = {};
    std::optional<QString> prefix = std::nullopt;
    std::optional<QString> dir = std::nullopt;
    NameSource names = {};
    TempFileEventHub *events = TempFileEventHub::global();
};

class SpooledTemporaryFile final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpooledTemporaryFile)

public:
    explicit SpooledTemporaryFile(const SpooledTemporaryFileOptions &options = {},
                                  QObject *parent = nullptr);
    ~SpooledTemporaryFile() override;

    bool open(OpenMode mode) override; // always false: the constructor opens
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override;
    bool seek(qint64 pos) override;

    qint64 maxSize() const { return m_options.maxSize; }
    bool isRolled() const { return m_file != nullptr; }
    // Python's name: empty while in memory, then the TemporaryFile's name.
    QString name() const;
    // The backing file once rolled over (owned by this object), else nullptr.
    TemporaryFile *file() const { return m_file.get(); }

    // Throws TempFileError when the TemporaryFile cannot be created.
    void rollover();
    int fileno();                                             // rolls over
    void truncate(std::optional<qint64> size = std::nullopt); // Python's rule above

Q_SIGNALS:
    // bytes: how much moved to disk; position: where reading/writing continues.
    void rolledOver(qint64 bytes, qint64 position);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    void rolloverAt(qint64 position);
    void report(TempFileEvent::Kind kind, const QString &detail, qint64 bytes = -1,
                qint64 position = -1) const;

    SpooledTemporaryFileOptions m_options;
    QByteArray m_memory;
    std::unique_ptr<TemporaryFile> m_file;
    bool m_closed = false;
};

} // namespace tempscope::tempfile
