#pragma once

#include <QChar>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringView>
#include <QTimeZone>

#include <limits>
#include <optional>

// Turns the text of one export cell into a typed value. Pure functions on
// QStringView, written by hand for the staging hot path (a million rows in a
// few seconds): no regular expressions, no QDate::fromString, no doubles.
// Leading and trailing white space (including no-break spaces) is ignored.
namespace Cutover::ValueParsers {

enum class Status : quint8 {
    Ok,
    Empty, // nothing but white space
    Syntax, // not in the expected form
    Precision, // money with non-zero digits past the cents ("12.345")
    Range, // too large, or a date or time that does not exist ("2/30/2026", "25:10")
};

template<typename T> struct Result
{
    T value {};
    Status status = Status::Syntax;

    bool ok() const { return status == Status::Ok; }
    explicit operator bool() const { return ok(); }
};

// ---- Money: integer cents, exact.
//
// Accepts "$1,234.56", "1234.5", "-12", "+12", "(12.00)" and "12-" (both
// negative), "€ 1.234,56" (decimal ',' thousands '.'), "USD 10", "10 EUR",
// "1 234,56". A currency symbol ($ € £ ¥ ₹ ₣) or a code of up to three letters
// may stand before or after the number. Spaces, no-break spaces and the
// thousands separator group digits; groups must be three digits (so "1,5"
// with thousands ',' is refused rather than read as 15). More than two
// decimals are refused (Precision) unless the extra digits are zeros: money is
// never rounded. Amounts beyond ±92,233,720,368,547,758.07 are refused (Range).
struct Separators
{
    QChar decimal = QLatin1Char('.');
    QChar thousands = QLatin1Char(',');
};
Result<qint64> money(QStringView text, Separators separators = {});

// ---- Durations: integer seconds.
enum class DurationUnit : quint8 {
    Auto, // "1:15" and "1:15:30" by their colons, "1h 30m" by their units, else decimal hours
    Hours, // decimal hours "1.25" (= 4500 s)
    HoursMinutes, // "1:15"
    HoursMinutesSeconds, // "1:15:30"
    Minutes, // "75" or "75.5"
    Seconds, // "4500"
};
// "auto" (or empty), "hours", "hmm", "hms", "minutes", "seconds".
std::optional<DurationUnit> durationUnitFromKey(QStringView key);
QString durationUnitKey(DurationUnit unit);

// Text with a colon is always h:mm or h:mm:ss (minutes and seconds below 60),
// whatever the unit; text with unit words ("90m", "1h 30m", "1.5 hrs",
// "45 min", "30s") is read by its words. A plain number is read in `unit`
// (decimal hours for Auto, HoursMinutes and HoursMinutesSeconds). Decimal
// fractions are exact and rounded to the nearest second, halves away from
// zero; digits past the twelfth decimal are ignored. A leading '-' gives a
// negative duration (the caller decides whether that is allowed).
Result<qint64> duration(QStringView text, DurationUnit unit = DurationUnit::Auto, QChar decimal = QLatin1Char('.'));

// ---- Dates.
//
// A date format is read from a spec such as "M/d/yyyy", "d/M/yyyy",
// "yyyy-MM-dd", "MM/dd/yy", "d.M.yyyy", "yyyy/MM/dd", "d-MMM-yyyy" or "auto";
// a time part in the spec ("M/d/yyyy h:mm AP") is allowed and ignored (times
// are recognised by their shape, see dateTime()). What a format decides:
// - the order of day, month and year. Separators are not checked: '/', '-',
//   '.' and spaces are all accepted, and days and months may have one or two
//   digits. A text starting with a four-digit year is always read as
//   year-month-day (ISO "2026-03-04", "2026/03/04"), whatever the format.
// - two-digit years: allowed by "yy" formats and by "auto", refused by
//   "yyyy" formats. They pivot to 1970-2069 ("69" is 2069, "70" is 1970).
// - month names: English names and three-letter abbreviations ("Mar",
//   "March", "Sept") are accepted in any format, in the order day-month-year
//   ("4-Mar-2026", "4 March 2026") or month-day-year ("Mar 4, 2026").
// "auto": ISO first; then numbers separated by '.' are day.month.year; other
// numbers are month/day/year (US), and only when that is not a date but
// day/month/year is ("13/04/2026") day/month/year. So in "auto", "03/04/2026"
// is March 4: a map for day-first data must say "d/M/yyyy".
// A trailing time ("2026-03-04T13:30:00", "3/4/2026 1:30 PM", what workbook
// readers produce for date cells) is checked and ignored. Years run from 1000
// to 9999.
struct DateFormat
{
    enum class Order : quint8 { Auto, MonthDayYear, DayMonthYear, YearMonthDay };
    Order order = Order::Auto;
    bool twoDigitYears = true;
    QString spec = QStringLiteral("auto");

