#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Cutover {

// One VEVENT of an iCalendar file, reduced to what a calendar of days off needs.
struct ICalendarEvent
{
    QString summary;
    QDate start; // DTSTART's date (a DATE-TIME is taken as the date it is written with)
    int days = 1; // consecutive days from `start` (DTEND is exclusive)
    QByteArray rrule; // the RRULE value; empty when the event does not repeat
    QList<QDate> exceptions; // EXDATE: occurrences left out
    QList<QDate> extraDates; // RDATE: occurrences added
    int line = 0; // of its BEGIN:VEVENT, for messages
};

struct ICalendarContent
{
    QList<ICalendarEvent> events; // the events that could be read
    QStringList problems; // one sentence each, naming the file, the line and the event
};

// Reads the days off in an iCalendar file (RFC 5545) with libical: all-day
// events, timed events (by their date), events over several days, and repeating
// events (RRULE, EXDATE, RDATE), expanded year by year.
namespace ICalendarDays {

// Never fails outright: what cannot be read is described in `problems` and the
// rest is kept. `fileName` is only used in the messages.
ICalendarContent parse(const QByteArray &ics, const QString &fileName);

// The days of `event` that fall in `year`, in order.
QList<QDate> daysIn(const ICalendarEvent &event, int year);

} // namespace ICalendarDays

} // namespace Cutover
