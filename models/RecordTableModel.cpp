#include "RecordTableModel.h"

#include "domain/LocaleFormat.h"
#include "staging/PreviewModel.h"

namespace Cutover {

RecordTableModel::RecordTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RecordTableModel::setColumns(const QList<Column> &columns)
{
    beginResetModel();
    m_columns = columns;
    m_rows.clear();
    m_keys.clear();
    m_rowTips.clear();
    endResetModel();
}

void RecordTableModel::setRows(const QList<QVariantList> &rows, const QStringList &keys)
{
    beginResetModel();
    m_rows = rows;
    m_keys = keys;
    m_rowTips.clear();
    endResetModel();
}

QVariant RecordTableModel::value(int row, int column) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_rows.at(row).value(column);
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
        return {};
    const Column &column = m_columns.at(index.column());
    const QVariant raw = m_rows.at(index.row()).value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (column.checkable)
            return {};
        // Already text ("—", a note), except dates kept as ISO text, which are spelled for the reader.
        if (raw.typeId() == QMetaType::QString && column.type != FieldType::Text && column.type != FieldType::Date
            && column.type != FieldType::DateTime)
            return raw;
        if (column.type == FieldType::DateTime && raw.typeId() == QMetaType::QDateTime)
            return LocaleFormat::dateTime(raw.toDateTime(), m_zone);
        if (column.type == FieldType::Date && raw.typeId() == QMetaType::QDate)
            return LocaleFormat::date(raw.toDate());
        return PreviewModel::displayText(column.type, raw, m_zone, QLocale());
    case Qt::CheckStateRole:
        if (column.checkable)
            return raw.toBool() ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        switch (column.type) {
        case FieldType::Money:
        case FieldType::Duration:
        case FieldType::Integer:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return m_rowTips.value(index.row());
    case SortRole:
    case RawRole:
        return raw;
    case KeyRole:
        return m_keys.value(index.row());
    default:
        return {};
    }
}

bool RecordTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || index.row() >= m_rows.size()
        || !m_columns.value(index.column()).checkable)
        return false;
    const bool checked = value.toInt() == Qt::Checked;
    if (m_onCheck && !m_onCheck(index.row(), index.column(), checked))
        return false;
    m_rows[index.row()][index.column()] = checked;
    emit dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(columnCount() - 1));
    return true;
}

Qt::ItemFlags RecordTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_columns.value(index.column()).checkable)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_columns.at(section).title;
    if (role == Qt::ToolTipRole)
        return m_columns.at(section).toolTip;
    if (role == PiiKindRole) {
        const Column &column = m_columns.at(section);
        return int(column.pii == PiiKind::None && column.type == FieldType::Money ? PiiKind::Money : column.pii);
    }
    return {};
}

} // namespace Cutover
