#pragma once
// Helpers shared by the tempfile tests: what a user would look at (the
// directory listing, mode bits) and a recorder for the events objects report.

#include "core/tempfile/RandomNameSequence.h"
#include "core/tempfile/TempFileEvent.h"

#include <QDir>
#include <QFile>
#include <QList>
#include <QStringList>

#include <algorithm>
#include <memory>
#include <sys/stat.h>
#include <utility>

namespace tempscope::tempfile::test {

// Names in dir as `ls -A` shows them (sorted; hidden entries included).
inline QStringList listing(const QString &dir)
{
    return QDir(dir).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

// Permission bits without following a symlink; -1 when missing.
inline int mode(const QString &path)
{
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 07777);
}

inline bool existsNoFollow(const QString &path)
{
    return mode(path) >= 0;
}

class EventRecorder
{
public:
    EventRecorder()
    {
        QObject::connect(&m_hub, &TempFileEventHub::eventReported, &m_hub,
                         [this](const TempFileEvent &event) { m_events.append(event); });
    }
    TempFileEventHub *hub() { return &m_hub; }
    const QList<TempFileEvent> &events() const { return m_events; }
    // "NamedTemporaryFile created, NamedTemporaryFile written, ..."
    QStringList kinds() const
    {
        QStringList out;
        for (const TempFileEvent &event : m_events)
            out.append(event.source + u' ' + TempFileEvent::kindName(event.kind));
        return out;
    }
    void clear() { m_events.clear(); }

private:
    TempFileEventHub m_hub;
    QList<TempFileEvent> m_events;
};

// A NameSource that hands out the given names in order, then repeats the last.
inline NameSource fixedNames(QStringList names)
{
    auto state = std::make_shared<std::pair<QStringList, qsizetype>>(std::move(names), 0);
    return [state]() {
        auto &[list, index] = *state;
        const QString name = list.at(std::min(index, list.size() - 1));
        ++index;
        return name;
    };
}

} // namespace tempscope::tempfile::test
