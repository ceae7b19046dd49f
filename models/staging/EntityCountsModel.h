#pragma once

#include "StagingTasks.h"

#include <QAbstractTableModel>

namespace Cutover {

// What the newest snapshot holds: one row per entity loaded, with its rows, the
// files they came from and the rows rejected.
class EntityCountsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { EntityColumn, RowsColumn, FilesColumn, RejectedColumn, ColumnCount };
    enum Role { EntityKeyRole = Qt::UserRole + 1, CountRole };

    explicit EntityCountsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setOverview(const SnapshotOverview &overview);
    // Rows of `entity` in the newest snapshot (0 when none).
    qint64 count(Entity entity) const;

private:
    struct Line
    {
        Entity entity;
        qint64 rows = 0;
        int files = 0;
        qint64 rejected = 0;
    };
    QList<Line> m_lines;
};

// The complete snapshots, newest first: number, kind, when and by whom.
class SnapshotListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, KindColumn, LoadedColumn, ByColumn, ColumnCount };
    enum Role { SnapshotIdRole = Qt::UserRole + 1 };

    explicit SnapshotListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setSnapshots(const QList<SnapshotInfo> &snapshots);

private:
    QList<SnapshotInfo> m_snapshots;
};

} // namespace Cutover
