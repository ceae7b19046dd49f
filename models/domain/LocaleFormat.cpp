#include "LocaleFormat.h"

#include <QDateTime>
#include <QTimeZone>

namespace Cutover::LocaleFormat {

namespace {

// The magnitude of a qint64 as unsigned, so that the most negative value has one too.
quint64 magnitudeOf(qint64 value)
{
    return value < 0 ? quint64(-(value + 1)) + 1 : quint64(value);
}

// A whole number with the locale's digits and group separators. Qt 6.4 spells
// the groups itself except where the locale groups only from five digits on
// (es: 1234, 12.345): there it leaves out the leading separator of a number whose
// first group has one digit (1234.567). So the digits are Qt's and the groups are
// placed here, with the sizes and the threshold read off Qt's own output.
QString grouped(quint64 value, const QLocale &locale)
{
    const QString qt = locale.toString(qulonglong(value));
    const QString separator = locale.groupSeparator();
    if (separator.isEmpty() || locale.numberOptions().testFlag(QLocale::OmitGroupSeparator))
        return qt;
    const QStringList sample = locale.toString(qulonglong(123456789012ULL)).split(separator);
    if (sample.size() < 3)
        return qt;
    const qsizetype primary = sample.constLast().size();
    const qsizetype secondary = sample.at(sample.size() - 2).size();
    // The fewest digits a grouped number has: 1,000 or, for a locale that
    // groups from five digits on, 10.000.
    qsizetype least = primary + 1;
    quint64 smallest = 1;
    for (qsizetype i = 1; i < least; ++i)
        smallest *= 10;
    while (least < primary + 4 && !locale.toString(qulonglong(smallest)).contains(separator)) {
        ++least;
        smallest *= 10;
    }
    QString digits = qt;
    digits.remove(separator);
    if (digits.size() != QString::number(value).size() || primary < 1 || secondary < 1)
        return qt; // digits of more than one UTF-16 unit: keep Qt's spelling
    if (digits.size() < least)
        return digits;
    QString out = digits.right(primary);
    qsizetype end = digits.size() - primary;
    while (end > 0) {
        const qsizetype size = qMin(secondary, end);
        out.prepend(digits.mid(end - size, size) + separator);
        end -= size;
    }
    return out;
}

// "1,234.56" for the magnitude of `cents`, without a sign.
QString unsignedMoney(quint64 magnitude, const QLocale &locale)
{
    QString fraction = locale.toString(qulonglong(magnitude % 100));
    if (magnitude % 100 < 10)
        fraction.prepend(locale.zeroDigit());
    return grouped(magnitude / 100, locale) + locale.decimalPoint() + fraction;
}

// "yy" becomes "yyyy" where the year is not written in full.
QString fullYear(QString format)
{
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

} // namespace

QString number(qint64 value, const QLocale &locale)
{
    const QString text = grouped(magnitudeOf(value), locale);
    return value < 0 ? locale.negativeSign() + text : text;
}

QString money(qint64 cents, const QLocale &locale)
{
    const QString text = unsignedMoney(magnitudeOf(cents), locale);
    return cents < 0 ? locale.negativeSign() + text : text;
}

QString signedMoney(qint64 cents, const QLocale &locale)
{
    const QString text = unsignedMoney(magnitudeOf(cents), locale);
    if (cents == 0)
        return text;
    return (cents < 0 ? locale.negativeSign() : locale.positiveSign()) + text;
}

QString currency(qint64 cents, const QString &symbol, const QLocale &locale)
{
    if (symbol.isEmpty())
        return money(cents, locale);
    // The locale's pattern for one whole unit, with a placeholder for the symbol
    // that holds no digit, then the exact amount in place of the one.
    const QString placeholder(QChar(0x00A4)); // ¤
    QString text = locale.toCurrencyString(qlonglong(cents < 0 ? -1 : 1), placeholder);
    const QString one = locale.toString(qlonglong(1));
    const qsizetype at = text.indexOf(one);
    if (at < 0) // not expected from any locale; never lose the amount
        return money(cents, locale) + QLatin1Char(' ') + symbol;
    text.replace(at, one.size(), unsignedMoney(magnitudeOf(cents), locale));
    return text.replace(placeholder, symbol);
}

QString currencySymbolOfRegion(const QString &region)
{
    const QString country = region.section(QLatin1Char('-'), 0, 0).trimmed().toUpper();
    if (country.size() != 2)
        return {};
    const QLocale::Territory territory = QLocale::codeToTerritory(country);
    if (territory == QLocale::AnyTerritory)
        return {};
    return QLocale(QLocale::AnyLanguage, territory).currencySymbol(QLocale::CurrencySymbol);
}

QString dateFormat(const QLocale &locale)
{
    return fullYear(locale.dateFormat(QLocale::ShortFormat));
}

QString dateTimeFormat(const QLocale &locale)
{
    return fullYear(locale.dateTimeFormat(QLocale::ShortFormat));
}

QString date(const QDate &day, const QLocale &locale)
{
    return day.isValid() ? locale.toString(day, dateFormat(locale)) : QString();
}

QString time(const QTime &timeOfDay, const QLocale &locale)
{
    return timeOfDay.isValid() ? locale.toString(timeOfDay, QLocale::ShortFormat) : QString();
}

QString dateTime(const QDateTime &instant, const QTimeZone &zone, const QLocale &locale)
{
    if (!instant.isValid())
        return {};
    return locale.toString(zone.isValid() ? instant.toTimeZone(zone) : instant, dateTimeFormat(locale));
}

QString dateTime(const QDateTime &wallClock, const QLocale &locale)
{
    return wallClock.isValid() ? locale.toString(wallClock, dateTimeFormat(locale)) : QString();
}

QString localDateTime(const QDateTime &instant, const QLocale &locale)
{
    return instant.isValid() ? locale.toString(instant.toLocalTime(), dateTimeFormat(locale)) : QString();
}

} // namespace Cutover::LocaleFormat
