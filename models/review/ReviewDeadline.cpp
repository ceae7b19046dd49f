#include "ReviewState.h"
#include "domain/BusinessCalendar.h"
#include "domain/LocaleFormat.h"
#include "importing/ImportEngine.h"
#include "store/ProjectStore.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>

// The review window's clock.
//
// | what                 | rule                                                                                    |
// |----------------------|-----------------------------------------------------------------------------------------|
// | deadline             | BusinessCalendar::reviewDeadline: the start (firm's zone) of the day after the third     |
// |                      | business day after the firm's day the import finished                                   |
// | last day             | the business day before the deadline; the firm's today being it makes the clock urgent  |
// | business days left   | the business days from the firm's today to the last day, today counted when it is one   |
// | business seconds left| per business day from today to the last day, the part of it (its real length in the     |
// |                      | zone: 23 or 25 hours on a DST change) after now and before the deadline                 |
// | signed off           | a review_signoff row for the target (forProject)                                        |

namespace Cutover {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::ReviewClock)
};

QTimeZone zoneOr(const QTimeZone &zone)
{
    return zone.isValid() ? zone : QTimeZone::utc();
}

// "Thursday, 10 December 2026 at 00:00 EST"
QString instantText(const QDateTime &utc, const QTimeZone &zone)
{
    const QLocale locale;
    const QDateTime local = utc.toTimeZone(zoneOr(zone));
    return Tr::tr("%1 at %2", "date at time")
        .arg(locale.toString(local.date(), QLocale::LongFormat),
             locale.toString(local.time(), QLocale::ShortFormat) + QLatin1Char(' ') + local.timeZoneAbbreviation());
}

// "2 business days and 5 hours", "3 hours", "12 minutes": business time left,
// whole days of 24 hours, then whole hours (minutes under an hour).
QString spanText(qint64 seconds, bool withDays)
{
    const qint64 days = withDays ? seconds / 86400 : 0;
    const qint64 hours = (seconds - days * 86400) / 3600;
    if (days == 0 && hours == 0)
        return Tr::tr("%n minute(s)", nullptr, int((seconds + 59) / 60));
    const QString hoursText = Tr::tr("%n hour(s)", nullptr, int(hours));
    if (days == 0)
        return hoursText;
    const QString daysText = Tr::tr("%n business day(s)", nullptr, int(days));
    if (hours == 0)
        return daysText;
    return Tr::tr("%1 and %2", "2 business days and 5 hours").arg(daysText, hoursText);
}

} // namespace

QString ReviewClock::text() const
{
    switch (state) {
    case State::NoImport:
        return Tr::tr("Nothing has been imported into this target yet: the review window opens when an import "
                      "finishes.");
    case State::Open:
        return Tr::tr("Review window: %1 left (closes %2)")
            .arg(spanText(businessSecondsLeft, true), instantText(deadlineUtc, zone));
    case State::LastDay:
        return Tr::tr("Last day to review: %1 left (closes %2)")
            .arg(spanText(businessSecondsLeft, false), instantText(deadlineUtc, zone));
    case State::Closed:
        return Tr::tr("The review window closed on %1: corrections are made in the target now.")
            .arg(instantText(deadlineUtc, zone));
    case State::SignedOff:
        return Tr::tr("Review signed off by %1 on %2.")
            .arg(signedOffBy, LocaleFormat::dateTime(signedOffUtc, zoneOr(zone)));
    }
    return {};
}

ReviewClock ReviewDeadline::at(const BusinessCalendar &calendar, const QTimeZone &zone, const QDateTime &finishedUtc,
                               const QDateTime &nowUtc, int days)
{
    ReviewClock clock;
    clock.zone = zone;
    if (!finishedUtc.isValid())
        return clock;
    const QTimeZone tz = zoneOr(zone);
    clock.finishedUtc = finishedUtc.toUTC();
    clock.deadlineUtc = calendar.reviewDeadline(finishedUtc, tz, days);
    if (!clock.deadlineUtc.isValid() || nowUtc >= clock.deadlineUtc) {
        clock.state = ReviewClock::State::Closed;
        return clock;
    }
    // The deadline is the start of the day after the last day.
    const QDate lastDay = clock.deadlineUtc.toTimeZone(tz).date().addDays(-1);
    const QDate today = nowUtc.toTimeZone(tz).date();
    for (QDate day = today; day <= lastDay; day = day.addDays(1)) {
        if (!calendar.isBusinessDay(day))
            continue;
        ++clock.businessDaysLeft;
        // The day's real bounds in the zone (a DST day is 23 or 25 hours long).
        const QDateTime from = std::max(day.startOfDay(tz), nowUtc);
        const QDateTime to = std::min(day.addDays(1).startOfDay(tz), clock.deadlineUtc);
        if (from < to)
            clock.businessSecondsLeft += from.secsTo(to);
    }
    clock.state = today == lastDay ? ReviewClock::State::LastDay : ReviewClock::State::Open;
    return clock;
}

ReviewClock ReviewDeadline::forProject(const QSqlDatabase &db, const QString &targetKey, const QDateTime &nowUtc)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT time_zone, holiday_region FROM project WHERE id = 1")) || !q.next())
        return {};
    const QTimeZone zone(q.value(0).toString().toUtf8());
    const BusinessCalendar calendar = BusinessCalendar::forProject(db, q.value(1).toString());
    QString key = targetKey;
    if (key.isEmpty()) {
        // The newest target an import finished into (a CSV package keeps no
        // ledger rows, so its runs are asked), else the newest with a ledger.
        QSqlQuery last(db);
        if (last.exec(QStringLiteral("SELECT target_key FROM import_run WHERE kind IN ('import', 'retry') AND "
                                     "state = 'complete' ORDER BY finished_at_utc DESC, id DESC LIMIT 1"))
            && last.next())
            key = last.value(0).toString();
        if (key.isEmpty())
            key = ImportLedger::targets(db).value(0);
    }
    ReviewClock clock;
    if (!key.isEmpty())
        clock = at(calendar, zone, ImportLedger::importFinishedUtc(db, key), nowUtc);
    clock.zone = zone;
    if (!key.isEmpty()) {
        if (const std::optional<SignOff> signOff = ReviewSignOff::signedOff(db, key)) {
            clock.state = ReviewClock::State::SignedOff;
            clock.signedOffBy = signOff->name;
            clock.signedOffUtc = signOff->signedUtc;
        }
    }
    return clock;
}

ReviewClock ReviewDeadline::forProject(const QString &projectPath, const QString &targetKey, const QDateTime &nowUtc,
                                       QString *error)
{
    ReviewClock clock;
    QString why;
    if (!ProjectStore::withConnection(
            projectPath, [&](QSqlDatabase &db) { clock = forProject(db, targetKey, nowUtc); }, &why)) {
        if (error)
            *error = why;
    }
    return clock;
}

} // namespace Cutover
