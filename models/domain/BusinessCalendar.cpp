#include "BusinessCalendar.h"

#include "Catalogs.h"
#include "HolidayRules.h"
#include "ICalendarDays.h"
#include "store/CalendarStore.h"

#include <QHash>
#include <QMutex>
#include <QSet>

#include <algorithm>

namespace Cutover {

namespace {

// A run of non-business days this long means there are none left (an
// iCalendar rule that takes every day, say): stop rather than loop forever.
constexpr int kMaxDaysOff = 3660;

int rank(const Holiday &h)
{
    switch (h.source) {
    case Holiday::Source::Rule:
        return h.observed ? 1 : 0;
    case Holiday::Source::Custom:
        return 2;
    case Holiday::Source::ICalendar:
        return 3;
    }
    return 4;
}

} // namespace

// One year, worked out once: its holidays and the set of their dates.
struct BusinessCalendar::Year
{
    QList<Holiday> holidays;
    QSet<QDate> dates;
};

// Shared between copies; changed only after detach() has given this calendar
// its own. The cache of computed years is guarded: copies on other threads
// share it.
struct BusinessCalendar::Extra
{
    Extra() = default;
    Extra(const Extra &other)
        : custom(other.custom)
        , events(other.events)
    {
    }
    Extra &operator=(const Extra &) = delete;

    QList<Holiday> custom;
    QList<ICalendarEvent> events;

