#include "IssueListModel.h"

#include "privacy/PrivacyMask.h"

#include <QDir>
#include <QFileInfo>

namespace Cutover {

IssueListModel::IssueListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int IssueListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IssueListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IssueListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const StagingIssue &i = m_rows.at(index.row());
    switch (role) {
    case SeverityRole:
        return int(i.severity);
    case IssueIdRole:
        return i.id;
    case PathRole:
        return i.file;
    case Qt::DisplayRole:
        switch (index.column()) {
        case FileColumn:
            return QFileInfo(i.file).fileName();
        case SheetColumn:
            return i.sheet;
        case RowColumn:
            return i.row > 0 ? QVariant(i.row) : QVariant();
        case ColumnColumn:
            if (!i.columnName.isEmpty())
                return i.columnName;
            return i.column > 0 ? QVariant(i.column) : QVariant();
        case SeverityColumn:
            return IssueSeverities::title(i.severity);
        case CodeColumn:
            return i.code;
        case MessageColumn:
            return i.message;
        case RawValueColumn:
            return i.rawValue;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case FileColumn:
            return QDir::toNativeSeparators(i.file);
        case MessageColumn:
        case RawValueColumn:
            return data(index, Qt::DisplayRole);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == RowColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant IssueListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The value as the file had it may be any field of a client's record.
    if (orientation == Qt::Horizontal && role == PiiKindRole)
        return int(section == RawValueColumn ? PiiKind::Text : PiiKind::None);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn:
        return tr("File");
    case SheetColumn:
        return tr("Sheet");
    case RowColumn:
        return tr("Row");
    case ColumnColumn:
        return tr("Column");
    case SeverityColumn:
        return tr("Severity");
    case CodeColumn:
        return tr("Code");
    case MessageColumn:
        return tr("Problem");
    case RawValueColumn:
        return tr("Value in the file");
    default:
        return {};
    }
}

bool IssueListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void IssueListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen()) {
        m_atEnd = true;
        return;
    }
    const QList<StagingIssue> page = StagingStore::issues(db, m_snapshotId, m_filter, m_rows.size(), kPageSize);
    m_atEnd = page.size() < kPageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
}

void IssueListModel::setSource(const QString &connectionName, qint64 snapshotId)
{
    m_connection = connectionName;
    m_snapshotId = snapshotId;
    reload();
}

void IssueListModel::setFilter(const IssueFilter &filter)
{
    m_filter = filter;
    reload();
}

void IssueListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = m_connection.isEmpty() || m_snapshotId <= 0;
    endResetModel();
}

qint64 IssueListModel::matchingCount() const
{
    if (m_connection.isEmpty() || m_snapshotId <= 0)
        return 0;
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return db.isOpen() ? StagingStore::issueCount(db, m_snapshotId, m_filter) : 0;
}

} // namespace Cutover
