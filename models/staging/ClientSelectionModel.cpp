#include "ClientSelectionModel.h"

#include "domain/LocaleFormat.h"
#include "privacy/PrivacyMask.h"

#include <QLocale>

namespace Cutover {

ClientSelectionModel::ClientSelectionModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ClientSelectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_clients.size());
}

int ClientSelectionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientSelectionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_clients.size())
        return {};
    const ClientChoice &c = m_clients.at(index.row());
    if (role == ClientKeyRole)
        return c.key;
    switch (index.column()) {
    case IncludedColumn:
        if (role == Qt::CheckStateRole)
            return c.included ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::DisplayRole)
            return c.included ? tr("Moves") : tr("Left out");
        if (role == Qt::AccessibleTextRole)
            return c.included ? tr("%1 moves to the new system").arg(c.name)
                              : tr("%1 is left out of the migration").arg(c.name);
        break;
    case KeyColumn:
        if (role == Qt::DisplayRole)
            return c.key;
        break;
    case NameColumn:
        if (role == Qt::DisplayRole)
            return c.name;
        break;
    case MattersColumn:
        if (role == Qt::DisplayRole)
            return LocaleFormat::number(c.matters);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant ClientSelectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == PiiKindRole)
        return int(section == NameColumn ? PiiKind::Name : PiiKind::None);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IncludedColumn:
        return tr("Migrate");
    case KeyColumn:
        return tr("Client number");
    case NameColumn:
        return tr("Client");
    case MattersColumn:
        return tr("Matters");
    default:
        return {};
    }
}

Qt::ItemFlags ClientSelectionModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == IncludedColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool ClientSelectionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != IncludedColumn || role != Qt::CheckStateRole)
        return false;
    setIncluded({ index.row() }, value.toInt() == Qt::Checked);
    return true;
}

void ClientSelectionModel::setClients(const QList<ClientChoice> &clients)
{
    beginResetModel();
    m_clients = clients;
    endResetModel();
}

void ClientSelectionModel::setIncluded(const QList<int> &rows, bool included)
{
    QStringList changed;
    for (int row : rows) {
        if (row < 0 || row >= m_clients.size() || m_clients.at(row).included == included)
            continue;
        m_clients[row].included = included;
        changed << m_clients.at(row).key;
        emit dataChanged(index(row, IncludedColumn), index(row, IncludedColumn));
    }
    if (!changed.isEmpty())
        emit inclusionChanged(changed, included);
}

int ClientSelectionModel::includedCount() const
{
    int n = 0;
    for (const ClientChoice &c : m_clients)
        n += c.included ? 1 : 0;
    return n;
}

} // namespace Cutover
