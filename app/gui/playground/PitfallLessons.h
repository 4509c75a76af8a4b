#pragma once
// PitfallLessons: the lessons of the pitfall demos and of what other
// processes see of a file: another process reading it, who holds it open,
// a crash before cleanup. Pure functions of the facts reported by
// OtherProcess and platform::whoHasOpen(); they change nothing.
//
// The texts are translated in PlaygroundSession's context, where the
// translation files have them. GUI thread only (translations).

#include "gui/playground/Lessons.h"

namespace tempscope::gui::playground {

namespace platform {
struct HolderAnswer;
}
struct CrashReport;
struct ReaderReport;

class PitfallLessons
{
    Q_DECLARE_TR_FUNCTIONS(tempscope::gui::playground::PlaygroundSession)

public:
    static Lesson inUse(const PlaygroundObject &o, const platform::HolderAnswer &answer);
    // What another process saw of spec's file at path while buffered bytes
    // were still in the file object's buffer; intro (may be empty) comes first.
    static Lesson otherProcessRead(const ObjectSpec &spec, const QString &path, qint64 buffered,
                                   const ReaderReport &report, const QString &intro = {});

    // The demos: written, then read without seek(0) (emptyRead says how that went).
    static Lesson forgotSeek(const ObjectSpec &spec, const QByteArray &written,
                             const Lesson &emptyRead);
    static QString forgotFlushIntro(const ObjectSpec &spec, const QByteArray &written);
    static Lesson crash(const QString &root, const QString &prefix, const CrashReport &report);

private:
    static QString holderText(const platform::HolderAnswer &answer);
    static QString notStarted(const QString &program, const QString &error);
};

} // namespace tempscope::gui::playground
