#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <memory>
#include <optional>

namespace Cutover {

// One day off: a public holiday computed by rule, a day the firm added, or an
// event of an imported iCalendar file.
struct Holiday
{
    enum class Source { Rule, Custom, ICalendar };

    QDate date;
    QString name; // translated for rule holidays, as given otherwise
    Source source = Source::Rule;
    // True when the holiday itself falls on a weekend and this is the weekday
    // it is observed on instead (e.g. "Independence Day (observed)").
    bool observed = false;
};

// Weekends plus the public holidays of one region, computed by rule for any
// year, plus the firm's own days. Region keys are those of HolidayRegions
// (Catalogs.h): "US", "CA", "CA-ON", "GB-EAW", "GB-SCT", "GB-NIR", "AU",
// "AU-NSW", ..., "NONE" (weekends only).
//
// Business days are Monday to Friday that are not holidays. A value type:
// cheap to copy (shares its parsed iCalendar data).
class BusinessCalendar
{
public:
    explicit BusinessCalendar(QString region = QStringLiteral("NONE"));
    ~BusinessCalendar();
    BusinessCalendar(const BusinessCalendar &);
    BusinessCalendar &operator=(const BusinessCalendar &);

    // "CA" + "ON" -> "CA-ON"; an unknown combination gives an empty string.
    static QString regionKey(const QString &country, const QString &subregion = {});

    QString region() const { return m_region; }
    bool isValid() const; // the region is known

    // Rule holidays exist for these years; outside them only weekends, custom
    // days and iCalendar days are off.
    static int firstRuleYear();
    static int lastRuleYear();
    // Easter Sunday (Gregorian computus).
    static QDate easterSunday(int year);

    void addCustomDay(const QDate &date, const QString &name);
    // Adds the all-day events of an iCalendar file (VEVENT with DTSTART as a
    // DATE, or a DATE-TIME taken as its date; yearly RRULEs expanded for every
    // year asked for). On failure returns false with a message naming the
    // file (`fileName`) and the line. `added` counts the events taken.
    bool addICalendar(const QByteArray &ics, const QString &fileName, QString *error, int *added = nullptr);

    // Every holiday of the year (rule, custom, iCalendar), by date. A rule
    // holiday on a weekend is listed on its date and, where the region moves
    // it, again on its observed weekday with observed = true.
    QList<Holiday> holidays(int year) const;
    // The holidays on one date (usually none or one).
    QList<Holiday> holidaysOn(const QDate &date) const;

    bool isBusinessDay(const QDate &date) const;
    // The date `days` business days after `from` (before it when negative);
    // `from` itself is not counted. days == 0 returns `from`. An invalid date
    // when `from` is invalid or no business day is found within ten years.
    QDate addBusinessDays(const QDate &from, int days) const;
    // Business days in (from, to]; negative when to is before from.
    int businessDaysBetween(const QDate &from, const QDate &to) const;

    // The review deadline: the end of the `days`-th business day after the day
    // (in `zone`) on which the import finished, returned as the UTC instant the
    // following day starts in `zone` (not always midnight: where DST begins at
    // midnight the day starts at 01:00). An invalid zone counts as UTC.
    QDateTime reviewDeadline(const QDateTime &finishedUtc, const QTimeZone &zone, int days = 3) const;

    // The calendar of a project: its holiday region plus the days and
    // iCalendar files kept in the project (tables calendar_day, calendar_ics).
    static BusinessCalendar forProject(const QSqlDatabase &db, const QString &region);

private:
    struct Extra;
    struct Year;
    // Gives this calendar its own Extra before a change (copies share one).
    void detach();
    // The year's holidays, computed on first use and kept.
    std::shared_ptr<const Year> yearData(int year) const;

    QString m_region;
    std::shared_ptr<Extra> m_extra;
};

} // namespace Cutover
