#include "EntityCountsModel.h"

#include "domain/LocaleFormat.h"

#include <QLocale>

namespace Cutover {

EntityCountsModel::EntityCountsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int EntityCountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int EntityCountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntityCountsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line &line = m_lines.at(index.row());
    switch (role) {
    case EntityKeyRole:
        return Entities::key(line.entity);
    case CountRole:
        return line.rows;
    case Qt::DisplayRole:
        switch (index.column()) {
        case EntityColumn:
            return Entities::title(line.entity);
        case RowsColumn:
            return LocaleFormat::number(line.rows);
        case FilesColumn:
            return LocaleFormat::number(line.files);
        case RejectedColumn:
            return LocaleFormat::number(line.rejected);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == EntityColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant EntityCountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EntityColumn:
        return tr("Holds");
    case RowsColumn:
        return tr("Rows loaded");
    case FilesColumn:
        return tr("Files");
    case RejectedColumn:
        return tr("Rows rejected");
    default:
        return {};
    }
}

void EntityCountsModel::setOverview(const SnapshotOverview &overview)
{
    beginResetModel();
    m_lines.clear();
    for (Entity e : Entities::all()) {
        Line line { e, overview.counts.value(e), 0, 0 };
        for (const SourceFileInfo &f : overview.files) {
            if (f.entity == e) {
                ++line.files;
                line.rejected += f.rowsRejected;
            }
        }
        if (line.rows > 0 || line.files > 0)
            m_lines.append(line);
    }
    endResetModel();
}

qint64 EntityCountsModel::count(Entity entity) const
{
    for (const Line &line : m_lines) {
        if (line.entity == entity)
            return line.rows;
    }
    return 0;
}

SnapshotListModel::SnapshotListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int SnapshotListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_snapshots.size());
}

int SnapshotListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SnapshotListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_snapshots.size())
        return {};
    const SnapshotInfo &s = m_snapshots.at(index.row());
    if (role == SnapshotIdRole)
        return s.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return s.id;
    case KindColumn:
        return SnapshotKinds::title(s.kind);
    case LoadedColumn:
        return LocaleFormat::localDateTime(s.completedUtc.isValid() ? s.completedUtc : s.startedUtc);
    case ByColumn:
        return s.createdBy;
    default:
        return {};
    }
}

QVariant SnapshotListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Snapshot");
    case KindColumn:
        return tr("Kind");
    case LoadedColumn:
        return tr("Loaded");
    case ByColumn:
        return tr("By");
    default:
        return {};
    }
}

void SnapshotListModel::setSnapshots(const QList<SnapshotInfo> &snapshots)
{
    beginResetModel();
    m_snapshots = snapshots;
    endResetModel();
}

} // namespace Cutover
