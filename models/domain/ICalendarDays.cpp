#include "ICalendarDays.h"

#include <QCoreApplication>

#include <algorithm>
#include <libical/ical.h>
#include <memory>

namespace Cutover {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::ICalendarDays)
};

// Events longer than this are not days off but a mistake (or a season).
constexpr int kMaxEventDays = 366;
// Enough for a daily rule over the whole range the calendar computes.
constexpr int kMaxOccurrences = 100000;

// One logical line of the file (folded continuation lines joined), with the
// physical line it starts on and its property name.
struct Line
{
    int number = 0;
    QByteArray name;
};

// Where each VEVENT starts and ends, in the order libical keeps them, so a
// message can name the line it is about. libical does not track lines.
struct Block
{
    int begin = 0; // line of BEGIN:VEVENT
    qsizetype first = 0; // index into the logical lines
    qsizetype last = 0;
};

struct Layout
{
    QList<Line> lines;
    QList<Block> events;
    bool hasCalendar = false;
};

Layout scan(const QByteArray &ics)
{
    Layout layout;
    int number = 0;
    qsizetype open = -1;
    for (QByteArray physical : ics.split('\n')) {
        ++number;
        if (physical.endsWith('\r'))
            physical.chop(1);
        if (physical.startsWith(' ') || physical.startsWith('\t') || physical.isEmpty())
            continue; // a folded continuation (or a blank line) belongs to the line before
        qsizetype end = physical.size();
        for (char c : { ':', ';' }) {
            const qsizetype at = physical.indexOf(c);
            if (at >= 0 && at < end)
                end = at;
        }
        Line line { number, physical.left(end).trimmed().toUpper() };
        const QByteArray upper = physical.trimmed().toUpper();
        if (upper == "BEGIN:VCALENDAR")
            layout.hasCalendar = true;
        if (upper == "BEGIN:VEVENT") {
            open = layout.lines.size();
        } else if (upper == "END:VEVENT" && open >= 0) {
            layout.events.append({ layout.lines.at(open).number, open, layout.lines.size() });
            open = -1;
        }
        layout.lines.append(line);
    }
    return layout;
}

// The line in `block` whose property is `property`, or that a libical message
// names; the event's first line otherwise.
int lineFor(const Layout &layout, const Block *block, const QByteArray &property, const QByteArray &message = {})
{
    if (!block)
        return 0;
    for (qsizetype i = block->first; i <= block->last && i < layout.lines.size(); ++i) {
        const QByteArray &name = layout.lines.at(i).name;
        if (name.size() < 2 || name == "BEGIN" || name == "END")
            continue;
        if ((!property.isEmpty() && name == property) || (!message.isEmpty() && message.toUpper().contains(name)))
            return layout.lines.at(i).number;
    }
    return block->begin;
}

QString problem(const QString &fileName, int line, const QString &summary, const QString &what)
{
    if (line > 0)
        return Tr::tr("%1, line %2: event “%3”: %4").arg(fileName).arg(line).arg(summary, what);
    return Tr::tr("%1: event “%2”: %3").arg(fileName, summary, what);
}

QDate dateOf(const icaltimetype &t)
{
    return QDate(t.year, t.month, t.day);
}

icaltimetype icalDate(const QDate &date)
{
    // Zeroed, not icaltime_null_date(): that one's hour of -1 makes the
    // recurrence iterator start a year late and a day early.
    icaltimetype t {};
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    t.is_date = 1;
    return t;
}

struct ComponentFree
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};

struct IteratorFree
{
    void operator()(icalrecur_iterator *i) const { icalrecur_iterator_free(i); }
};

void collectEvents(icalcomponent *c, QList<icalcomponent *> *out)
{
    if (icalcomponent_isa(c) == ICAL_VEVENT_COMPONENT) {
        out->append(c);
        return;
    }
    for (icalcomponent *child = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); child;
         child = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT))
        collectEvents(child, out);
}

} // namespace

