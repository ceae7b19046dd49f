#pragma once

#include <QLocale>
#include <QString>

class QDate;
class QDateTime;
class QTime;
class QTimeZone;

namespace Cutover::LocaleFormat {

// How the pages spell dates, numbers and money for the reader: in the locale the
// user chose (--lang) or the system's, QLocale() by default. Files, exports, JSON
// and the CLI's machine output keep their fixed spelling (ImportWorksheet::formatCents,
// CsvPackageTarget, ISO dates) and never come through here.

// A whole number with the locale's group separator: 1,234,567 / 1 234 567 / 1.234.567.
QString number(qint64 value, const QLocale &locale = QLocale());

// Money from integer cents, exact at any size (no double): the locale's group
// separator, decimal point and minus sign, always two decimals, no currency:
// -1,234.56 / -1 234,56 / -1234,56.
QString money(qint64 cents, const QLocale &locale = QLocale());
// The same with a sign for a difference: +12.00, -12.00, 0.00.
QString signedMoney(qint64 cents, const QLocale &locale = QLocale());
// Money with a currency symbol placed, and a negative amount marked, as the
// locale's own QLocale::toCurrencyString does ($1,234.56, ($1,234.56), 1 234,56 €),
// still from exact cents. An empty symbol is the plain money() text.
QString currency(qint64 cents, const QString &symbol, const QLocale &locale = QLocale());
// The symbol of the currency of a country or of a holiday region such as "US" or
// "CA-ON" ("$", "€", "£"); empty when the country is unknown.
QString currencySymbolOfRegion(const QString &region);

// A day in the locale's short form, with a four-digit year (3/5/2026, 05/03/2026, 5/3/2026).
QString date(const QDate &day, const QLocale &locale = QLocale());
// A time of day in the locale's short form (1:30 PM, 13:30).
QString time(const QTime &timeOfDay, const QLocale &locale = QLocale());
// An instant in a zone, as date() and time() spell them; the zone's abbreviation is not added.
QString dateTime(const QDateTime &instant, const QTimeZone &zone, const QLocale &locale = QLocale());
// A date and time as it reads on its own clock (already converted to a zone).
QString dateTime(const QDateTime &wallClock, const QLocale &locale = QLocale());
// An instant in this computer's zone.
QString localDateTime(const QDateTime &instant, const QLocale &locale = QLocale());

// The short date format with a four-digit year: a two-digit year is ambiguous
// for the dates a migration deals with (old invoices, the cutoff, deadlines).
QString dateFormat(const QLocale &locale = QLocale());
QString dateTimeFormat(const QLocale &locale = QLocale());

} // namespace Cutover::LocaleFormat
