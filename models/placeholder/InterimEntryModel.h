#pragma once

#include "placeholder/InterimTime.h"

#include <QAbstractTableModel>

namespace Cutover {

// The interim entries loaded from the filled templates, for one target: when,
// who, on which client and matter, how long, at what rate, billable or not, and
// whether (and where) it was sent. Holds what it is given; reads nothing.
class InterimEntryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        UserColumn,
        ClientColumn,
        MatterColumn,
        HoursColumn,
        RateColumn,
        DescriptionColumn,
        BillableColumn,
        StateColumn,
        ColumnCount
    };
    enum Role {
        EntryIdRole = Qt::UserRole + 1, // qint64
        StateKeyRole, // "" (never sent), pending, sending, created, failed
        SortRole, // dates, seconds and cents as numbers; text otherwise
        SentRole, // bool: in the target (or on its way): it cannot be removed
    };

    explicit InterimEntryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setEntries(const QList<InterimEntry> &entries);
    const QList<InterimEntry> &entries() const { return m_entries; }
    const InterimEntry &entry(int row) const { return m_entries.at(row); }

    static QString stateText(const InterimEntry &entry);
    // Hours to two decimals, as the templates have them ("1.50").
    static QString hoursText(qint64 seconds);
    // An entry still to send (never sent, or failed) can be removed.
    static bool isSent(const InterimEntry &entry);
    // Entries per state key ("" for never sent).
    QHash<QString, qint64> countsByState() const;

private:
    QList<InterimEntry> m_entries;
};

// The rows and cells refused (or warned about) while loading filled templates:
// file, row, column, severity and the message.
class InterimIssueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FileColumn, RowColumn, ColumnColumn, SeverityColumn, MessageColumn, ColumnCount };
    enum Role { ErrorRole = Qt::UserRole + 1, SortRole };

    explicit InterimIssueModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setIssues(const QList<InterimIssue> &issues);
    const QList<InterimIssue> &issues() const { return m_issues; }

private:
    QList<InterimIssue> m_issues;
};

} // namespace Cutover