ICalendarContent ICalendarDays::parse(const QByteArray &ics, const QString &fileName)
{
    ICalendarContent content;
    if (ics.trimmed().isEmpty()) {
        content.problems << Tr::tr("%1 is empty.").arg(fileName);
        return content;
    }
    const Layout layout = scan(ics);
    if (!layout.hasCalendar) {
        content.problems << Tr::tr("%1 is not an iCalendar file: it has no BEGIN:VCALENDAR line.").arg(fileName);
        return content;
    }
    std::unique_ptr<icalcomponent, ComponentFree> root(icalparser_parse_string(ics.constData()));
    if (!root) {
        content.problems << Tr::tr("%1 could not be read as an iCalendar file.").arg(fileName);
        return content;
    }
    // Problems libical found outside any event (in the calendar itself; several
    // calendars in one file come under an XROOT).
    QList<icalcomponent *> calendars { root.get() };
    for (icalcomponent *c = icalcomponent_get_first_component(root.get(), ICAL_VCALENDAR_COMPONENT); c;
         c = icalcomponent_get_next_component(root.get(), ICAL_VCALENDAR_COMPONENT))
        calendars.append(c);
    for (icalcomponent *c : std::as_const(calendars)) {
        for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY); p;
             p = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY)) {
            content.problems << Tr::tr("%1: %2").arg(fileName, QString::fromUtf8(icalproperty_get_xlicerror(p)));
        }
    }

    QList<icalcomponent *> events;
    collectEvents(root.get(), &events);
    if (events.isEmpty() && content.problems.isEmpty())
        content.problems << Tr::tr("%1 holds no events (VEVENT).").arg(fileName);
    // When libical and the line scan disagree on the events (a damaged
    // BEGIN/END), messages go without a line rather than with a wrong one.
    const bool linesKnown = events.size() == layout.events.size();

    for (qsizetype k = 0; k < events.size(); ++k) {
        icalcomponent *e = events.at(k);
        const Block *block = linesKnown ? &layout.events.at(k) : nullptr;
        QString summary = QString::fromUtf8(icalcomponent_get_summary(e)).simplified();
        if (summary.isEmpty())
            summary = Tr::tr("(no title)");
        auto report = [&](const QByteArray &property, const QString &what, const QByteArray &message = {}) {
            content.problems << problem(fileName, lineFor(layout, block, property, message), summary, what);
        };

        for (icalproperty *p = icalcomponent_get_first_property(e, ICAL_XLICERROR_PROPERTY); p;
             p = icalcomponent_get_next_property(e, ICAL_XLICERROR_PROPERTY)) {
            const QByteArray message(icalproperty_get_xlicerror(p));
            report({}, Tr::tr("%1 (the rest of the event is kept)").arg(QString::fromUtf8(message)), message);
        }
        if (icalcomponent_get_status(e) == ICAL_STATUS_CANCELLED)
            continue;

        const icaltimetype start = icalcomponent_get_dtstart(e);
        if (icaltime_is_null_time(start)) {
            report("DTSTART", Tr::tr("it has no start date (DTSTART); it was left out."));
            continue;
        }
        ICalendarEvent event;
        event.summary = summary;
        event.start = dateOf(start);
        event.line = block ? block->begin : 0;
        if (!event.start.isValid()) {
            report("DTSTART", Tr::tr("its start date is not a real date; it was left out."));
            continue;
        }
        const icaltimetype end = icalcomponent_get_dtend(e);
        if (!icaltime_is_null_time(end)) {
            const QDate endDate = dateOf(end);
            if (!endDate.isValid()) {
                report(icalcomponent_get_first_property(e, ICAL_DTEND_PROPERTY) ? "DTEND" : "DURATION",
                       Tr::tr("its end is not a real date; only its first day is taken."));
            } else {
                // An all-day DTEND is the day after the last one; a timed end at
                // midnight likewise, a timed end later in a day includes that day.
                const bool endsAtMidnight = end.is_date || (end.hour == 0 && end.minute == 0 && end.second == 0);
                const qint64 span = event.start.daysTo(endDate) + (endsAtMidnight ? 0 : 1);
                if (span > kMaxEventDays) {
                    report("DTEND",
                           Tr::tr("it lasts %1 days; an event longer than a year is not a day off and was left out.")
                               .arg(span));
                    continue;
                }
                event.days = int(std::max<qint64>(1, span));
            }
        }

        if (icalproperty *p = icalcomponent_get_first_property(e, ICAL_RRULE_PROPERTY)) {
            const icalrecurrencetype rule = icalproperty_get_rrule(p);
            if (rule.freq == ICAL_NO_RECURRENCE) {
                report("RRULE", Tr::tr("its repeat rule (RRULE) cannot be read; only its first day is taken."));
            } else if (rule.freq < ICAL_DAILY_RECURRENCE) {
                report("RRULE", Tr::tr("it repeats more often than daily; only its first day is taken."));
            } else if (!std::unique_ptr<icalrecur_iterator, IteratorFree>(
                           icalrecur_iterator_new(rule, icalDate(event.start)))) {
                report("RRULE", Tr::tr("its repeat rule (RRULE) cannot be followed; only its first day is taken."));
            } else {
                event.rrule = QByteArray(icalproperty_get_value_as_string(p));
            }
        }
        for (icalproperty *p = icalcomponent_get_first_property(e, ICAL_EXDATE_PROPERTY); p;
             p = icalcomponent_get_next_property(e, ICAL_EXDATE_PROPERTY)) {
            const QDate d = dateOf(icalproperty_get_exdate(p));
            if (d.isValid())
                event.exceptions.append(d);
        }
        for (icalproperty *p = icalcomponent_get_first_property(e, ICAL_RDATE_PROPERTY); p;
             p = icalcomponent_get_next_property(e, ICAL_RDATE_PROPERTY)) {
            const icaldatetimeperiodtype r = icalproperty_get_rdate(p);
            const QDate d = dateOf(icaltime_is_null_time(r.time) ? r.period.start : r.time);
            if (d.isValid())
                event.extraDates.append(d);
            else
                report("RDATE", Tr::tr("an extra date (RDATE) is not a real date and was left out."));
        }
        content.events.append(event);
    }
    return content;
}

