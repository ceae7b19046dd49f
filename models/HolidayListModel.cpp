#include "HolidayListModel.h"

#include <QLocale>

namespace Cutover {

HolidayListModel::HolidayListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_year(QDate::currentDate().year())
{
}

int HolidayListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HolidayListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HolidayListModel::kindText(const Holiday &holiday)
{
    switch (holiday.source) {
    case Holiday::Source::Rule:
        return holiday.observed ? tr("Observed") : tr("Public holiday");
    case Holiday::Source::Custom:
        return tr("Custom");
    case Holiday::Source::ICalendar:
        return tr("iCalendar");
    }
    return {};
}

QVariant HolidayListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Holiday &h = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            // ISO: unambiguous for firms on either side of the Atlantic.
            return h.date.toString(Qt::ISODate);
        case WeekdayColumn:
            return QLocale().dayName(h.date.dayOfWeek());
        case NameColumn:
            return h.name;
        case KindColumn:
            return kindText(h);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return h.name;
        return {};
    case DateRole:
        return h.date;
    case SourceRole:
        return int(h.source);
    case ObservedRole:
        return h.observed;
    default:
        return {};
    }
}

QVariant HolidayListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case WeekdayColumn:
        return tr("Weekday");
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    }
    return {};
}

void HolidayListModel::setCalendar(const BusinessCalendar &calendar)
{
    m_calendar = calendar;
    reload();
}

void HolidayListModel::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    reload();
}

void HolidayListModel::reload()
{
    beginResetModel();
    m_rows = m_calendar.holidays(m_year);
    endResetModel();
}

} // namespace Cutover
