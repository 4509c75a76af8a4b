#include "gui/playground/LiveObjectsModel.h"

#include "gui/Numbers.h"
#include "gui/PlainText.h"

#include "core/inventory/Duration.h"
#include "gui/playground/Lessons.h"
#include "gui/playground/PlaygroundSession.h"

#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPalette>

namespace tempscope::gui::playground {

LiveObjectsModel::LiveObjectsModel(PlaygroundSession *session)
    : TitledTableModel(session), m_session(session)
{
    connect(session, &PlaygroundSession::aboutToAdd, this,
            [this](int row) { beginInsertRows({}, row, row); });
    connect(session, &PlaygroundSession::added, this, [this] { endInsertRows(); });
    connect(session, &PlaygroundSession::aboutToClear, this, [this] { beginResetModel(); });
    connect(session, &PlaygroundSession::cleared, this, [this] { endResetModel(); });
    // Any action can change other rows too (a file added inside a directory,
    // a file removed by hand), so every action refreshes every row.
    connect(session, &PlaygroundSession::objectChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
    connect(session, &PlaygroundSession::crashFinished, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
}

int LiveObjectsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_session->count();
}

QString LiveObjectsModel::modeText(int mode)
{
    if (mode < 0)
        return QStringLiteral("—");
    const char16_t letters[] = u"rwxrwxrwx";
    QString bits;
    for (int i = 0; i < 9; ++i)
        bits += (mode & (0400 >> i)) ? QChar(letters[i]) : QChar(u'-');
    return QStringLiteral("%1 %2").arg(mode, 4, 8, QLatin1Char('0')).arg(bits);
}

QVariant LiveObjectsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PlaygroundObject &o = *m_session->object(index.row());
    const auto state = o.state();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Variable:
            return o.variable();
        case Kind:
            return kindName(o.kind());
        case State:
            return Lessons::stateText(o);
        case Path: {
            if (o.kind() == ObjectKind::TemporaryFile)
                return tr("no name");
            if (o.kind() == ObjectKind::SpooledTemporaryFile)
                return o.rolledOver() ? tr("no name (rolled over to a TemporaryFile)")
                                      : tr("no name (in memory)");
            return o.path();
        }
        case Descriptor:
            return o.fd() >= 0 ? QString::number(o.fd()) : QStringLiteral("—");
        case Mode:
            return o.kind() == ObjectKind::SpooledTemporaryFile && !o.rolledOver()
                       ? QStringLiteral("—")
                       : modeText(o.mode());
        case Size: {
            if (state == PlaygroundObject::State::Removed)
                return QStringLiteral("—");
            QString text = sizeText(quint64(o.size()));
            if (o.kind() == ObjectKind::SpooledTemporaryFile)
                text = o.rolledOver() ? tr("%1 on disk").arg(text) : tr("%1 in memory").arg(text);
            if (o.buffered() > 0)
                text += u' ' + tr("(+%1 buffered)").arg(sizeText(quint64(o.buffered())));
            return text;
        }
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Path && !o.path().isEmpty())
            return plainToolTip(shownName(o.path()));
        if (index.column() == State && !o.inScope())
            return tr("The block that made it has ended.");
        return {};
    case Qt::ForegroundRole:
        if (state == PlaygroundObject::State::Removed)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (index.column() == Variable || index.column() == Descriptor || index.column() == Mode) {
            QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
            return f;
        }
        if (index.column() == State && state == PlaygroundObject::State::RolledOver) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole: // the title's: numbers right, text left
        return QVariant::fromValue(sections().alignment(index.column()));
    case StateRole:
        return int(state);
    case PathRole:
        return o.path();
    case RowOfSessionRole:
        return index.row();
    default:
        return {};
    }
}

const gui::HeaderSections &LiveObjectsModel::sections() const
{
    static const gui::HeaderSections sections(
        staticMetaObject,
        {QT_TR_NOOP("Variable"), QT_TR_NOOP("Kind"), QT_TR_NOOP("State"), QT_TR_NOOP("Path"),
         QT_TR_NOOP("fd"), QT_TR_NOOP("Mode"), QT_TR_NOOP("Size")},
        {Descriptor, Size});
    return sections;
}

} // namespace tempscope::gui::playground
