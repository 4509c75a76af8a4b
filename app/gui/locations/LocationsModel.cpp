#include "gui/locations/LocationsModel.h"

#include "gui/Numbers.h"
#include "gui/PlainText.h"

#include "core/inventory/Duration.h"

#include <algorithm>

namespace tempscope::gui {

LocationsModel::LocationsModel(QObject *parent) : QAbstractItemModel(parent) {}

void LocationsModel::setRoots(const QList<ScratchRoot> &roots)
{
    beginResetModel();
    QList<LocationSummary> summaries;
    for (const ScratchRoot &r : roots)
        summaries.append(summary(r.path)); // keep what is known across a refresh
    m_roots = roots;
    m_summaries = summaries;
    endResetModel();
}

int LocationsModel::rowOf(const QString &path) const
{
    for (int i = 0; i < m_roots.size(); ++i) {
        if (m_roots[i].path == path)
            return i;
    }
    return -1;
}

void LocationsModel::setSummary(const QString &path, const LocationSummary &summary)
{
    const int row = rowOf(path);
    if (row < 0)
        return;
    m_summaries[row] = summary;
    const QModelIndex i = index(row, 0);
    Q_EMIT dataChanged(i, i);
}

LocationSummary LocationsModel::summary(const QString &path) const
{
    const int row = rowOf(path);
    return row < 0 ? LocationSummary{} : m_summaries[row];
}

void LocationsModel::markChanged(const QString &path, const QString &reason)
{
    const int row = rowOf(path);
    if (row < 0 || (m_roots[row].changed && m_roots[row].changeReason == reason))
        return;
    m_roots[row].changed = true;
    m_roots[row].changeReason = reason;
    const QModelIndex i = index(row, 0);
    Q_EMIT dataChanged(i, i);
}

void LocationsModel::refreshVolumes()
{
    for (ScratchRoot &r : m_roots)
        r.volume = volumeFacts(r.path);
    if (!m_roots.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_roots.size()) - 1, 0));
}

QModelIndex LocationsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_roots.size() || column != 0)
        return {};
    return createIndex(row, column);
}

QModelIndex LocationsModel::parent(const QModelIndex &) const
{
    return {};
}

int LocationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_roots.size());
}

int LocationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

QString LocationsModel::kindTitle(RootKind kind)
{
    switch (kind) {
    case RootKind::SystemTemp:
        return tr("Temporary directory");
    case RootKind::SecondaryTemp:
        return tr("Secondary temp");
    case RootKind::Runtime:
        return tr("Runtime directory");
    case RootKind::Cache:
        return tr("Cache");
    case RootKind::User:
        return tr("Added by you");
    }
    return {};
}

QString LocationsModel::summaryText(const LocationSummary &s, bool exists) const
{
    if (s.scanning)
        return tr("Scanning…");
    if (!s.error.isEmpty())
        return s.error.left(1).toUpper() + s.error.mid(1);
    if (!s.scanned)
        return exists ? tr("Not scanned yet") : tr("Does not exist");
    QString text = (s.items == 1 ? tr("1 item · %1") : tr("%Ln items · %1", nullptr, int(s.items)))
                       .arg(sizeText(s.bytes));
    if (s.staleBytes)
        text += tr(" · %1 stale").arg(sizeText(s.staleBytes));
    if (s.cancelled)
        text += tr(" (incomplete)");
    if (s.rescanSetAside == LocationSummary::RescanStopped)
        text += tr(" · rescan stopped");
    else if (s.rescanSetAside == LocationSummary::RescanFailed)
        text += tr(" · rescan failed");
    return text;
}

QString LocationsModel::volumeText(const ScratchRoot &r) const
{
    if (!r.exists)
        return {}; // the summary says so
    if (!r.volume.valid)
        return tr("Volume unknown");
    QString fs = r.volume.tmpfs ? tr("tmpfs, in memory") : r.volume.fsType;
    if (r.volume.readOnly)
        fs += tr(", read-only");
    return tr("%1 free of %2 · %3")
        .arg(sizeText(quint64(std::max<qint64>(0, r.volume.bytesFree))),
             sizeText(quint64(std::max<qint64>(0, r.volume.bytesTotal))), fs);
}

QString LocationsModel::cardText(const ScratchRoot &r, const LocationSummary &s) const
{
    QStringList parts{tr("%1: %2").arg(kindTitle(r.kind), shownName(r.path)),
                      summaryText(s, r.exists), volumeText(r)};
    parts.removeAll(QString());
    return parts.join(QStringLiteral(". "));
}

QVariant LocationsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_roots.size())
        return {};
    const ScratchRoot &r = m_roots[index.row()];
    const LocationSummary &s = m_summaries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case PathRole:
        return r.path;
    case KindRole:
        return int(r.kind);
    case TitleRole:
        return kindTitle(r.kind);
    case SummaryRole:
        if (r.changed)
            return tr("Changed since you added it: %1. Not scanned until you confirm it.")
                .arg(r.changeReason);
        return summaryText(s, r.exists);
    case ChangedRole:
        return r.changed;
    case VolumeRole:
        return volumeText(r);
    case FreeFractionRole:
        if (!r.volume.valid || r.volume.bytesTotal <= 0)
            return -1.0;
        return double(r.volume.bytesFree) / double(r.volume.bytesTotal);
    case TmpfsRole:
        return r.volume.tmpfs;
    case UserRootRole:
        return r.kind == RootKind::User;
    case Qt::ToolTipRole:
        return plainToolTip(cardText(r, s));
    case Qt::AccessibleTextRole:
        return cardText(r, s);
    }
    return {};
}

} // namespace tempscope::gui
