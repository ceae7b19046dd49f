#pragma once

#include "importing/ImportEngine.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Cutover {

// The import's progress per entity: planned, created, failed and skipped
// records, with the rate and the time left computed from the counts over time.
class ImportProgressModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        EntityColumn,
        TotalColumn,
        CreatedColumn,
        FailedColumn,
        SkippedColumn,
        RateColumn,
        EtaColumn,
        ColumnCount
    };
    enum Role { EntityKeyRole = Qt::UserRole + 1, ValueRole };

    explicit ImportProgressModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // New counts, `elapsedMs` after the run started (the rate is measured
    // between the first and the latest counts of an entity).
    void setCounts(const QList<EntityLedgerCounts> &counts, qint64 elapsedMs);
    void clear();

    // Records per second of an entity (0 when not measured yet); seconds left
    // (-1 when unknown).
    double rate(const QString &entity) const;
    qint64 etaSeconds(const QString &entity) const;
    const QList<EntityLedgerCounts> &counts() const { return m_counts; }

    // The entity's translated title ("Time entries"); the key when unknown.
    static QString entityTitle(const QString &entityKey);

private:
    struct Sample
    {
        qint64 firstDone = -1;
        qint64 firstMs = 0;
        qint64 lastDone = 0;
        qint64 lastMs = 0;
    };
    QList<EntityLedgerCounts> m_counts;
    QHash<QString, Sample> m_samples;
};

} // namespace Cutover