    static std::optional<DateFormat> fromSpec(QStringView spec);
};

Result<QDate> date(QStringView text, const DateFormat &format = {});
// Convenience for tests and one-off use: parses `spec` on every call.
Result<QDate> date(QStringView text, QStringView spec);

// ---- Date and time, as an instant.
//
// Turns local wall-clock times of one zone into UTC. A time that does not
// exist (in a spring-forward gap) is moved forward by the length of the gap
// (2:30 on the New York spring-forward day is 3:30 EDT = 07:30Z); a time that
// happens twice (autumn overlap) is taken at its first occurrence (1:30 on the
// New York fall-back day is 1:30 EDT = 05:30Z). Remembers each local day's
// offset, so the zone database is asked once per day seen; not thread-safe
// (one per thread). An invalid zone is UTC.
class ZoneResolver
{
public:
    explicit ZoneResolver(const QTimeZone &zone = QTimeZone::utc());
    const QTimeZone &zone() const { return m_zone; }
    // Seconds since the epoch of a local wall time given as seconds since
    // 1970-01-01T00:00 local.
    qint64 toUtc(qint64 localSeconds) const;

private:
    QTimeZone m_zone;
    bool m_utc = true;
    static constexpr int kTransitionDay = std::numeric_limits<int>::min();
    // Local day (days since 1970-01-01) -> its UTC offset, or kTransitionDay.
    mutable QHash<qint64, int> m_dayOffsets;
    mutable qint64 m_lastDay = std::numeric_limits<qint64>::min();
    mutable int m_lastOffset = 0;
};

// A date (as date() reads it, with `format`), optionally followed by 'T' or
// spaces and a time: "13:30", "13:30:15", "1:30 PM", "1:30:15 p.m.", seconds
// fractions ignored; optionally followed by "Z", "UTC", "GMT" or an offset
// "+05:30", "-0500", "-05". With an offset the instant is exact; without one
// it is a wall time in the resolver's zone. A date alone is midnight. Returns
// seconds since the epoch, UTC.
Result<qint64> dateTimeSeconds(QStringView text, const DateFormat &format, const ZoneResolver &zone);
// The same as a UTC QDateTime.
Result<QDateTime> dateTime(QStringView text, const DateFormat &format, const QTimeZone &zone);

// "2026-03-04"
QString isoDate(QDate date);
// "2026-03-04T15:00:00Z"
QString isoUtc(qint64 secondsSinceEpoch);

// ---- Yes or no.
//
// Case-insensitive: true/false, yes/no, y/n, 1/0, t/f, on/off, x/"" (a tick
// column), billable / non-billable, nonbillable, not billable, no charge.
std::optional<bool> boolean(QStringView text);

// ---- Whole numbers.
//
// "42", "-7", "+7", "1,234" (groups of three with `thousands`), "3.00" (zero
// decimals only, as workbooks write numbers). Overflow is Range.
Result<qint64> integer(QStringView text, Separators separators = {});

} // namespace Cutover::ValueParsers