QList<QDate> ICalendarDays::daysIn(const ICalendarEvent &event, int year)
{
    const QDate first(year, 1, 1);
    const QDate last(year, 12, 31);
    // Occurrences starting this early still reach into the year.
    const QDate from = first.addDays(-(event.days - 1));
    QList<QDate> starts;
    if (event.rrule.isEmpty()) {
        starts.append(event.start);
    } else if (event.start <= last) {
        const icalrecurrencetype rule = icalrecurrencetype_from_string(event.rrule.constData());
        std::unique_ptr<icalrecur_iterator, IteratorFree> it(icalrecur_iterator_new(rule, icalDate(event.start)));
        for (int n = 0; it && n < kMaxOccurrences; ++n) {
            const icaltimetype next = icalrecur_iterator_next(it.get());
            if (icaltime_is_null_time(next))
                break;
            const QDate d = dateOf(next);
            if (!d.isValid() || d > last)
                break;
            if (d >= from)
                starts.append(d);
        }
    }
    for (const QDate &d : event.extraDates) {
        if (d >= from && d <= last)
            starts.append(d);
    }
    QList<QDate> days;
    for (const QDate &s : std::as_const(starts)) {
        if (event.exceptions.contains(s))
            continue;
        for (int i = 0; i < event.days; ++i) {
            const QDate d = s.addDays(i);
            if (d.year() == year)
                days.append(d);
        }
    }
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return days;
}

} // namespace Cutover
