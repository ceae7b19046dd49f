#pragma once

#include "StagingStore.h"

#include <QAbstractTableModel>

namespace Cutover {

// Selective migration: the clients of the newest snapshot, each with a check box
// saying whether it moves. Unchecking a client leaves out its matters, entries
// and notes too (StagingStore::entityCounts with includedOnly). Checking a box
// emits inclusionChanged; the owner records it (StagingStore::setClientsIncluded).
class ClientSelectionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IncludedColumn, KeyColumn, NameColumn, MattersColumn, ColumnCount };
    enum Role { ClientKeyRole = Qt::UserRole + 1 };

    explicit ClientSelectionModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void setClients(const QList<ClientChoice> &clients);
    // Sets every listed row (e.g. the rows a filter shows) in one change.
    void setIncluded(const QList<int> &rows, bool included);
    int includedCount() const;

signals:
    void inclusionChanged(const QStringList &clientKeys, bool included);

private:
    QList<ClientChoice> m_clients;
};

} // namespace Cutover
