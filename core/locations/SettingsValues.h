#pragma once
// Values read from Tempscope's settings file, bounded and checked. The file is
// shared by the GUI and the CLI and may be edited by hand (or be corrupt): a
// value of the wrong type, too long, too large or out of range is reported
// once per process and key on stderr ("tempscope: settings: ...") and the
// caller gets nothing (the fallback), so garbage is never acted on and, as
// every writer rewrites only good values, never kept on save.
//
// Keys are relative to the settings' current group. Any thread, each with its
// own QSettings.

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <optional>

namespace tempscope::settings {

// Bounds for the values Tempscope keeps.
inline constexpr qsizetype MaxPathLength = 4096;
inline constexpr qsizetype MaxNameLength = 256;
inline constexpr qsizetype MaxListItems = 1000;
inline constexpr qsizetype MaxStateBytes = 64 * 1024; // window geometry, header state

// Prints "tempscope: settings: <file>: <group/key>: <why>; ignored" once per
// file and key.
void reportBad(const QSettings &s, const QString &key, const QString &why);

// A text value of at most maxLength characters; nullopt when absent or bad.
std::optional<QString> text(const QSettings &s, const QString &key, qsizetype maxLength);
// A list of at most maxItems texts of at most maxLength characters each. A
// single text counts as a list of one (QSettings writes a one-element list so).
// An over-long list or an entry that is too long drops the whole value.
std::optional<QStringList> textList(const QSettings &s, const QString &key, qsizetype maxItems,
                                    qsizetype maxLength);
// An integer in [min, max].
std::optional<int> integer(const QSettings &s, const QString &key, int min, int max);
// true/false (also 1/0); nullopt when absent or anything else.
std::optional<bool> boolean(const QSettings &s, const QString &key);
// Bytes (Qt's @ByteArray(...)) of at most maxSize.
std::optional<QByteArray> bytes(const QSettings &s, const QString &key, qsizetype maxSize);

} // namespace tempscope::settings
