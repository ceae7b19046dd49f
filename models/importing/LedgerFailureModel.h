#pragma once

#include "importing/ImportEngine.h"

#include <QAbstractTableModel>

namespace Cutover {

// The records the target refused or that could not be sent: what the user
// recognises, which kind, how often it was tried and why it failed.
class LedgerFailureModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RecordColumn, EntityColumn, AttemptsColumn, ErrorColumn, ColumnCount };
    enum Role { SourceKeyRole = Qt::UserRole + 1, EntityKeyRole };

    explicit LedgerFailureModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFailures(const QList<LedgerFailure> &failures);
    const QList<LedgerFailure> &failures() const { return m_failures; }

private:
    QList<LedgerFailure> m_failures;
};

} // namespace Cutover
