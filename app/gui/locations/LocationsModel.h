#pragma once
// LocationsModel: the roots in the sidebar (the system temp directory first,
// then the platform's scratch roots, then the user's), each with its volume
// facts and, once scanned, the item count, size and stale size.
//
// GUI thread only. Volume facts are read when the roots are set (one
// statfs each); scan summaries arrive from the window as scans finish.

#include "core/locations/ScratchRoots.h"

#include <QAbstractItemModel>
#include <QList>

namespace tempscope::gui {

struct LocationSummary
{
    bool scanned = false;
    bool scanning = false;
    bool cancelled = false; // the results are of a stopped scan: incomplete
    // A rescan ended without replacing the results shown (ScanResults).
    enum SetAside {
        NoRescanSetAside,
        RescanStopped,
        RescanFailed
    } rescanSetAside = NoRescanSetAside;
    QString error;
    qsizetype items = 0;
    quint64 bytes = 0;
    quint64 staleBytes = 0;
};

class LocationsModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocationsModel)

public:
    enum Role {
        PathRole = Qt::UserRole + 1, // QString
        KindRole,                    // int(RootKind)
        TitleRole,                   // "Temporary directory", ...
        SummaryRole,                 // "12 items · 3.4 MiB · 1 MiB stale"
        VolumeRole,                  // "12.3 GiB free of 50 GiB · ext4"
        FreeFractionRole,            // double in [0, 1], or -1 when unknown
        TmpfsRole,                   // bool
        UserRootRole,                // bool: added by the user, removable
        ChangedRole,                 // bool: a saved root that is no longer what was saved
    };

    explicit LocationsModel(QObject *parent = nullptr);

    void setRoots(const QList<ScratchRoot> &roots);
    const QList<ScratchRoot> &roots() const { return m_roots; }
    int rowOf(const QString &path) const;
    void setSummary(const QString &path, const LocationSummary &summary);
    LocationSummary summary(const QString &path) const;
    // A saved root found changed (now a symlink, another owner's, another
    // directory): shown so, with the reason, instead of its scan summary.
    void markChanged(const QString &path, const QString &reason);
    // Re-reads free space and filesystem facts for every root.
    void refreshVolumes();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QString kindTitle(RootKind kind);

private:
    QString summaryText(const LocationSummary &s, bool exists) const;
    // The whole card in one line, for tooltips and screen readers.
    QString cardText(const ScratchRoot &r, const LocationSummary &s) const;
    QString volumeText(const ScratchRoot &r) const;

    QList<ScratchRoot> m_roots;
    QList<LocationSummary> m_summaries; // parallel to m_roots
};

} // namespace tempscope::gui
