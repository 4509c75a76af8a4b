#pragma once
// LiveObjectsModel: the playground's objects as a table, one row each, in the
// order they were made: variable, kind, state, path ("no name" for a
// TemporaryFile), descriptor, mode bits, size. Rows stay after an object is
// gone, shown as removed, so the story of a session can be read back.
//
// Reads a PlaygroundSession and follows its signals; make it a child of the
// session. GUI thread only.

#include "gui/HeaderSections.h"

namespace tempscope::gui::playground {

class PlaygroundSession;

class LiveObjectsModel final : public gui::TitledTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveObjectsModel)

public:
    enum Column { Variable, Kind, State, Path, Descriptor, Mode, Size, ColumnCount };
    enum Role {
        StateRole = Qt::UserRole + 1, // int(PlaygroundObject::State)
        PathRole,                     // QString, empty when none
        RowOfSessionRole,             // int
    };

    explicit LiveObjectsModel(PlaygroundSession *session);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QString modeText(int mode); // "0600 rw-------"

private:
    const gui::HeaderSections &sections() const override;

    PlaygroundSession *m_session;
};

} // namespace tempscope::gui::playground
