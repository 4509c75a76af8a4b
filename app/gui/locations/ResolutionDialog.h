#pragma once
// ResolutionDialog: why the temp directory is the one it is. Lists every
// candidate of Python's tempfile.gettempdir() rule in order (where it came
// from, whether it was usable, the reason), the winner, and Qt's
// QDir::tempPath() answer with how it differs.

#include "core/locations/TempDirResolver.h"

#include <QDialog>

class QTreeWidget;

namespace tempscope::gui {

class ResolutionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResolutionDialog)

public:
    explicit ResolutionDialog(const TempDirResolution &python, const QtTempPath &qt,
                              QWidget *parent = nullptr);

    QTreeWidget *candidates() const { return m_candidates; }

private:
    QTreeWidget *m_candidates;
};

} // namespace tempscope::gui