    mutable QMutex mutex;
    mutable QHash<int, std::shared_ptr<const Year>> years;
};

std::shared_ptr<const BusinessCalendar::Year> BusinessCalendar::yearData(int year) const
{
    QMutexLocker lock(&m_extra->mutex);
    auto it = m_extra->years.constFind(year);
    if (it != m_extra->years.constEnd())
        return *it;
    auto y = std::make_shared<Year>();
    y->holidays = HolidayRules::forYear(m_region, year);
    for (const Holiday &h : std::as_const(m_extra->custom)) {
        if (h.date.year() == year)
            y->holidays.append(h);
    }
    for (const ICalendarEvent &e : std::as_const(m_extra->events)) {
        for (const QDate &d : ICalendarDays::daysIn(e, year))
            y->holidays.append({ d, e.summary, Holiday::Source::ICalendar, false });
    }
    std::stable_sort(y->holidays.begin(), y->holidays.end(), [](const Holiday &a, const Holiday &b) {
        return a.date != b.date ? a.date < b.date : rank(a) < rank(b);
    });
    for (const Holiday &h : std::as_const(y->holidays))
        y->dates.insert(h.date);
    m_extra->years.insert(year, y);
    return y;
}

BusinessCalendar::BusinessCalendar(QString region)
    : m_region(std::move(region).trimmed().toUpper())
    , m_extra(std::make_shared<Extra>())
{
}

BusinessCalendar::~BusinessCalendar() = default;
BusinessCalendar::BusinessCalendar(const BusinessCalendar &) = default;
BusinessCalendar &BusinessCalendar::operator=(const BusinessCalendar &) = default;

QString BusinessCalendar::regionKey(const QString &country, const QString &subregion)
{
    QString c = country.trimmed().toUpper();
    QString s = subregion.trimmed().toUpper();
    if (c == QLatin1String("UK"))
        c = QStringLiteral("GB");
    // England and Wales share their bank holidays.
    if (c == QLatin1String("GB") && (s == QLatin1String("ENG") || s == QLatin1String("WLS")))
        s = QStringLiteral("EAW");
    const QString key = s.isEmpty() ? c : c + QLatin1Char('-') + s;
    return HolidayRegions::contains(key) ? key : QString();
}

bool BusinessCalendar::isValid() const
{
    return HolidayRegions::contains(m_region);
}

int BusinessCalendar::firstRuleYear()
{
    return HolidayRules::kFirstYear;
}

int BusinessCalendar::lastRuleYear()
{
    return HolidayRules::kLastYear;
}

QDate BusinessCalendar::easterSunday(int year)
{
    return HolidayRules::easterSunday(year);
}

void BusinessCalendar::addCustomDay(const QDate &date, const QString &name)
{
    if (!date.isValid())
        return;
    detach();
    m_extra->custom.append({ date, name.simplified(), Holiday::Source::Custom, false });
}

bool BusinessCalendar::addICalendar(const QByteArray &ics, const QString &fileName, QString *error, int *added)
{
    const ICalendarContent content = ICalendarDays::parse(ics, fileName);
    if (!content.events.isEmpty()) {
        detach();
        m_extra->events.append(content.events);
    }
    if (added)
        *added = int(content.events.size());
    if (error)
        *error = content.problems.join(QLatin1Char('\n'));
    return content.problems.isEmpty();
}

void BusinessCalendar::detach()
{
    if (m_extra.use_count() > 1)
        m_extra = std::make_shared<Extra>(*m_extra);
    QMutexLocker lock(&m_extra->mutex);
    m_extra->years.clear();
}

QList<Holiday> BusinessCalendar::holidays(int year) const
{
    return yearData(year)->holidays;
}

QList<Holiday> BusinessCalendar::holidaysOn(const QDate &date) const
{
    QList<Holiday> on;
    if (!date.isValid())
        return on;
    for (const Holiday &h : holidays(date.year())) {
        if (h.date == date)
            on.append(h);
    }
    return on;
}

bool BusinessCalendar::isBusinessDay(const QDate &date) const
{
    if (!date.isValid() || date.dayOfWeek() > Qt::Friday)
        return false;
    return !yearData(date.year())->dates.contains(date);
}

QDate BusinessCalendar::addBusinessDays(const QDate &from, int days) const
{
    if (!from.isValid())
        return {};
    const int step = days < 0 ? -1 : 1;
    qint64 remaining = qAbs(qint64(days));
    QDate d = from;
    int daysOff = 0;
    while (remaining > 0) {
        d = d.addDays(step);
        if (!d.isValid())
            return {};
        if (isBusinessDay(d)) {
            --remaining;
            daysOff = 0;
        } else if (++daysOff > kMaxDaysOff) {
            return {};
        }
    }
    return d;
}

int BusinessCalendar::businessDaysBetween(const QDate &from, const QDate &to) const
{
    if (!from.isValid() || !to.isValid())
        return 0;
    if (to < from)
        return -businessDaysBetween(to, from);
    int count = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1)) {
        if (isBusinessDay(d))
            ++count;
    }
    return count;
}

QDateTime BusinessCalendar::reviewDeadline(const QDateTime &finishedUtc, const QTimeZone &zone, int days) const
{
    if (!finishedUtc.isValid())
        return {};
    const QTimeZone tz = zone.isValid() ? zone : QTimeZone::utc();
    const QDate finishedOn = finishedUtc.toTimeZone(tz).date();
    const QDate lastDay = addBusinessDays(finishedOn, days);
    if (!lastDay.isValid())
        return {};
    // startOfDay, not QTime(0, 0): where DST begins at midnight (America/Santiago,
    // Africa/Cairo, ...) there is no 00:00 and the day begins at 01:00.
    const QDateTime next = lastDay.addDays(1).startOfDay(tz);
    return next.isValid() ? next.toUTC() : QDateTime();
}

BusinessCalendar BusinessCalendar::forProject(const QSqlDatabase &db, const QString &region)
{
    BusinessCalendar calendar(region);
    for (const CalendarDay &day : CalendarStore::customDays(db))
        calendar.addCustomDay(day.date, day.name);
    for (const CalendarFile &file : CalendarStore::icalendarFiles(db, CalendarStore::WithContent)) {
        // Problems were shown when the file was imported; its good events count.
        QString ignored;
        calendar.addICalendar(file.content, file.name, &ignored);
    }
    return calendar;
}

} // namespace Cutover
