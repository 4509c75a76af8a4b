#pragma once
// TrashUndo: puts back what a cleanup moved to the trash, the desktop's undo
// of "Move to Trash". Each entry goes back to where it was only if that place
// is free and reached without following a link (native::restoreFromTrash);
// what cannot go back stays in the trash, with the reason.
//
// Free functions, any thread.

#include "core/cleanup/CleanupReport.h"

#include <QList>
#include <QString>

namespace tempscope {

struct TrashedEntry
{
    QString original;  // where it was, lossless (PathText.h)
    QString trashedAs; // $trash/files/NAME, lossless
};

struct RestoreResult
{
    QString original;
    bool restored = false;
    QString reason; // why it stays in the trash (English, one line)
};

// The entries a run moved to the trash (results Trashed with their place).
QList<TrashedEntry> trashedEntries(const CleanupReport &report);
// Puts them back, last moved first; one result each, in that order.
QList<RestoreResult> restoreFromTrash(const QList<TrashedEntry> &entries);

} // namespace tempscope
