#pragma once

#include "StagingStore.h"

#include <QAbstractTableModel>

namespace Cutover {

// The problems found in one snapshot, read lazily from the project file in pages
// of kPageSize as the view scrolls (canFetchMore/fetchMore), so a snapshot with
// a million issues costs no more than the rows looked at. Holds a connection
// name, not a connection, so closing the project never finds it in use.
class IssueListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 500;

    enum Column {
        FileColumn,
        SheetColumn,
        RowColumn,
        ColumnColumn,
        SeverityColumn,
        CodeColumn,
        MessageColumn,
        RawValueColumn,
        ColumnCount
    };

    enum Role {
        SeverityRole = Qt::UserRole + 1, // int(IssueSeverity)
        IssueIdRole,
        PathRole, // the file's full path
    };

    explicit IssueListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // The project's connection (by name) and the snapshot to list; 0 lists nothing.
    void setSource(const QString &connectionName, qint64 snapshotId);
    void setFilter(const IssueFilter &filter);
    void clear() { setSource({}, 0); }

    qint64 snapshotId() const { return m_snapshotId; }
    IssueFilter filter() const { return m_filter; }
    // Issues matching the filter in the whole snapshot (counted by the database).
    qint64 matchingCount() const;
    const StagingIssue &issue(int row) const { return m_rows.at(row); }

private:
    void reload();

    QString m_connection;
    qint64 m_snapshotId = 0;
    IssueFilter m_filter;
    QList<StagingIssue> m_rows;
    bool m_atEnd = true;
};

} // namespace Cutover
