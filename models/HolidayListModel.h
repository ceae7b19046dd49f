#pragma once

#include "domain/BusinessCalendar.h"

#include <QAbstractTableModel>

namespace Cutover {

// The days off of one year of a BusinessCalendar, one row per holiday (a
// weekend holiday and its observed weekday are two rows).
class HolidayListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, WeekdayColumn, NameColumn, KindColumn, ColumnCount };

    enum Role {
        DateRole = Qt::UserRole + 1, // QDate
        SourceRole, // int(Holiday::Source)
        ObservedRole, // bool
    };

    explicit HolidayListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setCalendar(const BusinessCalendar &calendar);
    void setYear(int year);
    int year() const { return m_year; }
    const Holiday &holiday(int row) const { return m_rows.at(row); }

    // "Public holiday", "Observed", "Custom", "iCalendar" (translated).
    static QString kindText(const Holiday &holiday);

private:
    void reload();

    BusinessCalendar m_calendar;
    int m_year;
    QList<Holiday> m_rows;
};

} // namespace Cutover
